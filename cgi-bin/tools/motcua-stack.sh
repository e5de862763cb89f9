#!/bin/sh
# motcua-stack.sh: start or stop one whole motcua instance (MariaDB, FastCGI programs, nginx) under a state dir.
# usage: cgi-bin/motcua-stack.sh start STATE_DIR PORT [BUILD_DIR]
#        cgi-bin/motcua-stack.sh stop STATE_DIR
# `make run` uses var/ and port 8080; the tests use a temporary dir and
# another port, so both can run at once.
# With MOTCUA_CLUSTER=BASE_PORT (make cluster, tests t08xx): MariaDB is a
# 3-node Galera cluster (db/clusterctl.sh, nodes in STATE_DIR/n1..n3, ports
# from BASE_PORT), each program runs twice (run/<conf>.sock and
# run/<conf>-2.sock, as if on two hosts, each listing the nodes from a
# different one: DB.hosts) and nginx balances each upstream over both.
set -eu
cmd=$1
mkdir -p "$2"
var=$(cd "$2" && pwd)
top=$(cd "$(dirname "$0")/../.." && pwd)

# The programs (cgi-bin/programs): name folder conf account sql-role workers personal.
programs() { grep -v '^#' "$top/cgi-bin/programs" | awk 'NF'; }
confs() { programs | awk '{print $3}'; }
servers() { programs | awk '$6 != "-" {print $1, $3, $6}'; }

cluster=${MOTCUA_CLUSTER:-}
# The copies of each program: 1, or 1 and 2 in a cluster (run/<conf>-2.sock).
copies() { if [ -n "$cluster" ] || [ -d "$var/n1" ]; then echo 1 2; else echo 1; fi; }
sfx() { [ "$1" = 1 ] || echo "-$1"; }
# The DB.hosts of copy C: the nodes' sockets, from node C on; a node that
# hangs holds a request DB.timeout seconds before the next node is tried
# (BENCHMARKS.md, "Cluster").
db_hosts() {
  echo "DB.timeout = ${MOTCUA_DB_TIMEOUT:-10}"
  k=0
  for i in $(seq "$1" 3) $(seq 1 $(($1 - 1))); do echo "DB.hosts.$k.socket = $var/n$i/run/mysqld.sock"; k=$((k + 1)); done
}

gen_secret() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# Started as root, each part runs as its own system user (SECURITY.md,
# "Processes and users"): each program with workers as the user of its
# name (cgi-bin/programs), mariadbd as motcua-db (db/dbctl.sh), nginx's
# workers as motcua-web; motcua-admin stays root's. Groups: motcua-run
# (may create sockets in run/), motcua-files (every program: the upload
# store), <program>-handin (a program that is not the store's owner, and
# the owner: its attachments), and each program's own, which nginx's user
# joins to reach its socket (0770: core/fcgi.c). Not root: everything runs
# as the caller.
is_root() { [ "$(id -u)" = 0 ]; }
# Idempotent, and safe when two stacks start at once (the loser finds it made).
sys_group() { getent group "$1" >/dev/null || addgroup --system --quiet "$1" >/dev/null 2>&1 || getent group "$1" >/dev/null; }
sys_user() { id -u "$1" >/dev/null 2>&1 || adduser --system --no-create-home --group --quiet "$1" >/dev/null 2>&1 || id -u "$1" >/dev/null; }
member() { id -nG "$1" | tr ' ' '\n' | grep -qx "$2" || adduser --quiet "$1" "$2" >/dev/null; }
# The store's owner: the program that reads personal data (attachments).
reader() { programs | awk '$7 == "open" {print $1}'; }
users() {
  sys_group motcua-run; sys_group motcua-files
  sys_user motcua-db; sys_user motcua-web
  member motcua-db motcua-run
  owner=$(reader)
  for name in $(servers | awk '{print $1}'); do
    sys_user "$name"; member "$name" motcua-run; member "$name" motcua-files; member motcua-web "$name"
  done
  # Each other program's hand-in group: it and the store's owner, no one
  # else; the attachments it stores take it (domain/upload-perms.c), so
  # that no other program reads them through motcua-files.
  for name in $(servers | awk -v o="$owner" '$1 != o {print $1}'); do
    sys_group "$name-handin"; member "$name" "$name-handin"; member "$owner" "$name-handin"
  done
}
# Who owns what under the state dir (as root; see SECURITY.md).
layout() {
  owner=$(reader)
  chmod 711 "$var" "$var/conf"
  # The upload store: the back office's, group motcua-files, setgid (files
  # and directories take the group) and sticky (a program cannot remove
  # or rename another's files); the 256 directories made here, so that
  # every program can write into any of them, and list none but the owner.
  chown "$owner:motcua-files" "$var/uploads" && chmod 2770 "$var/uploads"
  mkdir -p "$var/uploads/staging"
  chown root:motcua-files "$var/uploads/staging" && chmod 1770 "$var/uploads/staging" && chmod g-s "$var/uploads/staging"
  if [ ! -d "$var/uploads/ff" ] || [ "$(stat -c %U:%a "$var/uploads/ff")" != "$owner:3730" ]; then
    hex="0 1 2 3 4 5 6 7 8 9 a b c d e f"
    dirs=$(for a in $hex; do for b in $hex; do echo "$var/uploads/$a$b"; done; done)
    echo "$dirs" | xargs mkdir -p
    echo "$dirs" | xargs chown "$owner:motcua-files"
    echo "$dirs" | xargs chmod 3730
  fi
  # Secrets: each program's configuration readable by its user only.
  for name in $(servers | awk '{print $1}'); do
    p=$(programs | awk -v n="$name" '$1 == n {print $3}')
    for c in $(copies); do chown "$name:$name" "$var/conf/$p.hdf" "$var/conf/$p$(sfx "$c")-all.hdf"; done
  done
}
# Runs a program as the user of its name when root (setpriv: no PAM
# session, no capabilities, no way back to root); as the caller otherwise.
as_user() {
  u=$1; shift
  if is_root; then exec setpriv --reuid="$u" --regid="$u" --init-groups --inh-caps=-all --bounding-set=-all --no-new-privs -- "$@"; fi
  exec "$@"
}

start() {
  port=$1
  build=${2:-$top/build}
  mkdir -p "$var/run" "$var/log" "$var/conf" "$var/uploads" "$var/bench" \
    "$var/nginx/body" "$var/nginx/fastcgi" "$var/nginx/proxy" "$var/nginx/uwsgi" "$var/nginx/scgi" "$var/nginx/cache"
  chmod 700 "$var/conf"
  if is_root; then
    users
    # run/: sockets and pid files; members of motcua-run (the programs,
    # mariadbd) create theirs, nginx passes through; sticky: none removes another's.
    chown root:motcua-run "$var/run" && chmod 1771 "$var/run"
  fi
  # MOTCUA_ADDR: the loopback address nginx listens on (127.0.0.1; the
  # cluster's tests take one of their own, as db/clusterctl.sh does).
  addr=${MOTCUA_ADDR:-127.0.0.1}
  base=${MOTCUA_BASE_URL:-http://$addr:$port}
  # Secrets are generated on first run and never leave var/conf. The QR
  # key is shared by both programs (the staff prints receipts too).
  [ -f "$var/conf/key" ] || (umask 077; gen_secret >"$var/conf/key")
  programs | while read -r _ _ p account _; do
    [ -f "$var/conf/$p.hdf" ] && continue
    umask 077
    cat >"$var/conf/$p.hdf" <<EOC
DB.socket = $var/run/mysqld.sock
DB.name = motcua
DB.user = $account
DB.password = $(gen_secret)
Secret.key = $(cat "$var/conf/key")
EOC
    umask 022
  done
  # Personal data (SECURITY.md, "Personal data"): two key pairs, whose
  # public halves every program seals with: the back office's (its secret
  # half only in the configuration of the program that opens personal
  # data) and the delivery pair (phone and address: its secret half also
  # with the post-office agents, "deliver"); and the blind indexes' key.
  # Written again at each start, so that a configuration made before a
  # key existed, or a program whose column changed, gets what it needs.
  for k in privacy delivery index; do
    [ -f "$var/conf/$k.key" ] || (umask 077; gen_secret >"$var/conf/$k.key")
  done
  pk=$("$build/motcua-admin" pubkey <"$var/conf/privacy.key")
  dpk=$("$build/motcua-admin" pubkey <"$var/conf/delivery.key")
  programs | while read -r _ _ p _ _ _ personal; do
    (umask 077; grep -vE '^Privacy\.|^DB\.hosts\.' "$var/conf/$p.hdf" >"$var/conf/$p.hdf.new")
    {
      echo "Privacy.public_key = $pk"
      echo "Privacy.delivery_public_key = $dpk"
      echo "Privacy.index_key = $(cat "$var/conf/index.key")"
      if [ "$personal" = open ]; then echo "Privacy.secret_key = $(cat "$var/conf/privacy.key")"; fi
      if [ "$personal" = open ] || [ "$personal" = deliver ]; then
        echo "Privacy.delivery_secret_key = $(cat "$var/conf/delivery.key")"
      fi
    } >>"$var/conf/$p.hdf.new"
    mv "$var/conf/$p.hdf.new" "$var/conf/$p.hdf"
  done
  # Site.* follows the port and base URL of this start.
  cat >"$var/conf/site.hdf" <<EOC
Site.base = $base
Site.uploads = $var/uploads
Site.templates = $top/templates
EOC
  # One MariaDB, or the cluster: migrations and grants applied once (on
  # n1), replicated to the other nodes.
  db=$var
  if [ -n "$cluster" ]; then
    "$top/db/clusterctl.sh" start "$var" "$cluster"
    db=$var/n1
  else
    "$top/db/dbctl.sh" init "$var"
    "$top/db/dbctl.sh" start "$var"
  fi
  "$top/db/dbctl.sh" migrate "$db" >>"$var/log/migrate.log"
  "$top/db/dbctl.sh" grants "$db"

  # Each program reads one HDF file: its secrets, then the site settings
  # (in a cluster, each copy its list of nodes).
  for p in $(confs); do
    for c in $(copies); do
      f=$var/conf/$p$(sfx "$c")-all.hdf
      { cat "$var/conf/$p.hdf"; [ -z "$cluster" ] || db_hosts "$c"; cat "$var/conf/site.hdf"; } >"$f"
      chmod 600 "$f"
    done
  done
  # Personal data written before db/015 sealed in place (idempotent).
  if ! "$build/motcua-admin" -c "$var/conf/tool-all.hdf" seal >>"$var/log/seal.log" 2>&1; then
    echo "motcua: sealing personal data failed; see $var/log/seal.log" >&2
    exit 1
  fi
  is_root && layout
  # Uploads no dossier references (abandoned forms, a failed commit's file).
  "$build/motcua-admin" -c "$var/conf/tool-all.hdf" gc >>"$var/log/gc.log" 2>&1 || true
  # The FastCGI programs, each on its own socket (run/<conf>.sock); the
  # worker count comes from the list, or MOTCUA_WORKERS_<CONF> (e.g. _PUBLIC).
  # glibc keeps at most 7 freed blocks of a size for reuse without a lock
  # or a search; a request builds and frees a few hundred HDF nodes of the
  # same sizes, so with 7 most allocations went the slow way: 64 cut a
  # status page's instructions in a worker by 6% at the same RSS (1,000:
  # 10%, but 2 MiB more per worker; BENCHMARKS.md, issue 12 session 3).
  # The same line is in the systemd units.
  MALLOC_TUNING=${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.tcache_count=64
  servers | while read -r name p workers; do
    n=$(eval echo "\${MOTCUA_WORKERS_$(echo "$p" | tr a-z A-Z):-$workers}")
    for c in $(copies); do
      q=$p$(sfx "$c")
      rm -f "$var/run/$q.sock"   # a stale one (another user's, in a sticky run/) would block it
      (export GLIBC_TUNABLES="$MALLOC_TUNING"; as_user "$name" "$build/$name" -c "$var/conf/$q-all.hdf" -s "$var/run/$q.sock" \
        -w "$n" -t "$top/templates" -l "$top/templates/lang/vi.hdf") \
        2>>"$var/log/$q.log" &
      echo $! >"$var/run/$q.pid"
    done
  done

  # Demo accounts, one per role, each created once with a random password
  # (an instance made before a new one was listed gets it on its next start).
  demo=$var/conf/demo-accounts.txt
  umask 077
  [ -f "$demo" ] || echo "# Demo accounts (make run). Production accounts: motcua-admin -c CONFIG add ..." >"$demo"
  {
    while read -r user name unit roles; do
      grep -q "^$user " "$demo" && continue
      pw=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
      printf '%s\n' "$pw" | "$build/motcua-admin" -c "$var/conf/tool-all.hdf" add "$user" "$(echo "$name" | tr _ ' ')" "$unit" "$roles" >/dev/null
      printf '%-14s %-26s %-22s %s\n' "$user" "$pw" "$roles" "unit $unit"
    done <<EOD
mc-baydinh     Nguyễn_Thị_Mai        101 counter
cv-baydinh     Trần_Văn_Hùng         101 specialist
cv2-baydinh    Đỗ_Thị_Lan            101 specialist
ld-baydinh     Lê_Minh_Tuấn          101 leader
mc-chinhanh3   Phạm_Thu_Hà           4   counter
cv-bachmai     Ngô_Đức_Anh           102 specialist
ld-bachmai     Bùi_Thị_Hạnh          102 leader
quantri        Vũ_Quang_Huy          1   admin
dl-boho        Hoàng_Văn_Nam         401 agent
td-boho        Trịnh_Thu_Trang       401 agent,leader
dl-caugiay     Phan_Thị_Ngọc         403 agent
EOD
  } >>"$demo"
  umask 022

  if is_root; then user="user motcua-web motcua-web;"; else user=""; fi
  sed -e "s|listen 127.0.0.1:@PORT@|listen $addr:@PORT@|" -e "s|@VAR@|$var|g" -e "s|@TOP@|$top|g" -e "s|@PORT@|$port|g" -e "s|@USER@|$user|" \
    "$top/nginx/motcua.conf.in" >"$var/nginx/nginx.conf"
  # In a cluster, each upstream is both copies, with passive health checks:
  # a copy that fails (refused, reset, timed out) is left alone 10 s, and
  # the request goes to the other (fastcgi_next_upstream, motcua.conf.in).
  # GETs on fresh connections too: a worker that sheds its kept connections
  # (core/fcgi-keep.c) resets one nginx may have just used, and nginx counts
  # that as the copy failing: both copies were left alone 10 s at a time and
  # answered "no live upstreams" (t0810). One copy (make run) keeps them:
  # nginx never sets a lone server aside, and sends the GET again.
  if [ -n "$cluster" ]; then
    sed -i 's|map $request_method $motcua_public {[^}]*}|map $request_method $motcua_public { default motcua_public; }|' \
      "$var/nginx/nginx.conf"
    sed -i 's|server unix:\([^;]*\)/run/\([a-z]*\)\.sock;|server unix:\1/run/\2.sock max_fails=1 fail_timeout=10s; server unix:\1/run/\2-2.sock max_fails=1 fail_timeout=10s;|' \
      "$var/nginx/nginx.conf"
  fi
  # Wait until every FastCGI socket exists (bounded), then start nginx.
  for p in $(servers | awk '{print $2}' | while read -r q; do for c in $(copies); do echo "$q$(sfx "$c")"; done; done); do
    i=0
    until [ -S "$var/run/$p.sock" ]; do
      i=$((i + 1))
      if [ $i -gt 100 ] || ! kill -0 "$(cat "$var/run/$p.pid")" 2>/dev/null; then
        echo "motcua: $p did not start; see $var/log/$p.log" >&2
        tail -5 "$var/log/$p.log" >&2 || true
        exit 1
      fi
      sleep 0.1
    done
  done
  nginx -p "$var/nginx" -c "$var/nginx/nginx.conf" -e "$var/log/nginx-error.log"
  i=0
  until curl -fsS -m 2 -o /dev/null "http://$addr:$port/" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 30 ]; then echo "motcua: no answer on port $port; see $var/log/" >&2; exit 1; fi
    sleep 0.1
  done
}

stop() {
  if [ -f "$var/run/nginx.pid" ]; then
    nginx -p "$var/nginx" -c "$var/nginx/nginx.conf" -e "$var/log/nginx-error.log" -s quit 2>/dev/null || true
    i=0
    while [ -f "$var/run/nginx.pid" ] && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
  fi
  for p in $(servers | awk '{print $2}' | while read -r q; do for c in $(copies); do echo "$q$(sfx "$c")"; done; done); do
    if [ -f "$var/run/$p.pid" ]; then
      pid=$(cat "$var/run/$p.pid")
      kill "$pid" 2>/dev/null || true
      i=0
      while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
      rm -f "$var/run/$p.pid"
    fi
  done
  if [ -d "$var/n1" ]; then "$top/db/clusterctl.sh" stop "$var" 0; else "$top/db/dbctl.sh" stop "$var"; fi
}

case $cmd in
start) shift 2; start "$@" ;;
stop) stop ;;
*) echo "usage: $0 start STATE_DIR PORT [BUILD_DIR] | stop STATE_DIR" >&2; exit 2 ;;
esac
