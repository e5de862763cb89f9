#!/bin/sh
# t0200-staff-login.sh: staff sign-in: cookie flags, session renewal, idle timeout, password reset, logout, audit.
. "$(dirname "$0")/lib.sh"
s=$(curl -sS -o /dev/null -D "$tmp/h0" -w '%{http_code}' "$BASE/can-bo"); check "the back office without a session redirects to sign-in (got $s)" test "$s" = 303
check "to /can-bo/dang-nhap" sh -c "grep -qi '^location: /can-bo/dang-nhap' '$tmp/h0'"
s=$(get /can-bo/dang-nhap); check "the sign-in page answers 200 (got $s)" test "$s" = 200
keep_html staff-login
# A session id planted before sign-in is never kept (fixation).
echo "127.0.0.1	FALSE	/can-bo	FALSE	0	mc_s	AAAAAAAAAAAAAAAAAAAAAA" >>"$tmp/jar-mc-baydinh"
s=$(login mc-baydinh); check "a counter officer signs in (303, got $s)" test "$s" = 303
cookie=$(grep -i '^set-cookie: mc_s=' "$tmp/head" | tr -d '\r')
check "the session cookie is HttpOnly and SameSite=Strict" sh -c "echo '$cookie' | grep -q 'HttpOnly' && echo '$cookie' | grep -q 'SameSite=Strict'"
check "a new session id is issued at sign-in" sh -c "! echo '$cookie' | grep -q 'mc_s=AAAAAAAAAAAAAAAAAAAAAA'"
s=$(as mc-baydinh /can-bo); check "the worklist opens (got $s)" test "$s" = 200
check "the worklist names the officer's unit" body_has "UBND phường Ba Đình"
keep_html staff-worklist
check "the sign-in is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE username = 'mc-baydinh' AND action = 'login'")" -ge 1

s=$(login cv-baydinh wrong-password); check "a wrong password answers 422 (got $s)" test "$s" = 422
check "with a message that does not say which part was wrong" body_has "Tên đăng nhập hoặc mật khẩu không đúng"
keep_html staff-login-error
# Throttles and lockouts (per client, per account and client, the account's slow-down): t0360.
newpw=Mk-$(date +%s)-moi
printf '%s\n' "$newpw" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
s=$(login cv-baydinh "$newpw"); check "motcua-admin resets the password (got $s)" test "$s" = 303
check "the reset is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'password_reset'")" -ge 1

# Idle timeout: the session was last seen 31 minutes ago.
login ld-baydinh >/dev/null
sql "UPDATE staff_session s JOIN staff_account a ON a.id = s.account_id SET s.seen_at = NOW() - INTERVAL 31 MINUTE WHERE a.username = 'ld-baydinh'"
s=$(as ld-baydinh /can-bo); check "an idle session has expired (303 to sign-in, got $s)" test "$s" = 303
login ld-baydinh >/dev/null
sql "UPDATE staff_session s JOIN staff_account a ON a.id = s.account_id SET s.created_at = NOW() - INTERVAL 11 HOUR WHERE a.username = 'ld-baydinh'"
s=$(as ld-baydinh /can-bo); check "a session older than a working day has expired (got $s)" test "$s" = 303

# Logout is a POST with the session's token.
as mc-baydinh /can-bo >/dev/null; t=$(csrf)
s=$(as mc-baydinh /can-bo/dang-xuat); check "GET on logout is not allowed (405, got $s)" test "$s" = 405
s=$(as mc-baydinh /can-bo/dang-xuat -F "_csrf=forged"); check "logout without the right token is refused (403, got $s)" test "$s" = 403
s=$(as mc-baydinh /can-bo/dang-xuat -F "_csrf=$t"); check "logout answers 303 (got $s)" test "$s" = 303
s=$(as mc-baydinh /can-bo); check "after logout the session no longer works (got $s)" test "$s" = 303
check "the logout is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE username = 'mc-baydinh' AND action = 'logout'")" = 1
pw=$(sed -n 's/^DB.password = //p' "$VAR/conf/staff.hdf")
check "the staff account cannot UPDATE the audit log" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_staff -p'$pw' motcua -e \"UPDATE audit_log SET action = 'x'\" 2>/dev/null"
check "the staff account cannot DELETE from the audit log" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_staff -p'$pw' motcua -e 'DELETE FROM audit_log' 2>/dev/null"
check "the staff account cannot change who applied" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_staff -p'$pw' motcua -e \"UPDATE dossier SET applicant_name = 'x'\" 2>/dev/null"
