#!/bin/sh
# t0290-staff-browser.sh: the back office driven in Chromium: counter reception and printing, sign-off with the result, the citizen's download.
. "$(dirname "$0")/lib.sh"
pw=Cv-b-$$-mat-khau
printf '%s\n' "$pw" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
CV_PW=$pw node "$top/tests/browser/staff.mjs" 2>&1 || fail "the staff browser test crashed"
