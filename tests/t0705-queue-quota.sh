#!/bin/sh
# t0705-queue-quota.sh: quotas are a property of the route (issue 10): the kiosk's POSTs (R_KIOSK) count against
# their own daily limit per client (quota.kiosk_posts), apart from the forms' (quota.client_posts), so a busy hall's
# kiosk behind one address takes more numbers than a client may post forms, while forms from that address still
# meet their limit; and the kiosk's class has its limit too. Point 160 is this script's own.
. "$(dirname "$0")/lib.sh"
P=160
quota() { sql "UPDATE setting SET value = '$2' WHERE name = 'quota.$1'"; }
saved=$(sql "SELECT GROUP_CONCAT(CONCAT(name, '=', value)) FROM setting WHERE name IN ('quota.client_posts', 'quota.kiosk_posts')")
trap 'for kv in $(echo "$saved" | tr , " "); do sql "UPDATE setting SET value = '"'"'${kv#*=}'"'"' WHERE name = '"'"'${kv%%=*}'"'"'"; done' EXIT
check "the kiosk's class has its own setting" test "$(sql "SELECT COUNT(*) FROM setting WHERE name = 'quota.kiosk_posts'")" = 1
ip="2001:db8:$(printf %x $(($$ % 65536))):75::1"
take() { get /xep-hang/$P -H "X-Real-IP: $ip" >/dev/null; post /xep-hang/$P -H "X-Real-IP: $ip" -F "_csrf=$(csrf)" -F "dich_vu=tu-phap"; }
form() { curl -sS -o "$tmp/body" -w '%{http_code}' -H "X-Real-IP: $ip" -F a=1 "$BASE/nop-ho-so/1.001193"; }
quota client_posts 3
quota kiosk_posts 8
before=$(sql "SELECT COUNT(*) FROM queue_ticket WHERE point_id = $P")
got=""; for i in 1 2 3 4 5 6; do got="$got$(take) "; done
check "the kiosk takes 6 numbers from one address, twice the forms' limit of 3 ($got)" test "$got" = "303 303 303 303 303 303 "
check "6 numbers were taken" test "$(sql "SELECT COUNT(*) FROM queue_ticket WHERE point_id = $P")" = $((before + 6))
got=""; for i in 1 2 3 4; do got="$got$(form) "; done
check "forms from the same address still meet their limit: 3 pass (403, a forged form), the 4th 429 ($got)" test "$got" = "403 403 403 429 "
check "with the page that says why" body_has "Đã vượt số lần gửi cho phép trong ngày"
got=""; for i in 1 2 3; do got="$got$(take) "; done
check "the kiosk's class has its own limit: the 7th and 8th numbers pass, the 9th answers 429 ($got)" test "$got" = "303 303 429 "
check "and no ninth number was taken" test "$(sql "SELECT COUNT(*) FROM queue_ticket WHERE point_id = $P")" = $((before + 8))
ip2="2001:db8:$(printf %x $(($$ % 65536))):76::1"
get /xep-hang/$P -H "X-Real-IP: $ip2" >/dev/null
s=$(post /xep-hang/$P -H "X-Real-IP: $ip2" -F "_csrf=$(csrf)" -F "dich_vu=tu-phap")
check "another address still takes a number (got $s)" test "$s" = 303
