# lib.sh: shared by the end-to-end scripts: TAP output, curl helpers, database access, HTML capture.
# Each tests/tNNNN-*.sh sources it; run.sh sets BASE, VAR and MOTCUA_TEST_WORK.
top=$(cd "$(dirname "$0")/.." && pwd)
n=0
ok()   { n=$((n + 1)); echo "ok $n - $*"; }
fail() { n=$((n + 1)); echo "not ok $n - $*"; }
check() { # check "description" command...
  d=$1; shift
  if "$@" >/dev/null 2>&1; then ok "$d"; else fail "$d"; fi
}
tmp=$(mktemp -d "$MOTCUA_TEST_WORK/t.XXXXXX")
jar=$tmp/cookies

# get PATH [curl args]: body to $tmp/body, headers to $tmp/head; prints the status.
get() { p=$1; shift; curl -sS -g -o "$tmp/body" -D "$tmp/head" -w '%{http_code}' -b "$jar" -c "$jar" "$@" "$BASE$p"; }
# post PATH [curl args] (multipart -F fields)
post() { p=$1; shift; curl -sS -g -o "$tmp/body" -D "$tmp/head" -w '%{http_code}' -b "$jar" -c "$jar" "$@" "$BASE$p"; }
header() { grep -i "^$1:" "$tmp/head" | head -1 | sed 's/^[^:]*: *//' | tr -d '\r'; }
body_has() { grep -qF -- "$1" "$tmp/body"; }
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$tmp/body" | head -1; }
# Keep a copy of each page for the HTML checker (t0190).
keep_html() { mkdir -p "$MOTCUA_TEST_WORK/html"; cp "$tmp/body" "$MOTCUA_TEST_WORK/html/$1.html"; }
# SQL as root of the private instance (tests only read and count).
sql() { "$top/db/dbctl.sh" sql "$VAR" -N -e "$1"; }
