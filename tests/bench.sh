#!/bin/sh
# bench.sh: make bench: 1,000 dossiers created through HTTP, then wrk (32 connections) on the status page in
# rotation (through nginx's 1-second cache and past it), one hot dossier, the catalogue, a search and the
# receipt PNG, each next to nginx serving a static file of the same size in the same run; three runs, medians
# and ratios printed; then the PHP peer (../shared/bench/php-peer/run.sh: a plain PHP-FPM status page over
# 1,000 dossiers) beside this project's status page, measured by the peer's own script in the same run;
# then the back office, the counter floor (queue tickets in rotation and the hall display, next to static
# files of their sizes), the dashboard and durable submissions (tests/bench-submit.sh). BENCH_ONLY=status
# runs only the first two parts, BENCH_ONLY=queue only the counter floor, BENCH_ONLY=submit only the
# submissions, BENCH_ONLY=png only the receipt PNG (and the static file). Ends with each of issue 12's
# targets as read off this run. Not a test: it never fails on speed.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
port=${1:-18090}
N=${BENCH_DOSSIERS:-1000}
DUR=${BENCH_SECONDS:-8}
work=$(mktemp -d /tmp/motcua-bench.XXXXXX)
chmod 711 "$work"   # started as root, each program runs as its own user and must reach its files
var=$work/var
trap 'cgi-bin/tools/motcua-stack.sh stop "$var" >/dev/null 2>&1' EXIT
# BENCH_BUILD: another build's programs (e.g. an older commit's, for a before/after in one method).
cgi-bin/tools/motcua-stack.sh start "$var" "$port" "${BENCH_BUILD:-$top/build}" >"$work/stack.log" 2>&1
base=http://127.0.0.1:$port
export MOTCUA_TEST_WORK=$work BASE=$base VAR=$var
# The dossiers come from one address with one identification number: no daily quotas here.
db/dbctl.sh sql "$var" -e "UPDATE setting SET value = '1000000' WHERE name LIKE 'quota.%'"

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
rss() { # the resident memory of each public worker
  echo ""
  echo "== resident memory of each public worker (target <= 10 MiB)"
  pp=$(cat "$var/run/public.pid")
  for w in $(pgrep -P "$pp"); do
    echo "   worker $w: $(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' /proc/$w/status)"
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# scenarios NAME:URLFILE:BUST...: each run three times; "-uncached" ones (every request past the
# cache, thousands of one-off cache entries) after the others.
scenarios() {
  for r in 1 2 3; do
    echo "== run $r"
    for sc in "$@"; do
      name=${sc%%:*}; rest=${sc#*:}; file=${rest%%:*}; bust=${rest#*:}
      res=$(run "$name" "$work/$file" "$bust")
      echo "   $name: $res" | awk '{printf "   %-20s %10s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n", $1, $2, $3, $4, $5}'
      echo "$res" >>"$work/res.$name"
    done
  done
}
medians() { # NAME...: the medians of each scenario's three runs
  echo ""
  echo "== medians of 3 runs ($DUR s each, wrk -t2 -c32), $(nproc) cores"
  for name in "$@"; do
    rps=$(cut -d' ' -f1 "$work/res.$name" | median)
    p50=$(cut -d' ' -f2 "$work/res.$name" | median)
    p99=$(cut -d' ' -f3 "$work/res.$name" | median)
    echo "$name $rps $p50 $p99" >>"$work/medians"
    printf '%-20s %10s req/s  p50 %7s ms  p99 %7s ms\n' "$name" "$rps" "$p50" "$p99"
  done
}
ratio() { awk -v a="$(awk -v n="$1" '$1 == n {print $2}' "$work/medians")" -v b="$(awk -v n="$2" '$1 == n {print $2}' "$work/medians")" 'BEGIN {printf "%.1f%%", 100 * a / b}'; }

# The issue 12 targets read off this run, one line each (what is not measured in this run says so).
targets() {
  echo ""
  echo "== issue 12: each target, this run"
  m() { awk -v n="$1" -v f="$2" '$1 == n {print $f}' "$work/medians" 2>/dev/null; }
  pr() { awk -v n="$1" '$1 == n {sub("req/s=", "", $2); print $2}' "$work/peer" 2>/dev/null; }
  pp() { awk -v n="$1" '$1 == n {sub("p99=", "", $4); print $4}' "$work/peer" 2>/dev/null; }
  x() { awk -v a="$1" -v b="$2" 'BEGIN {if (a != "" && b > 0) printf "%.2f", a / b; else print "?"}'; }
  printf '   %-58s %s\n' "status page uncached / PHP peer (target >= 3x, p99 <= 10 ms)" \
    "$(x "$(pr project-nocache)" "$(pr php-1000)")x, p99 $(pp project-nocache) (PHP $(pr php-1000)/s, static $(pr static)/s)"
  printf '   %-58s %s\n' "status page cached, rotation / static (>= 50%, p99 <= 10 ms)" \
    "$(ratio rotation static-status), p99 $(m rotation 4) ms"
  printf '   %-58s %s\n' "catalogue / static (3x the 2.3-3.8% before issue 12)" "$(ratio catalogue static-catalogue)"
  printf '   %-58s %s\n' "search / static (3x the 7.8-12.1% before issue 12)" \
    "$(ratio search static-catalogue) one query; $(ratio search-mixed static-catalogue) 64 in rotation"
  printf '   %-58s %s\n' "receipt PNG, uncached (>= 2,000/s)" "$(m png-uncached 2)/s"
  if [ -s "$work/submit.out" ]; then
    printf '   %-58s %s\n' "submissions, durable (>= 1,100/s)" \
      "$(awk '/durable dossiers/ {print $2}' "$work/submit.out")/s, $(awk -F'all ' '/CPU per dossier/ {print $2}' "$work/submit.out") CPU a dossier"
  else
    printf '   %-58s %s\n' "submissions, durable (>= 1,100/s)" "not in this run (BENCH_ONLY=submit or the full bench)"
  fi
  pp_=$(cat "$var/run/public.pid")
  printf '   %-58s %s\n' "public worker RSS (<= 10 MiB)" \
    "$(for w in $(pgrep -P "$pp_"); do awk '/VmRSS/ {printf "%.1f ", $2/1024}' /proc/$w/status; done)MiB"
  echo "   (4 million dossiers: make bench-scale)"
}

if [ "${BENCH_ONLY:-}" = submit ]; then
  echo "== submissions: form GET + POST with one PDF, 32 connections, every receipt checked"
  tests/bench-submit.sh "$base" "$var" "$DUR" 32
  exit
fi
if [ "${BENCH_ONLY:-}" != queue ]; then
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
# A search (diacritics and case ignored) that finds a few procedures.
echo "/thu-tuc?q=khai+sinh" >"$work/search"
# 64 different searches in rotation (with and without diacritics, cases, codes): more than the 32 queries
# a worker remembers the collation's weights of, so each search weighs its query in MariaDB.
for q in 'khai sinh' 'khai tu' 'kết hôn' 'ket hon' 'hôn nhân' 'hon nhan' 'giám hộ' 'giam ho' 'hộ tịch' \
  'ho tich' 'chứng thực' 'chung thuc' 'bản sao' 'ban sao' 'chữ ký' 'chu ky' 'di chúc' 'di chuc' 'xây dựng' \
  'xay dung' 'giấy phép' 'giay phep' 'trợ cấp' 'tro cap' 'mai táng' 'mai tang' 'khuyết tật' 'khuyet tat' \
  'liệt sĩ' 'liet si' 'thường trú' 'thuong tru' 'tạm trú' 'tam tru' 'tách hộ' 'tach ho' 'hộ kinh doanh' \
  'ho kinh doanh' 'karaoke' 'thực phẩm' 'thuc pham' 'ăn uống' 'an uong' 'đăng ký' 'dang ky' 'ĐĂNG KÝ' \
  'KHAI SINH' 'Kết Hôn' 'gia hạn' 'gia han' 'cải chính' 'cai chinh' 'dân tộc' 'dan toc' 'cha mẹ' 'cha me' \
  '1.001193' '2.000815' 'nhà ở' 'nha o' 'động sản' 'dong san' 'tài sản' 'tai san'; do
  printf '/thu-tuc?q=%s\n' "$(printf '%s' "$q" | od -An -v -tx1 | tr -d ' \n' | sed 's/../%&/g')"
done >"$work/search-mixed"
# The receipt as a PNG (FreeType text and the QR), each dossier's in rotation.
sed 's|?k=|/bien-nhan.png?k=|' "$work/urls" >"$work/png"
# Past nginx's cache: the status pages' cache key is the path and the token only, so a unique
# parameter no longer reaches the program; the private instance's /bench-nocache/ does.
sed 's|^|/bench-nocache|' "$work/urls" >"$work/urls-nocache"
sed 's|^|/bench-nocache|' "$work/png" >"$work/png-nocache"

if [ "${BENCH_ONLY:-}" = png ]; then   # the receipt PNG alone, beside the static file (issue 12's 2,000/s)
  scenarios static-status:static-status:0 png-uncached:png-nocache:1
  medians static-status png-uncached
  echo ""
  echo "receipt PNG, uncached:                           $(awk '$1 == "png-uncached" {print $2}' "$work/medians") req/s   (target >= 2,000/s)"
  rss
  exit 0
fi
# The cache-busting scenarios fill nginx's cache with thousands of one-off
# entries whose eviction would disturb the others: they run last.
scenarios static-status:static-status:0 rotation:urls:0 hot:hot:0 static-catalogue:static-catalogue:0 \
  catalogue:catalogue:0 search:search:0 search-mixed:search-mixed:0
scenarios rotation-uncached:urls-nocache:1 png-uncached:png-nocache:1
medians static-status rotation rotation-uncached hot static-catalogue catalogue search search-mixed png-uncached
p99() { awk -v n="$1" '$1 == n {print $4}' "$work/medians"; }
rps() { awk -v n="$1" '$1 == n {print $2}' "$work/medians"; }
echo ""
echo "status page in rotation / static file:          $(ratio rotation static-status)   p99 $(p99 rotation) ms (target >= 50%, p99 <= 10 ms)"
echo "status page in rotation, uncached / static:     $(ratio rotation-uncached static-status)   p99 $(p99 rotation-uncached) ms (p99 target <= 10 ms)"
echo "one hot dossier / static file:                   $(ratio hot static-status)"
echo "catalogue / static file of its size:             $(ratio catalogue static-catalogue)   (before issue 12: 2.3-3.8%; target 3x)"
echo "search / static file of the catalogue's size:    $(ratio search static-catalogue)   (before issue 12: 7.8-12.1% in A/B sittings; target 3x)"
echo "64 searches in rotation / static file:           $(ratio search-mixed static-catalogue)   (the query weighed in MariaDB each time)"
echo "receipt PNG, uncached:                           $(rps png-uncached) req/s   (target >= 2,000/s)"

# The PHP peer, by its own script, in this same run: nginx's static file, the PHP page over 1,000
# dossiers, and this project's status page in rotation with and without nginx's cache (wrk -t1 -c32).
peer=${PEER_RUN:-$top/../shared/bench/php-peer/run.sh}
if [ "${BENCH_PEER:-1}" = 1 ] && [ -x "$peer" ]; then
  echo ""
  echo "== the PHP peer ($peer), same run"
  # Its project-1000 and project-nocache both go past nginx's cache here (/bench-nocache/: the
  # peer's unique parameter alone would be answered from the cache); project-hot goes through it.
  PEER_DIR=${PEER_DIR:-/tmp/peerbench-motcua} PEER_PORT=${PEER_PORT:-18480} PROJECT_BASE="$base" \
    PROJECT_ROTATE_FILE="$work/urls-nocache" PROJECT_STATUS_URL="$base$hot" "$peer" "$DUR" >"$work/peer" 2>&1 || true
  sed 's/^/   /' "$work/peer"
  peer_rps() { awk -v n="$1" '$1 == n {sub("req/s=", "", $2); print $2}' "$work/peer"; }
  peer_p99() { awk -v n="$1" '$1 == n {sub("p99=", "", $4); print $4}' "$work/peer"; }
  cmp() { awk -v a="$(peer_rps "$1")" -v b="$(peer_rps "$2")" 'BEGIN {if (b > 0) printf "%.2fx", a / b; else print "?"}'; }
  pct() { awk -v a="$(peer_rps "$1")" -v b="$(peer_rps static)" 'BEGIN {if (b > 0) printf "%.1f%%", 100 * a / b; else print "?"}'; }
  echo ""
  printf '%-44s %10s %9s %12s %10s\n' "scenario (the peer's method, one run)" "req/s" "p99" "x PHP-1000" "of static"
  for n in static php-1000 php-hot project-nocache project-1000 project-hot; do  # project-1000: uncached too
    printf '%-44s %10s %9s %12s %10s\n' "$n" "$(peer_rps $n)" "$(peer_p99 $n)" "$(cmp $n php-1000)" "$(pct $n)"
  done
  echo "status page uncached, 1,000 dossiers / PHP peer over 1,000:  $(cmp project-nocache php-1000)   (target >= 3x, p99 <= 10 ms)"
fi
if [ "${BENCH_ONLY:-}" = status ]; then rss; targets; exit 0; fi
echo ""
echo "== back office: a unit's worklist with ${STAFF_N:=9900} open dossiers, and transitions under 16 sessions"
# The dossiers go through the same code paths as real ones (the HTTP forms),
# all for ward 101, so they wait in that ward's worklist: 1,998 received at
# the counter of Chi nhánh số 3 for citizens of that ward, the rest online
# (an agency numbers 7,999 online and 1,999 at its counter a day: db/007).
counter() { # counter COUNT
  ( . tests/lib.sh
    mkfiles
    login mc-chinhanh3 >/dev/null
    i=0
    while [ $i -lt "$1" ]; do
      i=$((i + 1))
      s=$(counter_ks mc-chinhanh3)
      [ "$s" = 303 ] || { echo "counter reception failed: $s" >&2; exit 1; }
    done )
}
t0=$(date +%s)
have=$(db/dbctl.sh sql "$var" -N -e "SELECT COUNT(*) FROM dossier WHERE holder_id = 101")
at_counter=1998; [ $(( STAFF_N - have )) -gt $at_counter ] || at_counter=$(( STAFF_N - have ))
[ $at_counter -gt 0 ] || at_counter=0
online=$(( STAFF_N - have - at_counter )); [ $online -gt 0 ] || online=0
[ $online -gt 0 ] && { for c in 5 6; do create $((online / 2)) "$work/urls.$c" & done; }
for c in 1 2; do counter $((at_counter / 2)) & done
wait
open=$(db/dbctl.sh sql "$var" -N -e "SELECT COUNT(*) FROM dossier WHERE holder_id = 101 AND status IN ('new', 'received')")
echo "   $open open dossiers at ward 101 ($(( $(date +%s) - t0 )) s to create)"
( . tests/lib.sh; login mc-baydinh >/dev/null; grep -P '\tmc_s\t' "$tmp/jar-mc-baydinh" | awk '{print $7}' >"$work/sid" )
COOKIE="mc_s=$(cat "$work/sid")" PATH_=/can-bo wrk -t2 -c16 -d"${DUR}s" --latency -s tests/bench-p95.lua "$base" >"$work/wrk.worklist" 2>&1
echo "   worklist (16 connections): $(awk '/^Requests\/sec/ {print $2}' "$work/wrk.worklist") req/s, p50 $(awk '$1 == "50%" {print $2}' "$work/wrk.worklist"), $(awk '/^p95_ms/ {print "p95 " $2 " ms"}' "$work/wrk.worklist") (target p95 < 50 ms)"

# 16 sessions race to accept the same 200 dossiers, each in its own order:
# every dossier must be accepted exactly once.
db/dbctl.sh sql "$var" -N -e "SELECT code FROM dossier WHERE holder_id = 101 AND status = 'new' ORDER BY id LIMIT 200" >"$work/race"
t0=$(date +%s%N)
for k in $(seq 1 16); do
  ( . tests/lib.sh; login mc-baydinh >/dev/null; j=$tmp/jar-mc-baydinh
    curl -sS -o "$tmp/f" -b "$j" "$base/can-bo" >/dev/null; t=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$tmp/f" | head -1)
    shuf "$work/race" | while read -r c; do
      curl -sS -o /dev/null -w '%{http_code}\n' -b "$j" -F "_csrf=$t" -F "phien_ban=0" -F "buoc=tiepnhan" "$base/can-bo/ho-so/$c"
    done >"$work/race.$k" ) &
done
wait
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
won=$(cat "$work"/race.* | grep -c '^303$' || true)
lost=$(cat "$work"/race.* | grep -c '^422$' || true)
other=$(cat "$work"/race.* | grep -vc '^303$\|^422$' || true)
events=$(db/dbctl.sh sql "$var" -N -e "SELECT COUNT(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE e.status = 'received' AND d.code IN ($(sed "s/.*/'&'/" "$work/race" | paste -sd,))")
doubled=$(db/dbctl.sh sql "$var" -N -e "SELECT COUNT(*) FROM (SELECT e.dossier_id FROM dossier_event e WHERE e.status = 'received' GROUP BY e.dossier_id HAVING COUNT(*) > 1) x")
echo "   3,200 attempts on 200 dossiers by 16 sessions in $ms ms ($(( 3200 * 1000 / (ms + 1) )) attempts/s): $won accepted, $lost refused as already taken, $other other"
echo "   received events for those 200: $events (want 200); dossiers received twice: $doubled (want 0)"

fi

echo ""
echo "== the counter floor: ${QUEUE_N:=1000} numbers taken through the kiosk (4 clients, points 101-104)"
take_n() { # take_n COUNT POINT OUTFILE
  ( . tests/lib.sh
    i=0
    while [ $i -lt "$1" ]; do
      i=$((i + 1))
      get "/xep-hang/$2" >/dev/null
      s=$(post "/xep-hang/$2" -F "_csrf=$(csrf)" -F "dich_vu=tu-phap")
      [ "$s" = 303 ] || { echo "take failed: $s" >&2; exit 1; }
      header location >>"$3"
    done )
}
t0=$(date +%s)
for c in 1 2 3 4; do take_n $((QUEUE_N / 4)) $((100 + c)) "$work/tickets.$c" & done
wait
cat "$work"/tickets.* >"$work/tickets"
echo "   $(wc -l <"$work/tickets") numbers in $(( $(date +%s) - t0 )) s"
echo "/xep-hang/101/man-hinh?v=1" >"$work/display"
curl -s "$base$(head -1 "$work/tickets")" >"$var/bench/ticket.html"
curl -s "$base/xep-hang/101/man-hinh" >"$var/bench/display.html"
echo "/bench-static/ticket.html" >"$work/static-ticket"
echo "/bench-static/display.html" >"$work/static-display"
scenarios static-ticket:static-ticket:0 tickets:tickets:0 static-display:static-display:0 display:display:0
scenarios tickets-uncached:tickets:1 display-uncached:display:1
medians static-ticket tickets tickets-uncached static-display display display-uncached
echo ""
echo "tickets in rotation / static file of their size:   $(ratio tickets static-ticket)"
echo "tickets in rotation, uncached / static:            $(ratio tickets-uncached static-ticket)"
echo "hall display / static file of its size:            $(ratio display static-display)"
echo "hall display, uncached / static:                   $(ratio display-uncached static-display)"
echo ""
echo "== the dashboard (issue 9), 16 connections (target p95 <= 100 ms)"
tests/bench-stats.sh "$base" "$var" "$DUR"
echo ""
echo "== submissions (issue 12): form GET + POST with one PDF, 32 connections, every receipt checked (make bench-scale: 4M dossiers)"
tests/bench-submit.sh "$base" "$var" "$DUR" 32 >"$work/submit.out" || echo "   a receipt without its dossier or its file: see $var/bench/submit" >>"$work/submit.out"
cat "$work/submit.out"

rss
if [ -z "${BENCH_ONLY:-}" ]; then targets; fi
