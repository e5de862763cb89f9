#!/bin/sh
# t0410-paper.sh: a paper dossier by post: the agent counts the documents and prints the postal dossier slip (S10, QR);
# a consignment carries two dossiers to the ward with its handover record; the counter signs for it with one missing:
# the clock of the one received starts at the signature; a consignment late against its J+n limit is flagged.
. "$(dirname "$0")/lib.sh"
mkfiles
login_at /dai-ly dl-boho >/dev/null
login mc-baydinh >/dev/null

s=$(as dl-boho "/dai-ly/buu-chinh?thu_tuc=1.001193"); check "the desk's box opens the paper form (got $s)" sh -c "[ $s = 200 ] && grep -qF 'action=\"/dai-ly/buu-chinh/1.001193\"' '$tmp/body'"
s=$(as dl-boho /dai-ly/buu-chinh/1.001193); check "the paper form answers 200 (got $s)" test "$s" = 200
keep_html agent-paper-form
check "it lists the procedure's documents to tick, not files to upload" sh -c "grep -qF 'name=\"giay_1\"' '$tmp/body' && ! grep -qF 'name=\"tep_1\"' '$tmp/body'"
check "and the postage" body_has "Cước chuyển hồ sơ giấy"
paper() { agent_ks dl-boho /dai-ly/buu-chinh/1.001193 -F "giay_1=1" "$@"; }
s=$(paper -F "co_mat="); check "who was present is asked for (422, got $s)" test "$s" = 422
s=$(paper); check "a paper dossier with one document of two is taken, never refused (303, got $s)" test "$s" = 303
c1=$(agent_code)
s=$(paper -F "ho_ten=Trần Văn Bình" -F "giay_2=1"); check "a second one (303, got $s)" test "$s" = 303
c2=$(agent_code)
row=$(sql "SELECT CONCAT(d.channel, ' ', d.status, ' ', d.holder_id, ' ', da.docs, ' ', da.postal_fee) FROM dossier d JOIN dossier_agent da ON da.dossier_id = d.id WHERE d.code = '$c1'")
check "recorded on paper by post, held by the post office, document 1 counted, postage for the dossier and the result ($row)" test "$row" = "postal new 401 1 52000"
s10=$(sql "SELECT da.s10 FROM dossier_agent da JOIN dossier d ON d.id = da.dossier_id WHERE d.code = '$c1'")
check "the slip has an S10 code ($s10)" sh -c "echo '$s10' | grep -qE '^EH[0-9]{9}VN$'"
s=$(as dl-boho "/dai-ly/ho-so/$c1/phieu-gui"); check "the postal dossier slip prints (got $s)" test "$s" = 200
keep_html agent-slip
check "with its S10 code, a QR, sender and receiver" sh -c "grep -qF '$s10' '$tmp/body' && grep -qF '<svg' '$tmp/body' && grep -qF 'Lê Thị Hoa' '$tmp/body' && grep -qF 'UBND phường Ba Đình' '$tmp/body'"
check "the missing document is written on the slip, explained" body_has "Chưa có (đã hướng dẫn công dân)"
as mc-baydinh /can-bo >/dev/null
check "the ward's worklist does not show it while the post carries it" sh -c "! grep -qF '$c1' '$tmp/body'"
s=$(step mc-baydinh "$c1" tiepnhan); check "nor may the counter accept it from the dossier page (422, got $s)" test "$s" = 422

# The agent closes a consignment for the ward and prints the handover record.
s=$(as dl-boho /dai-ly/tui-ho-so); check "the consignments page opens (got $s)" test "$s" = 200
keep_html agent-bags
check "both dossiers wait for the ward" sh -c "grep -qF '$c1' '$tmp/body' && grep -qF '$c2' '$tmp/body'"
t=$(csrf)
s=$(as dl-boho /dai-ly/tui-ho-so -F "_csrf=$t" -F "co_quan=102"); check "no consignment for a ward nothing waits for (422, got $s)" test "$s" = 422
s=$(as dl-boho /dai-ly/tui-ho-so -F "_csrf=$t" -F "co_quan=101"); check "the consignment for the ward is closed (303, got $s)" test "$s" = 303
bag=$(header location | sed 's|^/dai-ly/tui-ho-so/||')
s=$(as dl-boho "/dai-ly/tui-ho-so/$bag"); check "the handover record prints (got $s)" test "$s" = 200
keep_html agent-record
check "one line per dossier with its slip number" sh -c "grep -qF '$c1' '$tmp/body' && grep -qF '$s10' '$tmp/body' && grep -qF '$c2' '$tmp/body'"
check "due J+2: the post office stands in phường Hoàn Kiếm, not in the ward it goes to" body_has "J+2"
check "the citizen's timeline says the post is carrying it" test "$(sql "SELECT COUNT(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE d.code = '$c1' AND e.status = 'in_transit' AND e.note = '$s10'")" = 1

# At the ward: open by code (the QR's URL), tick one, say the other is missing, sign.
s=$(as mc-baydinh "/can-bo/tui-ho-so?ma=$bag"); check "the counter opens the consignment by its code (303, got $s)" test "$s" = 303
s=$(as mc-baydinh "/can-bo/tui-ho-so/$bag"); check "the record with a box per dossier (got $s)" test "$s" = 200
keep_html staff-record-intake
id1=$(sql "SELECT id FROM dossier WHERE code = '$c1'"); id2=$(sql "SELECT id FROM dossier WHERE code = '$c2'")
t=$(csrf)
sign() { as mc-baydinh "/can-bo/tui-ho-so/$bag" -F "_csrf=$t" -F "nhan_$id1=1" -F "thieu_$id2=Không có hồ sơ trong túi"; }
s=$(sign); check "the counter signs for it (303, got $s)" test "$s" = 303
check "the dossier ticked is received, at the ward, by the officer" test "$(sql "SELECT CONCAT(d.status, ' ', d.holder_id, ' ', a.username) FROM dossier d JOIN staff_account a ON a.id = d.received_by WHERE d.code = '$c1'")" = "received 101 mc-baydinh"
check "its clock starts at the signature" test "$(sql "SELECT d.received_at = c.received_at AND d.due_at > d.received_at FROM dossier d JOIN consignment_item i ON i.dossier_id = d.id JOIN consignment c ON c.id = i.consignment_id WHERE d.code = '$c1'")" = 1
check "the one missing stays with the post office, noted on its line" test "$(sql "SELECT CONCAT(d.status, ' ', d.holder_id, ' ', i.state, ' ', i.note) FROM dossier d JOIN consignment_item i ON i.dossier_id = d.id WHERE d.code = '$c2'")" = "new 401 missing Không có hồ sơ trong túi"
check "both are in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action IN ('consign_received', 'consign_missing') AND dossier_id IN ($id1, $id2)")" = 2
s=$(sign); check "signing twice is refused (422, got $s)" test "$s" = 422
as mc-baydinh /can-bo >/dev/null
check "the received one is on the ward's worklist now" body_has "$c1"

# The missing one goes again; this consignment is late (set back past its J+n limit).
s=$(as dl-boho /dai-ly/tui-ho-so); t=$(csrf)
check "the missing dossier waits for a consignment again" body_has "$c2"
as dl-boho /dai-ly/tui-ho-so -F "_csrf=$t" -F "co_quan=101" >/dev/null
bag2=$(header location | sed 's|^/dai-ly/tui-ho-so/||')
sql "SET time_zone = '+07:00'; UPDATE consignment SET created_at = NOW() - INTERVAL 6 DAY, due_at = NOW() - INTERVAL 1 DAY WHERE code = '$bag2'"
as dl-boho /dai-ly/tui-ho-so >/dev/null
check "the post office sees it flagged late" sh -c "grep -A3 '$bag2' '$tmp/body' | grep -qF 'Trễ hạn chuyển phát'"
as mc-baydinh /can-bo/tui-ho-so >/dev/null
check "so does the agency" sh -c "grep -A3 '$bag2' '$tmp/body' | grep -qF 'Trễ hạn chuyển phát'"
check "and the first one, signed in time, is not" sh -c "! grep -A3 '$bag<' '$tmp/body' | grep -qF 'Trễ hạn'"
