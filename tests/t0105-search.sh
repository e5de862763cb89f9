#!/bin/sh
# t0105-search.sh: the catalogue's search (decided in the worker from the collation's weights) lists exactly what PROC_SEARCH lists run in MariaDB, in its order.
. "$(dirname "$0")/lib.sh"

# PROC_SEARCH's text as the programs prepare it (sql.def through the preprocessor).
cc -E -P -I"$top/cgi-bin" "$top/cgi-bin/core/sql.c" | grep -o '\[SQL_PROC_SEARCH\].*' | head -1 |
  grep -o '"[^"]*"' | sed -n '4,$p' | sed '$d' | sed 's/^"//; s/"$//' | tr -d '\n' >"$tmp/stmt"
check "PROC_SEARCH's text is found in sql.def ($(wc -c <"$tmp/stmt") bytes)" grep -q "^SELECT p.code.*LIKE CONCAT.*LIMIT 300$" "$tmp/stmt"
stmt=$(sed "s/'/''/g" "$tmp/stmt")
hex() { printf '%s' "$1" | od -An -tx1 | tr -d ' \n'; }

# expected Q FIELD: PROC_SEARCH's codes, in order, for Q as the page reads it (squeezed, valid) and FIELD,
# with its values bound as the program binds them (q, q LIKE-escaped, q, field, field).
expected() {
  sql "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci;
    SET @q = CONVERT(X'$(hex "$1")' USING utf8mb4) COLLATE utf8mb4_uca1400_ai_ci,
        @f = CONVERT(X'$(hex "$2")' USING utf8mb4) COLLATE utf8mb4_uca1400_ai_ci;
    SET @l = REPLACE(REPLACE(REPLACE(@q, '\\\\', '\\\\\\\\'), '%', '\\\\%'), '_', '\\\\_');
    PREPARE s FROM '$stmt'; EXECUTE s USING @q, @l, @q, @f, @f" >"$tmp/rows" || return 1
  cut -f1 "$tmp/rows"
}
# listed: the codes the page lists, in order.
listed() { sed -n 's|.*<h2><a href="/thu-tuc/\([^"]*\)">.*|\1|p' "$tmp/body"; }

# same DESCRIPTION PAGE-Q EFFECTIVE-Q [FIELD]
same() {
  local s
  s=$(get "/thu-tuc" -G --data-urlencode "q=$2" --data-urlencode "linh-vuc=${4:-}")
  listed >"$tmp/got"
  if ! expected "$3" "${4:-}" >"$tmp/want"; then
    fail "$1: PROC_SEARCH runs in MariaDB"
  elif [ "$s" = 200 ] && cmp -s "$tmp/got" "$tmp/want"; then
    ok "$1: $(awk 'END {print NR}' "$tmp/want") procedures, the same as PROC_SEARCH, in its order"
  else
    fail "$1: the same procedures as PROC_SEARCH, in its order (status $s)"
    diff "$tmp/want" "$tmp/got" | sed 's/^/# /' | head -20
  fi
}

nfd_dang=$(printf 'D\314\266a\314\206ng ky\314\201')          # decomposed: marks as separate characters
long=$(printf 'khai sinh %.0s' 1 2 3 4 5 6 7 8 9 10 | cut -c1-100)
nbsp=$(printf '\302\240'); zwsp=$(printf '\342\200\213'); tab=$(printf 'khai\tsinh')

same "'khai sinh'" "khai sinh" "khai sinh"
same "'dang ky khai sinh' (no diacritics)" "dang ky khai sinh" "dang ky khai sinh"
same "'Đăng ký' (diacritics)" "Đăng ký" "Đăng ký"
same "'ĐĂNG KÝ KHAI SINH' (upper case)" "ĐĂNG KÝ KHAI SINH" "ĐĂNG KÝ KHAI SINH"
same "'đăng'" "đăng" "đăng"
same "'dang' (d for đ)" "dang" "dang"
same "'Đ' alone" "Đ" "Đ"
same "'d' alone" "d" "d"
same "'Ð' (eth, not đ)" "Ð" "Ð"
same "'ky' (part of a word)" "ky" "ky"
same "'ng k' (across words)" "ng k" "ng k"
same "'hon nhan'" "hon nhan" "hon nhan"
same "'kết hôn'" "kết hôn" "kết hôn"
same "'ket hon'" "ket hon" "ket hon"
same "'tu'" "tu" "tu"
same "'Tử'" "Tử" "Tử"
same "'a'" "a" "a"
same "a code, '1.001193'" "1.001193" "1.001193"
same "a code with spaces around" "  1.001193  " "1.001193"
same "a part of a code, '1.00'" "1.00" "1.00"
same "an empty q" "" ""
same "a q of spaces" "    " ""
same "a q of tabs and spaces" "$(printf ' \t ')" ""
same "a tab inside (squeezed to a space)" "$tab" "khai sinh"
same "a no-break space alone (weighs as a space)" "$nbsp" "$nbsp"
same "a zero-width space alone (weighs nothing)" "$zwsp" "$zwsp"
same "'khai' zero-width space 'sinh'" "khai${zwsp}sinh" "khai${zwsp}sinh"
same "'khai' no-break space 'sinh'" "khai${nbsp}sinh" "khai${nbsp}sinh"
same "decomposed diacritics (LIKE compares characters)" "$nfd_dang" "$nfd_dang"
same "a q of 100 characters" "$long" "$long"
same "a q of 101 characters (refused: no search)" "${long}x" ""
same "'%' (a percent sign, not a wildcard)" "%" "%"
same "'_' (an underscore, not a wildcard)" "_" "_"
same "'50%_x'" "50%_x" "50%_x"
same "'k%i'" "k%i" "k%i"
same "'kh_i'" "kh_i" "kh_i"
same "a backslash" 'kh\ai' 'kh\ai'
same "SQL-looking q" "' OR 1=1 --" "' OR 1=1 --"
same "SQL-looking q, 2" "x'); DROP TABLE proc; --" "x'); DROP TABLE proc; --"
same "markup" "<script>alert(1)</script>" "<script>alert(1)</script>"
same "'ß' (an expansion)" "ß" "ß"
same "'ss'" "ss" "ss"
same "full-width 'ｋｈａｉ'" "ｋｈａｉ" "ｋｈａｉ"
same "Chinese characters" "中文" "中文"
same "the separator '|' (asks MariaDB)" "khai|sinh" "khai|sinh"
same "field only" "" "" chung-thuc
same "q and field" "dang ky" "dang ky" tu-phap-ho-tich
same "q of another field" "khai sinh" "khai sinh" chung-thuc
same "a code and its field" "1.001193" "1.001193" tu-phap-ho-tich
same "an unknown field" "khai" "khai" khong-co
