#!/bin/sh
# t0240-forward.sh: assignment to a named specialist, liên thông to another agency and back, sign-off sent
# back, and what each unit may see and do meanwhile; the citizen sees where the dossier is.
. "$(dirname "$0")/lib.sh"
mkfiles
for u in mc-baydinh ld-baydinh cv2-baydinh cv-bachmai ld-bachmai mc-chinhanh3; do login "$u" >/dev/null; done
printf '%s\n' "Cv4-$$-pw-dai" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
login cv-baydinh "Cv4-$$-pw-dai" >/dev/null
cv2=$(account_id cv2-baydinh)
code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
step mc-baydinh "$code" tiepnhan >/dev/null
s=$(step ld-baydinh "$code" phancong "" -F "chuyen_vien=$(account_id cv-bachmai)")
check "a specialist of another unit cannot be assigned (422, got $s)" test "$s" = 422
check "it says to pick one of the unit's specialists" body_has 'id="e-chuyen_vien"'
s=$(step ld-baydinh "$code" phancong "" -F "chuyen_vien=$cv2"); check "the leader assigns it to a named specialist (303, got $s)" test "$s" = 303
as ld-baydinh "/can-bo/ho-so/$code" >/dev/null
check "the dossier page names the specialist" body_has "Đỗ Thị Lan"
s=$(as cv2-baydinh "/can-bo?cua_toi=1"); check "it is on that specialist's own worklist (got $s)" body_has "$code"
as cv-baydinh "/can-bo?cua_toi=1" >/dev/null
check "not on a colleague's own worklist" sh -c "! grep -qF '$code' '$tmp/body'"
s=$(step cv-baydinh "$code" trinhky); check "a colleague cannot submit it for sign-off (422, got $s)" test "$s" = 422
check "and is told it is assigned to someone else" body_has "đã được giao cho chuyên viên khác"

# Forward to phường Bạch Mai for its part, then back.
s=$(step cv2-baydinh "$code" lienthong "Đề nghị xác minh nơi cư trú"); check "forwarding needs the agency (422, got $s)" test "$s" = 422
check "with a message next to the agency field" body_has 'id="e-don_vi"'
keep_html staff-case-error
as ld-baydinh "/can-bo/ho-so/$code" >/dev/null
keep_html staff-case-leader
offered=0; for b in phancong lienthong tuchoi dungxuly xinloi; do grep -qF "name=\"buoc\" value=\"$b\"" "$tmp/body" && offered=$((offered + 1)); done
check "the leader is offered reassignment, forwarding, refusal, stopping and the apology ($offered of 5)" test "$offered" = 5
s=$(step cv2-baydinh "$code" lienthong "" -F "don_vi=102"); check "and a note of what is asked (422, got $s)" test "$s" = 422
s=$(step cv2-baydinh "$code" lienthong "Đề nghị xác minh nơi cư trú" -F "don_vi=101")
check "not to its own unit (422, got $s)" test "$s" = 422
check "nothing moved so far" test "$(sql "SELECT holder_id FROM dossier WHERE code = '$code'")" = 101
s=$(step cv2-baydinh "$code" lienthong "Đề nghị xác minh nơi cư trú" -F "don_vi=102"); check "the specialist forwards it to phường Bạch Mai (303, got $s)" test "$s" = 303
row=$(sql "SELECT status, holder_id, origin_id, COALESCE(assignee_id, 0) FROM dossier WHERE code = '$code'")
check "Bạch Mai holds it, Ba Đình is remembered ($row)" test "$row" = "processing	102	101	0"
fresh "/ho-so/$code?k=$tok" "$tmp/pub"
check "the citizen sees it is being processed at UBND phường Bạch Mai" grep -qF "đang được giải quyết tại <strong>UBND phường Bạch Mai" "$tmp/pub"
check "and the forwarding in the timeline" grep -qF "Chuyển liên thông" "$tmp/pub"
as cv-bachmai /can-bo >/dev/null
check "it is on Bạch Mai's worklist, marked liên thông" sh -c "grep -qF '$code' '$tmp/body' && grep -qF '(liên thông)' '$tmp/body'"
s=$(as cv2-baydinh "/can-bo/ho-so/$code"); check "Ba Đình still sees it (got $s)" test "$s" = 200
check "but is told another unit holds it" body_has "Hồ sơ hiện do đơn vị khác giữ"
s=$(step cv2-baydinh "$code" trinhky); check "and cannot act on it meanwhile (422, got $s)" test "$s" = 422
s=$(as mc-chinhanh3 "/can-bo/ho-so/$code"); check "a unit with no part in it still gets 404 (got $s)" test "$s" = 404
s=$(step cv-bachmai "$code" yeucaubosung "Bản sao sổ hộ khẩu"); check "the agency it was forwarded to cannot ask the citizen for a supplement (422, got $s)" test "$s" = 422
s=$(step cv-bachmai "$code" trinhky); check "nor submit it for sign-off (422, got $s)" test "$s" = 422
s=$(step cv-bachmai "$code" tralienthong ""); check "sending it back needs its answer (422, got $s)" test "$s" = 422
s=$(step cv-bachmai "$code" tralienthong "Đã xác minh: cư trú tại tổ 3 phường Bạch Mai"); check "Bạch Mai sends it back with its answer (303, got $s)" test "$s" = 303
check "to its worklist" test "$(header location)" = /can-bo
row=$(sql "SELECT status, holder_id, COALESCE(origin_id, 0), assignee_id FROM dossier WHERE code = '$code'")
check "Ba Đình holds it again, with its specialist ($row)" test "$row" = "processing	101	0	$cv2"
s=$(as cv-bachmai "/can-bo/ho-so/$code"); check "Bạch Mai no longer sees it (404, got $s)" test "$s" = 404

# Sign-off sent back once, then approved.
s=$(step cv2-baydinh "$code" trinhky); check "the specialist submits it for sign-off (303, got $s)" test "$s" = 303
s=$(step ld-baydinh "$code" tralai ""); check "sending back needs a reason (422, got $s)" test "$s" = 422
s=$(step ld-baydinh "$code" tralai "Bổ sung căn cứ pháp lý vào dự thảo"); check "the leader sends it back (303, got $s)" test "$s" = 303
check "it is being processed again" test "$(status_of "$code")" = processing
s=$(step cv2-baydinh "$code" trinhky); check "submitted again (303, got $s)" test "$s" = 303
s=$(step ld-baydinh "$code" pheduyet); check "and approved (303, got $s)" test "$s" = 303
check "every step is in the audit log with its unit" test "$(sql "SELECT GROUP_CONCAT(CONCAT(l.action, '@', l.unit_id) ORDER BY l.id) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$code' AND l.action NOT IN ('download', 'view_personal')")" = "tiepnhan@101,phancong@101,lienthong@101,tralienthong@102,trinhky@101,tralai@101,trinhky@101,pheduyet@101"
as ld-baydinh "/can-bo/ho-so/$code/phieu-kiem-soat" >/dev/null
keep_html staff-sheet-forward
check "the process control sheet shows the hand-off to Bạch Mai and back" sh -c "grep -qF 'Chuyển liên thông' '$tmp/body' && grep -qF 'Cơ quan phối hợp trả lại' '$tmp/body' && grep -qF 'UBND phường Bạch Mai' '$tmp/body'"
check "with each stage's deadline" body_has "Hạn của bước"
fresh "/ho-so/$code?k=$tok" "$tmp/pub"
check "the citizen never sees the internal notes" sh -c "! grep -qF 'Bổ sung căn cứ pháp lý' '$tmp/pub' && ! grep -qF 'tổ 3 phường Bạch Mai' '$tmp/pub'"
