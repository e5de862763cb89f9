#!/bin/sh
# t0700-queue-take.sh: a number taken at a point's kiosk: the slip with its QR, the order of the queue (priority first),
# the same form sent twice, and many clients taking at once: distinct, consecutive numbers, none lost, none shared.
# Point 150 (Phường Yên Nghĩa) is this script's own: no other script takes numbers there.
. "$(dirname "$0")/lib.sh"
P=150
s=$(get /xep-hang/$P); check "the kiosk answers 200 (got $s)" test "$s" = 200
keep_html queue-kiosk
check "it offers the four services, each with its fields" sh -c "grep -c 'name=\"dich_vu\"' '$tmp/body' | grep -qx 4 && grep -qF 'Hộ tịch' '$tmp/body'"
check "and the priority box" body_has 'name="uu_tien"'
check "the form is never cached (no-store)" sh -c "grep -qi '^cache-control: no-store' '$tmp/head'"
s=$(get /xep-hang/9999); check "a point without counters is the 404 page (got $s)" test "$s" = 404
s=$(get /xep-hang/abc); check "a malformed point is the 404 page (got $s)" test "$s" = 404

# take SLUG [curl args]: a fresh kiosk form, posted; prints the status (Location in $tmp/head).
take() { local svc=$1; shift; get /xep-hang/$P >/dev/null; post /xep-hang/$P -F "_csrf=$(csrf)" -F "dich_vu=$svc" "$@"; }
s=$(take ""); check "no service chosen: 422 (got $s)" test "$s" = 422
check "with the message next to the services" body_has "Vui lòng chọn lĩnh vực cần giải quyết."
keep_html queue-kiosk-error
s=$(take nothing-such); check "a service the point does not serve: 422 (got $s)" test "$s" = 422
check "nothing was taken" test "$(sql "SELECT COUNT(*) FROM queue_ticket WHERE point_id = $P")" = 0

s=$(take tu-phap); loc=$(header location)
check "a number is taken: 303 to its ticket (got $s, $loc)" sh -c "[ '$s' = 303 ] && echo '$loc' | grep -qE '^/xep-hang/ve/[0-9]+\?k=[A-Za-z0-9_-]{22}$'"
s=$(get "$loc"); check "the ticket opens (got $s)" test "$s" = 200
keep_html queue-ticket
check "it shows number A001 for justice" sh -c "grep -qF 'A001' '$tmp/body' && grep -qF 'Tư pháp - Hộ tịch - Chứng thực' '$tmp/body'"
check "with nobody ahead" sh -c "grep -qF '<strong class=\"t-ahead\">0</strong>' '$tmp/body'"
check "and a QR of its own link" sh -c "grep -q '<svg' '$tmp/body'"
check "the ticket is cacheable for a second by nginx, revalidated by browsers" test "$(header cache-control)" = "private, no-cache"
check "it refreshes itself without JavaScript (meta refresh inside noscript)" body_has '<noscript><meta http-equiv="refresh"'
check "and with it (a static script, no inline code)" sh -c "grep -qF '<script src=\"/static/queue.js\" defer></script>' '$tmp/body' && ! grep -q '<script>' '$tmp/body'"
id=$(echo "$loc" | sed 's|^/xep-hang/ve/\([0-9]*\)?.*|\1|')
s=$(get "/xep-hang/ve/$id?k=AAAAAAAAAAAAAAAAAAAAAA"); check "a wrong token is the 404 page (got $s)" test "$s" = 404
s=$(get "/xep-hang/ve/$((id + 1000))?k=AAAAAAAAAAAAAAAAAAAAAA"); check "so is an unknown ticket (got $s)" test "$s" = 404

# The same form sent twice: one number.
get /xep-hang/$P >/dev/null; t=$(csrf)
post /xep-hang/$P -F "_csrf=$t" -F "dich_vu=tu-phap" >/dev/null; first=$(header location)
post /xep-hang/$P -F "_csrf=$t" -F "dich_vu=tu-phap" >/dev/null; again=$(header location)
check "the same form sent twice takes one number and shows it twice" sh -c "[ '$first' = '$again' ] && [ \"\$(echo \"$(sql "SELECT COUNT(*) FROM queue_ticket WHERE point_id = $P")\")\" = 2 ]"

# Priority: a priority number taken later is ahead of the ordinary ones.
take tu-phap -F uu_tien=1 >/dev/null; ploc=$(header location)
get "$ploc" >/dev/null
check "a priority number has nobody ahead even though two came before" sh -c "grep -qF '<strong class=\"t-ahead\">0</strong>' '$tmp/body' && grep -qF 'Ưu tiên' '$tmp/body'"
fresh "$first" "$tmp/body"
check "and the second ordinary number now has two ahead" body_has '<strong class="t-ahead">2</strong>'
row=$(sql "SELECT GROUP_CONCAT(number ORDER BY id) FROM queue_ticket WHERE point_id = $P AND service_id = 1")
check "numbers stay in taking order, priority or not (1,2,3: $row)" test "$row" = "1,2,3"

# Many clients at once: 30 browsers, 4 forms each, 120 posts fired together at service B.
mkdir -p "$tmp/c"
i=0
while [ $i -lt 30 ]; do
  i=$((i + 1))
  for k in 1 2 3 4; do
    curl -sS -o "$tmp/c/f.$i.$k" -b "$tmp/c/jar.$i" -c "$tmp/c/jar.$i" "$BASE/xep-hang/$P"
    sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$tmp/c/f.$i.$k" | head -1 >"$tmp/c/t.$i.$k"
  done
done
i=0
while [ $i -lt 30 ]; do
  i=$((i + 1))
  for k in 1 2 3 4; do
    curl -sS -o /dev/null -D "$tmp/c/h.$i.$k" -w '%{http_code}\n' -b "$tmp/c/jar.$i" \
      -F "_csrf=$(cat "$tmp/c/t.$i.$k")" -F "dich_vu=dat-dai-xay-dung" "$BASE/xep-hang/$P" >"$tmp/c/s.$i.$k" &
  done
done
wait
check "all 120 concurrent takes answered 303" test "$(cat "$tmp"/c/s.* | grep -c '^303$')" = 120
check "to 120 different tickets" test "$(grep -hi '^location:' "$tmp"/c/h.* | sort -u | wc -l)" = 120
row=$(sql "SET time_zone = '+07:00'; SELECT COUNT(*), COUNT(DISTINCT number), MIN(number), MAX(number) FROM queue_ticket WHERE point_id = $P AND service_id = 2 AND day = CURDATE()")
check "numbers B001..B120: distinct and consecutive, no gap, none shared ($row)" test "$row" = "120	120	1	120"
check "the sequence stands at 120" test "$(sql "SET time_zone = '+07:00'; SELECT last FROM queue_seq WHERE point_id = $P AND service_id = 2 AND day = CURDATE()")" = 120

s=$(get "/xep-hang/$P/man-hinh"); check "the hall display answers 200 (got $s)" test "$s" = 200
keep_html queue-display
check "it lists the next numbers of each service, the priority one first" sh -c "grep -qF 'B001' '$tmp/body' && grep -q 'A003 <span class=\"prio\">' '$tmp/body'"
check "and refreshes itself without JavaScript too" body_has '<noscript><meta http-equiv="refresh" content="10"></noscript>'
check "it is cacheable for a second" test "$(header cache-control)" = "private, no-cache"
