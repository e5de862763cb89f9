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
out=$(grep -lE '#include <(mysql|mariadb)' cgi-bin/*/*.c cgi-bin/*/*.h | grep -vE '^cgi-bin/core/(db|db-connect)\.c$|^cgi-bin/core/db-internal\.h$')
[ -z "$out" ] || say "MariaDB client used outside db.c and db-connect.c: $out"
# Only the adapter (fcgi.c, and fcgi-keep.c: its kept connections) includes fcgiapp.h; only render.c writes responses.
out=$(grep -lE '#include <fcgi(app|_stdio)\.h>' cgi-bin/*/*.c | grep -vE '^cgi-bin/core/fcgi(-keep)?\.c$')
[ -z "$out" ] || say "fcgiapp.h outside fcgi.c and fcgi-keep.c: $out"
out=$(grep -nE '\bcgiwrap_(write|writef|writevf)\b|\bcgi_display\b|\bcgi_output\b' cgi-bin/*/*.c | grep -v '^cgi-bin/core/render.c:')
[ -z "$out" ] || say "output written outside render.c:
$out"
# Unbounded string calls and atoi.
out=$(grep -nE '\b(strcpy|strcat|sprintf|vsprintf|gets|atoi|atol)\(' cgi-bin/*/*.c)
[ -z "$out" ] || say "unbounded or unchecked conversions:
$out"
# uvar: only where a comment on the line before justifies it.
out=$(grep -n 'uvar:' templates/*.cs | grep -vE '^templates/(receipt|agent-slip|consignment|queue-ticket)\.cs:' |
  grep -v '^templates/submit\.cs:[0-9]*:<?cs # No ward chosen: .*uvar is safe here. ?><?cs uvar:Ref\.wards_options ?>')
[ -z "$out" ] || say "uvar: outside the allow-list (receipt.cs, agent-slip.cs, consignment.cs, queue-ticket.cs: the QR's SVG; submit.cs: the wards' options, escaped by refdata.c):
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

# --- the structure (cgi-bin/README) ---------------------------------------
# Layers: rules/ is pure; core/ is the plumbing; domain/ uses both; each
# program's folder uses all three and no other program's.
layer_ok() { # FOLDER ALLOWED-FOLDERS...
  local dir=$1; shift
  for f in cgi-bin/$dir/*.[ch]; do
    grep -o '#include "[a-z]*/' "$f" | sed 's/#include "//; s|/||' | sort -u | while read -r used; do
      case " $* " in *" $used "*) ;; *) echo "$f includes $used/";; esac
    done
  done
}
out=$(layer_ok rules rules; layer_ok core core rules; layer_ok domain domain core rules
      for p in $(awk '!/^#/ && NF {print $2}' cgi-bin/programs); do layer_ok "$p" "$p" domain core rules; done)
[ -z "$out" ] || say "an include against the layers:
$out"
# Inputs only through the route table: handlers never read the raw query or uploads.
out=$(grep -nE '"Query\.|cgi_filehandle' cgi-bin/*/*.c | grep -vE '^cgi-bin/core/(input|csrf)\.c:')
[ -z "$out" ] || say "raw request input read outside core/input.c (declare it in the route and read r->val[slot]):
$out"
# Statements only through DB_Q/DB_Q0 (counted by the compiler), never by bare id.
out=$(grep -nE '\bSQL_[A-Z][A-Z_]*' cgi-bin/*/*.c | grep -vE '^cgi-bin/core/(db|db-connect|sql)\.c:' | grep -v 'SQL_[A-Z_]*__N')
[ -z "$out" ] || say "a statement used without DB_Q:
$out"
# Every POST is CSRF-checked and transactional by construction: a POST
# row carries no flags but its quota class (R_KIOSK); the start-up check
# refuses any other as well.
out=$(grep -nE 'M_POST, *[^0 ,]' cgi-bin/*/routes.c | grep -vE 'M_POST, R_KIOSK,')
[ -z "$out" ] || say "a POST route with flags:
$out"
# Secrets stay out of the tree templates read. The personal-data keys
# (Privacy.*) are read in core/app.c only (app_privacy_load, which
# motcua-admin calls too): they never pass through another file's hands.
out=$(grep -nE 'Secret\.key|DB\.password|pw_hash|Privacy\.(delivery_)?(secret|index|public)_key' cgi-bin/*/*.c | grep -vE '^cgi-bin/core/(app|db|db-conf)\.c:|^cgi-bin/domain/session\.c:|^cgi-bin/tools/admin\.c:')
[ -z "$out" ] || say "a secret handled outside the configuration code:
$out"
# Small files and small functions: at most 400 lines a file, 80 a function.
for f in cgi-bin/*/*.c cgi-bin/*/*.h cgi-bin/*/*.def; do
  n=$(wc -l <"$f"); [ "$n" -le 400 ] || say "$f: $n lines (at most 400)"
done
out=$(awk 'FNR == 1 { start = 0 }
  /^[a-z].*\)$/ { name = $0; cand = FNR }
  /^\{/ && cand == FNR - 1 { start = FNR; fn = name }
  /^\}/ && start { if (FNR - start > 80) printf "%s:%d: %d lines: %s\n", FILENAME, start, FNR - start, fn; start = 0 }' cgi-bin/*/*.c)
[ -z "$out" ] || say "functions over 80 lines:
$out"

[ $bad = 0 ] && echo "lint: clean"
exit $bad
