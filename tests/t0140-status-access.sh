#!/bin/sh
# t0140-status-access.sh: the status page opens only with the right token; wrong token, unknown code and malformed links look the same.
. "$(dirname "$0")/lib.sh"
read -r code tok <"$MOTCUA_TEST_WORK/dossier"
s=$(get "/ho-so/$code?k=$tok"); check "the right token opens the status page (got $s)" test "$s" = 200
wrong=$(echo "$tok" | sed 's/^A/#/; s/^[^#]/A/; s/^#/B/')  # the first character changed, whatever it was
s=$(get "/ho-so/$code?k=$wrong"); check "a wrong token answers 404 (got $s)" test "$s" = 404
cp "$tmp/body" "$tmp/wrong"
s=$(get "/ho-so/000.01.01.H26-000101-0001?k=$tok"); check "an unknown code answers 404 (got $s)" test "$s" = 404
check "unknown code and wrong token give byte-identical pages" cmp "$tmp/body" "$tmp/wrong"
s=$(get "/ho-so/$code"); check "no token answers 404 (got $s)" test "$s" = 404
s=$(get "/ho-so/$code?k=$tok&k=$tok"); check "a repeated token parameter answers 404 (got $s)" test "$s" = 404
s=$(get "/ho-so/$code/bien-nhan?k=$wrong"); check "the receipt with a wrong token answers 404 (got $s)" test "$s" = 404
s=$(get "/ho-so/$code/bien-nhan.png?k=$wrong"); check "the PNG with a wrong token answers 404 (got $s)" test "$s" = 404
s=$(get "/ho-so/..%2F..%2Fetc%2Fpasswd?k=$tok"); check "path tricks are refused (400 or 404, got $s)" test "$s" = 404 -o "$s" = 400
s=$(get "/ho-so/$code/bien-nhan?k=$tok"); check "the receipt opens with the right token (got $s)" test "$s" = 200
