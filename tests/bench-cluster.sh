#!/bin/sh
# bench-cluster.sh: make bench-cluster: a single-node instance and the cluster (3 Galera nodes, two copies of each
# program, nginx balancing; make cluster) side by side on this machine, measured alternately three times in the same
# run: submissions/s (16 clients, the HTTP form with its two files, as t0610's citizens), the status page req/s (wrk
# -c32, in rotation over the dossiers just made, through nginx's one-second cache) and a page nginx never caches,
# the catalogue search (every request reads MariaDB); then, on the cluster under 8 submitting clients, the time from
# the loss of a node (kill -9 of n1; then SIGSTOP of n2, the node both copies use by then: a host that hangs) to
# full service.
# Medians and ratios printed. Not a test: it never fails on speed.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
port=${1:-18090}
CBASE=${BENCH_CLUSTER_BASE:-$((45000 + (port % 25) * 40))}   # 40 ports that follow the bench's port
CPORT=$((CBASE + 35))
DUR=${BENCH_SECONDS:-8}
work=$(mktemp -d /tmp/motcua-bench-cluster.XXXXXX)
chmod 711 "$work"
export MOTCUA_TEST_WORK=$work
. tests/lib.sh
. tests/cluster.sh
single=$work/single
trap 'cgi-bin/tools/motcua-stack.sh stop "$single" >/dev/null 2>&1; cluster_down "$work/cluster"' EXIT
cgi-bin/tools/motcua-stack.sh start "$single" "$port" "$top/build" >"$work/single.log" 2>&1
db/dbctl.sh sql "$single" -e "UPDATE setting SET value = '1000000' WHERE name LIKE 'quota.%'"
cluster_up "$work/cluster" "$CBASE" "$CPORT" "$top/build"
S=http://127.0.0.1:$port C=http://$CL_ADDR:$CPORT
now() { date +%s%N; }

# subs BASE NAME: 16 clients submit for DUR seconds; prints submissions/s; status URLs to $work/urls.NAME.
subs() {
  local end k t0 t1 total
  end=$(( $(date +%s) + DUR ))
  t0=$(now)
  for k in $(seq 1 16); do
    ( BASE=$1 tmp=$work/c.$2.$k; jar=$tmp/cookies; mkdir -p "$tmp"; mkfiles; n=0
      while [ "$(date +%s)" -lt $end ]; do
        s=$(submit_ks)
        if [ "$s" = 303 ]; then n=$((n + 1)); header location | sed 's|/bien-nhan?|?|' >>"$work/urls.$2"; fi
      done
      echo $n >"$tmp/n" ) &
  done
  wait
  t1=$(now)
  total=$(cat "$work"/c."$2".*/n | awk '{t += $1} END {print t}')
  rm -rf "$work"/c."$2".*
  echo "$total $t0 $t1" | awk '{printf "%.1f\n", $1 / (($3 - $2) / 1e9)}'
}
# status BASE NAME BUST: wrk on the status pages of NAME's dossiers; prints req/s.
status() {
  URLS=$work/urls.$2 BUST=$3 wrk -t2 -c32 -d"${DUR}s" -s tests/bench-rotate.lua "$1" >"$work/wrk" 2>&1
  awk '/^Requests\/sec/ {print $2}' "$work/wrk"
}
echo "/thu-tuc?q=khai+sinh" >"$work/urls.search"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== $(nproc) cores; single node on :$port, cluster on :$CPORT; alternately, $DUR s each"
for r in 1 2 3; do
  for side in single cluster; do
    b=$S; [ $side = single ] || b=$C
    sub=$(subs "$b" "$side"); echo "$sub" >>"$work/res.sub.$side"
    unc=$(status "$b" search 0); echo "$unc" >>"$work/res.unc.$side"
    cac=$(status "$b" "$side" 0); echo "$cac" >>"$work/res.cac.$side"
    printf 'run %s %-8s submissions %7s/s   catalogue search %9s req/s   status page %9s req/s\n' "$r" "$side" "$sub" "$unc" "$cac"
  done
done
echo ""
echo "== medians of 3 runs"
for m in sub unc cac; do
  a=$(median <"$work/res.$m.single"); b=$(median <"$work/res.$m.cluster")
  case $m in sub) what="submissions/s" ;; unc) what="catalogue search (uncached), req/s" ;; cac) what="status page (nginx cache 1 s), req/s" ;; esac
  echo "$what $a $b" | awk '{w=$0; sub(/ [^ ]+ [^ ]+$/, "", w); printf "%-38s single %9s   cluster %9s   cluster/single %5.1f%%\n", w, $(NF-1), $NF, 100 * $NF / $(NF-1)}'
done

# The loss of a node under 8 clients: each request's start, end and status
# (a citizen retries the same form on 502/503/000, as in t0610).
loss() { # loss HOW (kill or stop): prints the figures
  : >"$work/log.loss"
  local end k t_loss
  end=$(( $(date +%s) + 20 ))
  for k in $(seq 1 8); do
    ( BASE=$C tmp=$work/l.$k; jar=$tmp/cookies; mkdir -p "$tmp"; mkfiles
      while [ "$(date +%s)" -lt $end ]; do
        get "$KS" >/dev/null; t=$(csrf)
        while :; do
          a=$(now); s=$(post_ks "$t" -m 60); b=$(now)
          echo "$a $b $s" >>"$work/log.loss"
          case $s in 502|503|504|000) ;; *) break ;; esac
        done
      done ) &
  done
  sleep 5   # steady load before the loss: pacing of the benchmark, not synchronisation
  t_loss=$(now)
  if [ "$1" = kill ]; then cnode node-kill 1; else kill -STOP "$(cat "$work/cluster/n2/run/mariadb.pid")"; fi
  wait
  # Full service: after the last request that failed, or was in flight at
  # the loss, or took more than three times the mean before, had ended.
  awk -v t="$t_loss" '
    NR == FNR { if ($1 < t && $2 < t && $3 == 303) { n++; lat += ($2 - $1) } next }
    $2 >= t && ($1 < t || $3 != 303 || ($2 - $1) > 3 * lat / n) { if ($2 > last) last = $2 }
    $2 >= t && $3 != 303 { failed++ }
    $2 >= t && ($2 - $1) > worst { worst = $2 - $1 }
    END { printf "   before: %.0f ms a submission (mean); full service %.2f s after the loss; %d requests failed (502/503) and were sent again; the slowest took %.2f s\n",
          lat / n / 1e6, (last - t) / 1e9, failed, worst / 1e9 }' "$work/log.loss" "$work/log.loss"
}
echo ""
echo "== node n1 killed (kill -9) under 8 submitting clients"
loss kill
cnode node-start 1 >/dev/null
echo "== node n2 frozen (SIGSTOP: a host that hangs, its connections open; both copies on it) under 8 submitting clients"
loss stop
kill -CONT "$(cat "$work/cluster/n2/run/mariadb.pid")"
