#!/bin/sh
# run.sh: runs each libFuzzer harness (build/fuzz/fuzz-*) for SECONDS on its corpus, as TAP; the total of
# executions last. usage: tests/fuzz/run.sh SECONDS   (make fuzz: minutes each; make test: a few seconds)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
# A leak inside ClearSilver itself is not a finding against this code (tests/fuzz/lsan.supp says which).
LSAN_OPTIONS="suppressions=$top/tests/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
secs=${1:-5}
total=0 n=0 bad=0
for f in build/fuzz/fuzz-*; do
  [ -x "$f" ] || continue
  name=${f##*/}
  n=$((n + 1))
  work=build/fuzz/corpus/$name
  mkdir -p "$work" build/fuzz/crashes
  # The committed seeds, plus what earlier runs found (kept under build/).
  [ -d "tests/fuzz/corpus/$name" ] && cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null
  log=build/fuzz/$name.log
  if "$f" -max_total_time="$secs" -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/"$name"- \
       -max_len=4096 -timeout=10 -rss_limit_mb=1024 "$work" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    total=$((total + ${runs:-0}))
    echo "ok $n - $name: ${runs:-0} executions in $secs s, no crash, no sanitizer report"
  else
    bad=1
    echo "not ok $n - $name found a crash (build/fuzz/crashes/$name-*):"
    grep -E 'ERROR|runtime error|SUMMARY' "$log" | head -5 | sed 's/^/#   /'
  fi
done
echo "# fuzzing: $total executions in all, $n harnesses"
[ $n -gt 0 ] || { echo "not ok - no fuzz harness was built"; bad=1; }
exit $bad
