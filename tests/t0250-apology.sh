#!/bin/sh
# t0250-apology.sh: a dossier about to run late: the worklist warns a day ahead, the unit drafts the apology
# with a reason and a new date (form 04), a leader signs it, it prints, and the citizen sees it.
. "$(dirname "$0")/lib.sh"
mkfiles
for u in mc-baydinh ld-baydinh cv2-baydinh; do login "$u" >/dev/null; done
code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
step mc-baydinh "$code" tiepnhan >/dev/null
step ld-baydinh "$code" phancong "" -F "chuyen_vien=$(account_id cv2-baydinh)" >/dev/null
# Time passes: the appointment is now five hours away. (The one write a test makes to the
# database: moving the clock of one dossier, as the days would.)
sql "SET time_zone = '+07:00'; UPDATE dossier SET due_at = NOW() + INTERVAL 5 HOUR WHERE code = '$code'"
due0=$(sql "SELECT due_at FROM dossier WHERE code = '$code'")
as cv2-baydinh "/can-bo?q=$code" >/dev/null
keep_html staff-worklist-due-soon
check "the worklist marks it due within a day" sh -c "grep -qF 'class=\"due-soon\"' '$tmp/body' && grep -qF 'Đến hạn trong 1 ngày' '$tmp/body'"
check "and says to draft the apology today" body_has "hẹn lại (mẫu 04): lập ngay hôm nay nếu không kịp"

day() { # day SQL-CONDITION: the first day 1..30 days after the appointment's day that meets it
  sql "SET time_zone = '+07:00'; SELECT MIN(x) FROM (SELECT DATE(d.due_at) + INTERVAL s.seq DAY AS x FROM dossier d JOIN seq_1_to_30 s WHERE d.code = '$code') t
       WHERE $1"
}
workday=$(day "WEEKDAY(x) < 5 AND x >= CURDATE() + INTERVAL 3 DAY AND NOT EXISTS (SELECT 1 FROM holiday h WHERE h.day = x AND h.kind = 'holiday')")
saturday=$(day "WEEKDAY(x) = 5 AND NOT EXISTS (SELECT 1 FROM holiday h WHERE h.day = x AND h.kind = 'workday')")
s=$(step cv2-baydinh "$code" xinloi "Chờ kết quả xác minh của cơ quan công an"); check "the apology needs a new date (422, got $s)" test "$s" = 422
check "with a message next to the date" body_has 'id="e-ngay_hen"'
check "and the reason kept in the form" body_has "Chờ kết quả xác minh của cơ quan công an</textarea>"
s=$(step cv2-baydinh "$code" xinloi "Chờ kết quả xác minh" -F "ngay_hen=$(sql "SELECT DATE(due_at) FROM dossier WHERE code = '$code'")")
check "not the same day as the appointment (422, got $s)" test "$s" = 422
s=$(step cv2-baydinh "$code" xinloi "Chờ kết quả xác minh" -F "ngay_hen=$saturday"); check "not a Saturday ($saturday: 422, got $s)" test "$s" = 422
s=$(step cv2-baydinh "$code" xinloi "" -F "ngay_hen=$workday"); check "and not without a reason (422, got $s)" test "$s" = 422
check "nothing drafted so far" test "$(sql "SELECT COUNT(*) FROM dossier_apology a JOIN dossier d ON d.id = a.dossier_id WHERE d.code = '$code'")" = 0
s=$(step cv2-baydinh "$code" xinloi "Chờ kết quả xác minh của cơ quan công an" -F "ngay_hen=$workday")
check "the specialist drafts the apology with a new date, $workday (303, got $s)" test "$s" = 303
check "the appointment does not move before a leader signs" test "$(sql "SELECT due_at FROM dossier WHERE code = '$code'")" = "$due0"
fresh "/ho-so/$code?k=$tok" "$tmp/pub"
check "the citizen does not see a draft" sh -c "! grep -qF 'Chờ kết quả xác minh' '$tmp/pub'"
as cv2-baydinh "/can-bo?q=$code" >/dev/null
check "the worklist shows the draft waiting for signature" body_has "Đã dự thảo văn bản xin lỗi, chờ ký"
s=$(as cv2-baydinh "/can-bo/ho-so/$code/xin-loi"); check "the draft prints (got $s)" test "$s" = 200
check "marked as a draft" body_has "DỰ THẢO"
s=$(step cv2-baydinh "$code" xinloi "Lần hai" -F "ngay_hen=$workday"); check "one draft at a time (422, got $s)" test "$s" = 422
s=$(step cv2-baydinh "$code" kyxinloi); check "a specialist cannot sign it (403, got $s)" test "$s" = 403
s=$(step ld-baydinh "$code" kyxinloi); check "the leader signs it (303, got $s)" test "$s" = 303
row=$(sql "SELECT DATE(due_at), TIME(due_at), first_due_at FROM dossier WHERE code = '$code'")
check "the new appointment is the chosen day at the close of office, the first is kept ($row)" test "$row" = "$workday	17:00:00	$due0"
s=$(as ld-baydinh "/can-bo/ho-so/$code/xin-loi"); check "form 04 prints (got $s)" test "$s" = 200
keep_html staff-apology
check "signed by the leader, no longer a draft" sh -c "grep -qF 'Lê Minh Tuấn' '$tmp/body' && ! grep -qF 'DỰ THẢO' '$tmp/body'"
check "with the reason and the new date" sh -c "grep -qF 'Chờ kết quả xác minh của cơ quan công an' '$tmp/body' && grep -qF 'Mẫu số 04' '$tmp/body'"
fresh "/ho-so/$code?k=$tok" "$tmp/pub"
check "the citizen sees the apology and its reason" sh -c "grep -qF 'xin lỗi ông/bà vì chưa trả kết quả đúng hẹn' '$tmp/pub' && grep -qF 'Chờ kết quả xác minh của cơ quan công an' '$tmp/pub'"
check "and the new appointment" grep -qF "datetime=\"${workday}T17:00" "$tmp/pub"
check "the on-time indicator says it was extended" grep -qF "cơ quan đã xin lỗi và hẹn lại" "$tmp/pub"
cp "$tmp/pub" "$tmp/body"; keep_html status-apology
check "signing is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$code' AND l.action = 'kyxinloi' AND l.username = 'ld-baydinh'")" = 1
s=$(step ld-baydinh "$code" kyxinloi); check "there is nothing left to sign (422, got $s)" test "$s" = 422

# Overdue: marked in the worklist.
code2=$(new_dossier)
step mc-baydinh "$code2" tiepnhan >/dev/null
sql "SET time_zone = '+07:00'; UPDATE dossier SET due_at = NOW() - INTERVAL 1 HOUR WHERE code = '$code2'"
as ld-baydinh "/can-bo?q=$code2" >/dev/null
check "an overdue dossier is marked in the worklist" sh -c "grep -qF 'class=\"overdue\"' '$tmp/body' && grep -qF 'Quá hạn' '$tmp/body'"
