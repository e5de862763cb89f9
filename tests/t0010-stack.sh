#!/bin/sh
# t0010-stack.sh: the instance answers through nginx: home page, static files, the one 404 page, security headers.
. "$(dirname "$0")/lib.sh"
s=$(get /); check "GET / answers 200 (got $s)" test "$s" = 200
check "home page is HTML in UTF-8" sh -c "grep -qi '^content-type: text/html; charset=utf-8' '$tmp/head'"
check "home page is in Vietnamese with diacritics" body_has "Tìm thủ tục hành chính"
check "home page has the search box for procedures" body_has 'action="/thu-tuc"'
check "home page has the dossier lookup box" body_has 'action="/tra-cuu"'
keep_html home
check "nginx sends a Content-Security-Policy" sh -c "grep -qi '^content-security-policy:' '$tmp/head'"
check "status tokens never leak through Referer (Referrer-Policy)" sh -c "grep -qi '^referrer-policy: same-origin' '$tmp/head'"
s=$(get /static/motcua.css); check "the stylesheet is served by nginx (got $s)" test "$s" = 200
s=$(get /khong-co-trang-nay); check "an unknown page answers 404 (got $s)" test "$s" = 404
check "the 404 page explains in Vietnamese" body_has "Không tìm thấy trang"
keep_html error-404
s=$(get /thu-tuc/); check "a trailing slash redirects to the canonical path (got $s)" test "$s" = 301
s=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE "$BASE/"); check "DELETE / answers 405 (got $s)" test "$s" = 405
s=$(curl -s -o /dev/null -D "$tmp/h405" -w '%{http_code}' -X PUT "$BASE/nop-ho-so/1.001193"); check "PUT on the form answers 405 (got $s)" test "$s" = 405
check "405 says which methods are allowed" sh -c "grep -qi '^allow: GET, HEAD, POST' '$tmp/h405'"
s=$(curl -s -o /dev/null -w '%{http_code}' -I "$BASE/thu-tuc"); check "HEAD /thu-tuc answers 200 (got $s)" test "$s" = 200
