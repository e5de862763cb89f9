#!/bin/sh
# clusterctl.sh: a 3-node MariaDB Galera cluster on this machine, for `make cluster` and the tests t08xx.
# usage: db/clusterctl.sh start|stop|status STATE_DIR BASE_PORT
#        db/clusterctl.sh node-start|node-stop|node-kill|synced N STATE_DIR BASE_PORT
# Node N (1..3) lives in STATE_DIR/nN (its own data directory, unix socket and
# log, run by db/dbctl.sh like the single-node instance: SQL on its unix
# socket only) and listens on loopback only (127.0.45.1, below): Galera's group on BASE+10N+1,
# incremental state transfer (IST) on BASE+10N+2, full state transfer (SST,
# rsync) on BASE+10N+3. The first start bootstraps the cluster from n1; migrations and
# grants are applied once, on n1, and replicate. Started as root, mariadbd
# runs as motcua-db (db/dbctl.sh), which owns the data directories: the
# rsync state transfer does not run as root.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
NODES=3
PROVIDER=${MOTCUA_GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
# A loopback address of the cluster's own (any 127.x is this machine): the
# ports 45000-45999 lie in the kernel's range of ephemeral ports
# (32768-60999), and on 127.0.0.1 a busy machine's clients (wrk, curl) hold
# some of them at any moment, which Galera's listeners then cannot bind.
addr=${MOTCUA_CLUSTER_ADDR:-127.0.45.1}

cmd=$1; shift
node=
case $cmd in node-*|synced) node=$1; shift ;; esac
mkdir -p "$1"
var=$(cd "$1" && pwd)
base=$2

addrs() { i=1; sep=; while [ $i -le $NODES ]; do printf '%s%s:%s' "$sep" "$addr" $((base + 10 * i + 1)); sep=,; i=$((i + 1)); done; }
ndir() { echo "$var/n$1"; }
sql_on() { n=$1; shift; mariadb --no-defaults -S "$(ndir "$n")/run/mysqld.sock" -u "$(id -un)" -N "$@"; }
# wsrep_local_state of node N (4: Synced), empty when it does not answer.
state() { sql_on "$1" -e "SHOW STATUS LIKE 'wsrep_local_state'" 2>/dev/null | awk '{print $2}'; }

# Waits (bounded, SECONDS) until node N is Synced and ready.
wait_synced() {
  n=$1 limit=$(($2 * 10)) i=0
  until [ "$(state "$n")" = 4 ] && sql_on "$n" -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | grep -q ON; do
    i=$((i + 1))
    if [ $i -gt $limit ]; then echo "clusterctl: node $n not Synced after $2 s; see $(ndir "$n")/log/mariadb.log" >&2; return 1; fi
    sleep 0.1
  done
}

node_start() {
  n=$1 d=$(ndir "$1") g=$((base + 10 * $1 + 1))
  mkdir -p "$d/db" "$d/run" "$d/log" "$var/conf"
  ln -sfn ../conf "$d/conf"
  boot=
  [ "$n" = 1 ] && [ "${2:-}" = bootstrap ] && boot=--wsrep-new-cluster
  # Only n1 is made with mariadb-install-db: the others receive its data by SST.
  [ "$n" = 1 ] && "$top/db/dbctl.sh" init "$d"
  # Three tries: the ports are on loopback, where a client's ephemeral port
  # (32768-60999) may hold one of them for a moment; mariadbd then stops at once.
  for try in 1 2 3; do
    node_mariadbd "$n" "$g" "$boot" && return 0
    echo "clusterctl: node $n did not start (try $try); see $d/log/mariadb.log" >&2
    "$top/db/dbctl.sh" stop "$d"
  done
  return 1
}

# One start of node N's mariadbd (dbctl.sh start) with its Galera options, then Synced.
node_mariadbd() {
  n=$1 g=$2 boot=$3 d=$(ndir "$1")
  # Stopped in order (stop below), n1 stopped last and may start the
  # cluster again; after a crash of all three, the operator chooses (README).
  if [ -n "$boot" ] && [ -f "$d/db/grastate.dat" ]; then sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$d/db/grastate.dat"; fi
  MOTCUA_DB_WAIT=${MOTCUA_DB_WAIT:-180} \
  MOTCUA_DB_ARGS="--binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2
    --innodb-buffer-pool-size=64M --innodb-log-file-size=48M
    --wsrep-on=ON --wsrep-provider=$PROVIDER --wsrep-cluster-name=motcua
    --wsrep-node-name=n$n --wsrep-node-address=$addr:$g
    --wsrep-provider-options=gmcast.listen_addr=tcp://$addr:$g;ist.recv_addr=$addr:$((g + 1));gcache.size=128M
    --wsrep-sst-receive-address=$addr:$((g + 2)) --wsrep-sst-method=rsync
    --wsrep-cluster-address=gcomm://$(addrs) $boot" \
    "$top/db/dbctl.sh" start "$d" && wait_synced "$n" 180
}

case $cmd in
start)
  # n1 first (bootstrapping the cluster when no other node runs), then the
  # others one by one: each joins with a state transfer from a Synced node.
  if [ "$(state 1)" != 4 ]; then
    up=; for i in 2 3; do [ "$(state $i)" = 4 ] && up=1; done
    if [ -n "$up" ]; then node_start 1; else node_start 1 bootstrap; fi
  fi
  for i in 2 3; do [ "$(state $i)" = 4 ] || node_start $i; done
  ;;
stop)
  # The last node to stop is the one safe to bootstrap from: n1.
  for i in 3 2 1; do "$top/db/dbctl.sh" stop "$(ndir $i)"; done
  ;;
status)
  for i in 1 2 3; do
    echo "n$i $(sql_on $i -e "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment', 'wsrep_cluster_size')" 2>/dev/null | tr '\t\n' '= ')"
  done
  ;;
node-start) node_start "$node" ;;
node-stop) "$top/db/dbctl.sh" stop "$(ndir "$node")" ;;
node-kill)
  pid=$(cat "$(ndir "$node")/run/mariadb.pid")
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$(ndir "$node")/run/mariadb.pid"
  ;;
synced) wait_synced "$node" "${3:-180}" ;;
*) echo "usage: $0 start|stop|status STATE_DIR BASE_PORT | node-start|node-stop|node-kill|synced N STATE_DIR BASE_PORT" >&2; exit 2 ;;
esac
