#!/bin/sh
# bench-scale.sh: make bench-scale: a year of Hanoi (SCALE_N dossiers, default 4 million) generated in bulk into
# its own instance (SCALE_VAR, default /tmp/motcua-scale; kept between runs, resumed where it stopped; SCALE_CLEAN=1
# removes it at the end; another SCALE_N needs a new one), then the pages that read the raw rows measured through nginx: status pages of generated
# dossiers, a unit's worklist and its search, the lookup, the register (form 07) of a month, the dashboard
# uncached; the database's size per dossier and the memory of the whole stack.
# The rows are the ones the programs write (tests/bench-scale-chunk.sql: dossier, values, attachment rows,
# timeline, audit rows; personal data sealed), then the derived rows rebuilt in one step (rebuild_derived).
# usage: tests/bench-scale.sh [PORT]   Not a test: it never fails on speed, only when a sample page is wrong.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
port=${1:-58190}
N=${SCALE_N:-4000000}
CHUNK=${SCALE_CHUNK:-200000}
DUR=${BENCH_SECONDS:-8}
root=${SCALE_VAR:-/tmp/motcua-scale}
var=$root/var
mkdir -p "$root" && chmod 711 "$root"
base=http://127.0.0.1:$port
sqlq() { db/dbctl.sh sql "$var" -N -e "$1"; }
stack() { cgi-bin/tools/motcua-stack.sh "$@" >>"$root/stack.log" 2>&1; }
trap 'cgi-bin/tools/motcua-stack.sh stop "$var" >/dev/null 2>&1; [ "${SCALE_CLEAN:-0}" = 1 ] && rm -rf "$root"' EXIT
stack start "$var" "$port" "$top/build"
export MOTCUA_TEST_WORK=$root BASE=$base VAR=$var
sqlq "UPDATE setting SET value = '100000000' WHERE name LIKE 'quota.%'"
clear_unit=101   # ward Ba Đình: its dossiers' personal data sealed one by one (the pages measured open them)

# --- generate ----------------------------------------------------------------------------------------------------
chunk() { # chunk LO HI ONLY: dossiers LO..HI; ONLY 1: the clear unit's alone, 2: every other unit's
  { echo "SET @lo = $1, @hi = $2, @only = $3, @clear = $clear_unit;"
    echo "SELECT n_day, n_units, day0 INTO @D, @A, @day0 FROM gen_param;"
    cat tests/bench-scale-chunk.sql
    echo "UPDATE gen_param SET done_$3 = $2 + 1, derived = 0;"
  } | db/dbctl.sh sql "$var"
}
generate() {
  if [ "$(sqlq "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'motcua' AND table_name = 'gen_param'")" = 0 ]; then
    # One dossier through the real form: its sealed columns give every generated row their size.
    ( . tests/lib.sh; mkfiles; [ "$(submit_ks)" = 303 ] ) || { echo "bench-scale: the first submission failed" >&2; exit 1; }
    db/dbctl.sh sql "$var" <tests/bench-scale-setup.sql
    sqlq "CREATE TABLE gen_param (n BIGINT, n_day INT, n_units INT, day0 DATE, done_1 BIGINT, done_2 BIGINT, derived INT);
      INSERT INTO gen_param SELECT $N, CEIL($N / 365), (SELECT COUNT(*) FROM gen_unit), CURDATE() - INTERVAL 365 DAY, 0, 0, 0"
  fi
  # More memory while loading (the stack restarts with its own 256 MiB afterwards).
  sqlq "SET GLOBAL innodb_buffer_pool_size = 4294967296"
  for only in 1 2; do
    lo=$(sqlq "SELECT done_$only FROM gen_param")
    while [ "$lo" -lt "$N" ]; do
      hi=$((lo + CHUNK * (only == 1 ? 20 : 1) - 1)); [ "$hi" -lt "$N" ] || hi=$((N - 1))
      t0=$(date +%s)
      chunk "$lo" "$hi" "$only"
      echo "   dossiers $lo..$hi ($([ $only = 1 ] && echo "unit $clear_unit" || echo "other units")): $(( $(date +%s) - t0 )) s, $(sqlq "SELECT COUNT(*) FROM dossier") in all"
      lo=$((hi + 1))
    done
  done
  # The clear unit's personal data, sealed by the same code as every intake (motcua-admin seal).
  t0=$(date +%s)
  build/motcua-admin -c "$var/conf/tool-all.hdf" seal
  echo "   sealed one by one in $(( $(date +%s) - t0 )) s"
}

# The rows derived from the record, rebuilt in one step after a bulk load: the dashboard's running totals, by the
# definition they are checked against (db/009's stat_fact and stat_recount), the facts first summed by unit, point,
# procedure and channel (a few hundred thousand rows), then by each dimension: the view itself would group
# tens of millions of fact rows seven times. (When the per-dossier status snapshot lands, its backfill goes here.)
rebuild_derived() {
  sqlq "CREATE TEMPORARY TABLE fact_sum AS
      SELECT f.month, f.measure, d.resolver_id, d.point_id, d.proc_id, d.channel, COUNT(*) AS n
        FROM stat_fact f JOIN dossier d ON d.id = f.dossier_id GROUP BY 1, 2, 3, 4, 5, 6;
    START TRANSACTION; DELETE FROM stat_total;
    INSERT INTO stat_total (dim, k1, k2, ch, month, measure, slot, n)
    SELECT x.dim, CASE x.dim WHEN 'point' THEN s.point_id WHEN 'proc' THEN s.proc_id WHEN 'all' THEN 0 WHEN 'channel' THEN 0
                             ELSE s.resolver_id END AS k1,
           CASE x.dim WHEN 'unit_proc' THEN s.proc_id ELSE 0 END AS k2,
           CASE WHEN x.dim IN ('channel', 'unit_channel') THEN s.channel ELSE '' END AS ch, s.month, s.measure, 0, SUM(s.n)
      FROM fact_sum s JOIN stat_dim x GROUP BY x.dim, k1, k2, ch, s.month, s.measure; COMMIT"
  sqlq "CALL dossier_status_backfill()"   # the status pages' snapshot rows (db/020), 10,000 dossiers a statement
}

have=$(sqlq "SELECT COALESCE((SELECT LEAST(done_1, done_2) FROM gen_param), 0)" 2>/dev/null || echo 0)
if [ "$have" -lt "$N" ]; then
  echo "== generating $N dossiers in $var (chunks of $CHUNK)"
  g0=$(date +%s)
  generate
  echo "   generated in $(( $(date +%s) - g0 )) s"
fi
if [ "$(sqlq "SELECT derived FROM gen_param")" = 0 ]; then
  g0=$(date +%s)
  rebuild_derived
  sqlq "UPDATE gen_param SET derived = 1"
  echo "   derived rows rebuilt in $(( $(date +%s) - g0 )) s"
  stack stop "$var"; stack start "$var" "$port" "$top/build"   # MariaDB back to its own buffer pool
fi
. tests/bench-scale-measure.sh
