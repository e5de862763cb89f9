#!/bin/sh
# t0510-feedback.sh: feedback from anyone, with its own code and QR link; routed to the unit; answered by a
# leader (published masked when allowed); the sender reopens it once, then it closes "not resolved"; an answer
# after the deadline counts as late. Moving time: the test sets one item's deadline into the past (as the days
# would), the only row it writes.
. "$(dirname "$0")/lib.sh"
for u in ld-baydinh cv2-baydinh; do login "$u" >/dev/null; done
s=$(get /phan-anh); check "the feedback form opens (got $s)" test "$s" = 200
keep_html feedback-form
t=$(csrf)
s=$(post /phan-anh -F "_csrf=$t" -F "ho_ten=Lê Văn Bình" -F "noi_dung=ngắn"); check "incomplete feedback is refused (422, got $s)" test "$s" = 422
check "with messages next to the fields" sh -c "grep -qF 'id=\"e-lien_he\"' '$tmp/body' && grep -qF 'id=\"e-don_vi\"' '$tmp/body' && grep -qF 'id=\"e-noi_dung\"' '$tmp/body'"
keep_html feedback-errors
body="Cán bộ tiếp nhận yêu cầu nộp thêm bản sao không có trong danh mục giấy tờ."
s=$(post /phan-anh -F "_csrf=$t" -F "ho_ten=Lê Văn Bình" -F "lien_he=0912 000 111" -F "don_vi=101" -F "noi_dung=$body" -F cong_khai=1)
check "anyone sends feedback without a dossier code (303, got $s)" test "$s" = 303
loc=$(header location); fcode=$(echo "$loc" | sed 's|^/phan-anh/\([^?]*\)?k=.*|\1|'); fid=$(echo "$fcode" | sed 's/^PA-0*//')
check "it gets its own code and QR link ($loc)" sh -c "echo '$loc' | grep -qE '^/phan-anh/PA-[0-9]{6}\?k=[A-Za-z0-9_-]{22}$'"
s=$(post /phan-anh -F "_csrf=$t" -F "ho_ten=Lê Văn Bình" -F "lien_he=0912 000 111" -F "don_vi=101" -F "noi_dung=$body" -F cong_khai=1)
check "the same form sent twice makes one item (303 to it, got $s)" sh -c "test '$s' = 303 && test '$(header location)' = '$loc'"
check "routed to the unit, open, with a deadline in working days" test "$(sql "SELECT unit_id, status, due_at > NOW() FROM feedback WHERE id = $fid")" = "101	open	1"
s=$(get "$loc"); check "the sender follows it through the link (got $s)" test "$s" = 200
keep_html feedback-open
check "the page shows the masked name, never the name or contact" sh -c "grep -qF 'Lê V** B**' '$tmp/body' && ! grep -qF 'Lê Văn Bình' '$tmp/body' && ! grep -qF '0912' '$tmp/body'"
s=$(get "/phan-anh/$fcode?k=AAAAAAAAAAAAAAAAAAAAAA"); check "a wrong token: 404 (got $s)" test "$s" = 404
pw=$(sed -n 's/^DB.password = //p' "$VAR/conf/public.hdf")
check "the public account cannot read the sender's name or contact" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e 'SELECT contact FROM feedback' 2>/dev/null"
# With a dossier code: routed to that dossier's competent unit.
mkfiles; dcode=$(new_dossier)
get /phan-anh >/dev/null; t=$(csrf)
s=$(post /phan-anh -F "_csrf=$t" -F "ma=$dcode" -F "ho_ten=Trần Thị Cúc" -F "lien_he=cuc@example.vn" -F "noi_dung=Hồ sơ của tôi chưa được tiếp nhận sau hai ngày.")
check "feedback about a dossier (303, got $s)" test "$s" = 303
check "goes to the dossier's competent unit" test "$(sql "SELECT f.unit_id = d.resolver_id FROM feedback f JOIN dossier d ON d.id = f.dossier_id WHERE d.code = '$dcode'")" = 1
# The unit answers: a leader, not a specialist.
s=$(as ld-baydinh /can-bo/phan-anh); check "the unit's list shows it (got $s)" sh -c "test '$s' = 200 && grep -qF '$fcode' '$tmp/body'"
keep_html staff-feedback-list
s=$(as ld-baydinh "/can-bo/phan-anh/$fcode"); t=$(csrf); v=$(sed -n 's/.*name="phien_ban" value="\([0-9]*\)".*/\1/p' "$tmp/body")
check "the leader sees the sender's contact" body_has "0912 000 111"
keep_html staff-feedback
as cv2-baydinh "/can-bo/phan-anh/$fcode" >/dev/null; tc=$(csrf)
s=$(as cv2-baydinh "/can-bo/phan-anh/$fcode" -F "_csrf=$tc" -F "phien_ban=$v" -F "tra_loi=Không"); check "a specialist cannot answer (403, got $s)" test "$s" = 403
s=$(as ld-baydinh "/can-bo/phan-anh/$fcode" -F "_csrf=$t" -F "phien_ban=$v" -F "tra_loi="); check "an empty answer is refused (422, got $s)" test "$s" = 422
answer="Đơn vị đã nhắc nhở cán bộ, chỉ yêu cầu giấy tờ theo danh mục đã công khai."
s=$(as ld-baydinh "/can-bo/phan-anh/$fcode" -F "_csrf=$t" -F "phien_ban=$v" -F "tra_loi=$answer" -F cong_khai=1)
check "the leader answers (303, got $s)" test "$s" = 303
check "answered on time, published (the sender allowed it)" test "$(sql "SELECT f.status, f.published, e.at <= e.due_at FROM feedback f JOIN feedback_event e ON e.feedback_id = f.id AND e.status = 'answered' WHERE f.id = $fid")" = "answered	1	1"
get "$loc" >/dev/null; t=$(csrf)
check "the sender sees the answer" body_has "chỉ yêu cầu giấy tờ theo danh mục đã công khai"
get /phan-anh >/dev/null
check "the answer is published, with the masked name only" sh -c "grep -qF '$fcode' '$tmp/body' && grep -qF 'Lê V** B**' '$tmp/body' && ! grep -qF 'Lê Văn Bình' '$tmp/body'"
keep_html feedback-published
get "$loc" >/dev/null; t=$(csrf)
s=$(post "$loc" -F "_csrf=$t" -F "ket_qua=chua-giai-quyet"); check "reopening needs a reason (422, got $s)" test "$s" = 422
s=$(post "$loc" -F "_csrf=$t" -F "ket_qua=chua-giai-quyet" -F "ly_do=Lần sau vẫn bị yêu cầu như vậy."); check "the sender says it is not resolved: reopened (303, got $s)" test "$s" = 303
check "reopened once, with a new deadline" test "$(sql "SELECT status, reopens, due_at > NOW() FROM feedback WHERE id = $fid")" = "reopened	1	1"
# Time passes: the new deadline is missed.
sql "SET time_zone = '+07:00'; UPDATE feedback SET due_at = NOW() - INTERVAL 1 HOUR WHERE id = $fid"
as ld-baydinh "/can-bo/phan-anh/$fcode" >/dev/null; t=$(csrf); v=$(sed -n 's/.*name="phien_ban" value="\([0-9]*\)".*/\1/p' "$tmp/body")
s=$(as ld-baydinh "/can-bo/phan-anh/$fcode" -F "_csrf=$t" -F "phien_ban=$v" -F "tra_loi=Đã chấn chỉnh toàn bộ bộ phận một cửa.")
check "answered again, after the deadline (303, got $s)" test "$s" = 303
check "that answer counts as late" test "$(sql "SELECT SUM(at > due_at) FROM feedback_event WHERE feedback_id = $fid AND status = 'answered'")" = 1
get "$loc" >/dev/null; t=$(csrf)
check "the second time, no reopening is offered" sh -c "! grep -qF 'name=\"ly_do\"' '$tmp/body'"
s=$(post "$loc" -F "_csrf=$t" -F "ket_qua=chua-giai-quyet"); check "not resolved again: closed, not resolved (303, got $s)" test "$s" = 303
check "the state is kept and shown" sh -c "test '$(sql "SELECT status FROM feedback WHERE id = $fid")' = closed_unresolved"
get "$loc" >/dev/null; keep_html feedback-closed
check "the page says closed, not resolved" body_has "chưa giải quyết được"
s=$(post "$loc" -F "_csrf=$t" -F "ket_qua=da-giai-quyet"); check "a closed item takes no more verdicts (422, got $s)" test "$s" = 422
# The dashboard counts it, from the events.
ym=$(sql "SELECT DATE_FORMAT(NOW(), '%Y-%m')")
want=$(sql "SELECT SUM(status = 'open'), SUM(status = 'answered' AND at > due_at), SUM(status = 'reopened'), SUM(status = 'closed_unresolved')
            FROM feedback_event WHERE at >= DATE_FORMAT(NOW(), '%Y-%m-01')")
curl -sS -o "$tmp/dash" "$BASE/thong-ke?ky=$ym&n=$$"
got=$(for id in fb-total-received fb-total-late fb-total-reopened fb-total-unresolved; do sed -n "s/.*id=\"$id\">\([0-9]*\)<.*/\1/p" "$tmp/dash"; done | paste -sd '\t')
check "the dashboard's feedback figures equal a count of the events ($want)" test "$got" = "$want"
check "closed-not-resolved and late answers are counted, not hidden" sh -c "test $(echo "$got" | cut -f2) -ge 1 && test $(echo "$got" | cut -f4) -ge 1"
