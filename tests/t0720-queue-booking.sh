#!/bin/sh
# t0720-queue-booking.sh: a number booked online for today or the next six days with Hanoi's limits (two a day, one
# per service a day, each refused with its message), checked in at the point's kiosk (it joins the shared queue), a
# booking that lapses. The hours booked numbers are valid (setting queue.hours) are widened for the script and a
# booking's day is moved in the database where a case needs today, yesterday or tomorrow; both are put back.
. "$(dirname "$0")/lib.sh"
P=130
sql "UPDATE setting SET value = '00:00-23:59' WHERE name = 'queue.hours'"
trap 'sql "UPDATE setting SET value = '"'"'08:00-16:00'"'"' WHERE name = '"'"'queue.hours'"'"'"' EXIT

s=$(get "/xep-hang/dat-truoc?diem=$P"); check "the booking form answers 200 (got $s)" test "$s" = 200
keep_html queue-book
check "with the point asked for chosen" body_has "<option value=\"$P\" selected>"
day=$(sed -n 's/.*<option value="\([0-9-]\{10\}\)".*/\1/p' "$tmp/body" | head -1)
ndays=$(grep -o '<option value="[0-9-]\{10\}"' "$tmp/body" | wc -l)
check "it offers working days from today up to six days ahead ($ndays, first $day)" sh -c "[ $ndays -ge 1 ] && [ $ndays -le 7 ]"
# book ID SERVICE [DAY] [POINT] [curl args] (lib.sh's get and post set p: not a name to use here): a fresh booking form, posted; prints the status.
book() {
  local id=$1 svc=$2 d=${3:-$day} pt=${4:-$P}; shift 2; [ $# -gt 0 ] && shift; [ $# -gt 0 ] && shift
  get /xep-hang/dat-truoc >/dev/null
  post /xep-hang/dat-truoc -F "_csrf=$(csrf)" -F "diem=$pt" -F "dich_vu=$svc" -F "ngay=$d" -F "so_dinh_danh=$id" -F "dien_thoai=0987 654 321" "$@"
}
ID=001090012345
s=$(book 123 tu-phap); check "a malformed identification number is refused (422, got $s)" test "$s" = 422
check "next to its field" body_has "Số định danh cá nhân phải gồm đúng 12 chữ số hợp lệ."
keep_html queue-book-error
s=$(book $ID tu-phap 2001-01-01); check "a day not offered is refused (422, got $s)" sh -c "[ '$s' = 422 ] && grep -qF 'Vui lòng chọn một giá trị trong danh sách.' '$tmp/body'"
s=$(book $ID tu-phap); b1=$(header location)
check "a booking is made: 303 to its page (got $s, $b1)" sh -c "[ '$s' = 303 ] && echo '$b1' | grep -qE '^/xep-hang/dat-truoc/[0-9]+\?k=[A-Za-z0-9_-]{22}$'"
s=$(get "$b1"); check "its page opens (got $s)" test "$s" = 200
keep_html queue-booking
bid=$(echo "$b1" | sed 's|^/xep-hang/dat-truoc/\([0-9]*\)?.*|\1|')
check "it shows the code, the point and the service, never the number or the phone" sh -c "grep -qF '<strong class=\"code\">$bid</strong>' '$tmp/body' && grep -qF 'Phường Phú Thượng' '$tmp/body' && ! grep -qF '$ID' '$tmp/body' && ! grep -qF '987' '$tmp/body'"
check "the person is kept as a keyed hash, not the identification number, and the phone sealed (db/017)" test "$(sql "SELECT LENGTH(person), person = '$ID', LEFT(phone, 3), LOCATE('0987654321', phone) FROM queue_booking WHERE id = $bid")" = "22	0	s1.	0"
s=$(get "/xep-hang/dat-truoc/$bid?k=AAAAAAAAAAAAAAAAAAAAAA"); check "a wrong token is the 404 page (got $s)" test "$s" = 404

get /xep-hang/dat-truoc >/dev/null; t=$(csrf)
post /xep-hang/dat-truoc -F "_csrf=$t" -F "diem=$P" -F "dich_vu=dat-dai-xay-dung" -F "ngay=$day" -F "so_dinh_danh=$ID" -F "dien_thoai=0987654321" >/dev/null; b2=$(header location)
post /xep-hang/dat-truoc -F "_csrf=$t" -F "diem=$P" -F "dich_vu=dat-dai-xay-dung" -F "ngay=$day" -F "so_dinh_danh=$ID" -F "dien_thoai=0987654321" >/dev/null
check "the same form sent twice books once (the second booking of the day)" sh -c "[ '$(header location)' = '$b2' ] && [ \$($top/db/dbctl.sh sql $VAR -N -e \"SELECT COUNT(*) FROM queue_booking WHERE day = '$day' AND point_id = $P\") = 2 ]"
s=$(book $ID tu-phap); check "a second number for the same service that day is refused (422, got $s)" test "$s" = 422
check "saying one per service a day" body_has "mỗi lĩnh vực 1 số mỗi ngày"
s=$(book $ID van-hoa-xa-hoi "$day" 101); check "a third number that day, even at another point, is refused (422, got $s)" test "$s" = 422
check "saying two a day at most" body_has "tối đa 2 số mỗi ngày"
s=$(book 001190054321 tu-phap); check "another person books the same service that day (303, got $s)" test "$s" = 303
b3=$(header location); bid3=$(echo "$b3" | sed 's|^/xep-hang/dat-truoc/\([0-9]*\)?.*|\1|')

# Check-in at the point's kiosk, on the booking's day (moved to today for the script).
sql "SET time_zone = '+07:00'; UPDATE queue_booking SET day = CURDATE() WHERE id IN ($bid, $bid3)"
checkin() { get /xep-hang/$1 >/dev/null; post /xep-hang/$1/den -F "_csrf=$(csrf)" -F "ma_dat=$2" -F "so_dinh_danh=$3"; }
s=$(checkin $P "$bid" 001090099999); check "check-in with another identification number is refused (422, got $s)" test "$s" = 422
check "with one message for a wrong code or number" body_has "Mã đặt chỗ hoặc số định danh cá nhân không đúng"
keep_html queue-kiosk-checkin-error
s=$(checkin 101 "$bid" $ID); check "check-in at another point is refused the same way (422, got $s)" test "$s" = 422
before=$(sql "SELECT COUNT(*) FROM queue_ticket WHERE point_id = $P")
s=$(checkin $P "$bid" $ID); tk=$(header location)
check "on its day, at its point, with its number: it joins the queue (303 to a ticket, got $s)" sh -c "[ '$s' = 303 ] && echo '$tk' | grep -q '^/xep-hang/ve/'"
check "one number taken from the point's sequence" test "$(sql "SELECT COUNT(*) FROM queue_ticket WHERE point_id = $P")" = $((before + 1))
check "linked to the booking" test "$(sql "SELECT COUNT(*) FROM queue_ticket WHERE booking_id = $bid")" = 1
s=$(checkin $P "$bid" $ID); check "checking in again shows the same ticket" sh -c "[ '$s' = 303 ] && [ '$(header location)' = '$tk' ]"
fresh "$b1" "$tmp/body"
check "the booking's page now says checked in, with its ticket" sh -c "grep -qF 'Đã xác nhận và vào hàng chờ.' '$tmp/body' && grep -qF 'href=\"$tk\"' '$tmp/body'"
# An on-site number taken after the check-in stands behind it: one shared first-come queue.
get /xep-hang/$P >/dev/null; post /xep-hang/$P -F "_csrf=$(csrf)" -F "dich_vu=tu-phap" >/dev/null; get "$(header location)" >/dev/null
check "an on-site number taken after it has the booked one ahead" body_has '<strong class="t-ahead">1</strong>'

# The second person's booking lapses: its day has passed.
sql "SET time_zone = '+07:00'; UPDATE queue_booking SET day = CURDATE() - INTERVAL 1 DAY WHERE id = $bid3"
s=$(checkin $P "$bid3" 001190054321); check "a booking whose day has passed cannot check in (422, got $s)" test "$s" = 422
check "it has lapsed, and a new number can be taken" body_has "Số đặt trước đã hết hiệu lực"
fresh "$b3" "$tmp/body"
check "its page says lapsed" body_has "Đã hết hiệu lực"
check "no ticket for it" test "$(sql "SELECT COUNT(*) FROM queue_ticket WHERE booking_id = $bid3")" = 0
sql "SET time_zone = '+07:00'; UPDATE queue_booking SET day = CURDATE() + INTERVAL 1 DAY WHERE id = $bid3"
s=$(checkin $P "$bid3" 001190054321); check "a booking for tomorrow cannot check in today (422, got $s)" sh -c "[ '$s' = 422 ] && grep -qF 'một ngày khác' '$tmp/body'"
sql "SET time_zone = '+07:00'; UPDATE queue_booking SET day = CURDATE() WHERE id = $bid3"
sql "UPDATE setting SET value = '00:00-00:01' WHERE name = 'queue.hours'"
s=$(checkin $P "$bid3" 001190054321); check "after the hours of its day it has lapsed too (422, got $s)" sh -c "[ '$s' = 422 ] && grep -qF 'hết hiệu lực' '$tmp/body'"
get /xep-hang/dat-truoc >/dev/null
today=$(sql "SET time_zone = '+07:00'; SELECT CURDATE()")
check "and today is no longer offered for booking" sh -c "! grep -qF 'value=\"$today\"' '$tmp/body'"
