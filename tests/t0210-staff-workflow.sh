#!/bin/sh
# t0210-staff-workflow.sh: an online dossier through the back office: accept, assign, submit, approve, return;
# refused steps, another unit's dossier, two people at once, the audit trail, what the citizen sees.
. "$(dirname "$0")/lib.sh"
mkfiles
for u in mc-baydinh ld-baydinh mc-chinhanh3; do login "$u" >/dev/null; done
printf '%s\n' "Cv-$$-pw-dai" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
login cv-baydinh "Cv-$$-pw-dai" >/dev/null
cv=$(account_id cv-baydinh)
code=$(new_dossier)
tok=$(header location | sed 's|.*?k=||')
check "a citizen's online dossier was created ($code)" test -n "$code"

as mc-baydinh /can-bo >/dev/null
check "it waits in the ward's worklist" body_has "$code"
s=$(as mc-baydinh "/can-bo?q=$code"); check "search by code finds it (got $s)" body_has "$code"
as mc-chinhanh3 /can-bo >/dev/null
check "another unit's worklist does not show it" sh -c "! grep -qF '$code' '$tmp/body'"
s=$(as mc-chinhanh3 "/can-bo/ho-so/$code"); check "another unit's officer gets 404 for it (got $s)" test "$s" = 404
s=$(as mc-baydinh "/can-bo/ho-so/$code"); check "the ward's officer opens it (got $s)" test "$s" = 200
keep_html staff-case
check "the dossier page shows the applicant in full" body_has "Nguyễn Văn An"
check "and the identification number" body_has "001090012345"
check "and the attachments" body_has "to-khai.pdf"
fid=$(grep -o 'tep?ho_so=[^&]*&amp;id=[0-9]*' "$tmp/body" | head -1 | sed 's/.*id=//')
s=$(curl -sS -o "$tmp/dl" -w '%{http_code}' -b "$tmp/jar-mc-baydinh" "$BASE/can-bo/tep?ho_so=$code&id=$fid")
check "an authorised officer downloads an attachment (got $s)" test "$s" = 200
check "the download is the file the citizen sent" cmp "$tmp/dl" "$tmp/to-khai.pdf"
s=$(curl -sS -o /dev/null -w '%{http_code}' -b "$tmp/jar-mc-chinhanh3" "$BASE/can-bo/tep?ho_so=$code&id=$fid"); check "another unit cannot download it (got $s)" test "$s" = 404
s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/can-bo/tep?ho_so=$code&id=$fid"); check "nobody signed out can download it (got $s)" test "$s" = 303

s=$(step cv-baydinh "$code" tiepnhan); check "a specialist may not accept at the counter (403, got $s)" test "$s" = 403
s=$(step ld-baydinh "$code" pheduyet); check "a leader cannot approve a dossier not yet received (422, got $s)" test "$s" = 422
check "it says why" body_has "không thực hiện được ở trạng thái hiện tại"
s=$(as mc-baydinh "/can-bo/ho-so/$code" -F "buoc=tiepnhan" -F "phien_ban=0"); check "a step without a CSRF token is refused (403, got $s)" test "$s" = 403
check "nothing changed so far" test "$(status_of "$code")" = new
s=$(step mc-baydinh "$code" tiepnhan); check "the counter officer accepts it (303, got $s)" test "$s" = 303
check "the dossier is received" test "$(status_of "$code")" = received
check "the officer who received it is recorded" test "$(sql "SELECT a.username FROM dossier d JOIN staff_account a ON a.id = d.received_by WHERE d.code = '$code'")" = mc-baydinh
check "the appointment was recomputed from acceptance, on a working day" test "$(sql "SELECT due_at >= received_at AND WEEKDAY(due_at) < 5 FROM dossier WHERE code = '$code'")" = 1
check "the step is in the audit log with who and from which unit" test "$(sql "SELECT COUNT(*) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$code' AND l.action = 'tiepnhan' AND l.username = 'mc-baydinh' AND l.unit_id = 101")" = 1
as mc-baydinh "/can-bo/ho-so/$code" >/dev/null
s=$(as mc-baydinh "/can-bo/ho-so/$code" -F "_csrf=$(csrf)" -F "phien_ban=0" -F "buoc=tiepnhan"); check "accepting again from the old page is refused (422, got $s)" test "$s" = 422

# Two people assign at the same moment from the same page: exactly one wins.
as mc-baydinh "/can-bo/ho-so/$code" >/dev/null; t1=$(csrf); v=$(sed -n 's/.*name="phien_ban" value="\([0-9]*\)".*/\1/p' "$tmp/body" | head -1)
as ld-baydinh "/can-bo/ho-so/$code" >/dev/null; t2=$(csrf)
curl -sS -o /dev/null -w '%{http_code}' -b "$tmp/jar-mc-baydinh" -F "_csrf=$t1" -F "phien_ban=$v" -F "buoc=phancong" -F "chuyen_vien=$cv" "$BASE/can-bo/ho-so/$code" >"$tmp/r1" &
curl -sS -o /dev/null -w '%{http_code}' -b "$tmp/jar-ld-baydinh" -F "_csrf=$t2" -F "phien_ban=$v" -F "buoc=phancong" -F "chuyen_vien=$cv" "$BASE/can-bo/ho-so/$code" >"$tmp/r2" &
wait
both="$(cat "$tmp/r1") $(cat "$tmp/r2")"
check "of two simultaneous assignments one succeeds and one is refused ($both)" sh -c "[ '$both' = '303 422' ] || [ '$both' = '422 303' ]"
check "the assignment is recorded once" test "$(sql "SELECT COUNT(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE d.code = '$code' AND e.status = 'processing'")" = 1
check "it is assigned to the named specialist" test "$(sql "SELECT assignee_id FROM dossier WHERE code = '$code'")" = "$cv"
check "and the stage has its own deadline, not past the appointment" test "$(sql "SELECT step_due_at IS NOT NULL AND step_due_at <= due_at FROM dossier WHERE code = '$code'")" = 1
s=$(step ld-baydinh "$code" pheduyet); check "a leader cannot approve before the specialist submits it (422, got $s)" test "$s" = 422
s=$(step cv-baydinh "$code" trinhky); check "the specialist submits it for sign-off (303, got $s)" test "$s" = 303
check "it waits for sign-off" test "$(status_of "$code")" = signoff
s=$(step cv-baydinh "$code" pheduyet); check "a specialist cannot sign off (403, got $s)" test "$s" = 403
s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/ho-so/$code/ket-qua?k=$tok"); check "no result to download before approval (404, got $s)" test "$s" = 404
printf '%%PDF-1.4\n%% Kết quả: Giấy khai sinh\n%%%%EOF\n' >"$tmp/ket-qua.pdf"
s=$(step ld-baydinh "$code" pheduyet "" -F "ket_qua=@$tmp/fake.pdf"); check "a result that is not a PDF is refused (422, got $s)" test "$s" = 422
check "with a message next to the result field" body_has 'id="e-ket_qua"'
s=$(step ld-baydinh "$code" pheduyet "" -F "ket_qua=@$tmp/ket-qua.pdf;filename=giay-khai-sinh.pdf"); check "the leader approves with the electronic result (303, got $s)" test "$s" = 303
check "the result is ready" test "$(status_of "$code")" = resolved
s=$(step ld-baydinh "$code" pheduyet); check "approving twice is refused (422, got $s)" test "$s" = 422
s=$(step ld-baydinh "$code" tuchoi "Thiếu giấy tờ"); check "refusing an approved dossier is refused (422, got $s)" test "$s" = 422
s=$(step mc-baydinh "$code" traketqua "" -F "cach_tra=post"); check "returning by post without the tracking number is refused (422, got $s)" test "$s" = 422
check "it asks for the tracking number next to the field" body_has 'id="e-ma_buu_gui"'
s=$(step mc-baydinh "$code" traketqua "" -F "cach_tra=electronic"); check "the counter records the result returned electronically (303, got $s)" test "$s" = 303
check "the dossier is returned" test "$(status_of "$code")" = returned
check "how it went back is recorded" test "$(sql "SELECT returned_how FROM dossier WHERE code = '$code'")" = electronic
check "five steps, five events after submission" test "$(sql "SELECT COUNT(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE d.code = '$code'")" = 6
s=$(as mc-baydinh "/can-bo/ho-so/$code/phieu-kiem-soat"); check "the process control sheet (form 06) opens (got $s)" test "$s" = 200
keep_html staff-sheet
check "it lists every hand-off with who did it" sh -c "grep -qF 'Tiếp nhận hồ sơ trực tuyến' '$tmp/body' && grep -qF 'Phê duyệt kết quả' '$tmp/body' && grep -qF 'Trả kết quả' '$tmp/body' && grep -qF 'Trình ký' '$tmp/body' && grep -qF 'Nguyễn Thị Mai' '$tmp/body'"
check "and whether each was on time" body_has "Trước / đúng hạn"
s=$(as mc-chinhanh3 "/can-bo/ho-so/$code/phieu-kiem-soat"); check "another unit cannot print it (404, got $s)" test "$s" = 404
# What the citizen sees (nginx may keep the page a second: ask for a fresh one).
fresh "/ho-so/$code?k=$tok" "$tmp/pub"; check "the status page opens" grep -q 'class="timeline"' "$tmp/pub"
check "the citizen sees the result was returned" grep -qF "Đã trả kết quả" "$tmp/pub"
check "and the timeline of every step" test "$(grep -o '<li><time' "$tmp/pub" | wc -l)" = 6
check "the status page offers the result" grep -qF "/ho-so/$code/ket-qua?k=$tok" "$tmp/pub"
s=$(curl -sS -o "$tmp/got.pdf" -w '%{http_code}' "$BASE/ho-so/$code/ket-qua?k=$tok"); check "the citizen downloads the result through the QR link (got $s)" test "$s" = 200
check "it is the PDF the unit attached" cmp "$tmp/got.pdf" "$tmp/ket-qua.pdf"
s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/ho-so/$code/ket-qua?k=AAAAAAAAAAAAAAAAAAAAAA"); check "not with a wrong token (404, got $s)" test "$s" = 404

# Returned for completion, once, with what is missing.
code2=$(new_dossier)
s=$(step mc-baydinh "$code2" trabosung ""); check "returning without saying what is missing is refused (422, got $s)" test "$s" = 422
check "it asks for the list" body_has "Vui lòng ghi rõ lý do hoặc giấy tờ còn thiếu."
s=$(step mc-baydinh "$code2" trabosung "Thiếu bản chính Giấy chứng sinh"); check "returned with the list (303, got $s)" test "$s" = 303
check "status: not received" test "$(status_of "$code2")" = not_received
s=$(step mc-baydinh "$code2" trabosung "Lần hai"); check "it cannot be returned twice (404: no longer in the worklist, or 422; got $s)" sh -c "[ $s = 422 ] || [ $s = 404 ]"
get "/tra-cuu?ma=$code2&so=2345" >/dev/null; cp "$tmp/body" "$tmp/pub2"
check "the citizen sees what is missing" grep -qF "Thiếu bản chính Giấy chứng sinh" "$tmp/pub2"
