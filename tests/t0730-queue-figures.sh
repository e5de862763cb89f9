#!/bin/sh
# t0730-queue-figures.sh: public waiting figures: the points nearest a ward with their wait now, and one point's figures
# now, by hour and by weekday. Point 115 (Phường Hoàn Kiếm) is this script's own; one number is moved a week back in
# the database, as history.
. "$(dirname "$0")/lib.sh"
P=115
take() { get /xep-hang/$P >/dev/null; post /xep-hang/$P -F "_csrf=$(csrf)" -F "dich_vu=$1" >/dev/null; header location; }
for k in 1 2 3; do take tu-phap >/dev/null; done
old=$(take dat-dai-xay-dung | sed 's|^/xep-hang/ve/\([0-9]*\)?.*|\1|')
# Last week's number at 9 o'clock, or at 14 when the suite itself runs
# between 9 and 10 (Hanoi time), so today's numbers never share its hour.
H=9; [ $(( ($(date -u +%-H) + 7) % 24 )) = 9 ] && H=14
sql "SET time_zone = '+07:00'; UPDATE queue_ticket SET day = CURDATE() - INTERVAL 7 DAY,
  queued_at = (CURDATE() - INTERVAL 7 DAY) + INTERVAL $H HOUR + INTERVAL 10 MINUTE,
  called_at = (CURDATE() - INTERVAL 7 DAY) + INTERVAL $H HOUR + INTERVAL 30 MINUTE,
  finished_at = (CURDATE() - INTERVAL 7 DAY) + INTERVAL $H HOUR + INTERVAL 40 MINUTE, status = 'done' WHERE id = $old"

s=$(get /xep-hang); check "the points page answers 200 (got $s)" test "$s" = 200
check "it asks for the ward" body_has 'name="phuong"'
keep_html queue-points-form
s=$(get "/xep-hang?phuong=$P"); check "the points nearest phường Hoàn Kiếm (got $s)" test "$s" = 200
keep_html queue-points
first=$(grep -o 'href="/xep-hang/[0-9]*/so-lieu"' "$tmp/body" | head -1)
check "the ward's own point comes first ($first)" test "$first" = "href=\"/xep-hang/$P/so-lieu\""
check "then Chi nhánh số 3 of the Centre, a few hundred metres away" sh -c "grep -o 'href=\"/xep-hang/[0-9]*/so-lieu\"' '$tmp/body' | sed -n 2p | grep -q '/xep-hang/4/'"
check "six points, each with a link to take a number and to book" sh -c "[ \$(grep -c '<li><h2>' '$tmp/body') = 6 ] && grep -qF 'href=\"/xep-hang/dat-truoc?diem=$P\"' '$tmp/body'"
check "with the people waiting there now and the expected wait (3 people, 4 counters, 7 minutes each: 6 minutes)" \
  sh -c "grep -A3 'href=\"/xep-hang/$P/so-lieu\"' '$tmp/body' | grep -qF 'Đang chờ: 3 người</strong> · Chờ khoảng 6 phút'"
s=$(get "/xep-hang?phuong=abc"); check "a malformed ward shows the form again, with no list (got $s)" sh -c "[ '$s' = 200 ] && ! grep -q '<ol class=\"points\">' '$tmp/body'"

fresh "/xep-hang/$P/so-lieu" "$tmp/body"; s=$(get /xep-hang/$P/so-lieu); check "the point's figures answer 200 (got $s)" test "$s" = 200
keep_html queue-figures
check "now: three waiting for justice" sh -c "grep -qF '<th scope=\"row\">A — Tư pháp - Hộ tịch - Chứng thực</th><td>3 người</td>' '$tmp/body'"
check "by hour: the $H o'clock number of last week waited 20 minutes" body_has "<th scope=\"row\">$H:00</th><td>1</td><td><meter min=\"0\" max=\"20\" value=\"20\">"
wd=$(sql "SET time_zone = '+07:00'; SELECT ELT(DAYOFWEEK(CURDATE()), 'Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy')")
check "by weekday: today's weekday ($wd) has its row" body_has "<th scope=\"row\">$wd</th>"
check "the figures are cacheable for a second" test "$(header cache-control)" = "private, no-cache"
s=$(get /xep-hang/1/so-lieu); check "a point without counters has no figures (404, got $s)" test "$s" = 404
