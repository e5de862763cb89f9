#!/bin/bash
# bench-cpu.sh VAR PORT URLFILE [SECONDS] [CONNECTIONS]: wrk past nginx's cache (/bench-nocache/, a unique
# parameter each) over the paths in URLFILE (one a line, e.g. /ho-so/<code>?k=<token>) against the running
# instance VAR on PORT, and the CPU of nginx, the public workers and mariadbd per request over the run
# (from /proc/PID/stat). For A/B sittings: start each build on the same VAR in turn (BENCHMARKS.md, issue 12 session 5).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
var=$1 port=$2 urls=$3 dur=${4:-8} conns=${5:-32}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's|^|/bench-nocache|' "$urls" >"$work/urls"
ng=$(cat "$var/run/nginx.pid"); pub=$(cat "$var/run/public.pid"); db=$(cat "$var/run/mariadb.pid")
ngs="$ng $(pgrep -P "$ng" | tr '\n' ' ')"; ws=$(pgrep -P "$pub" | tr '\n' ' ')
ticks() { local t=0 s; for p in "$@"; do s=$(cut -d')' -f2 "/proc/$p/stat" 2>/dev/null) || continue; set -- $s; t=$((t + ${12} + ${13})); done; echo $t; }
# shellcheck disable=SC2086
a_ng=$(ticks $ngs); a_w=$(ticks $ws); a_db=$(ticks "$db")
URLS=$work/urls BUST=1 wrk -t2 -c"$conns" -d"${dur}s" --latency -s "$top/tests/bench-rotate.lua" "http://127.0.0.1:$port" >"$work/wrk" 2>&1
# shellcheck disable=SC2086
b_ng=$(ticks $ngs); b_w=$(ticks $ws); b_db=$(ticks "$db")
n=$(awk '/requests in/ {print $1}' "$work/wrk"); rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk"); non=$(awk '/Non-2xx/ {print $NF}' "$work/wrk")
awk -v n="$n" -v rps="$rps" -v p99="$p99" -v non="${non:-0}" -v ng=$((b_ng - a_ng)) -v w=$((b_w - a_w)) -v db=$((b_db - a_db)) -v hz="$(getconf CLK_TCK)" 'BEGIN {
  f = 1e6 / hz / n
  printf "%d requests, %s req/s, p99 %s, non-2xx %s; CPU us a request: nginx %.1f, workers %.1f, mariadbd %.1f, all %.1f\n", n, rps, p99, non, ng * f, w * f, db * f, (ng + w + db) * f }'
