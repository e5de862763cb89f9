#!/bin/sh
# t0340-lookup.sh: looking a dossier up by code and 4 digits never hands out the QR token (issue 10, item 2):
# the lookup shows a read-only, masked status itself; wrong tries are counted per dossier code whatever the
# address, and lock the code a while; the rate limit counts an IPv6 /64 as one client.
. "$(dirname "$0")/lib.sh"
mkfiles
code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
# Each part of this script plays its own client (nginx believes X-Real-IP from 127.0.0.1 only).
look() { get "/tra-cuu?ma=$1&so=$2" -H "X-Real-IP: ${3:-198.51.100.1}"; }

s=$(look "$code" 2345); check "the right code and digits answer 200 on the lookup page itself (got $s)" test "$s" = 200
check "no redirect to the status page" test -z "$(header location)"
check "the page shows the dossier's status" body_has "Đã nộp, chờ tiếp nhận"
check "with the applicant's name masked" body_has "$(sql "SELECT name_masked FROM dossier WHERE code = '$code'")"
check "the QR token appears nowhere in the answer" sh -c "! grep -qF '$tok' '$tmp/body' '$tmp/head'"
check "no link carries a token (k=)" sh -c "! grep -q 'k=' '$tmp/body'"
check "no link to the receipt, the result or the supplement" sh -c "! grep -qE 'bien-nhan|ket-qua|bo-sung' '$tmp/body'"
check "it says the QR is needed for those" body_has "quét mã QR trên giấy tiếp nhận"
for secret in 001090012345 0912345678 "Hàng Bài" "an.nguyen@example.vn" "Nguyễn Văn An"; do
  check "the lookup never shows '$secret'" sh -c "! grep -qF '$secret' '$tmp/body'"
done
keep_html lookup-readonly

# What the token opens stays closed without it.
s=$(get "/ho-so/$code/ket-qua"); check "the result download needs the QR token (404, got $s)" test "$s" = 404
s=$(get "/ho-so/$code/bo-sung"); check "the supplement form needs the QR token (404, got $s)" test "$s" = 404
s=$(get "/ho-so/$code/bo-sung?k=AAAAAAAAAAAAAAAAAAAAAA"); check "and the right one (404, got $s)" test "$s" = 404
s=$(post "/ho-so/$code/bo-sung" -F "k=$tok" -F "_csrf=x" -F "tep_1=@$tmp/to-khai.pdf"); check "an upload without a form token is refused (403, got $s)" test "$s" = 403

# Guessing the digits: counted against the code, from any address.
i=0
for d in 0001 0002 0003 0004 0005; do
  i=$((i + 1))
  look "$code" "$d" "2001:db8:$i::1" >/dev/null
done
check "five wrong tries from five networks are counted against the code" test "$(sql "SELECT failures FROM lookup_fail WHERE code = '$code'")" = 5
s=$(look "$code" 2345 "203.0.113.77"); check "then the right digits from a fresh address answer 200 (got $s)" test "$s" = 200
check "but the code is locked for lookup: the status is not shown" sh -c "! grep -qF 'Đã nộp, chờ tiếp nhận' '$tmp/body'"
check "it says the code is locked for a while" body_has "tạm thời không tra cứu được"
keep_html lookup-locked
check "the lock lasts about 30 minutes" test "$(sql "SET time_zone = '+07:00'; SELECT locked_until BETWEEN NOW() + INTERVAL 29 MINUTE AND NOW() + INTERVAL 31 MINUTE FROM lookup_fail WHERE code = '$code'")" = 1
s=$(get "/ho-so/$code?k=$tok&n=lock"); check "the QR link still opens the status page (got $s)" test "$s" = 200
code2=$(new_dossier)
s=$(look "$code2" 2345 "2001:db8:1::1"); check "another code is not locked (got $s)" test "$s" = 200
check "and shows its status" body_has "Đã nộp, chờ tiếp nhận"

# The rate limit (60 a minute, burst 30) counts a /64, not each of its addresses.
limited=0
for i in $(seq 1 40); do
  s=$(curl -sS -o /dev/null -w '%{http_code}' -H "X-Real-IP: 2001:db8:aaaa:bbbb::$i" "$BASE/tra-cuu")
  [ "$s" = 429 ] && limited=$((limited + 1))
done
check "40 lookups from 40 addresses of one IPv6 /64 meet the limit ($limited answered 429)" test "$limited" -ge 5
s=$(curl -sS -o /dev/null -w '%{http_code}' -H "X-Real-IP: 2001:db8:aaaa:cccc::1" "$BASE/tra-cuu"); check "another /64 is not limited (got $s)" test "$s" = 200
# The bucket refills one request a second: of two asked at once, one may be that refill, not both.
s=$(curl -sS -o /dev/null -w '%{http_code}' -H "X-Real-IP: 2001:db8:aaaa:bbbb:1:2:3:4" "$BASE/tra-cuu")
s2=$(curl -sS -o /dev/null -w '%{http_code}' -H "X-Real-IP: 2001:db8:aaaa:bbbb:1:2:3:4" "$BASE/tra-cuu")
check "yet another address of the limited /64 is (got $s $s2)" sh -c "[ $s = 429 ] || [ $s2 = 429 ]"
