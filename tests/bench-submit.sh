#!/bin/sh
# bench-submit.sh: durable submissions through HTTP. wrk (tests/bench-submit.lua) with C connections, each a
# citizen getting the form of a procedure and posting it with one small PDF, spread over the wards; then every
# receipt (303 to /ho-so/{code}/bien-nhan) checked: its dossier in the database exactly once, with its one
# attachment row, and the attachment's file in the store. Prints dossiers/s (receipts / seconds) and latency.
# usage: tests/bench-submit.sh BASE VAR [SECONDS] [CONNECTIONS]   (on an instance already running; called by
# tests/bench.sh; alone: BENCH_ONLY=submit make bench). Not a test: it never fails on speed, only on a receipt
# without its dossier.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
base=$1; var=$2; dur=${3:-8}; conns=${4:-${SUBMIT_CONNS:-32}}
proc=2.000815   # chứng thực bản sao: ward level, three fields of its own, one required document
sqlq() { "$top/db/dbctl.sh" sql "$var" -N -e "$1"; }
work=$var/bench/submit
rm -rf "$work"; mkdir -p "$work"
# One address, one identification number, thousands of forms: the daily quotas are for citizens.
sqlq "UPDATE setting SET value = '100000000' WHERE name LIKE 'quota.%'"
wards=$(curl -sS "$base/nop-ho-so/$proc" | sed -n '/name="co_quan"/,/<\/select>/p' | grep -o 'value="[0-9][0-9]*"' | tr -dc '0-9 \n' | tr '\n' ' ')
before=$(sqlq "SELECT COALESCE(MAX(id), 0) FROM dossier")
# CPU time (user + system, clock ticks) of each part of the stack: MariaDB, the public workers, nginx's workers.
ticks() { for p in "$@"; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'; }
tree() { for c in $(pgrep -P "$1"); do echo "$c"; tree "$c"; done; }   # the pid file may name runuser (as root)
cpu() {
  echo "$(ticks "$(cat "$var/run/mariadb.pid")") $(ticks $(tree "$(cat "$var/run/public.pid")")) $(ticks $(tree "$(cat "$var/run/nginx.pid")"))"
}
c0=$(cpu)
PROC=$proc WARDS=$wards OUT=$work/loc FIELDS="f_ten_giay_to=Giấy khai sinh|f_so_trang=2|f_so_ban=3" \
  wrk -t2 -c"$conns" -d"${dur}s" --latency -s "$top/tests/bench-submit.lua" "$base" >"$work/wrk" 2>&1
c1=$(cpu)
cat "$work"/loc.* >"$work/all"
grep '^/ho-so/' "$work/all" | sed 's|^/ho-so/\([^/]*\)/.*|\1|' | sort >"$work/receipts"
receipts=$(wc -l <"$work/receipts")
unique=$(sort -u "$work/receipts" | wc -l)
others=$(grep -c '^status' "$work/all" || true)
sqlq "SELECT code FROM dossier WHERE id > $before ORDER BY code" >"$work/rows"
rows=$(wc -l <"$work/rows")
missing=$(sort -u "$work/receipts" | comm -23 - "$work/rows" | wc -l)
# Each new dossier has its one attachment row, and the file is in the store.
sqlq "SELECT a.sha256 FROM attachment a WHERE a.dossier_id > $before" >"$work/shas"
atts=$(wc -l <"$work/shas")
nofile=0
while read -r s; do
  [ -f "$var/uploads/$(echo "$s" | cut -c1-2)/$s" ] || nofile=$((nofile + 1))
done <"$work/shas"
rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk")
echo "   $conns connections, $dur s, $(awk '/^[ \t]*Latency / && !m {m=1; print "mean " $2}' "$work/wrk"), $(awk '/^p95_ms/ {print "p95 " $2 " ms"}' "$work/wrk"), $(awk '/^p99_ms/ {print "p99 " $2 " ms"}' "$work/wrk") (GET and POST), $rps req/s"
echo "   receipts: $receipts ($unique distinct), other answers: $others; new dossier rows: $rows, receipts without their row: $missing; attachment rows: $atts, files missing: $nofile"
awk -v n="$receipts" -v d="$dur" 'BEGIN {printf "   submissions: %.0f durable dossiers/s (target >= 1,100)\n", n / d}'
echo "$c0 $c1" | awk -v n="$receipts" -v hz="$(getconf CLK_TCK)" '{ k = 1000 / hz / (n ? n : 1)
  printf "   CPU per dossier (form GET + POST): MariaDB %.2f ms, public workers %.2f ms, nginx %.2f ms, all %.2f ms\n",
    ($4 - $1) * k, ($5 - $2) * k, ($6 - $3) * k, ($4 + $5 + $6 - $1 - $2 - $3) * k }'
[ "$missing" = 0 ] && [ "$receipts" = "$unique" ] && [ "$nofile" = 0 ]
