#!/bin/sh
# t0380-personal-data.sh: personal data sealed at rest (issue 10, item 7): identification number, birth date,
# phone, email and address never in clear in the database; the lookup by a blind index; the back office reads
# them and each view is audited; a value moved or altered does not open; rows from before 015 are sealed by
# motcua-admin seal, once.
. "$(dirname "$0")/lib.sh"
mkfiles
admin() { "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" "$@"; }
login mc-baydinh >/dev/null
login ld-baydinh >/dev/null
code=$(new_dossier)
check "a citizen's online dossier was created ($code)" test -n "$code"

# At rest: each value sealed, none in clear; the digits of the lookup only as a keyed tag.
row=$(sql "SELECT CONCAT_WS('|', id_number, birth_date, phone, email, address) FROM dossier WHERE code = '$code'")
for v in 001090012345 1990-05-17 0912345678 an.nguyen@example.vn "Hàng Bài"; do
  check "'$v' is not in the dossier row" sh -c "! echo '$row' | grep -qF '$v'"
done
check "the five columns each hold a value sealed together from the worker's kept stream (s3)" test "$(sql "SELECT (id_number LIKE 's3.%') + (birth_date LIKE 's3.%') + (phone LIKE 's3.%') + (email LIKE 's3.%') + (address LIKE 's3.%') FROM dossier WHERE code = '$code'")" = 5
check "id_last4 holds a tag, not the digits" sh -c "[ \"\$(sql \"SELECT id_last4 FROM dossier WHERE code = '$code'\")\" != 2345 ]"
check "the public program's configuration has no secret key (it seals, it cannot open)" sh -c "! grep -q '^Privacy.secret_key' '$VAR/conf/public.hdf' && grep -q '^Privacy.public_key' '$VAR/conf/public.hdf'"
check "the back office's has it" grep -q '^Privacy.secret_key' "$VAR/conf/staff.hdf"
check "the agents' has the delivery secret key only (phone and address)" sh -c "grep -q '^Privacy.delivery_secret_key' '$VAR/conf/agent.hdf' && ! grep -q '^Privacy.secret_key' '$VAR/conf/agent.hdf'"
check "the public program's has neither" sh -c "! grep -q '^Privacy.delivery_secret_key' '$VAR/conf/public.hdf'"

# The lookup, through the blind index.
s=$(get "/tra-cuu?ma=$code&so=2345"); check "the lookup with the right digits finds it (got $s)" sh -c "[ $s = 200 ] && grep -qF '$code' '$tmp/body' && ! grep -q 'notfound\|Không tìm thấy' '$tmp/body'"
before=$(sql "SELECT COALESCE(SUM(failures), 0) FROM lookup_fail WHERE code = '$code'")
get "/tra-cuu?ma=$code&so=2346" >/dev/null
check "wrong digits do not find it (counted as a wrong try)" test "$(sql "SELECT COALESCE(SUM(failures), 0) FROM lookup_fail WHERE code = '$code'")" = $((before + 1))

# The back office reads it, and the view is on the audit log.
views() { sql "SELECT COUNT(*) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$1' AND l.action = 'view_personal' AND l.username = 'mc-baydinh'"; }
n0=$(views "$code")
s=$(as mc-baydinh "/can-bo/ho-so/$code"); check "the ward's officer opens the dossier (got $s)" test "$s" = 200
for v in 001090012345 17/05/1990 0912345678 an.nguyen@example.vn "Số 12 phố Hàng Bài, phường Hoàn Kiếm"; do
  check "the page shows '$v'" body_has "$v"
done
check "the view is on the audit log (view_personal, who, which dossier)" test "$(views "$code")" = $((n0 + 1))
as mc-baydinh "/can-bo/ho-so/$code" >/dev/null
check "each view is: a second one, a second row" test "$(views "$code")" = $((n0 + 2))
as mc-baydinh "/can-bo/ho-so/$code/phieu-kiem-soat" >/dev/null
check "the control sheet (form 06) does not list views as hand-offs" sh -c "! grep -q 'view_personal' '$tmp/body'"
s=$(as mc-baydinh "/can-bo?q=V%C4%83n%20An"); check "the worklist still searches by the name, kept in clear (got $s)" sh -c "[ $s = 200 ] && grep -qF 'Nguyễn Văn An' '$tmp/body'"
day=$(sql "SELECT DATE_FORMAT(received_at, '%Y-%m-%d') FROM dossier WHERE code = '$code'")
regs() { sql "SELECT COUNT(*) FROM audit_log WHERE action = 'view_personal' AND username = 'ld-baydinh' AND detail LIKE 'register%'"; }
r0=$(regs)
s=$(as ld-baydinh "/can-bo/so-theo-doi?tu=$day&den=$day"); check "the register (form 07) opens (got $s)" test "$s" = 200
check "it shows the applicant's address in clear" body_has "Số 12 phố Hàng Bài"
check "and its view is on the audit log" test "$(regs)" = $((r0 + 1))

# Moved or altered: it does not open, and nothing is shown in its place.
phone=$(sql "SELECT phone FROM dossier WHERE code = '$code'"); email=$(sql "SELECT email FROM dossier WHERE code = '$code'")
sql "UPDATE dossier SET phone = '$email', email = '$phone' WHERE code = '$code'" >/dev/null
s=$(as mc-baydinh "/can-bo/ho-so/$code"); check "a value moved to another column does not open (500, got $s)" test "$s" = 500
check "and is not shown" sh -c "! grep -qF 'an.nguyen@example.vn' '$tmp/body'"
sql "UPDATE dossier SET phone = '$phone', email = '$email' WHERE code = '$code'" >/dev/null
s=$(as mc-baydinh "/can-bo/ho-so/$code"); check "put back, it opens again (got $s)" test "$s" = 200

# A dossier from before 015, in clear: sealed by motcua-admin seal, once.
old=$(echo "$code" | sed 's/-[0-9]\{6\}-\([0-9]\{4\}\)$/-200101-\1/')
sql "INSERT INTO dossier (code, proc_id, agency_id, resolver_id, point_id, channel, status, green, limit_days, limit_unit,
  applicant_name, name_masked, id_number, id_last4, birth_date, phone, email, address, return_method, submitted_at,
  received_at, due_at, submit_key, holder_id)
  SELECT '$old', proc_id, agency_id, resolver_id, point_id, channel, status, green, limit_days, limit_unit,
  applicant_name, name_masked, '079185004321', '4321', '1985-02-03', '0987654321', '', 'Ngõ 5 phố Huế', return_method,
  submitted_at, received_at, due_at, LEFT(CONCAT('t0380', REPLACE(UUID(), '-', '')), 22), holder_id FROM dossier WHERE code = '$code'" >/dev/null
check "a row in clear as before 015 ($old)" test "$(sql "SELECT id_number FROM dossier WHERE code = '$old'")" = 079185004321
fresh=$(sql "SELECT CONCAT_WS('|', id_number, birth_date, phone, email, address) FROM dossier WHERE code = '$code'")
out=$(admin seal); check "motcua-admin seal seals it ($out)" sh -c "echo '$out' | grep -q '^seal: [1-9][0-9]* dossiers sealed'"
check "and leaves the dossier sealed on submission (s3) as it was, not sealed twice" test "$(sql "SELECT CONCAT_WS('|', id_number, birth_date, phone, email, address) FROM dossier WHERE code = '$code'")" = "$fresh"
check "now sealed" test "$(sql "SELECT (id_number LIKE 's3.%') + (address LIKE 's3.%') + (birth_date LIKE 's3.%') FROM dossier WHERE code = '$old'")" = 3
out=$(admin seal); check "a second run changes nothing ($out)" test "$out" = "seal: 0 dossiers sealed, 0 drafts, 0 bookings"
check "it records how far it looked: every dossier (db/030)" test "$(sql "SELECT last_id = (SELECT MAX(id) FROM dossier) FROM seal_mark WHERE name = 'dossier'")" = 1
s=$(as mc-baydinh "/can-bo/ho-so/$old"); check "the back office reads it (got $s)" sh -c "[ $s = 200 ] && grep -qF 079185004321 '$tmp/body' && grep -qF 'Ngõ 5 phố Huế' '$tmp/body' && grep -qF 03/02/1985 '$tmp/body'"
get "/tra-cuu?ma=$old&so=4321" >/dev/null
check "the lookup finds it by its last digits" sh -c "grep -qF '$old' '$tmp/body' && grep -q 'readonly\|tra-cuu' '$tmp/body'"
sql "DELETE FROM dossier WHERE code = '$old'" >/dev/null
