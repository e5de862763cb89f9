#!/bin/sh
# t0230-supplement.sh: the unit asks for a supplement, the clock stops, the citizen uploads it through the QR link
# (the public program moves the dossier only through the public_supplement procedure), and the clock restarts.
. "$(dirname "$0")/lib.sh"
mkfiles
for u in mc-baydinh ld-baydinh; do login "$u" >/dev/null; done
printf '%s\n' "Cv3-$$-pw-dai" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
login cv-baydinh "Cv3-$$-pw-dai" >/dev/null
code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
step mc-baydinh "$code" tiepnhan >/dev/null; step ld-baydinh "$code" phancong "" -F "chuyen_vien=$(account_id cv-baydinh)" >/dev/null
check "the dossier is being processed" test "$(status_of "$code")" = processing
s=$(step cv-baydinh "$code" yeucaubosung ""); check "asking for a supplement needs the list (422, got $s)" test "$s" = 422
s=$(step cv-baydinh "$code" yeucaubosung "Bản sao Giấy chứng nhận kết hôn của cha mẹ"); check "the specialist asks for a supplement (303, got $s)" test "$s" = 303
check "the dossier waits for the citizen" test "$(status_of "$code")" = supplement_requested
fresh "/ho-so/$code?k=$tok" "$tmp/pub"
check "the status page says what to supplement" grep -qF "Bản sao Giấy chứng nhận kết hôn của cha mẹ" "$tmp/pub"
check "and links to the upload page" grep -qF "/ho-so/$code/bo-sung?k=$tok" "$tmp/pub"
cp "$tmp/pub" "$MOTCUA_TEST_WORK/html/status-supplement.html"
s=$(get "/ho-so/$code/bo-sung?k=$tok"); check "the upload page opens (got $s)" test "$s" = 200
keep_html supplement
t=$(csrf)
s=$(get "/ho-so/$code/bo-sung?k=AAAAAAAAAAAAAAAAAAAAAA"); check "not with a wrong token (404, got $s)" test "$s" = 404
s=$(post "/ho-so/$code/bo-sung?k=$tok" -F "_csrf=$t"); check "sending nothing is refused (422, got $s)" test "$s" = 422
s=$(post "/ho-so/$code/bo-sung?k=$tok" -F "_csrf=$t" -F "tep_1=@$tmp/fake.pdf"); check "a fake file is refused (422, got $s)" test "$s" = 422
check "still waiting" test "$(status_of "$code")" = supplement_requested
sql "UPDATE dossier SET due_at = NOW() - INTERVAL 1 DAY WHERE code = '$code'"
s=$(post "/ho-so/$code/bo-sung?k=$tok" -F "_csrf=$t" -F "tep_1=@$tmp/to-khai.pdf;filename=giay-ket-hon.pdf"); check "the citizen sends the supplement (303, got $s)" test "$s" = 303
check "back to the status page" test "$(header location)" = "/ho-so/$code?k=$tok"
check "the dossier is processed again" test "$(status_of "$code")" = processing
check "the time limit is counted again from now" test "$(sql "SELECT due_at > NOW() FROM dossier WHERE code = '$code'")" = 1
check "the supplement is stored with the dossier" test "$(sql "SELECT COUNT(*) FROM attachment t JOIN dossier d ON d.id = t.dossier_id WHERE d.code = '$code' AND t.doc_pos = 0 AND t.filename = 'giay-ket-hon.pdf'")" = 1
check "the timeline records it" test "$(sql "SELECT COUNT(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE d.code = '$code' AND e.note LIKE '%bổ sung%' AND e.status = 'processing'")" = 1
s=$(post "/ho-so/$code/bo-sung?k=$tok" -F "_csrf=$t" -F "tep_1=@$tmp/to-khai.pdf"); check "sending again when nothing is asked is refused (422, got $s)" test "$s" = 422
check "and changes nothing" test "$(sql "SELECT COUNT(*) FROM attachment t JOIN dossier d ON d.id = t.dossier_id WHERE d.code = '$code' AND t.doc_pos = 0")" = 1
pw=$(sed -n 's/^DB.password = //p' "$VAR/conf/public.hdf")
check "the public account cannot UPDATE a dossier" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e \"UPDATE dossier SET status = 'processing' WHERE code = '$code'\" 2>/dev/null"
check "its procedure refuses a dossier that is not waiting for a supplement" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e \"CALL public_supplement('$code', NOW() + INTERVAL 1 DAY, 'x')\" 2>/dev/null"
