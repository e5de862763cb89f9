#!/bin/sh
# t0710-queue-counter.sh: the counter's desk at phường Ba Đình (point 101): call the next number for the counter's
# services (priority first), recall, skip a no-show, transfer to another service, close; the dossier received for a
# number is linked to it (wait and service time on its record; the ticket's QR then opens its status); two
# counters calling at once never take the same number. Times are set in the database where a test needs a known wait.
. "$(dirname "$0")/lib.sh"
mkfiles
P=101
login mc-baydinh >/dev/null
login cv2-baydinh >/dev/null
c1=$(sql "SELECT id FROM queue_counter WHERE point_id = $P AND no = 1")
c3=$(sql "SELECT id FROM queue_counter WHERE point_id = $P AND no = 3")
c4=$(sql "SELECT id FROM queue_counter WHERE point_id = $P AND no = 4")
s=$(as mc-baydinh /can-bo/quay); check "the counter officer sees the point's counters (got $s)" test "$s" = 200
keep_html staff-desks
check "four counters, the fourth the priority desk" sh -c "grep -o 'href=\"/can-bo/quay/[0-9]*\"' '$tmp/body' | wc -l | grep -qx 4 && grep -qF 'quầy ưu tiên' '$tmp/body'"
s=$(as cv2-baydinh /can-bo/quay); check "a specialist has no desk (403, got $s)" test "$s" = 403
s=$(as mc-baydinh "/can-bo/quay/$(sql "SELECT id FROM queue_counter WHERE point_id = 4 AND no = 1")")
check "another point's counter is the 404 page (got $s)" test "$s" = 404

# take SLUG [curl args]: a number at the kiosk of point 101; prints the ticket's path.
take() { local svc=$1; shift; get /xep-hang/$P >/dev/null; post /xep-hang/$P -F "_csrf=$(csrf)" -F "dich_vu=$svc" "$@" >/dev/null; header location; }
tid() { echo "$1" | sed 's|^/xep-hang/ve/\([0-9]*\)?.*|\1|'; }
a1=$(take tu-phap); a2=$(take tu-phap); a3=$(take tu-phap -F uu_tien=1); c1t=$(take van-hoa-xa-hoi)
# act USER COUNTER ACTION [curl args]: one desk action with the page's token and number; prints the status.
act() {
  local u=$1 c=$2 a=$3 t v; shift 3
  as "$u" "/can-bo/quay/$c" >/dev/null; t=$(csrf)
  v=$(sed -n 's/.*name="ve" value="\([0-9]*\)".*/\1/p' "$tmp/body" | head -1)
  as "$u" "/can-bo/quay/$c" -F "_csrf=$t" -F "viec=$a" -F "ve=${v:-0}" "$@"
}
st() { sql "SELECT status, COALESCE(counter_id, 0) FROM queue_ticket WHERE id = $1"; }

s=$(act mc-baydinh "$c1" goi); check "counter 1 calls the next number (303, got $s)" test "$s" = 303
check "the priority number comes first, though taken last" test "$(st "$(tid "$a3")")" = "called	$c1"
as mc-baydinh "/can-bo/quay/$c1" >/dev/null; keep_html staff-desk
check "the desk shows it, with the services to transfer to and the reception box" sh -c "grep -qF 'A003' '$tmp/body' && grep -qF 'name=\"so_thu_tu\"' '$tmp/body'"
check "the call is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'queue_call' AND detail = 'A003' AND username = 'mc-baydinh'")" = 1
fresh "$a3" "$tmp/body"
check "the citizen's ticket says which counter calls it" body_has "Mời đến <strong>Quầy 1</strong>"
keep_html queue-ticket-called
fresh "/xep-hang/$P/man-hinh" "$tmp/body"
check "the hall display shows A003 at counter 1" sh -c "grep -q 'Quầy 1</span> <span class=\"c-number\">A003</span>' '$tmp/body'"
s=$(act mc-baydinh "$c1" goi-lai); check "recall (303, got $s)" test "$s" = 303
fresh "/xep-hang/$P/man-hinh" "$tmp/body"
check "the display marks it recalled" sh -c "grep -qF 'A003</span> <span class=\"c-recall\">gọi lại</span>' '$tmp/body'"
s=$(act mc-baydinh "$c1" vang); check "a no-show is skipped (303, got $s)" test "$s" = 303
check "its number is skipped" test "$(sql "SELECT status FROM queue_ticket WHERE id = $(tid "$a3")")" = skipped
fresh "$a3" "$tmp/body"
check "and its ticket says so" body_has "bị bỏ qua"
s=$(act mc-baydinh "$c1" vang); check "skipping with nobody at the counter is refused (422, got $s)" test "$s" = 422
check "with a message" body_has "không còn ở quầy của bạn"

s=$(act mc-baydinh "$c1" goi); check "the next ordinary number is called (got $s)" test "$(st "$(tid "$a1")")" = "called	$c1"
s=$(act mc-baydinh "$c1" chuyen -F "dich_vu=3"); check "transferred to culture and society (303, got $s)" test "$s" = 303
check "it waits again, in service C, at no counter" test "$(sql "SELECT status, service_id, counter_id IS NULL, transfers FROM queue_ticket WHERE id = $(tid "$a1")")" = "waiting	3	1	1"
s=$(act mc-baydinh "$c3" goi); check "counter 3 calls it before C001: its place was kept (got $s)" test "$(st "$(tid "$a1")")" = "called	$c3"

# Receive a dossier for it at counter 3.
s=$(as mc-baydinh "/can-bo/tiep-nhan?thu_tuc=1.001193&so_thu_tu=$(tid "$a1")")
check "the desk's box opens the counter form for the number (303, got $s)" sh -c "[ '$s' = 303 ] && [ '$(header location)' = '/can-bo/tiep-nhan/1.001193?so_thu_tu=$(tid "$a1")' ]"
as mc-baydinh "/can-bo/tiep-nhan/1.001193?so_thu_tu=$(tid "$a1")" >/dev/null
keep_html staff-counter-form-ticket
check "the form names the number and carries it" sh -c "grep -qF 'Tiếp nhận cho số thứ tự <strong>A001</strong>' '$tmp/body' && grep -qF 'name=\"so_thu_tu\" value=\"$(tid "$a1")\"' '$tmp/body'"
receive() { # receive USER TICKET: a complete counter form for the number; prints the status
  local u=$1 tk=$2 t
  as "$u" "/can-bo/tiep-nhan/1.001193?so_thu_tu=$tk" >/dev/null; t=$(csrf)
  as "$u" /can-bo/tiep-nhan/1.001193 -F "_csrf=$t" -F "so_thu_tu=$tk" -F "co_quan=101" -F "nhan_ket_qua=counter" \
    -F "ho_ten=Lê Thị Hoa" -F "so_dinh_danh=001193006789" -F "ngay_sinh=1993-03-09" -F "dien_thoai=0904111222" \
    -F "dia_chi=Số 4 phố Đội Cấn" -F "cam_doan=1" -F "f_ho_ten_tre=Lê Minh Châu" -F "f_ngay_sinh_tre=2025-11-03" \
    -F "f_gioi_tinh=Nữ" -F "f_noi_sinh=Bệnh viện Xanh Pôn" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" \
    -F "f_ho_ten_me=Lê Thị Hoa" -F "tep_1=@$tmp/to-khai.pdf" -F "tep_2=@$tmp/giay-chung-sinh.png"
}
s=$(receive mc-baydinh "$(tid "$a1")"); code=$(header location | sed 's|^/ho-so/\([^/]*\)/.*|\1|')
check "the dossier is received (303 to the receipt, got $s)" test "$s" = 303
check "and linked to the number" test "$(sql "SELECT COUNT(*) FROM queue_link l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$code' AND l.ticket_id = $(tid "$a1")")" = 1
# Known times (set in the database): taken 32 minutes and called 7 minutes before the reception.
sql "UPDATE queue_ticket t JOIN queue_link l ON l.ticket_id = t.id JOIN dossier d ON d.id = l.dossier_id SET t.queued_at = d.received_at - INTERVAL 32 MINUTE, t.called_at = d.received_at - INTERVAL 7 MINUTE WHERE d.code = '$code'"
as mc-baydinh "/can-bo/ho-so/$code" >/dev/null
check "its record shows the number, the counter, the wait (25 min) and the time at the counter (7 min)" sh -c "grep -qF 'A001, Quầy 3' '$tmp/body' && grep -qF '<span class=\"q-wait\">25</span>' '$tmp/body' && grep -qF '<span class=\"q-service\">7</span>' '$tmp/body'"
fresh "$a1" "$tmp/body"; s=$(get "$a1"); loc=$(header location)
check "the ticket's QR now opens the dossier's status (303, got $s, $loc)" sh -c "[ '$s' = 303 ] && echo '$loc' | grep -q '^/ho-so/$code?k='"
login mc-chinhanh3 >/dev/null
s=$(receive mc-chinhanh3 "$(tid "$a2")"); check "another point cannot receive for this point's number (422, got $s)" test "$s" = 422
check "with a message" body_has "không còn đang được phục vụ tại điểm của bạn"

s=$(act mc-baydinh "$c1" goi); check "counter 1 calls A002 (got $s)" test "$(st "$(tid "$a2")")" = "called	$c1"
s=$(act mc-baydinh "$c1" goi); check "with nobody left for justice, the next call is refused (422, got $s)" test "$s" = 422
check "saying so" body_has "Không còn ai chờ"
check "and A002 stays at the counter (the refused call changed nothing)" test "$(st "$(tid "$a2")")" = "called	$c1"
s=$(act mc-baydinh "$c1" xong); check "closing it (303, got $s)" test "$(sql "SELECT status FROM queue_ticket WHERE id = $(tid "$a2")")" = done

# Two counters calling at once (counter 1 and the priority desk both serve justice): six numbers, six calls, no number twice.
for k in 1 2 3 4 5 6; do take tu-phap >/dev/null; done
login mc-baydinh >/dev/null; cp "$tmp/jar-mc-baydinh" "$tmp/jar-m2"
# race USER COUNTER: three calls in a row, each with its own page and token (its own files: both run at once).
race() {
  local j=$tmp/jar-$1 f=$tmp/race-$1 k t
  for k in 1 2 3; do
    curl -sS -o "$f" -b "$j" -c "$j" "$BASE/can-bo/quay/$2"
    t=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$f" | head -1)
    curl -sS -o /dev/null -w '%{http_code}\n' -b "$j" -c "$j" -F "_csrf=$t" -F viec=goi "$BASE/can-bo/quay/$2"
  done
}
race mc-baydinh "$c1" >"$tmp/r1" & race m2 "$c4" >"$tmp/r2" &
wait
ok_calls=$(cat "$tmp/r1" "$tmp/r2" | grep -c '^303$')
check "six calls from two counters at once all succeed ($ok_calls)" test "$ok_calls" = 6
check "both counters took part" test "$(sql "SET time_zone = '+07:00'; SELECT COUNT(DISTINCT counter_id) FROM queue_ticket WHERE point_id = $P AND day = CURDATE() AND counter_id IN ($c1, $c4) AND number > 3")" = 2
# Seven numbers waited for these two counters (A004..A009, and C001 for the priority desk, which serves all).
mine="(letter = 'A' AND number BETWEEN 4 AND 9) OR (letter = 'C' AND number = 1)"
row=$(sql "SET time_zone = '+07:00'; SELECT COUNT(*) FROM queue_ticket WHERE point_id = $P AND day = CURDATE() AND status <> 'waiting' AND ($mine)")
check "six numbers were called, one left waiting ($row)" test "$row" = 6
row=$(sql "SELECT COUNT(*), COUNT(DISTINCT detail) FROM audit_log WHERE action = 'queue_call' AND username = 'mc-baydinh' AND detail IN ('A004','A005','A006','A007','A008','A009','C001')")
check "each by one call: six calls, six different numbers ($row)" test "$row" = "6	6"
