#!/bin/sh
# t0480-agent-browser.sh: the agent's day in Chromium (JavaScript off, 320 px), printing, and axe-core on every new page.
. "$(dirname "$0")/lib.sh"
node "$top/tests/browser/agent.mjs" 2>&1 || fail "the agent browser test crashed"
