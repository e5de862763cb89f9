#!/bin/sh
# t0020-workers.sh: a dead FastCGI worker is replaced, and the site keeps answering meanwhile.
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
[ -n "$hsup" ] && kill "$hsup" 2>/dev/null
i=0; while [ -n "$hsup" ] && kill -0 "$hsup" 2>/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
s=$(get /); check "the site's own workers were not touched (got $s)" test "$s" = 200
