#!/bin/sh
# t0020-workers.sh: a dead FastCGI worker is replaced, and the site keeps answering meanwhile; kept FastCGI
# connections: many requests on them answered right, a slow request does not hold others, a worker replaced
# after each request (heap limit) loses none.
. "$(dirname "$0")/lib.sh"
sup=$(cat "$VAR/run/public.pid")
workers() { pgrep -P "$sup" | wc -l; }
before=$(workers)
check "the supervisor runs several workers ($before)" test "$before" -ge 2
victim=$(pgrep -P "$sup" | head -1)
kill -9 "$victim"
s=$(get /thu-tuc); check "the site answers while a worker is down (got $s)" test "$s" = 200
# Wait (bounded, 5 s) for the replacement: a condition, not a fixed delay.
i=0; while { [ "$(workers)" -lt "$before" ] || pgrep -P "$sup" | grep -qx "$victim"; } && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.1; done
check "the killed worker was replaced ($(workers) of $before)" test "$(workers)" = "$before"
check "the replacement is a new process" sh -c "! pgrep -P $sup | grep -qx $victim"
s=$(get /); check "the site still answers (got $s)" test "$s" = 200

# A worker whose heap a request left above its limit (a large page's fragments glibc cannot give back)
# ends after its response and a fresh one replaces it. Here a second public program with a 1 KiB limit,
# so every request replaces its one worker, asked through FastCGI directly (cgi-fcgi).
hsock=$VAR/run/heaptest.sock
prog=$top/build/motcua-public   # not the sanitizer build: its allocator does not grow the heap with brk()
run_as() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=motcua-public --regid=motcua-public --init-groups -- "$@"; else "$@"; fi; }
( export MOTCUA_HEAP_LIMIT_KIB=1; exec 2>>"$VAR/log/heaptest.log"; run_as "$prog" -c "$VAR/conf/public-all.hdf" -s "$hsock" \
  -w 1 -t "$top/templates" -l "$top/templates/lang/vi.hdf" ) &
i=0; while [ ! -S "$hsock" ] && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
hsup=$(pgrep -o -f -- "-s $hsock")   # the supervisor: the oldest process on that socket
hworker() { # hworker [PREVIOUS]: the supervisor's one worker, once there is one other than PREVIOUS (bounded wait)
  local j=0 w=""
  while { [ -z "$w" ] || [ "$w" = "${1:-}" ]; } && [ $j -lt 100 ]; do
    w=$(pgrep -P "$hsup" | head -1)
    { [ -n "$w" ] && [ "$w" != "${1:-}" ]; } || { j=$((j + 1)); sleep 0.1; }
  done
  echo "$w"
}
fcgi_get() { env -i REQUEST_METHOD=GET DOCUMENT_URI="$1" REQUEST_URI="$1" QUERY_STRING= SERVER_PROTOCOL=HTTP/1.1 \
  SELF_ORIGIN=http://127.0.0.1 cgi-fcgi -bind -connect "$hsock" 2>/dev/null; }
w1=$(hworker)
fcgi_get /thu-tuc >"$tmp/h1"
w2=$(hworker "$w1")
fcgi_get /thu-tuc >"$tmp/h2"
w3=$(hworker "$w2")
check "a worker over its heap limit still answers its request in full" sh -c "grep -q '^Status: 200' '$tmp/h1' && grep -q '</html>' '$tmp/h1'"
check "the next request is answered too" sh -c "grep -q '^Status: 200' '$tmp/h2' && grep -q '</html>' '$tmp/h2'"
check "each request over the limit gets a fresh worker ($w1, $w2, $w3)" \
  sh -c "[ -n '$w1' ] && [ -n '$w2' ] && [ -n '$w3' ] && [ '$w1' != '$w2' ] && [ '$w2' != '$w3' ]"
check "the replacement is logged, not counted as a crash" sh -c "grep -q 'a fresh worker replaces it' '$VAR/log/heaptest.log' && ! grep -q 'replacing it' '$VAR/log/heaptest.log'"

# The same program behind an nginx of its own that keeps its connections (as motcua.conf.in's GETs): every
# request replaces the worker, whose kept connections end with it; nginx sends a request that met a closed
# kept connection again on another, so none is lost.
p=${BASE##*:}; hport=$((p + 9)); hng=$tmp/hng; mkdir -p "$hng"
if [ "$(id -u)" = 0 ]; then huser="user motcua-web motcua-web;"; else huser=""; fi
cat >"$hng/nginx.conf" <<EOF
$huser
worker_processes 1;
pid $hng/nginx.pid;
error_log $hng/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $hng/body; fastcgi_temp_path $hng/fastcgi; proxy_temp_path $hng/proxy;
  uwsgi_temp_path $hng/uwsgi; scgi_temp_path $hng/scgi;
  upstream heap { server unix:$hsock; keepalive 8; }
  server {
    listen 127.0.0.1:$hport;
    location / { include /etc/nginx/fastcgi_params; fastcgi_param SELF_ORIGIN http://127.0.0.1; fastcgi_pass heap; fastcgi_keep_conn on; }
  }
}
EOF
nginx -p "$hng" -c "$hng/nginx.conf" -e "$hng/error.log" 2>>"$hng/error.log"
before=$(grep -c 'a fresh worker replaces it' "$VAR/log/heaptest.log")
for i in $(seq 1 30); do echo "url = \"http://127.0.0.1:$hport/thu-tuc\""; echo "output = \"$hng/r$i\""; echo "write-out = \"%{http_code}\\n\""; done >"$hng/curl.conf"
curl -sS --no-progress-meter --parallel --parallel-max 4 -K "$hng/curl.conf" >"$hng/codes" 2>>"$hng/error.log"
after=$(grep -c 'a fresh worker replaces it' "$VAR/log/heaptest.log")
check "30 requests, 4 at a time, through nginx's kept connections to a worker replaced after each: all answered ($(sort "$hng/codes" | uniq -c | tr '\n' ' '))" \
  sh -c "[ \$(grep -cx 200 '$hng/codes') = 30 ]"
check "... each in full" sh -c "[ \$(grep -l '</html>' $hng/r* | wc -l) = 30 ]"
check "... each by a worker replaced after it ($((after - before)) replacements)" test $((after - before)) -ge 30
[ -f "$hng/nginx.pid" ] && kill "$(cat "$hng/nginx.pid")" 2>/dev/null
[ -n "$hsup" ] && kill "$hsup" 2>/dev/null
i=0; while [ -n "$hsup" ] && kill -0 "$hsup" 2>/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
s=$(get /); check "the site's own workers were not touched (got $s)" test "$s" = 200

# The site's public GETs go over connections nginx and the workers keep (nginx/motcua.conf.in,
# core/fcgi.c): many requests on them, four at a time, each answered with the page it asked for.
key() { printf '%s' "$1" | md5sum | cut -c1-8; }
for u in / /thu-tuc "/thu-tuc?q=khai+sinh"; do curl -sS -g "$BASE$u" >"$tmp/ref.$(key "$u")"; done
i=0
for r in $(seq 1 40); do for u in / /thu-tuc "/thu-tuc?q=khai+sinh"; do
  i=$((i + 1)); echo "url = \"$BASE$u\""; echo "output = \"$tmp/k$i.$(key "$u")\""; echo "write-out = \"%{http_code}\\n\""
done; done >"$tmp/kept.conf"
curl -sS -g --no-progress-meter --parallel --parallel-max 4 -K "$tmp/kept.conf" >"$tmp/kept.codes"
check "120 GETs over kept connections, 4 at a time: all 200 ($(sort "$tmp/kept.codes" | uniq -c | tr '\n' ' '))" \
  sh -c "[ \$(grep -cx 200 '$tmp/kept.codes') = 120 ]"
bad=0; for f in "$tmp"/k[0-9]*.*; do cmp -s "$f" "$tmp/ref.${f##*.}" || bad=$((bad + 1)); done
check "... each the page it asked for ($bad differ)" test "$bad" = 0
held=$(ss -xn state connected 2>/dev/null | grep -cF "$VAR/run/public.sock")
check "between requests, the workers hold connections nginx kept ($held)" test "$held" -ge 1

# A slow request on one worker (a POST waiting for a row lock: every public POST counts its client's
# quota first, domain/quota.c) does not hold the GETs nginx sends meanwhile on that worker's idle kept
# connections: after 50 ms its worker closes them and nginx sends those GETs again on others.
mkfifo "$tmp/lockin"
"$top/db/dbctl.sh" sql "$VAR" -N --unbuffered <"$tmp/lockin" >"$tmp/lockout" 2>&1 &
locker=$!
exec 3>"$tmp/lockin"
echo "BEGIN; SELECT COUNT(*) FROM quota WHERE scope = 'client' FOR UPDATE; SELECT 'locked';" >&3
i=0; while ! grep -q locked "$tmp/lockout" && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
# Each worker first holds a few kept connections (GETs, eight at a time).
curl -sS -g --no-progress-meter --parallel --parallel-max 8 -K "$tmp/kept.conf" >/dev/null
curl -sS -o "$tmp/slow" -w '%{http_code}' --max-time 60 -H "X-Real-IP: 192.0.2.77" -F x=1 "$BASE/phan-anh" >"$tmp/slow.code" 2>/dev/null &
slow=$!
waiting() { sql "SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'"; }
i=0; while [ "$(waiting)" = 0 ] && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
check "the POST waits for the lock" test "$(waiting)" -ge 1
sed 's/^write-out = .*/write-out = "%{http_code} %{time_total}\\n"/' "$tmp/kept.conf" >"$tmp/kept2.conf"
curl -sS -g --no-progress-meter --parallel --parallel-max 8 --max-time 5 -K "$tmp/kept2.conf" >"$tmp/during" 2>/dev/null
slowest=$(sort -k2 -n "$tmp/during" | tail -1 | cut -d' ' -f2)
check "meanwhile 120 GETs, 8 at a time, all answered ($(cut -d' ' -f1 "$tmp/during" | sort | uniq -c | tr '\n' ' '))" \
  sh -c "[ \$(grep -c '^200 ' '$tmp/during') = 120 ]"
check "... none waited for the slow one (slowest $slowest s)" awk -v t="$slowest" 'BEGIN {exit !(t < 2)}'
echo "ROLLBACK;" >&3
exec 3>&-
wait "$locker"
wait "$slow"
check "the slow POST is answered once the lock is gone (got $(cat "$tmp/slow.code"))" sh -c "grep -qE '^[1-4][0-9][0-9]$' '$tmp/slow.code'"
s=$(get /); check "the site still answers (got $s)" test "$s" = 200
