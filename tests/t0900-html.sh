#!/bin/sh
# t0900-html.sh: every page captured by the earlier scripts passes the Nu Html Checker with no errors.
. "$(dirname "$0")/lib.sh"
vnu=$top/tests/node_modules/vnu-jar/build/dist/vnu.jar
pages=$(ls "$MOTCUA_TEST_WORK"/html/*.html 2>/dev/null | wc -l)
check "pages were captured for checking ($pages)" test "$pages" -ge 10
# One JVM for all pages; each page passes if the checker names it in no error.
java -jar "$vnu" --errors-only "$MOTCUA_TEST_WORK"/html/*.html >"$tmp/vnu.out" 2>&1
for f in "$MOTCUA_TEST_WORK"/html/*.html; do
  if grep -qF "$(basename "$f")" "$tmp/vnu.out"; then
    grep -F "$(basename "$f")" "$tmp/vnu.out" | head -5 | sed 's/^/# /'
    fail "valid HTML5: $(basename "$f")"
  else
    ok "valid HTML5: $(basename "$f")"
  fi
done
