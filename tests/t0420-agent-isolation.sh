#!/bin/sh
# t0420-agent-isolation.sh: an agent of post office A cannot read or act on post office B's dossiers or consignments
# (404, the same answer as for none), nor on anything in the back office; staff cannot use the agents' pages; the
# agent program's MariaDB account cannot read what its pages never show.
. "$(dirname "$0")/lib.sh"
mkfiles
login_at /dai-ly dl-boho >/dev/null
login_at /dai-ly dl-caugiay >/dev/null
login mc-baydinh >/dev/null

agent_ks dl-boho /dai-ly/nop/1.001193 >/dev/null; online=$(agent_code)
agent_ks dl-boho /dai-ly/buu-chinh/1.001193 -F "giay_1=1" >/dev/null; paper=$(agent_code)
as dl-boho /dai-ly/tui-ho-so >/dev/null; t=$(csrf)
as dl-boho /dai-ly/tui-ho-so -F "_csrf=$t" -F "co_quan=101" >/dev/null
bag=$(header location | sed 's|^/dai-ly/tui-ho-so/||')
check "office A has an online dossier, a paper one and a consignment ($online $paper $bag)" test -n "$online$paper$bag"

for p in "/dai-ly/ho-so/$online" "/dai-ly/ho-so/$paper" "/dai-ly/ho-so/$paper/phieu-gui" "/dai-ly/ho-so/$online/bien-lai" \
         "/dai-ly/tui-ho-so/$bag"; do
  s=$(as dl-caugiay "$p"); check "an agent of office B gets 404 for $p (got $s)" test "$s" = 404
done
s=$(as dl-caugiay /dai-ly/ho-so/000.01.01.H26-991231-9999); check "the same 404 as for a dossier that does not exist (got $s)" test "$s" = 404
as dl-caugiay /dai-ly >/dev/null; t=$(csrf)
s=$(as dl-caugiay "/dai-ly/ho-so/$online" -F "_csrf=$t" -F "buoc=vangnha" -F "phien_ban=0"); check "nor act on it (404, got $s)" test "$s" = 404
s=$(as dl-caugiay "/dai-ly/tui-ho-so/$bag" -F "_csrf=$t"); check "nor sign A's consignment (404, got $s)" test "$s" = 404
s=$(as dl-caugiay "/dai-ly?q=0913222333"); check "searching by the citizen's phone (got $s)" test "$s" = 200
check "finds nothing of office A" sh -c "! grep -qF '$online' '$tmp/body' && ! grep -qF '$paper' '$tmp/body'"
s=$(as dl-boho "/dai-ly?q=0913+222+333"); check "office A finds its dossiers by the phone as said (got $s)" sh -c "grep -qF '$online' '$tmp/body' && grep -qF '$paper' '$tmp/body'"
s=$(as dl-boho "/dai-ly?q=$online"); check "and by code" body_has "$online"
as dl-caugiay /dai-ly/tui-ho-so >/dev/null
check "B's consignments page does not list A's" sh -c "! grep -qF '$bag' '$tmp/body'"

# The back office: an agent's account opens none of it; staff accounts open none of the agents' pages.
s=$(login dl-boho); check "an agent can sign in at the back office's form (303, got $s)" test "$s" = 303
for p in /can-bo "/can-bo/ho-so/$online" /can-bo/tui-ho-so "/can-bo/tui-ho-so/$bag" /can-bo/so-theo-doi /can-bo/tiep-nhan/1.001193; do
  s=$(as dl-boho "$p"); check "but gets 403 for $p (got $s)" test "$s" = 403
done
s=$(login_at /dai-ly mc-baydinh); check "a counter officer signs in at the agents' form (303, got $s)" test "$s" = 303
for p in /dai-ly "/dai-ly/ho-so/$online" /dai-ly/tui-ho-so /dai-ly/nop/1.001193; do
  s=$(as mc-baydinh "$p"); check "but gets 403 for $p (got $s)" test "$s" = 403
done
s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/dai-ly/ho-so/$online"); check "nobody signed in is sent to sign in (303, got $s)" test "$s" = 303
s=$(curl -sS -o /dev/null -w '%{http_code}' -F "ten=dl-boho" -F "mat_khau=x" "$BASE/dai-ly/dang-nhap"); check "a sign-in without a CSRF token is refused (403, got $s)" test "$s" = 403

# The agent program's own MariaDB account.
pw=$(sed -n 's/^DB.password = //p' "$VAR/conf/agent.hdf")
agentdb() { mariadb --no-defaults -S "$VAR/run/mysqld.sock" -u motcua_agent -p"$pw" motcua -N -e "$1"; }
check "the agent account reads the columns its pages show" agentdb "SELECT code, applicant_name, phone FROM dossier LIMIT 1"
check "but not the identification number" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_agent -p'$pw' motcua -e 'SELECT id_number FROM dossier' 2>/dev/null"
check "nor the birth date or e-mail" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_agent -p'$pw' motcua -e 'SELECT birth_date, email FROM dossier' 2>/dev/null"
check "nor change who applied" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_agent -p'$pw' motcua -e \"UPDATE dossier SET applicant_name = 'x'\" 2>/dev/null"
check "nor start a clock (received_at, due_at)" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_agent -p'$pw' motcua -e \"UPDATE dossier SET due_at = NOW()\" 2>/dev/null"
check "nor rewrite the audit log" sh -c "! mariadb --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_agent -p'$pw' motcua -e \"DELETE FROM audit_log\" 2>/dev/null"
