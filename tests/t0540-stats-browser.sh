#!/bin/sh
# t0540-stats-browser.sh: Chromium with axe-core on every accountability page (WCAG 2.x A/AA), the dashboard at
# 320 px without JavaScript and in print (tests/browser/stats.mjs).
. "$(dirname "$0")/lib.sh"
mkfiles
login mc-baydinh >/dev/null; login ld-baydinh >/dev/null
code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
step mc-baydinh "$code" tiepnhan >/dev/null
get /phan-anh >/dev/null; t=$(csrf)
post /phan-anh -F "_csrf=$t" -F "ho_ten=Vũ Thị Hoa" -F "lien_he=0987000222" -F "don_vi=101" -F "noi_dung=Phòng chờ thiếu ghế cho người cao tuổi." >/dev/null
fb=$(header location); fcode=$(echo "$fb" | sed 's|^/phan-anh/\([^?]*\)?.*|\1|')
RATING_PATH="/ho-so/$code/danh-gia?k=$tok" FEEDBACK_PATH="$fb" STAFF_FEEDBACK_PATH="/can-bo/phan-anh/$fcode" \
  node "$top/tests/browser/stats.mjs" 2>&1 || fail "the accountability browser test crashed"
