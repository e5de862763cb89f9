#!/bin/sh
# bench-stats.sh: the dashboard's pages under wrk (16 connections, p95 printed), on an instance already running:
# /thong-ke (through nginx's 1-second cache, and past it), the service index, a CSV, the unit's staff figures.
# Then, for scale, a year of running totals as 4 million dossiers would leave them (BENCH_SCALE=0 skips it):
# the totals' size depends on units x procedures x months x measures, not on the number of dossiers.
# usage: tests/bench-stats.sh BASE VAR [SECONDS]   (called by tests/bench.sh; not a test: it never fails on speed)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
base=$1; var=$2; dur=${3:-8}
ym=$(date +%Y-%m)
sqlq() { "$top/db/dbctl.sh" sql "$var" -N -e "$1"; }
out() { echo "$var/bench/wrk.$(echo "$1" | tr -c 'a-z0-9\n' _)"; }
p95() { # p95 NAME PATH [COOKIE]: one scenario, "req/s p50 p95", after one request fills the cache
  curl -sS -o /dev/null -b "${3:-x=y}" "$base$2"
  COOKIE=${3:-} PATH_=$2 wrk -t2 -c16 -d"${dur}s" --latency -s "$top/tests/bench-p95.lua" "$base" >"$(out "$1")" 2>&1
  printf '   %-34s %9s req/s  p50 %9s  p95 %7s ms\n' "$1" "$(awk '/^Requests\/sec/ {print $2}' "$(out "$1")")" \
    "$(awk '$1 == "50%" {print $2}' "$(out "$1")")" "$(awk '/^p95_ms/ {print $2}' "$(out "$1")")"
}
bust() { # the same page past the cache: wrk's rotation script with a unique parameter per request
  echo "$2" >"$(out "$1").url"
  URLS="$(out "$1").url" BUST=1 wrk -t2 -c16 -d"${dur}s" --latency -s "$top/tests/bench-rotate.lua" "$base" >"$(out "$1")" 2>&1
  printf '   %-34s %9s req/s  p50 %9s  p95 %7s ms\n' "$1" "$(awk '/^Requests\/sec/ {print $2}' "$(out "$1")")" \
    "$(awk '$1 == "50%" {print $2}' "$(out "$1")")" "$(awk '/^p95_ms/ {print $2}' "$(out "$1")")"
}
echo "   $(sqlq "SELECT COUNT(*) FROM dossier") dossiers, $(sqlq "SELECT COUNT(*) FROM dossier_event") events, $(sqlq "SELECT COUNT(*) FROM stat_total") running-total rows"
p95 "/thong-ke (cached 1 s)" "/thong-ke?ky=$ym"
bust "/thong-ke (every request uncached)" "/thong-ke?ky=$ym"
bust "/thong-ke/chi-so (uncached)" "/thong-ke/chi-so?ky=$ym"
bust "/thong-ke/don-vi.csv (uncached)" "/thong-ke/don-vi.csv?ky=$ym"
if [ "${BENCH_SCALE:-1}" = 1 ]; then
  y=$(( $(date +%Y) - 1 ))
  t0=$(date +%s)
  # Last year, as 4 million dossiers a year would leave the totals: every unit (150) and reception point,
  # every procedure, every channel, every month, every measure; the unit x procedure rows for 34 procedures.
  sqlq "DELETE FROM stat_total WHERE month BETWEEN ${y}01 AND ${y}12;
    INSERT INTO stat_total (dim, k1, k2, ch, month, measure, slot, n)
    SELECT x.dim, IF(x.dim IN ('all', 'channel'), 0, IF(x.dim = 'proc', p.id, a.id)), IF(x.dim = 'unit_proc', p.id, 0),
           IF(x.dim IN ('channel', 'unit_channel'), c.ch, ''), $y * 100 + s.seq, m.measure, 0,
           FLOOR(1 + RAND(s.seq * 1000 + a.id) * IF(x.dim = 'all', 330000, 2200))
      FROM stat_dim x JOIN agency a JOIN proc p JOIN seq_1_to_12 s
      JOIN (SELECT 'in_person' AS ch UNION ALL SELECT 'online' UNION ALL SELECT 'postal') c
      JOIN (SELECT 'received' AS measure UNION ALL SELECT 'resolved' UNION ALL SELECT 'early' UNION ALL SELECT 'on_time'
            UNION ALL SELECT 'late' UNION ALL SELECT 'ok_766' UNION ALL SELECT 'supplement' UNION ALL SELECT 'not_received'
            UNION ALL SELECT 'refused' UNION ALL SELECT 'withdrawn' UNION ALL SELECT 'returned' UNION ALL SELECT 'e_result'
            UNION ALL SELECT 'digitised' UNION ALL SELECT 'rated' UNION ALL SELECT 'rated_unsat' UNION ALL SELECT 'c6_3') m
     WHERE (x.dim = 'all' AND a.id = 1 AND p.id = 1 AND c.ch = 'online')
        OR (x.dim = 'channel' AND a.id = 1 AND p.id = 1)
        OR (x.dim IN ('unit', 'point') AND p.id = 1 AND c.ch = 'online')
        OR (x.dim = 'unit_channel' AND p.id = 1)
        OR (x.dim = 'proc' AND a.id = 1 AND c.ch = 'online')
        OR (x.dim = 'unit_proc' AND c.ch = 'online')"
  echo "   a year of totals at 4 million dossiers: $(sqlq "SELECT COUNT(*) FROM stat_total WHERE month BETWEEN ${y}01 AND ${y}12") rows in $(( $(date +%s) - t0 )) s"
  bust "/thong-ke?ky=$y (4M/yr, uncached)" "/thong-ke?ky=$y"
  bust "/thong-ke?ky=$y-06 (4M/yr, uncached)" "/thong-ke?ky=$y-06"
  bust "/thong-ke/chi-so?ky=$y-06 (4M/yr)" "/thong-ke/chi-so?ky=$y-06"
  p95 "/thong-ke?ky=$y (4M/yr, cached 1 s)" "/thong-ke?ky=$y"
  sqlq "DELETE FROM stat_total WHERE month BETWEEN ${y}01 AND ${y}12"
fi
