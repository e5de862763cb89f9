#!/bin/sh
# bench.sh: make bench: 1,000 dossiers created through HTTP, then wrk (32 connections) on the status page in
# rotation, one hot dossier, and the catalogue, each next to nginx serving a static file of the same
# size in the same run; three runs, medians and ratios printed. Not a test: it never fails on speed.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
port=${1:-18090}
N=${BENCH_DOSSIERS:-1000}
DUR=${BENCH_SECONDS:-8}
work=$(mktemp -d /tmp/motcua-bench.XXXXXX)
var=$work/var
trap 'cgi-bin/motcua-stack.sh stop "$var" >/dev/null 2>&1' EXIT
cgi-bin/motcua-stack.sh start "$var" "$port" "$top/build" >"$work/stack.log" 2>&1
base=http://127.0.0.1:$port
export MOTCUA_TEST_WORK=$work BASE=$base VAR=$var

echo "== creating $N dossiers through the HTTP path (4 clients)"
create() { # create COUNT OUTFILE
  ( . tests/lib.sh
    mkfiles
    i=0
    while [ $i -lt "$1" ]; do
      i=$((i + 1))
      s=$(submit_ks)
      [ "$s" = 303 ] || { echo "submit failed: $s" >&2; exit 1; }
      header location | sed 's|/bien-nhan?|?|' >>"$2"
    done )
}
t0=$(date +%s)
for c in 1 2 3 4; do create $((N / 4)) "$work/urls.$c" & done
wait
cat "$work"/urls.* >"$work/urls"
echo "   $(wc -l <"$work/urls") dossiers in $(( $(date +%s) - t0 )) s"
hot=$(head -1 "$work/urls")
head -1 "$work/urls" >"$work/hot"

# Static files of the same sizes as the pages measured.
curl -s "$base$hot" >"$var/bench/status.html"
curl -s "$base/thu-tuc" >"$var/bench/catalogue.html"
echo "/bench-static/status.html" >"$work/static-status"
echo "/bench-static/catalogue.html" >"$work/static-catalogue"
echo "/thu-tuc?q=" >"$work/catalogue"

run() { # run NAME URLFILE BUST -> "rps p50ms p99ms"
  URLS=$2 BUST=$3 wrk -t2 -c32 -d"${DUR}s" --latency -s tests/bench-rotate.lua "$base" >"$work/wrk.$1" 2>&1
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.$1")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.$1")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.$1")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.$1")
  echo "$rps $(ms "$p50") $(ms "$p99") ${non2xx:-0}"
}
ms() { # wrk latency (e.g. 812.00us, 1.20ms, 1.01s) -> milliseconds
  echo "$1" | awk '/us$/ {sub("us",""); printf "%.2f", $1/1000; next} /ms$/ {sub("ms",""); printf "%.2f", $1; next} /s$/ {sub("s",""); printf "%.2f", $1*1000}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The cache-busting scenario fills nginx's cache with thousands of one-off
# entries whose eviction would disturb the others: it runs last.
for r in 1 2 3 4 5 6; do
  if [ $r -le 3 ]; then echo "== run $r"; set -- static-status:static-status:0 rotation:urls:0 hot:hot:0 static-catalogue:static-catalogue:0 catalogue:catalogue:0
  else echo "== run $((r - 3)), every request past the cache"; set -- rotation-uncached:urls:1; fi
  for s in "$@"; do
    name=${s%%:*}; rest=${s#*:}; file=${rest%%:*}; bust=${rest#*:}
    res=$(run "$name" "$work/$file" "$bust")
    echo "   $name: $res" | awk '{printf "   %-20s %10s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n", $1, $2, $3, $4, $5}'
    echo "$res" >>"$work/res.$name"
  done
done

echo ""
echo "== medians of 3 runs ($DUR s each, wrk -t2 -c32), $(nproc) cores"
for name in static-status rotation rotation-uncached hot static-catalogue catalogue; do
  rps=$(cut -d' ' -f1 "$work/res.$name" | median)
  p50=$(cut -d' ' -f2 "$work/res.$name" | median)
  p99=$(cut -d' ' -f3 "$work/res.$name" | median)
  echo "$name $rps $p50 $p99" >>"$work/medians"
  printf '%-20s %10s req/s  p50 %7s ms  p99 %7s ms\n' "$name" "$rps" "$p50" "$p99"
done
ratio() { awk -v a="$(awk -v n="$1" '$1 == n {print $2}' "$work/medians")" -v b="$(awk -v n="$2" '$1 == n {print $2}' "$work/medians")" 'BEGIN {printf "%.1f%%", 100 * a / b}'; }
echo ""
echo "status page in rotation / static file:          $(ratio rotation static-status)   (target >= 15%, p99 < 10 ms)"
echo "status page in rotation, uncached / static:     $(ratio rotation-uncached static-status)"
echo "one hot dossier / static file:                   $(ratio hot static-status)   (target >= 50%)"
echo "catalogue / static file of its size:             $(ratio catalogue static-catalogue)"
echo ""
echo "== resident memory of each public worker (target < 10 MiB)"
pp=$(cat "$var/run/public.pid")
for w in $(pgrep -P "$pp"); do
  echo "   worker $w: $(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' /proc/$w/status)"
done
