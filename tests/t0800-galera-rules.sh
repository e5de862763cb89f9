#!/bin/sh
# t0800-galera-rules.sh: the schema and the code keep Galera's rules (README "Production: scaling out"): every table
# has a primary key (Galera replicates rows by it) and is InnoDB (the only engine it replicates); no LOCK TABLES,
# GET_LOCK or other engine anywhere; ids are used as given, never computed (auto_increment_increment differs per node).
. "$(dirname "$0")/lib.sh"

nopk=$(sql "SELECT GROUP_CONCAT(t.TABLE_NAME) FROM information_schema.TABLES t
  WHERE t.TABLE_SCHEMA = 'motcua' AND t.TABLE_TYPE = 'BASE TABLE' AND NOT EXISTS (
    SELECT 1 FROM information_schema.TABLE_CONSTRAINTS c WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA
      AND c.TABLE_NAME = t.TABLE_NAME AND c.CONSTRAINT_TYPE = 'PRIMARY KEY')")
ntab=$(sql "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'motcua' AND TABLE_TYPE = 'BASE TABLE'")
check "every one of the $ntab tables has a primary key (without one: $nopk)" test "$nopk" = NULL -a "$ntab" -gt 20
other=$(sql "SELECT GROUP_CONCAT(TABLE_NAME, ' ', ENGINE) FROM information_schema.TABLES
  WHERE TABLE_SCHEMA = 'motcua' AND TABLE_TYPE = 'BASE TABLE' AND ENGINE <> 'InnoDB'")
check "every table is InnoDB (others: $other)" test "$other" = NULL
# A table added in a test would be caught by the first check: make sure it can fail.
sql "CREATE TABLE t0800_probe (a INT) ENGINE=InnoDB"
probe=$(sql "SELECT COUNT(*) FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = 'motcua' AND t.TABLE_NAME = 't0800_probe'
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS c WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA
    AND c.TABLE_NAME = t.TABLE_NAME AND c.CONSTRAINT_TYPE = 'PRIMARY KEY')")
sql "DROP TABLE t0800_probe"
check "the primary-key check finds a table without one" test "$probe" = 1

src="$top/db/*.sql $top/db/seed/*.sql $top/cgi-bin/*/*.def $top/cgi-bin/*/*.c"
out=$(grep -n -i -E 'LOCK[[:space:]]+TABLES?|GET_LOCK|RELEASE_LOCK' $src)
check "no LOCK TABLES and no GET_LOCK in the migrations or the statements ($out)" test -z "$out"
out=$(grep -n -i -E 'ENGINE[[:space:]]*=' $src | grep -v -i 'ENGINE[[:space:]]*=[[:space:]]*InnoDB')
check "no table made with another engine ($out)" test -z "$out"
out=$(grep -n -i -E 'MAX\(id\)|LAST_INSERT_ID\(\)[[:space:]]*[-+]|AUTO_INCREMENT[[:space:]]*=[[:space:]]*[0-9]' $src)
check "no id computed from another (MAX(id), LAST_INSERT_ID() + n, a fixed AUTO_INCREMENT) ($out)" test -z "$out"
