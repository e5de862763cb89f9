# cluster.sh: a second instance on a 3-node Galera cluster, two copies of each program (t0810, t0820, bench-cluster).
# Sourced after lib.sh. cluster_up DIR BASE_PORT NGINX_PORT BUILD_DIR starts it (MOTCUA_CLUSTER, motcua-stack.sh);
# nsql N QUERY asks node N as root; cluster_down DIR stops it. nginx listens on $CL_ADDR (127.0.45.1, like the
# nodes: db/clusterctl.sh says why), not 127.0.0.1.
CL_ADDR=127.0.45.1
cluster_up() {
  CL=$1 CL_BASE=$2
  mkdir -p "$CL"
  MOTCUA_ADDR=$CL_ADDR MOTCUA_CLUSTER=$2 "$top/cgi-bin/tools/motcua-stack.sh" start "$CL" "$3" "$4" >"$CL.log" 2>&1 || { tail -20 "$CL.log"; return 1; }
  "$top/db/dbctl.sh" sql "$CL/n1" -e "UPDATE setting SET value = '1000000' WHERE name LIKE 'quota.%'"
}
cluster_down() { "$top/cgi-bin/tools/motcua-stack.sh" stop "$1" >/dev/null 2>&1; }
nsql() { local n=$1; shift; mariadb --no-defaults -S "$CL/n$n/run/mysqld.sock" -u "$(id -un)" -N motcua -e "$1"; }
cnode() { "$top/db/clusterctl.sh" "$1" "$2" "$CL" "$CL_BASE"; }
# The master of a program's copy and its workers: kill -9 them all (a host lost).
kill_copy() { # kill_copy public-2
  local m; m=$(cat "$CL/run/$1.pid")
  kill -9 "$m" $(ps -o pid= --ppid "$m") 2>/dev/null
  until_ok 10 sh -c "! kill -0 $m || ps -o stat= -p $m | grep -q Z"
}
# Polls (bounded, SECONDS) until a command succeeds.
until_ok() { # until_ok SECONDS command...
  local i=0 lim=$(($1 * 10)); shift
  until "$@" >/dev/null 2>&1; do i=$((i + 1)); [ $i -gt $lim ] && return 1; sleep 0.1; done
}
