#!/bin/sh
# t0050-fuzz.sh: every parser that sees outside bytes survives a few seconds of libFuzzer (make fuzz runs them for minutes).
. "$(dirname "$0")/lib.sh"
"$top/tests/fuzz/run.sh" "${MOTCUA_FUZZ_SECONDS:-4}"
