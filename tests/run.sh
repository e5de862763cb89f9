#!/bin/sh
# run.sh: the whole test suite: unit tests (plain and ASan+UBSan), then the numbered end-to-end scripts
# against a throwaway instance (sanitizer build) on its own port; ends with "N passed, N failed".
# usage: tests/run.sh [PORT]   (from the top of the repository; `make test` builds first)
#        TESTS="t0110 t0215" tests/run.sh PORT   runs only the scripts whose names start so (the unit tests always run)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
port=${1:-18080}
results=$(mktemp)
work=$(mktemp -d /tmp/motcua-test.XXXXXX)
# Run as root, the stack runs each part as its own user: they pass through to var/.
chmod 711 "$work"
export MOTCUA_TEST_WORK="$work"

count() { # a TAP stream on stdin: echo it, record each result
  while IFS= read -r line; do
    printf '%s\n' "$line"
    case $line in
      "ok "*) echo pass >>"$results" ;;
      "not ok "*) echo fail >>"$results" ;;
    esac
  done
}

echo "== unit tests"
for t in build/test-* build/asan/test-*; do
  [ -x "$t" ] || continue
  echo "# $t"
  ( "$t"; rc=$?; [ $rc -eq 0 ] || echo "not ok - $t exited with $rc" ) 2>&1 | count
done

echo "== starting a throwaway instance on port $port (ASan+UBSan build) in $work"
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if ! cgi-bin/tools/motcua-stack.sh start "$work/var" "$port" "$top/build/asan" >"$work/stack.log" 2>&1; then
  cat "$work/stack.log"
  echo "not ok - the test instance did not start" | count
  cgi-bin/tools/motcua-stack.sh stop "$work/var" >/dev/null 2>&1
else
  export BASE="http://127.0.0.1:$port" VAR="$work/var"
  # The suite sends hundreds of dossiers from one address with one identification number: the daily
  # quotas (settings quota.*, db/007_hardening.sql) are raised for it; t0370 lowers and checks them.
  db/dbctl.sh sql "$VAR" -e "UPDATE setting SET value = '1000000' WHERE name LIKE 'quota.%'"
  for t in tests/t[0-9]*.sh; do
    if [ -n "${TESTS:-}" ]; then
      pick=no
      for want in $TESTS; do case ${t#tests/} in "$want"*) pick=yes ;; esac; done
      [ $pick = yes ] || continue
    fi
    echo "# $t"
    ( sh "$t"; rc=$?; [ $rc -eq 0 ] || echo "not ok - $t exited with $rc" ) 2>&1 | count
  done
  cgi-bin/tools/motcua-stack.sh stop "$work/var" >/dev/null 2>&1
  # Any sanitizer report or crashed worker in the programs' log fails the
  # run (signal 9 is t0020 killing a worker on purpose).
  crash='ERROR: AddressSanitizer|runtime error:|killed by signal ([0-8]|1[0-9])[^0-9]|exited with'
  for prog in $(awk '!/^#/ && NF && $6 != "-" {print $3}' cgi-bin/programs); do
    if grep -qE "$crash" "$work/var/log/$prog.log"; then
      grep -E -A5 "$crash" "$work/var/log/$prog.log" | head -40
      echo "not ok - sanitizer or crash report in the $prog program's log" | count
    else
      echo "ok - no sanitizer report and no crashed worker in the $prog program's log" | count
    fi
  done
fi

passed=$(grep -c pass "$results")
failed=$(grep -c fail "$results")
rm -f "$results"
if [ "$failed" = 0 ]; then rm -rf "$work"; else echo "(logs kept in $work/var/log)"; fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
