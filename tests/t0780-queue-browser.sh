#!/bin/sh
# t0780-queue-browser.sh: the counter floor in Chromium: the kiosk at a phone's width (JavaScript on and off), the
# 80 mm ticket print, the hall display updating itself, axe-core (WCAG 2.x A/AA) on every queue page.
. "$(dirname "$0")/lib.sh"
node "$top/tests/browser/queue.mjs" 2>&1 || fail "the queue browser test crashed"
