#!/bin/sh
# t0810-cluster.sh: the service on a 3-node Galera cluster with two copies of each program behind nginx (make cluster):
# everything replicates; two nodes numbering one agency at once never share a number; under 16 citizens and a
# counter officer, one node killed loses nothing and doubles nothing; it rejoins and catches up; a program copy
# killed, nginx routes around it. Its own instance (ASan build) beside the suite's, on 40 ports of 45000-45999 that
# follow the suite's port (two suites on other ports run at once), or MOTCUA_CLUSTER_TEST_BASE.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/cluster.sh"
. "$(dirname "$0")/load.sh"
mkfiles
p=${BASE##*:}
CBASE=${MOTCUA_CLUSTER_TEST_BASE:-$((45000 + (p % 25) * 40))}
CPORT=$((CBASE + 35))
cl=$MOTCUA_TEST_WORK/cluster
build=$top/build/asan
[ -x "$build/motcua-public" ] || build=$top/build
trap 'cluster_down "$cl"' EXIT
if ! cluster_up "$cl" "$CBASE" "$CPORT" "$build"; then fail "the cluster starts (see $cl.log)"; exit 0; fi
BASE=http://$CL_ADDR:$CPORT VAR=$cl   # lib.sh's helpers (demo passwords) on this instance
count_on() { nsql "$1" "SELECT COUNT(*) FROM $2"; }

# --- 1. the cluster, and what replicates ---
for i in 1 2 3; do
  st=$(nsql $i "SELECT GROUP_CONCAT(VARIABLE_VALUE ORDER BY VARIABLE_NAME) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('WSREP_CLUSTER_SIZE', 'WSREP_LOCAL_STATE')")
  check "node $i is Synced in a cluster of 3 (wsrep_cluster_size, wsrep_local_state: $st)" test "$st" = "3,4"
done
m1=$(count_on 1 schema_migration)
check "the migrations, applied once on n1, are on n3 ($m1 = $(count_on 3 schema_migration))" test "$m1" -gt 0 -a "$m1" = "$(count_on 3 schema_migration)"
r1=$(nsql 1 "SELECT GROUP_CONCAT(ROUTINE_NAME, ' ', DEFINER, ' ', SECURITY_TYPE ORDER BY ROUTINE_NAME) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'motcua'")
check "the SQL SECURITY DEFINER procedures replicated with their definer ($r1)" \
  sh -c "echo '$r1' | grep -q 'DEFINER' && [ \"\$(mariadb --no-defaults -S $cl/n3/run/mysqld.sock -N -e \"SELECT GROUP_CONCAT(ROUTINE_NAME, ' ', DEFINER, ' ', SECURITY_TYPE ORDER BY ROUTINE_NAME) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'motcua'\")\" = '$r1' ]"
grants() { mariadb --no-defaults -S "$cl/n$1/run/mysqld.sock" -N -e "SHOW GRANTS FOR '$2'@'localhost'" | sort | md5sum; }
for a in motcua_public motcua_staff motcua_agent motcua_definer; do
  check "the grants of $a are the same on n3 as on n1" test "$(grants 1 $a)" = "$(grants 3 $a)"
done
# A node that is not Synced is passed over: n3 desynchronised (Donor/Desynced,
# wsrep_local_state 2); a program listing it first moves on to n2.
nsql 3 "SET GLOBAL wsrep_desync = ON"
{ grep -v '^DB\.hosts\.' "$cl/conf/tool-all.hdf"
  echo "DB.hosts.0.socket = $cl/n3/run/mysqld.sock"; echo "DB.hosts.1.socket = $cl/n2/run/mysqld.sock"; } >"$tmp/tool-n3.hdf"
check "with n3 desynchronised, a program that lists n3 first works (motcua-admin seal)" "$build/motcua-admin" -c "$tmp/tool-n3.hdf" seal
"$build/motcua-admin" -c "$tmp/tool-n3.hdf" seal 2>"$tmp/seal.err" >/dev/null || true
check "it passed over n3 (not Synced) to n2 ($(grep -o 'node not ready[^:]*' "$tmp/seal.err" | head -1))" \
  sh -c "grep -q 'node not ready (wsrep_ready ON, wsrep_local_state 2): skipped' '$tmp/seal.err' && grep -q 'now on $cl/n2/' '$tmp/seal.err'"
nsql 3 "SET GLOBAL wsrep_desync = OFF"
check "n3 is Synced again" cnode synced 3
s=$(login mc-baydinh); check "a counter officer signs in through the cluster (303, got $s)" test "$s" = 303

# --- 2. two nodes number the same agency at the same moment ---
# On the database: a transaction on n2 takes the next number of agency 101
# and waits; n3 takes one and commits first; n2's COMMIT fails (Galera's
# certification conflict, reported as a deadlock): it must run again.
day=$(nsql 1 "SELECT CURDATE() + INTERVAL 3 YEAR")
bump="INSERT INTO dossier_seq (agency_id, day, lane, last) VALUES (101, '$day', 0, 1) ON DUPLICATE KEY UPDATE last = last + 1"
mkfifo "$tmp/a.in"
mariadb --no-defaults -n -S "$cl/n2/run/mysqld.sock" -u "$(id -un)" motcua <"$tmp/a.in" >"$tmp/a.out" 2>&1 &
exec 3>"$tmp/a.in"
echo "START TRANSACTION; $bump; SELECT 'bumped';" >&3
until_ok 10 grep -q bumped "$tmp/a.out"
nsql 3 "START TRANSACTION; $bump; COMMIT"
echo "COMMIT;" >&3
exec 3>&-
wait $!
check "of two nodes numbering agency 101 at once, the later COMMIT fails as a deadlock ($(tail -1 "$tmp/a.out"))" grep -q 'ERROR 1213' "$tmp/a.out"
check "and the number was taken once (last = $(nsql 1 "SELECT last FROM dossier_seq WHERE agency_id = 101 AND day = '$day'"))" \
  test "$(nsql 1 "SELECT last FROM dossier_seq WHERE agency_id = 101 AND day = '$day'")" = 1
nsql 1 "DELETE FROM dossier_seq WHERE day = '$day'"
# Through the service: 32 citizens at once, through both copies (copy 1 on
# n1, copy 2 on n2), all at ward 101: the losers' transactions run again.
shown=$tmp/shown; : >"$shown"; : >"$tmp/errors"
before=$(count_on 1 dossier)
retries0=$(cat "$cl"/log/public*.log | grep -c 'run again' || true)
C=32
load s 1
wait
C=16
n_shown=$(wc -l <"$shown")
check "32 simultaneous submissions on two nodes: 32 receipts ($n_shown; errors: $(sort "$tmp/errors" | uniq -c | tr '\n' ' '))" test "$n_shown" = 32
check "32 different codes" test "$(sort -u "$shown" | wc -l)" = 32
check "32 dossiers" test "$(( $(count_on 1 dossier) - before ))" = 32
retries=$(( $(cat "$cl"/log/public*.log | grep -c 'run again' || true) - retries0 ))
check "the two nodes did number at once: $retries transactions lost a conflict and ran again" test "$retries" -gt 0

# --- 3. 16 citizens and a counter officer; kill -9 node n1 in the middle ---
: >"$shown"; : >"$tmp/errors"; : >"$tmp/accepted"
before2=$(count_on 2 dossier)
PER=${MOTCUA_CLUSTER_PER_CLIENT:-12}
load k "$PER"
clients=$(cat "$tmp/clients")
# The officer accepts each new dossier as its receipt appears (either copy
# answers; a 502/503/connection error is retried like a browser's reload).
officer() {
  local done_=0 c s k
  while running || [ "$done_" -lt "$(wc -l <"$shown")" ]; do
    c=$(sed -n "$((done_ + 1))p" "$shown")
    [ -n "$c" ] || { sleep 0.2; continue; }   # pacing: nothing to accept yet
    done_=$((done_ + 1))
    for k in 1 2 3 4 5 6 7 8 9 10; do
      s=$(step mc-baydinh "$c" tiepnhan)
      case $s in 303) header location | grep -q dang-nhap || echo "$c" >>"$tmp/accepted"; break ;; 502|503|504|000) sleep 0.2 ;; *) break ;; esac
    done
  done
}
officer & officer_pid=$!
until_ok 120 sh -c "[ \$(wc -l <'$shown') -ge $((C * PER / 4)) ]"
shown_at_kill=$(wc -l <"$shown")
check "node n1 killed (kill -9) after $shown_at_kill receipts" cnode node-kill 1
wait $clients
wait $officer_pid
n_shown=$(wc -l <"$shown")
check "with n1 killed, every citizen got a receipt: $n_shown of $((C * PER)) (errors: $(sort "$tmp/errors" | uniq -c | tr '\n' ' '))" \
  test "$n_shown" = $((C * PER))
codes=$(sort -u "$shown" | wc -l)
check "no receipt shown twice (distinct codes $codes = receipts $n_shown)" test "$codes" = "$n_shown"
inlist=$(sort -u "$shown" | sed "s/.*/'&'/" | paste -sd, -)
for i in 2 3; do
  f=$(nsql $i "SELECT COUNT(*) FROM dossier WHERE code IN ($inlist)")
  check "every receipt shown is a dossier on surviving node n$i, exactly once ($f of $codes)" test "$f" = "$codes"
  check "no dossier twice on n$i: $n_shown forms made $(( $(count_on $i dossier) - before2 )) dossiers" \
    test "$(( $(count_on $i dossier) - before2 ))" = "$n_shown"
  check "no code issued twice on n$i" test "$(nsql $i "SELECT COUNT(*) - COUNT(DISTINCT code) FROM dossier")" = 0
done
n_acc=$(wc -l <"$tmp/accepted")
acc=$(sed "s/.*/'&'/" "$tmp/accepted" | paste -sd, -)
check "the officer accepted dossiers through the loss ($n_acc)" test "$n_acc" -gt 0
for i in 2 3; do
  check "every acceptance the officer saw is on n$i" test "$(nsql $i "SELECT COUNT(*) FROM dossier WHERE status = 'received' AND code IN (${acc:-''})")" = "$n_acc"
done

# --- 4. n1 starts again: it rejoins (IST) and catches up ---
t0=$(date +%s)
check "n1 starts again and is Synced" cnode node-start 1
check "it rejoined the cluster in $(( $(date +%s) - t0 )) s (wsrep_cluster_size 3)" \
  test "$(nsql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')" = 3
same() { [ "$(count_on 1 "$1")" = "$(count_on 2 "$1")" ] && [ "$(count_on 2 "$1")" = "$(count_on 3 "$1")" ]; }
for t in dossier dossier_event audit_log dossier_seq; do
  check "n1 caught up: $t has the same rows on the three nodes ($(count_on 1 $t) $(count_on 2 $t) $(count_on 3 $t))" until_ok 30 same $t
done
check "by incremental state transfer (IST)" grep -q 'IST received' "$cl/n1/log/mariadb.log"

# --- 5. one copy of the public program killed: nginx routes around it ---
kill_copy public-2
bad=0
for k in $(seq 1 40); do
  s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/thu-tuc?q=khai+sinh&n=$k")
  [ "$s" = 200 ] || bad=$((bad + 1))
done
check "with copy 2 of the public program killed, 40 catalogue pages in a row answer 200 ($bad did not)" test "$bad" = 0
: >"$shown"; : >"$tmp/errors"
load r 2
wait
check "and 32 submissions get their receipts ($(wc -l <"$shown"); errors: $(sort "$tmp/errors" | uniq -c | tr '\n' ' '))" test "$(wc -l <"$shown")" = 32
check "nginx saw the dead copy and passed over it (error log)" grep -q 'public-2.sock failed' "$cl/log/nginx-error.log"

# The programs' logs of this instance: no sanitizer report, no crash.
crash='ERROR: AddressSanitizer|runtime error:|killed by signal ([0-8]|1[0-9])[^0-9]|exited with'
check "no sanitizer report and no crashed worker in the cluster's program logs" sh -c "! cat '$cl'/log/public*.log '$cl'/log/staff*.log '$cl'/log/agent*.log | grep -qE '$crash'"
