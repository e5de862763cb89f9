#!/bin/sh
# t0001-lint.sh: the standing rules checked by grep (tests/lint.sh) hold.
. "$(dirname "$0")/lib.sh"
if out=$("$top/tests/lint.sh" 2>&1); then ok "lint: $out"; else echo "$out" | sed 's/^/# /'; fail "lint found violations"; fi
