#!/bin/sh
# t0350-small.sh: the smaller findings of issue 10 (item 8): logs without query strings, an error page that
# repeats nothing of the request, a status cache keyed on path and token, downloads as attachments, the
# supplement procedure's definer and date bound, CSRF expiry overflow, LIKE wildcards in the worklist,
# cookies, and the public account's column-level INSERT.
. "$(dirname "$0")/lib.sh"
mkfiles
login mc-baydinh >/dev/null; login cv2-baydinh >/dev/null; login ld-baydinh >/dev/null
cv=$(account_id cv2-baydinh)
code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')

# The access log keeps paths, never tokens or lookup digits.
get "/ho-so/$code?k=$tok" >/dev/null
get "/tra-cuu?ma=$code&so=2345" -H "X-Real-IP: 198.51.100.50" >/dev/null
log=$VAR/log/access.log
check "nginx keeps an access log" test -s "$log"
check "it records the status page's path" grep -qF "GET /ho-so/$code " "$log"
check "but never a QR token" sh -c "! grep -qF '$tok' '$log'"
check "nor a query string (k=, so=)" sh -c "! grep -qE '[?&](k|so|ma)=' '$log'"

# The error page links home, never to the address the request came with.
s=$(post "/nop-ho-so/1.001193?x=%22%3E%3Cb%3Eboo" -F "_csrf=forged" -F "a=1"); check "a forged form answers 403 (got $s)" test "$s" = 403
check "its page links home" body_has 'href="/"'
check "and has no link to the request's own address" sh -c "! grep -qF 'href=\"/nop-ho-so' '$tmp/body'"
check "nor any part of its query" sh -c "! grep -qiE 'boo|x=' '$tmp/body'"

# Extra query parameters share the status page's cache entry (key: path and k).
code2=$(new_dossier); tok2=$(header location | sed 's|.*?k=||')
get "/ho-so/$code2?k=$tok2&a=1" >/dev/null; first=$(header x-cache-status)
get "/ho-so/$code2?k=$tok2&b=2" >/dev/null; second=$(header x-cache-status)
check "the first request fills the cache ($first)" test "$first" = MISS
check "a second one with other parameters is served from it, not rendered again ($second)" sh -c "[ -n '$second' ] && [ '$second' != MISS ] && [ '$second' != BYPASS ]"

# Attachments and results download as attachments: never cached, never inline, sandboxed.
fid=$(sql "SELECT t.id FROM attachment t JOIN dossier d ON d.id = t.dossier_id WHERE d.code = '$code' AND t.doc_pos = 1")
s=$(as mc-baydinh "/can-bo/tep?ho_so=$code&id=$fid"); check "an attachment downloads (got $s)" test "$s" = 200
check "with Cache-Control: no-store" test "$(header cache-control)" = no-store
check "as an attachment with its name" sh -c "grep -qi '^content-disposition: attachment; filename=\"to-khai.pdf\"' '$tmp/head'"
check "under a sandboxing Content-Security-Policy" grep -qi '^content-security-policy: sandbox' "$tmp/head"
printf '%%PDF-1.4\n%% Kết quả\n%%%%EOF\n' >"$tmp/kq.pdf"
step mc-baydinh "$code" tiepnhan >/dev/null; step mc-baydinh "$code" phancong "" -F "chuyen_vien=$cv" >/dev/null
step cv2-baydinh "$code" trinhky >/dev/null
step ld-baydinh "$code" pheduyet "" -F "ket_qua=@$tmp/kq.pdf;filename=Giấy khai sinh.pdf" >/dev/null
s=$(get "/ho-so/$code/ket-qua?k=$tok"); check "the approved result downloads (got $s)" test "$s" = 200
check "with Cache-Control: no-store" test "$(header cache-control)" = no-store
check "as an attachment, its Vietnamese name encoded" sh -c "grep -qi '^content-disposition: attachment; filename=\"Gi' '$tmp/head' && grep -qF \"filename*=UTF-8''Gi%E1%BA%A5y%20khai%20sinh.pdf\" '$tmp/head'"
check "sandboxed" grep -qi '^content-security-policy: sandbox' "$tmp/head"

# public_supplement runs as a dedicated account that cannot sign in, and bounds the new date.
check "its definer is motcua_definer, not root" test "$(sql "SELECT DEFINER FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'motcua' AND ROUTINE_NAME = 'public_supplement'")" = "motcua_definer@localhost"
check "motcua_definer cannot sign in" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_definer -e 'SELECT 1' 2>/dev/null"
code3=$(new_dossier)
step mc-baydinh "$code3" tiepnhan >/dev/null; step mc-baydinh "$code3" phancong "" -F "chuyen_vien=$cv" >/dev/null
step cv2-baydinh "$code3" yeucaubosung "Bản sao giấy tờ" >/dev/null
pw=$(sed -n 's/^DB.password = //p' "$VAR/conf/public.hdf")
as_public() { mariadb --no-defaults -S "$VAR/run/mysqld.sock" -u motcua_public -p"$pw" motcua -N -e "$1"; }
if as_public "CALL public_supplement('$code3', '2099-01-01 00:00:00', 'x')" >"$tmp/err" 2>&1; then rc=0; else rc=1; fi
check "the public account cannot set a due date years away" test "$rc" = 1
check "the dossier still waits for the supplement" test "$(status_of "$code3")" = supplement_requested
check "a date within the bound is taken" as_public "SET time_zone = '+07:00'; CALL public_supplement('$code3', NOW() + INTERVAL 10 DAY, 'ok')"
check "and moves the dossier on" test "$(status_of "$code3")" = processing

# A CSRF token with a 19-digit expiry is refused (it overflowed a signed integer).
get "$KS" >/dev/null; t=$(csrf)
huge="$(echo "$t" | cut -d. -f1).9999999999999999999.$(echo "$t" | cut -d. -f3)"
s=$(post_ks "$huge"); check "a 19-digit CSRF expiry answers 403 (got $s)" test "$s" = 403

# The worklist search takes % and _ as characters.
s=$(as mc-baydinh "/can-bo?q=%25"); check "the worklist answers a search for % (got $s)" test "$s" = 200
check "and finds no one (nobody's name contains %)" body_has '<p class="count" role="status">0 '
as mc-baydinh "/can-bo?q=_" >/dev/null; check "nor _" body_has '<p class="count" role="status">0 '
as mc-baydinh "/can-bo?q=Nguy%E1%BB%85n+V%C4%83n" >/dev/null; check "a real name still finds its dossiers" sh -c "! grep -qF '<p class=\"count\" role=\"status\">0 ' '$tmp/body'"

# Cookies: over plain http (this instance) the bare names, HttpOnly and SameSite=Strict, never Secure.
rm -f "$jar"; get "$KS" >/dev/null
check "the browser cookie is HttpOnly, SameSite=Strict, Path=/" sh -c "grep -qi '^set-cookie: mc_b=[^;]*; Path=/; HttpOnly; SameSite=Strict' '$tmp/head'"

# The public account inserts only the columns a submission writes.
as_public "INSERT INTO dossier (code, proc_id, agency_id, resolver_id, point_id, channel, status, limit_days, limit_unit, applicant_name, name_masked, id_number, id_last4, birth_date, phone, address, return_method, submitted_at, received_at, due_at, submit_key, result_sha) VALUES ('X-1', 1, 101, 101, 101, 'online', 'resolved', 1, 'working', 'A', 'A', '001090012345', '2345', '1990-01-01', '0912345678', 'x', 'counter', NOW(), NOW(), NOW(), 'AAAAAAAAAAAAAAAAAAAAAA', REPEAT('a', 64))" >"$tmp/err" 2>&1
check "the public account cannot insert a dossier with a result (column result_sha denied)" grep -q "denied.*result_sha" "$tmp/err"
check "and none was inserted" test "$(sql "SELECT COUNT(*) FROM dossier WHERE code = 'X-1'")" = 0
