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
