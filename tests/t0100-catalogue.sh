#!/bin/sh
# t0100-catalogue.sh: procedure search ignores diacritics and case, filters by field; a procedure's page has what a citizen needs.
. "$(dirname "$0")/lib.sh"
s=$(get "/thu-tuc?q=dang+ky+khai+sinh"); check "search answers 200 (got $s)" test "$s" = 200
check "'dang ky khai sinh' finds 'Đăng ký khai sinh'" body_has ">Đăng ký khai sinh<"
keep_html catalogue-search
get "/thu-tuc?q=xac+nhan+tinh+trang+hon+nhan" >/dev/null
check "'xac nhan tinh trang hon nhan' finds the marital-status procedure" body_has "xác nhận tình trạng hôn nhân"
get "/thu-tuc?q=%C4%90%C4%82NG+K%C3%9D+KHAI+SINH" >/dev/null
check "upper case with diacritics also finds it" body_has ">Đăng ký khai sinh<"
get "/thu-tuc?q=1.001193" >/dev/null
check "search by national code finds the procedure" body_has ">Đăng ký khai sinh<"
get "/thu-tuc" >/dev/null
total=$(sed -n 's/.*<p class="count" role="status">\([0-9]*\) .*/\1/p' "$tmp/body")
db_total=$(sql "SELECT COUNT(*) FROM proc")
check "the full catalogue lists every procedure ($total of $db_total)" test "$total" = "$db_total"
check "at least 25 procedures are in the catalogue ($db_total)" test "$db_total" -ge 25
get "/thu-tuc?linh-vuc=chung-thuc" >/dev/null
keep_html catalogue-field
n=$(sed -n 's/.*<p class="count" role="status">\([0-9]*\) .*/\1/p' "$tmp/body")
db_n=$(sql "SELECT COUNT(*) FROM proc p JOIN field f ON f.id = p.field_id WHERE f.slug = 'chung-thuc'")
check "filter by field lists exactly that field's procedures ($n = $db_n)" test "$n" = "$db_n" -a "$n" -gt 0
check "filtered list does not show another field's procedure" sh -c "! grep -q '>Đăng ký khai sinh<' '$tmp/body'"
get "/thu-tuc?q=50%25_x" >/dev/null
check "LIKE wildcards in a query match literally (no result for '50%_x')" body_has '<p class="count" role="status">0 '
s=$(get "/thu-tuc?q=%3Cscript%3Ealert(1)%3C/script%3E"); check "a hostile query answers 200 (got $s)" test "$s" = 200
check "the query is shown escaped, never as markup" sh -c "grep -qF '&lt;script&gt;alert(1)&lt;/script&gt;' '$tmp/body' && ! grep -qF '<script>alert' '$tmp/body'"
s=$(get "/thu-tuc?q=%FF%FE"); check "invalid UTF-8 in the query answers 200, not 500 (got $s)" test "$s" = 200
s=$(get "/thu-tuc/1.001193"); check "procedure page answers 200 (got $s)" test "$s" = 200
keep_html procedure
check "procedure page shows the competent authority" body_has "Ủy ban nhân dân cấp xã"
check "procedure page shows the time limit" body_has "Thời hạn giải quyết"
check "procedure page shows the fee" body_has "Phí, lệ phí"
check "procedure page lists required documents" body_has "Tờ khai đăng ký khai sinh"
check "procedure page says who may submit" body_has "Đối tượng thực hiện"
check "procedure page has a button to submit" body_has 'href="/nop-ho-so/1.001193"'
green=$(sql "SELECT p.code FROM proc p JOIN proc_limit l ON l.proc_id = p.id WHERE l.green_days IS NOT NULL LIMIT 1")
get "/thu-tuc/$green" >/dev/null
check "a green-lane procedure shows its shortened limit ($green)" body_has "Làn xanh (rút ngắn)"
s=$(get "/thu-tuc/9.999999"); check "an unknown procedure code answers 404 (got $s)" test "$s" = 404
s=$(get "/thu-tuc/%3Cx%3E"); check "a malformed procedure code answers 404 (got $s)" test "$s" = 404
