#!/bin/sh
# t0430-agent-desk.sh: what agents ask of peers: a form saved as a draft and taken up again (files too), what the
# agency asked for shown to help the citizen; an undelivered result back to the agency after two failed attempts two
# working days apart; the daily reconciliation per agent and per post office, printable and as CSV.
. "$(dirname "$0")/lib.sh"
mkfiles
for u in dl-boho td-boho; do login_at /dai-ly "$u" >/dev/null; done
for u in mc-baydinh ld-baydinh quantri; do login "$u" >/dev/null; done
# At least 10 characters whatever the shell's pid ("Cv-$$-pw" was 9 with a 3-digit pid: passwd refused it).
pw="Cv-$$-pw-desk"
printf '%s\n' "$pw" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
s=$(login cv-baydinh "$pw"); check "the specialist signs in with the password just set (303, got $s)" test "$s" = 303
cv=$(account_id cv-baydinh)

# A draft: half a form and one file, kept on the server; the connection may drop.
before=$(dossiers)
as dl-boho /dai-ly/nop/1.001193 >/dev/null; t=$(csrf)
s=$(as dl-boho /dai-ly/nop/1.001193 -F "_csrf=$t" -F "ho_ten=Đặng Thu Thảo" -F "dien_thoai=0988 777 666" \
  -F "f_ho_ten_tre=Đặng Gia Huy" -F "tep_1=@$tmp/to-khai.pdf;type=application/pdf" -F "luu_nhap=1")
check "half a form is saved as a draft (303, got $s)" test "$s" = 303
loc=$(header location); draft=${loc##*nhap=}
check "back to the form with the draft ($loc)" sh -c "echo '$loc' | grep -q '^/dai-ly/nop/1.001193?nhap=[0-9][0-9]*$'"
check "nothing was submitted" test "$(dossiers)" = "$before"
s=$(as dl-boho "$loc"); check "the draft opens (got $s)" test "$s" = 200
keep_html agent-draft
check "with what was typed" sh -c "grep -qF 'value=\"Đặng Thu Thảo\"' '$tmp/body' && grep -qF 'value=\"Đặng Gia Huy\"' '$tmp/body'"
check "and the file sent, kept" body_has "to-khai.pdf"
as dl-boho /dai-ly >/dev/null
check "the desk lists the draft" body_has "?nhap=$draft"
s=$(as td-boho "$loc"); check "another agent cannot open it (404, got $s)" test "$s" = 404
as dl-boho "$loc" >/dev/null; t=$(csrf)
kept=$(sed -n 's/.*name="giu_1" value="\([^"]*\)".*/\1/p' "$tmp/body" | head -1)
s=$(as dl-boho /dai-ly/nop/1.001193 -F "_csrf=$t" -F "nhap=$draft" -F "ho_ten=Đặng Thu Thảo" -F "so_dinh_danh=001192004568" \
  -F "ngay_sinh=1992-06-07" -F "dien_thoai=0988 777 666" -F "dia_chi=Số 1 phố Hàng Gai" -F "co_quan=101" \
  -F "nhan_ket_qua=counter" -F "cam_doan=1" -F "f_ho_ten_tre=Đặng Gia Huy" -F "f_ngay_sinh_tre=2025-11-05" -F "f_gioi_tinh=Nam" \
  -F "f_noi_sinh=Bệnh viện Xanh Pôn" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" -F "f_ho_ten_me=Đặng Thu Thảo" \
  -F "giu_1=$kept" -F "ten_1=to-khai.pdf" -F "tep_2=@$tmp/giay-chung-sinh.png;type=image/png" -F "dong_y=1" -F "co_mat=Chính người nộp")
check "the draft, completed, is submitted with the file it kept (303, got $s)" test "$s" = 303
dcode=$(agent_code)
check "with both files" test "$(sql "SELECT COUNT(*) FROM attachment t JOIN dossier d ON d.id = t.dossier_id WHERE d.code = '$dcode'")" = 2
check "and the draft is gone" test "$(sql "SELECT COUNT(*) FROM agent_draft WHERE id = $draft")" = 0

# What the agency asked for, where the agent can help the citizen answer it.
s=$(step mc-baydinh "$dcode" trabosung "Thiếu bản chính Giấy chứng sinh"); check "the ward returns it for completion (303, got $s)" test "$s" = 303
as dl-boho "/dai-ly/ho-so/$dcode" >/dev/null
check "the agent sees what is missing" body_has "Thiếu bản chính Giấy chứng sinh"

# Back to the agency: two failed attempts, two working days apart.
agent_ks dl-boho /dai-ly/nop/1.001193 >/dev/null; code=$(agent_code)
step mc-baydinh "$code" tiepnhan >/dev/null
step ld-baydinh "$code" phancong "" -F "chuyen_vien=$cv" >/dev/null
step cv-baydinh "$code" trinhky >/dev/null
step ld-baydinh "$code" pheduyet >/dev/null
as mc-baydinh /can-bo/tui-ho-so >/dev/null; t=$(csrf)
as mc-baydinh /can-bo/tui-ho-so -F "_csrf=$t" -F "buu_dien=401" >/dev/null
check "a result is with the post office" test "$(sql "SELECT CONCAT(status, ' ', holder_id) FROM dossier WHERE code = '$code'")" = "resolved 401"
agent_step dl-boho "$code" vangnha >/dev/null
s=$(agent_step dl-boho "$code" hoantra); check "one failed attempt: not back yet (422, got $s)" test "$s" = 422
agent_step dl-boho "$code" vangnha >/dev/null
s=$(agent_step dl-boho "$code" hoantra); check "two the same day: not back yet (422, got $s)" test "$s" = 422
id=$(sql "SELECT id FROM dossier WHERE code = '$code'")
# The first attempt ten days ago (and the hand-over before it): more than two working days apart.
sql "SET time_zone = '+07:00'; UPDATE dossier_event SET at = at - INTERVAL 11 DAY WHERE dossier_id = $id AND status = 'post_out';
     UPDATE delivery_attempt SET at = at - INTERVAL 10 DAY WHERE dossier_id = $id ORDER BY id LIMIT 1"
as dl-boho "/dai-ly/ho-so/$code" >/dev/null
check "after two working days the agent is offered to send it back" body_has 'value="hoantra"'
s=$(agent_step dl-boho "$code" hoantra); check "back to the ward's counter (303, got $s)" test "$s" = 303
check "the ward holds the result again, still to be returned" test "$(sql "SELECT CONCAT(status, ' ', holder_id) FROM dossier WHERE code = '$code'")" = "resolved 101"
s=$(as dl-boho "/dai-ly/ho-so/$code"); check "the post office still sees the dossier it took in (got $s)" test "$s" = 200
check "the citizen's timeline says it came back" test "$(sql "SELECT COUNT(*) FROM dossier_event WHERE dossier_id = $id AND status = 'post_back'")" = 1
s=$(step mc-baydinh "$code" traketqua "" -F "cach_tra=counter"); check "the counter hands it over in person (303, got $s)" test "$s" = 303

# The daily reconciliation.
agent_ks td-boho /dai-ly/nop/1.001193 >/dev/null
s=$(as dl-boho /dai-ly/doi-soat); check "an agent's reconciliation of the day opens (got $s)" test "$s" = 200
keep_html agent-recon
check "his own line only" sh -c "grep -qF 'dl-boho' '$tmp/body' && ! grep -qF 'td-boho' '$tmp/body'"
s=$(as td-boho /dai-ly/doi-soat); check "the head of the post office sees every agent (got $s)" sh -c "grep -qF 'dl-boho' '$tmp/body' && grep -qF 'td-boho' '$tmp/body'"
s=$(as td-boho "/dai-ly/doi-soat?csv=1"); check "as CSV (got $s)" test "$s" = 200
ct=$(header content-type); check "served as text/csv ($ct)" sh -c "echo '$ct' | grep -q '^text/csv'"
check "a header line and one line per agent" test "$(grep -c . "$tmp/body")" = 3
check "counting the online dossiers and the fees" sh -c "grep -q 'dl-boho' '$tmp/body'"
s=$(as dl-boho "/dai-ly/doi-soat?ngay=2025-01-02"); check "another day (got $s)" test "$s" = 200
check "shows nothing done that day" sh -c "grep -q '<td>0</td><td>0</td><td>0</td>' '$tmp/body'"
s=$(as quantri /can-bo/doi-soat-buu-dien); check "the Centre sees every post office (got $s)" test "$s" = 200
keep_html staff-recon
check "Bưu điện Bờ Hồ among them" body_has "Bưu điện Bờ Hồ"
s=$(as mc-baydinh /can-bo/doi-soat-buu-dien); check "a counter officer does not (403, got $s)" test "$s" = 403
