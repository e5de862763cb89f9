#!/bin/sh
# t0610-faults.sh: nothing is lost and nothing doubles when workers are killed, MariaDB is killed and restarted,
# and nginx restarts, all under load; a receipt shown is a dossier that exists exactly once.
. "$(dirname "$0")/lib.sh"
mkfiles
N=${MOTCUA_FAULT_SUBMISSIONS:-2000}
C=16
shown=$tmp/shown      # one line per receipt the client was shown: code
: >"$shown"

. "$(dirname "$0")/load.sh"
workers() { ps -o pid= --ppid "$(cat "$VAR/run/public.pid")" | tr -d ' '; }

# --- 1. kill -9 public workers, one at a time, all through the load ---
: >"$tmp/errors"
before=$(dossiers)
load w $((N / C))
kills=0
while running; do
  w=$(workers | shuf -n 1)
  [ -n "$w" ] && kill -9 "$w" 2>/dev/null && kills=$((kills + 1))
  sleep 0.3   # pacing of the chaos, not synchronisation: the loop ends when the clients do
done
wait
n_shown=$(wc -l <"$shown")
check "$N submissions while $kills workers were killed: every one answered with a receipt ($n_shown shown; errors: $(sort "$tmp/errors" | uniq -c | tr '\n' ' '))" \
  test "$n_shown" = "$N"
codes=$(sort -u "$shown" | wc -l)
check "no receipt was shown for two forms (distinct codes $codes = receipts $n_shown)" test "$codes" = "$n_shown"
inlist=$(sort -u "$shown" | sed "s/.*/'&'/" | paste -sd, -)
found=$(sql "SELECT COUNT(*) FROM dossier WHERE code IN ($inlist)")
check "every receipt shown is a dossier in the database, exactly once ($found of $codes)" test "$found" = "$codes"
check "no dossier was written twice: $((N)) forms made $(( $(dossiers) - before )) dossiers" test "$(( $(dossiers) - before ))" = "$N"
check "the workers were replaced: the public program still has its workers" test "$(workers | wc -l)" -ge 1

# --- 2. kill -9 MariaDB under load, then start it again ---
: >"$shown"; : >"$tmp/errors"
before=$(dossiers)
load d 10
sleep 1   # let the load start before the crash (pacing, not synchronisation)
kill -9 "$(cat "$VAR/run/mariadb.pid")"
s=$(curl -sS -o "$tmp/down" -w '%{http_code}' "$BASE/thu-tuc")
check "with the database down the program answers 503 (got $s)" test "$s" = 503
check "with a clear Vietnamese page" grep -q 'Vui lòng thử lại' "$tmp/down"
rm -f "$VAR/run/mariadb.pid"
"$top/db/dbctl.sh" start "$VAR" >/dev/null 2>&1
check "MariaDB starts again on its data (crash recovery)" sql "SELECT 1"
wait
s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/thu-tuc")
check "the programs reconnect by themselves (catalogue 200, got $s)" test "$s" = 200
n_shown=$(wc -l <"$shown")
check "the clients went on through the crash: $n_shown of $((C * 10)) got their receipt (errors: $(sort "$tmp/errors" | uniq -c | tr '\n' ' '))" \
  test "$n_shown" = $((C * 10))
inlist=$(sort -u "$shown" | sed "s/.*/'&'/" | paste -sd, -)
found=$(sql "SELECT COUNT(*) FROM dossier WHERE code IN (${inlist:-''})")
check "every receipt shown across the crash is on disk: $found of $n_shown (innodb_flush_log_at_trx_commit=1)" test "$found" = "$n_shown"
check "and nothing doubled ($(( $(dossiers) - before )) dossiers for $n_shown receipts and retries)" \
  test "$(( $(dossiers) - before ))" = "$n_shown"

# --- 3. nginx restarts under load ---
: >"$shown"; : >"$tmp/errors"
before=$(dossiers)
load n 5
conf="-p $VAR/nginx -c $VAR/nginx/nginx.conf -e $VAR/log/nginx-error.log"
nginx $conf -s reload
sleep 0.5
nginx $conf -s stop
i=0; while [ -f "$VAR/run/nginx.pid" ] && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
nginx $conf
wait
n_shown=$(wc -l <"$shown")
check "through an nginx reload and restart every client got its receipt ($n_shown of $((C * 5)))" test "$n_shown" = $((C * 5))
check "and each form made one dossier" test "$(( $(dossiers) - before ))" = "$n_shown"
