#!/bin/sh
# t0310-grants.sh: each program's MariaDB account (db/grants.sql.in) holds exactly what the
# statements of its sql role need (cgi-bin/programs, cgi-bin/core/sql.c), and nothing more.
#
# For each program, a throwaway account gets a copy of the program account's grants, split into
# items (one privilege on one object; a column privilege one column at a time; WITH GRANT OPTION
# its own item). Enough: build/sql-prepare, as that account, prepares every statement of the role
# (and admits each CALL: EXECUTE is only checked when a CALL runs, see tests/sql-prepare.c).
# Nothing more: with each item revoked in turn, at least one statement must fail.
. "$(dirname "$0")/lib.sh"
helper=$top/build/sql-prepare
sock=$VAR/run/mysqld.sock
chk="'mc_chk'@'localhost'"
root() { mariadb --no-defaults -S "$sock" -u root -B -N -r "$@"; }
trap 'root -e "DROP USER IF EXISTS $chk" >/dev/null 2>&1' EXIT

# items: SHOW GRANTS lines on stdin -> one item per line: PRIV<tab>COLUMN<tab>OBJECT (COLUMN is
# empty for a privilege on the whole object), e.g. "SELECT<tab>`code`<tab>`motcua`.`dossier`" or
# "EXECUTE<tab><tab>PROCEDURE `motcua`.`public_supplement`". The account's USAGE line (its
# password) is left out; a line that is not "GRANT ... ON ... TO ..." comes out as "?<tab><tab>LINE".
items() {
  awk '
    function trim(s) { sub(/^ +/, "", s); sub(/ +$/, "", s); return s }
    /^GRANT USAGE ON \*\.\* TO / { next }
    {
      line = $0
      if (!match(line, / TO `[^`]*`@`[^`]*`/) || substr(line, 1, 6) != "GRANT ") { print "?\t\t" line; next }
      head = substr(line, 7, RSTART - 7); tail = substr(line, RSTART + RLENGTH)
      # Split "PRIV [(cols)], PRIV ... ON OBJECT" on commas outside parentheses and backquotes.
      n = 0; cur = ""; depth = 0; bq = 0; obj = ""
      for (i = 1; i <= length(head); i++) {
        c = substr(head, i, 1)
        if (c == "`") bq = !bq
        else if (!bq && c == "(") depth++
        else if (!bq && c == ")") depth--
        else if (!bq && depth == 0 && c == ",") { p[++n] = cur; cur = ""; continue }
        else if (!bq && depth == 0 && substr(head, i, 4) == " ON ") { p[++n] = cur; obj = substr(head, i + 4); break }
        cur = cur c
      }
      if (obj == "") { print "?\t\t" line; next }
      for (k = 1; k <= n; k++) {
        s = trim(p[k])
        if (!match(s, /\(/)) { print s "\t\t" obj; continue }
        priv = trim(substr(s, 1, RSTART - 1)); cols = substr(s, RSTART + 1)
        sub(/\) *$/, "", cols)
        # One item per column: `a`, `b` (a name may hold a comma inside its backquotes).
        cur = ""; bq = 0
        for (i = 1; i <= length(cols); i++) {
          c = substr(cols, i, 1)
          if (c == "`") bq = !bq
          if (!bq && c == ",") { print priv "\t" trim(cur) "\t" obj; cur = ""; continue }
          cur = cur c
        }
        print priv "\t" trim(cur) "\t" obj
      }
      if (tail ~ /WITH GRANT OPTION/) print "GRANT OPTION\t\t" obj
    }' | sort -u
}
# grant_sql VERB PREP < items: one GRANT/REVOKE statement per item, to or from the throwaway account.
grant_sql() {
  awk -F '\t' -v verb="$1" -v prep="$2" -v who="$chk" '{
    col = $2 == "" ? "" : " (" $2 ")"
    print verb " " $1 col " ON " $3 " " prep " " who ";"
  }'
}
# label ITEM: how a report names it, e.g. "SELECT (code) on motcua.dossier".
# (Grants MariaDB checks only when a statement runs, a CALL's EXECUTE and
# the columns an upsert's update reads, are proven by sql-prepare running
# those statements in a rolled-back transaction: no exception here.)
label() { printf '%s\n' "$1" | awk -F '\t' '{ s = $1 ($2 == "" ? "" : " (" $2 ")") " on " $3; gsub(/`/, "", s); print s }'; }

if [ ! -x "$helper" ]; then
  fail "build/sql-prepare is built (make $helper)"
  exit 0
fi

grep -v '^#' "$top/cgi-bin/programs" | awk 'NF' >"$tmp/programs"
while read -r name _ _ account role _ <&3; do
  root -e "SHOW GRANTS FOR '$account'@'localhost'" 2>"$tmp/err" | items >"$tmp/items"
  total=$(awk 'END {print NR}' "$tmp/items")
  if [ ! -s "$tmp/items" ] || grep -q '^?' "$tmp/items"; then
    fail "$account ($name): its grants can be read and split into items ($total)"
    sed 's/^/# /' "$tmp/err" "$tmp/items"
    continue
  fi

  # Enough: a fresh account with exactly the same grant items.
  pw=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
  { echo "DROP USER IF EXISTS $chk; CREATE USER $chk IDENTIFIED BY '$pw';"; grant_sql GRANT TO <"$tmp/items"; } |
    root >"$tmp/err" 2>&1
  root -e "SHOW GRANTS FOR $chk" | sed "s/ TO \`mc_chk\`@\`localhost\`/ TO \`$account\`@\`localhost\`/" | items >"$tmp/copy"
  if ! cmp -s "$tmp/items" "$tmp/copy"; then
    fail "$account: the throwaway account holds the same $total grant items"
    sed 's/^/# /' "$tmp/err"; diff "$tmp/items" "$tmp/copy" | sed 's/^/# /'
    continue
  fi
  if "$helper" "$sock" mc_chk "$pw" "$role" >"$tmp/out" 2>&1; then
    ok "$account: its grants are enough for the $role statements ($(tail -1 "$tmp/out"))"
  else
    fail "$account: its grants are enough for the $role statements"
    sed 's/^/# /' "$tmp/out"
    continue
  fi

  # Nothing more: each item, revoked alone, makes some statement fail.
  unneeded=0
  while IFS= read -r item <&4; do
    if ! printf '%s\n' "$item" | grant_sql REVOKE FROM | root >"$tmp/out" 2>&1; then
      rc=revoke
    else
      "$helper" "$sock" mc_chk "$pw" "$role" >>"$tmp/out" 2>&1
      rc=$?
    fi
    printf '%s\n' "$item" | grant_sql GRANT TO | root >>"$tmp/out" 2>&1 || rc=grant
    case $rc in
      1) ;;
      0) unneeded=$((unneeded + 1))
         fail "$account holds $(label "$item") that none of its statements needs" ;;
      *) unneeded=$((unneeded + 1))
         fail "$account: the check without $(label "$item") did not run ($rc)"
         sed 's/^/# /' "$tmp/out" ;;
    esac
  done 4<"$tmp/items"
  [ "$unneeded" = 0 ] && ok "$account: each of its $total grant items is needed by some statement"
done 3<"$tmp/programs"

root -e "DROP USER IF EXISTS $chk"
gone() { [ "$(root -e "SELECT COUNT(*) FROM mysql.user WHERE user = 'mc_chk'")" = 0 ]; }
check "the throwaway account is gone" gone
