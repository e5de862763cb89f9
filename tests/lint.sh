#!/bin/sh
# lint.sh: fails on what the standing rules forbid, found by grep (make lint; also run by make test as t0001).
set -u
cd "$(dirname "$0")/.."
bad=0
say() { echo "lint: $*"; bad=1; }

# SQL text only in sql.c; only db.c includes the MariaDB client.
out=$(grep -nE '"[^"]*\b(SELECT|INSERT|UPDATE|DELETE|REPLACE)\b' cgi-bin/*/*.c | grep -v '^cgi-bin/core/sql.c:')
[ -z "$out" ] || say "SQL outside cgi-bin/core/sql.c:
$out"
out=$(grep -lE '#include <(mysql|mariadb)' cgi-bin/*/*.c | grep -v '^cgi-bin/core/db.c$')
[ -z "$out" ] || say "MariaDB client used outside db.c: $out"
# Only the adapter includes fcgiapp.h; only render.c writes responses.
out=$(grep -lE '#include <fcgi(app|_stdio)\.h>' cgi-bin/*/*.c | grep -v '^cgi-bin/core/fcgi.c$')
[ -z "$out" ] || say "fcgiapp.h outside fcgi.c: $out"
out=$(grep -nE '\bcgiwrap_(write|writef|writevf)\b|\bcgi_display\b|\bcgi_output\b' cgi-bin/*/*.c | grep -v '^cgi-bin/core/render.c:')
[ -z "$out" ] || say "output written outside render.c:
$out"
# Unbounded string calls and atoi.
out=$(grep -nE '\b(strcpy|strcat|sprintf|vsprintf|gets|atoi|atol)\(' cgi-bin/*/*.c)
[ -z "$out" ] || say "unbounded or unchecked conversions:
$out"
# uvar: only where a comment on the line before justifies it.
out=$(grep -n 'uvar:' templates/*.cs | grep -v '^templates/receipt.cs:')
[ -z "$out" ] || say "uvar: outside the allow-list (receipt.cs):
$out"
# Every form goes through the form_post macro (which emits the CSRF field).
out=$(grep -n '<form[^>]*method="post"' templates/*.cs | grep -v '^templates/macros.cs:')
[ -z "$out" ] || say "a POST form not made with form_post:
$out"
# Escaping must stay on.
out=$(grep -rnE 'VarEscapeMode[^\n]*none|escape: *"none"' cgi-bin templates)
[ -z "$out" ] || say "escaping turned off:
$out"
# Each C file opens with a one-line comment saying what it is for.
for f in cgi-bin/*/*.c cgi-bin/*/*.h; do
  head -1 "$f" | grep -q '^/\* ' || say "$f: no opening line saying what it is for"
done
[ $bad = 0 ] && echo "lint: clean"
exit $bad
