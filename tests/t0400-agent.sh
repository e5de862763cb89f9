#!/bin/sh
# t0400-agent.sh: a post-office agent submits online for a citizen (consent, fees, the receipt naming him); the ward
# accepts and resolves it; the result goes back by post (a return consignment with S10 codes), two failed
# deliveries, then delivered; the citizen's status page shows each step with the tracking code.
. "$(dirname "$0")/lib.sh"
mkfiles
login_at /dai-ly dl-boho >/dev/null
for u in mc-baydinh ld-baydinh; do login "$u" >/dev/null; done
# At least 10 characters whatever the shell's pid ("Cv-$$-pw" was 9 with a 3-digit pid: passwd refused it).
pw="Cv-$$-pw-agent"
printf '%s\n' "$pw" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
s=$(login cv-baydinh "$pw"); check "the specialist signs in with the password just set (303, got $s)" test "$s" = 303
cv=$(account_id cv-baydinh)

s=$(as dl-boho /dai-ly); check "the agent's desk opens (got $s)" test "$s" = 200
keep_html agent-home
check "it names his post office" body_has "Bưu điện Trung tâm Hà Nội"
s=$(as dl-boho "/dai-ly/nop?thu_tuc=1.001193"); check "the desk's box opens the procedure's form (got $s)" sh -c "[ $s = 200 ] && grep -qF 'action=\"/dai-ly/nop/1.001193\"' '$tmp/body'"
s=$(as dl-boho /dai-ly/nop/1.001193); check "the form for a citizen answers 200 (got $s)" test "$s" = 200
keep_html agent-submit-form
check "it is the citizen's own form, posted to the agent's URL" sh -c "grep -qF 'action=\"/dai-ly/nop/1.001193\"' '$tmp/body' && grep -qF 'name=\"f_ho_ten_tre\"' '$tmp/body'"
check "with the consent's exact words to agree to" body_has "thay mặt tôi khai và nộp hồ sơ này trực tuyến"
check "and who is present, and the fees" sh -c "grep -qF 'name=\"co_mat\"' '$tmp/body' && grep -qF 'Phí dịch vụ đại lý' '$tmp/body'"

before=$(dossiers)
s=$(agent_ks dl-boho /dai-ly/nop/1.001193 -F "dong_y=" -F "so_dinh_danh=12"); check "without the citizen's consent nothing is submitted (422, got $s)" test "$s" = 422
keep_html agent-submit-error
check "the consent is asked for next to its box" body_has 'id="e-dong_y"'
check "the form validates like the citizen's own" body_has 'id="e-so_dinh_danh"'
check "nothing was written" test "$(dossiers)" = "$before"
s=$(agent_ks dl-boho /dai-ly/nop/1.001193); check "submitted for the citizen (303, got $s)" test "$s" = 303
code=$(agent_code)
check "to the agent's page of the dossier ($code)" sh -c "echo '$code' | grep -q '^000\.01\.01\.H26-'"
row=$(sql "SELECT d.channel, d.status, d.holder_id, d.point_id, da.office_id, da.agent_name, da.present FROM dossier d JOIN dossier_agent da ON da.dossier_id = d.id WHERE d.code = '$code'")
check "recorded as online through agent Hoàng Văn Nam of Bưu điện Bờ Hồ, waiting at the ward ($row)" test "$row" = "agent	new	101	101	401	Hoàng Văn Nam	Chính người nộp"
check "the consent's words are kept with it" test "$(sql "SELECT consent LIKE 'Tôi đồng ý để nhân viên bưu điện%' FROM dossier_agent da JOIN dossier d ON d.id = da.dossier_id WHERE d.code = '$code'")" = 1
check "the submission is in the audit log under the agent" test "$(sql "SELECT COUNT(*) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$code' AND l.action = 'agent_submit' AND l.username = 'dl-boho' AND l.unit_id = 401")" = 1

s=$(as dl-boho "/dai-ly/ho-so/$code"); check "the agent's page of it opens (got $s)" test "$s" = 200
keep_html agent-case
check "it does not show the identification number in full" sh -c "! grep -qF '001190012346' '$tmp/body'"
check "it shows the phone and address, opened (sealed at rest)" sh -c "grep -qF '0913222333' '$tmp/body' && grep -qF 'Số 8 phố Đinh Tiên Hoàng' '$tmp/body'"
check "and the view is on the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$code' AND l.action = 'view_personal' AND l.username = 'dl-boho' AND l.detail = 'agent-case'")" -ge 1
check "the phone is stored sealed, found through its blind index" test "$(sql "SELECT phone LIKE 's3.%' AND phone_tag <> '' AND phone_tag <> phone FROM dossier WHERE code = '$code'")" = 1
receipt=$(grep -o 'href="/ho-so/[^"]*/bien-nhan?k=[^"]*"' "$tmp/body" | head -1 | sed 's/^href="//; s/"$//; s/&amp;/\&/g')
tok=${receipt##*k=}
s=$(curl -sS -o "$tmp/receipt" -w '%{http_code}' "$BASE$receipt"); check "the receipt (form 01) prints from there (got $s)" test "$s" = 200
check "the receipt says it came through agent Hoàng Văn Nam of Bưu điện Trung tâm Hà Nội" sh -c "grep -qF 'Nộp qua đại lý' '$tmp/receipt' && grep -qF 'Hoàng Văn Nam, Bưu điện Trung tâm Hà Nội (Bưu điện Bờ Hồ)' '$tmp/receipt'"
check "and the channel" grep -qF "Trực tuyến qua đại lý dịch vụ công (bưu điện)" "$tmp/receipt"
cp "$tmp/receipt" "$MOTCUA_TEST_WORK/html/agent-receipt.html"
s=$(curl -sS -o "$tmp/receipt.png" -w '%{http_code}' "$BASE/ho-so/$code/bien-nhan.png?k=$tok"); check "the receipt as a PNG (got $s)" test "$s" = 200
check "is a PNG" sh -c "head -c 8 '$tmp/receipt.png' | od -An -c | grep -q 'P   N   G'"
s=$(as dl-boho "/dai-ly/ho-so/$code/bien-lai"); check "the fee receipt prints (got $s)" test "$s" = 200
keep_html agent-fee
check "with the fees recorded for the dossier" body_has "Tổng cộng"
s=$(as dl-boho "/dai-ly?q=0913+222+333"); check "the desk finds it by the citizen's phone (got $s)" sh -c "[ $s = 200 ] && grep -qF '$code' '$tmp/body'"

# The ward accepts it like any online dossier, and resolves it.
s=$(step mc-baydinh "$code" tiepnhan); check "the ward's counter accepts it (303, got $s)" test "$s" = 303
step ld-baydinh "$code" phancong "" -F "chuyen_vien=$cv" >/dev/null
step cv-baydinh "$code" trinhky >/dev/null
s=$(step ld-baydinh "$code" pheduyet); check "assigned, submitted and approved: resolved (303, got $s)" test "$s" = 303
check "the result waits at the ward's counter" test "$(sql "SELECT CONCAT(status, ' ', holder_id) FROM dossier WHERE code = '$code'")" = "resolved 101"

# The counter hands it to the post office in a return consignment.
s=$(as mc-baydinh /can-bo/tui-ho-so); check "the counter's consignments page opens (got $s)" test "$s" = 200
keep_html staff-bags
check "it lists the result waiting to go back by post" body_has "$code"
t=$(csrf)
s=$(as mc-baydinh /can-bo/tui-ho-so -F "_csrf=$t" -F "buu_dien=401"); check "the results leave in a return consignment to Bưu điện Bờ Hồ (303, got $s)" test "$s" = 303
bag=$(header location | sed 's|^/can-bo/tui-ho-so/||')
check "the consignment has an S10 code ($bag)" sh -c "echo '$bag' | grep -qE '^CH[0-9]{9}VN$'"
row=$(sql "SELECT CONCAT(d.holder_id, ' ', d.returned_how, ' ', d.post_tracking) FROM dossier d WHERE d.code = '$code'")
trk=${row##* }
check "the post office holds the result, by post, tracking $trk" test "$row" = "401 post $trk"
check "the item's code is a valid S10 (check digit 8,6,4,2,3,5,9,7)" sh -c "echo '$trk' | grep -qE '^EK[0-9]{9}VN$'"
s=$(as mc-baydinh "/can-bo/tui-ho-so/$bag"); check "the handover record prints (got $s)" test "$s" = 200
keep_html staff-record-return
check "one line per result with its S10 code" sh -c "grep -qF '$code' '$tmp/body' && grep -qF '$trk' '$tmp/body'"
s=$(as dl-boho "/dai-ly/tui-ho-so/$bag"); check "the post office sees the same record (got $s)" test "$s" = 200
t=$(csrf)
s=$(as dl-boho "/dai-ly/tui-ho-so/$bag" -F "_csrf=$t"); check "and signs for the results (303, got $s)" test "$s" = 303
check "signed once, by the agent" test "$(sql "SELECT a.username FROM consignment c JOIN staff_account a ON a.id = c.received_by WHERE c.code = '$bag'")" = dl-boho

# Deliveries: nobody at home twice, then delivered to the applicant.
as dl-boho /dai-ly >/dev/null
check "the result is on the agent's list to deliver" body_has "$code"
s=$(agent_step dl-boho "$code" vangnha); check "first attempt: nobody at home (303, got $s)" test "$s" = 303
s=$(agent_step dl-boho "$code" vangnha); check "second attempt: nobody at home (303, got $s)" test "$s" = 303
s=$(agent_step dl-boho "$code" hoantra); check "not back to the agency: the attempts were not two working days apart (422, got $s)" test "$s" = 422
s=$(agent_step dl-boho "$code" phatthanhcong -F "nguoi_nhan=applicant" -F "so_giay_to=23"); check "delivering needs the recipient's ID digits (422, got $s)" test "$s" = 422
keep_html agent-case-error
check "asked for next to the field" body_has 'id="e-so_giay_to"'
s=$(agent_step dl-boho "$code" phatthanhcong -F "nguoi_nhan=applicant" -F "so_giay_to=9346"); check "the applicant's card is checked against the blind index: other digits refused (422, got $s)" test "$s" = 422
s=$(agent_step dl-boho "$code" phatthanhcong -F "nguoi_nhan=applicant" -F "so_giay_to=2346"); check "third attempt: delivered to the applicant (303, got $s)" test "$s" = 303
check "the dossier is returned" test "$(status_of "$code")" = returned
check "three attempts recorded, with the last digits only" test "$(sql "SELECT GROUP_CONCAT(CONCAT(outcome, ':', id_last) ORDER BY x.id) FROM delivery_attempt x JOIN dossier d ON d.id = x.dossier_id WHERE d.code = '$code'")" = "not_home:,not_home:,applicant:2346"
check "each agent step is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$code' AND l.username = 'dl-boho' AND l.action IN ('vangnha', 'phatthanhcong')")" = 3
s=$(agent_step dl-boho "$code" phatthanhcong -F "nguoi_nhan=applicant" -F "so_giay_to=2346"); check "delivered only once (422, got $s)" test "$s" = 422

s=$(as mc-baydinh "/can-bo/ho-so/$code"); check "the ward's page of the dossier (got $s)" test "$s" = 200
keep_html staff-case-agent
check "names the agent and his post office, and lists the delivery attempts" sh -c "grep -qF 'Hoàng Văn Nam, Bưu điện Trung tâm Hà Nội' '$tmp/body' && grep -qF 'Đã phát cho chính người nộp' '$tmp/body'"

# What the citizen sees (nginx may keep the page a second: ask for a fresh one).
s=$(curl -sS -o "$tmp/pub" -w '%{http_code}' "$BASE/ho-so/$code?k=$tok&n=$$"); check "the status page opens (got $s)" test "$s" = 200
cp "$tmp/pub" "$MOTCUA_TEST_WORK/html/agent-status.html"
check "it shows the result handed to the post office with its tracking code" sh -c "grep -qF 'Đã giao kết quả cho bưu điện' '$tmp/pub' && grep -qF '$trk' '$tmp/pub'"
check "both failed deliveries" test "$(grep -c 'Bưu điện phát kết quả không thành công' "$tmp/pub")" = 2
check "and the delivery: returned by post, tracking $trk" sh -c "grep -qF 'Đã trả kết quả:' '$tmp/pub' && grep -qF 'Nhận qua dịch vụ bưu chính công ích' '$tmp/pub'"
check "the timeline names the post office" grep -qF "Bưu điện Trung tâm Hà Nội (Bưu điện Bờ Hồ)" "$tmp/pub"
