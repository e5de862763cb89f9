#!/bin/sh
# t0300-privileges.sh: the public program's MariaDB account can do only what the citizen pages need.
. "$(dirname "$0")/lib.sh"
pw=$(sed -n 's/^DB.password = //p' "$VAR/conf/public.hdf")
as_public() { mariadb --no-defaults -S "$VAR/run/mysqld.sock" -u motcua_public -p"$pw" motcua -N -e "$1"; }
check "the public account can read the catalogue" as_public "SELECT COUNT(*) FROM proc"
check "the public account can read the masked name" as_public "SELECT name_masked FROM dossier LIMIT 1"
check "the public account cannot change a dossier's status" sh -c "! $(command -v mariadb) --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e \"UPDATE dossier SET status = 'resolved'\" 2>/dev/null"
for col in id_number phone address email applicant_name birth_date; do
  check "the public account cannot read dossier.$col" sh -c "! $(command -v mariadb) --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e 'SELECT $col FROM dossier LIMIT 1' 2>/dev/null"
done
# The counter floor: a booking's phone is written, never read back; numbers are never renumbered.
check "the public account cannot read a queue booking's phone" sh -c "! $(command -v mariadb) --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e 'SELECT phone FROM queue_booking' 2>/dev/null"
check "the public account cannot change a queue number" sh -c "! $(command -v mariadb) --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e \"UPDATE queue_ticket SET status = 'called'\" 2>/dev/null"
check "the public account cannot delete events" sh -c "! $(command -v mariadb) --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e 'DELETE FROM dossier_event' 2>/dev/null"
check "the public account cannot read attachment file names" sh -c "! $(command -v mariadb) --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e 'SELECT filename FROM attachment' 2>/dev/null"
check "the public account cannot change the catalogue" sh -c "! $(command -v mariadb) --no-defaults -S '$VAR/run/mysqld.sock' -u motcua_public -p'$pw' motcua -e 'DELETE FROM holiday' 2>/dev/null"
check "no secret is in the repository (the key lives in var/conf)" sh -c "! grep -rqF \"\$(sed -n 's/^Secret.key = //p' '$VAR/conf/public.hdf')\" '$top/cgi-bin' '$top/templates' '$top/db' '$top/nginx'"
check "the config with secrets is readable by its owner only" sh -c "[ \"\$(stat -c %a '$VAR/conf/public.hdf')\" = 600 ]"
