#!/bin/sh
# t0180-browser.sh: Playwright drives Debian's Chromium: 320-px phones, labels, JavaScript off, printing.
. "$(dirname "$0")/lib.sh"
node "$top/tests/browser/citizen.mjs" 2>&1 || fail "the browser test crashed"
