#!/bin/sh
# dbctl.sh: the private MariaDB of one motcua instance: init, start, migrate, grant, stop.
# usage: db/dbctl.sh init|start|migrate|grants|stop|sql STATE_DIR
# Everything lives under STATE_DIR (its own data directory and unix socket):
# no system service is touched, so `make test` can run beside `make run`.
set -eu
cmd=$1
var=$(cd "$2" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
sock=$var/run/mysqld.sock
# Started as root, mariadbd runs as motcua-db (made by tools/motcua-stack.sh,
# or here when run alone), owning the data directory; otherwise as the caller.
if [ "$(id -u)" = 0 ]; then
  me=motcua-db
  id -u "$me" >/dev/null 2>&1 || adduser --system --no-create-home --group --quiet "$me" >/dev/null 2>&1 || id -u "$me" >/dev/null
else
  me=$(id -un)
fi
# The administrator: root, or (not started as root) the caller, whom
# mariadb-install-db gave a unix_socket account of its own (--user).
admin=$(id -un)
client() { mariadb --no-defaults -S "$sock" -u "$admin" "$@"; }

case $cmd in
init)
  mkdir -p "$var/db" "$var/run" "$var/log" "$var/conf"
  [ "$me" = "$(id -un)" ] || { chown -R "$me:$me" "$var/db"; chmod 700 "$var/db"; }
  if [ ! -d "$var/db/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$var/db" --user="$me" \
      --auth-root-authentication-method=socket --skip-test-db >"$var/log/mariadb-install.log" 2>&1
  fi
  ;;
start)
  if [ -S "$sock" ] && client -e "SELECT 1" >/dev/null 2>&1; then exit 0; fi
  # What an earlier run left (perhaps as another user, in a sticky run/)
  # would stop mariadbd from making its own.
  rm -f "$sock" "$var/run/mariadb.pid"
  # Temporary tables and sort files in the instance's own directory: a cleaner of the shared /tmp
  # would otherwise remove them under a running query (a GROUP BY over millions of rows, a bulk load).
  mkdir -p "$var/tmp"
  if [ "$me" != "$(id -un)" ]; then
    chown "$me:$me" "$var/tmp" && chmod 700 "$var/tmp"
    touch "$var/log/mariadb.log" && chown "$me" "$var/log/mariadb.log"
    chown -R "$me:$me" "$var/db"
    # run/ may not be the stack's yet (dbctl.sh alone): mariadbd must make its socket there.
    [ "$(stat -c %G "$var/run")" = motcua-run ] || chown "$me" "$var/run"
  fi
  # MOTCUA_DB_NET (instead of --skip-networking) and MOTCUA_DB_ARGS: a
  # Galera node's port and wsrep options (db/clusterctl.sh).
  # The thread pool: each program keeps one connection a worker, and a
  # thread of its own per connection cost MariaDB a wake-up and a switch
  # for every statement; with the pool, its few threads take the next
  # ready connection's statement (a status page's one primary-key read:
  # MariaDB 66 -> 53 us of CPU a page, BENCHMARKS.md issue 12 session 5).
  mariadbd --no-defaults --datadir="$var/db" --socket="$sock" \
    --pid-file="$var/run/mariadb.pid" --log-error="$var/log/mariadb.log" --user="$me" --tmpdir="$var/tmp" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_uca1400_ai_ci \
    --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=1 --thread-handling=pool-of-threads \
    --max-connections=300 --skip-name-resolve ${MOTCUA_DB_NET:---skip-networking} ${MOTCUA_DB_ARGS:-} >/dev/null 2>&1 &
  pid=$!
  # Wait for readiness (bounded: 30 s, or MOTCUA_DB_WAIT seconds: a Galera
  # node that joins receives a state transfer first), not for a fixed time.
  i=0
  until client -e "SELECT 1" >/dev/null 2>&1; do
    i=$((i + 1))
    if [ $i -gt $((${MOTCUA_DB_WAIT:-30} * 10)) ] || ! kill -0 $pid 2>/dev/null; then echo "dbctl: MariaDB did not start; see $var/log/mariadb.log" >&2; exit 1; fi
    sleep 0.1
  done
  ;;
migrate)
  client -e "CREATE DATABASE IF NOT EXISTS motcua CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci;
    CREATE TABLE IF NOT EXISTS motcua.schema_migration (name VARCHAR(100) PRIMARY KEY, applied_at DATETIME NOT NULL)"
  # Numbered migrations first, then seed files; each applied once, in order.
  for f in "$top"/db/[0-9]*.sql "$top"/db/seed/[0-9]*.sql; do
    [ -f "$f" ] || continue
    name=${f#"$top"/db/}
    done_=$(client -N motcua -e "SELECT COUNT(*) FROM schema_migration WHERE name = '$name'")
    [ "$done_" = 0 ] || continue
    { echo "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci;"; cat "$f";
      echo "INSERT INTO schema_migration VALUES ('$name', NOW());"; } | client motcua
    echo "dbctl: applied $name"
  done
  ;;
grants)
  # One account per program (cgi-bin/programs), granted only what its
  # statements need: @PW:<account>@ in grants.sql.in is its password.
  subst=$(grep -v '^#' "$top/cgi-bin/programs" | awk 'NF' | while read -r _ _ conf account _; do
    printf 's/@PW:%s@/%s/;' "$account" "$(sed -n 's/^DB.password = //p' "$var/conf/$conf.hdf")"
  done)
  # MOTCUA_DB_CLIENT_HOST: where the programs connect from when MariaDB is
  # on other hosts (a Galera cluster: e.g. '10.0.0.%'); localhost (the unix
  # socket) by default. The procedures' definer stays local.
  h=${MOTCUA_DB_CLIENT_HOST:-localhost}
  sed -e "$subst" -e "s/'\(motcua_[a-z]*\)'@'localhost'/'\1'@'$h'/g" -e "s/'motcua_definer'@'$h'/'motcua_definer'@'localhost'/g" \
    "$top/db/grants.sql.in" | client motcua
  ;;
stop)
  if [ -f "$var/run/mariadb.pid" ]; then
    pid=$(cat "$var/run/mariadb.pid")
    kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null; do
      i=$((i + 1)); [ $i -gt 300 ] && { kill -9 "$pid"; break; }
      sleep 0.1
    done
    rm -f "$var/run/mariadb.pid"
  fi
  ;;
sql)
  shift 2
  client motcua "$@"
  ;;
*)
  echo "usage: $0 init|start|migrate|grants|stop|sql STATE_DIR" >&2; exit 2 ;;
esac
