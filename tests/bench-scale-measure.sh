# bench-scale-measure.sh: sourced by tests/bench-scale.sh once the year is generated (var, base, root, DUR,
# clear_unit, sqlq set): a sample of generated dossiers checked through the real pages, then each page measured
# with wrk (16 connections; status pages 32) and p95 or p99 printed; sizes and memory.
# shellcheck shell=sh
. tests/lib.sh
total=$(sqlq "SELECT COUNT(*) FROM dossier")
echo ""
echo "== at $total dossiers ($(sqlq "SELECT COUNT(*) FROM dossier_event") events, $(sqlq "SELECT COUNT(*) FROM audit_log") audit rows,"\
  "$(sqlq "SELECT COUNT(*) FROM attachment") attachment rows, $(sqlq "SELECT COUNT(*) FROM stat_total") running-total rows), $(nproc) cores"
wrk_p() { # wrk_p NAME CONNS [wrk args...]: one scenario; prints req/s, p50, p95, p99
  name=$1; c=$2; shift 2
  out=$root/wrk.$(echo "$name" | tr -c 'a-zA-Z0-9\n' _)
  wrk -t2 -c"$c" -d"${DUR}s" --latency "$@" "$base" >"$out" 2>&1
  printf '   %-44s %8s req/s  p50 %8s  p95 %7s ms  p99 %8s  non-2xx %s\n' "$name" \
    "$(awk '/^Requests\/sec/ {print $2}' "$out")" "$(awk '$1 == "50%" {print $2}' "$out")" \
    "$(awk '/^p95_ms/ {print $2}' "$out")" "$(awk '$1 == "99%" {print $2}' "$out")" "$(awk '/Non-2xx/ {print $NF}' "$out" | grep . || echo 0)"
}
# The status page's token, as link.c makes it (HMAC-SHA-512/256 of "dossier:CODE" under Secret.key, 16 bytes, base64url).
key=$(sed -n 's/^Secret.key = //p' "$var/conf/public.hdf")
tokens() { python3 -c '
import sys, hmac, hashlib, base64
k = bytes.fromhex(sys.argv[1])
for c in sys.stdin.read().split():
    t = base64.urlsafe_b64encode(hmac.new(k, ("dossier:" + c).encode(), hashlib.sha512).digest()[:16]).decode().rstrip("=")
    print("/ho-so/%s?k=%s" % (c, t))' "$key"; }

# 1. Status pages: 1,000 generated dossiers anywhere in the year; each answers 200 with its code.
sqlq "SELECT code FROM dossier WHERE submit_key LIKE 'g%' ORDER BY RAND() LIMIT 1000" | tokens >"$root/status-urls"
bad=0
for u in $(head -20 "$root/status-urls"); do
  c=$(echo "$u" | sed 's|/ho-so/\([^?]*\)?.*|\1|')
  curl -sS "$base$u" | grep -qF "$c" || bad=$((bad + 1))
done
echo "   sample: 20 status pages of generated dossiers, $bad wrong"
URLS=$root/status-urls BUST=1 wrk_p "status pages, 1,000 in rotation, uncached" 32 -s tests/bench-rotate.lua
URLS=$root/status-urls BUST=0 wrk_p "status pages, 1,000 in rotation, cached 1 s" 32 -s tests/bench-rotate.lua

# 2. The unit's worklist (ward $clear_unit, its counter officer), by due date, and its search.
login mc-baydinh >/dev/null
sid=$(grep -P '\tmc_s\t' "$tmp/jar-mc-baydinh" | awk '{print $7}')
open=$(sqlq "SELECT COUNT(*) FROM dossier WHERE holder_id = $clear_unit AND status NOT IN ('returned', 'withdrawn', 'not_received', 'stopped')")
all=$(sqlq "SELECT COUNT(*) FROM dossier WHERE holder_id = $clear_unit")
s=$(as mc-baydinh /can-bo); rows=$(grep -c '/can-bo/ho-so/' "$tmp/body" || true)
echo "   sample: ward $clear_unit holds $all dossiers, $open open; its worklist answers $s with $rows links"
COOKIE="mc_s=$sid" PATH_=/can-bo wrk_p "worklist (ward $clear_unit)" 16 -s tests/bench-p95.lua
name=$(sqlq "SELECT applicant_name FROM dossier WHERE holder_id = $clear_unit AND status = 'processing' LIMIT 1")
q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$name")
code=$(sqlq "SELECT code FROM dossier WHERE holder_id = $clear_unit AND status = 'processing' ORDER BY id DESC LIMIT 1")
COOKIE="mc_s=$sid" PATH_="/can-bo?q=$q" wrk_p "worklist search by name ($name)" 16 -s tests/bench-p95.lua
COOKIE="mc_s=$sid" PATH_="/can-bo?q=$code" wrk_p "worklist search by code" 16 -s tests/bench-p95.lua

# 3. The lookup (code and last four digits): nginx allows a client 30 at once, then one a second, so 25
#    sequential requests, each timed; the ward's dossiers (their personal data sealed one by one).
sqlq "SELECT code, RIGHT(CONCAT('0010900', LPAD(CAST(SUBSTR(submit_key, 2) AS UNSIGNED) MOD 100000, 5, '0')), 4)
        FROM dossier WHERE resolver_id = $clear_unit AND submit_key LIKE 'g%' ORDER BY RAND() LIMIT 25" >"$root/lookups"
found=0; : >"$root/lookup-times"
while read -r c l; do
  curl -sS -o "$tmp/body" -w '%{time_total}\n' "$base/tra-cuu?ma=$c&so=$l" >>"$root/lookup-times"
  grep -qF "$c" "$tmp/body" && found=$((found + 1))
done <"$root/lookups"
echo "   lookup, 25 sequential: $found of 25 found; p95 $(sort -n "$root/lookup-times" | awk '{a[NR] = $1} END {printf "%.1f", a[int(NR * 0.95 + 0.5)] * 1000}') ms"

# 4. The register (form 07) of the ward for last month: its first page and a late one on screen (200 rows a
#    page), and the print view of the whole month.
from=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d); to=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
s=$(as mc-baydinh "/can-bo/so-theo-doi?tu=$from&den=$to"); rows=$(grep -c '<tr' "$tmp/body" || true)
echo "   sample: register $from..$to answers $s with $rows table rows; $(grep -o 'Trang 1/[0-9]*' "$tmp/body" || echo 'one page')"
s=$(as mc-baydinh "/can-bo/so-theo-doi?tu=$from&den=$to&in=1"); rows=$(grep -c '<tr' "$tmp/body" || true)
echo "   sample: its print view answers $s with $rows table rows"
COOKIE="mc_s=$sid" PATH_="/can-bo/so-theo-doi?tu=$from&den=$to" wrk_p "register (form 07), one month, page 1" 4 -s tests/bench-p95.lua
COOKIE="mc_s=$sid" PATH_="/can-bo/so-theo-doi?tu=$from&den=$to&trang=10" wrk_p "register (form 07), one month, page 10" 4 -s tests/bench-p95.lua
COOKIE="mc_s=$sid" PATH_="/can-bo/so-theo-doi?tu=$from&den=$to&in=1" wrk_p "register (form 07), one month, print view" 4 -s tests/bench-p95.lua

# 5. The dashboard, every request past nginx's cache.
y=$(date +%Y); ym=$(date +%Y-%m)
echo "/thong-ke?ky=$y" >"$root/dash-y"; echo "/thong-ke?ky=$ym" >"$root/dash-m"
URLS=$root/dash-y BUST=1 wrk_p "/thong-ke?ky=$y uncached" 16 -s tests/bench-rotate.lua
URLS=$root/dash-m BUST=1 wrk_p "/thong-ke?ky=$ym uncached" 16 -s tests/bench-rotate.lua

# 6. Size and memory.
sqlq "SELECT table_name, table_rows, ROUND(data_length / 1048576), ROUND(index_length / 1048576)
        FROM information_schema.tables WHERE table_schema = 'motcua' AND data_length + index_length > 8388608
       ORDER BY data_length + index_length DESC" | awk '{printf "   %-16s ~%10s rows  data %6s MiB  index %6s MiB\n", $1, $2, $3, $4}'
echo "   per dossier: $(sqlq "SELECT ROUND(SUM(data_length + index_length) / $total) FROM information_schema.tables WHERE table_schema = 'motcua'") bytes (data + index of every table / dossiers); on disk: $(du -sm "$var/db" | cut -f1) MiB"
rss() { for p in "$@"; do awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null; done | awk '{s += $1} END {printf "%.1f MiB", s / 1024}'; }
tree() { for c in $(pgrep -P "$1"); do echo "$c"; tree "$c"; done; }
echo "   memory (RSS): mariadbd $(rss "$(cat "$var/run/mariadb.pid")"), nginx $(rss "$(cat "$var/run/nginx.pid")" $(tree "$(cat "$var/run/nginx.pid")")),"\
  "public $(rss $(tree "$(cat "$var/run/public.pid")")), staff $(rss $(tree "$(cat "$var/run/staff.pid")")), agent $(rss $(tree "$(cat "$var/run/agent.pid")"))"
