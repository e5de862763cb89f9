#!/bin/sh
# motcua-stack.sh: start or stop one whole motcua instance (MariaDB, FastCGI programs, nginx) under a state dir.
# usage: cgi-bin/motcua-stack.sh start STATE_DIR PORT [BUILD_DIR]
#        cgi-bin/motcua-stack.sh stop STATE_DIR
# `make run` uses var/ and port 8080; the tests use a temporary dir and
# another port, so both can run at once.
set -eu
cmd=$1
mkdir -p "$2"
var=$(cd "$2" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)

gen_secret() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

start() {
  port=$1
  build=${2:-$top/build}
  mkdir -p "$var/run" "$var/log" "$var/conf" "$var/uploads" "$var/bench" \
    "$var/nginx/body" "$var/nginx/fastcgi" "$var/nginx/proxy" "$var/nginx/uwsgi" "$var/nginx/scgi" "$var/nginx/cache"
  chmod 700 "$var/conf"
  base=${MOTCUA_BASE_URL:-http://127.0.0.1:$port}
  # Secrets are generated on first run and never leave var/conf.
  if [ ! -f "$var/conf/public.hdf" ]; then
    umask 077
    cat >"$var/conf/public.hdf" <<EOC
DB.socket = $var/run/mysqld.sock
DB.name = motcua
DB.user = motcua_public
DB.password = $(gen_secret)
Secret.key = $(gen_secret)
EOC
    umask 022
  fi
  # Site.* follows the port and base URL of this start.
  cat >"$var/conf/site.hdf" <<EOC
Site.base = $base
Site.uploads = $var/uploads
Site.templates = $top/templates
EOC
  "$top/db/dbctl.sh" init "$var"
  "$top/db/dbctl.sh" start "$var"
  "$top/db/dbctl.sh" migrate "$var" >>"$var/log/migrate.log"
  "$top/db/dbctl.sh" grants "$var"

  # The program reads one HDF file: the secrets, then the site settings.
  cat "$var/conf/public.hdf" "$var/conf/site.hdf" >"$var/conf/public-all.hdf"
  chmod 600 "$var/conf/public-all.hdf"
  "$build/motcua-public" -c "$var/conf/public-all.hdf" -s "$var/run/public.sock" \
    -w "${MOTCUA_WORKERS:-4}" -t "$top/templates" -l "$top/templates/lang/vi.hdf" \
    2>>"$var/log/public.log" &
  echo $! >"$var/run/public.pid"

  if [ "$(id -u)" = 0 ]; then user="user root root;"; else user=""; fi
  sed -e "s|@VAR@|$var|g" -e "s|@TOP@|$top|g" -e "s|@PORT@|$port|g" -e "s|@USER@|$user|" \
    "$top/nginx/motcua.conf.in" >"$var/nginx/nginx.conf"
  # Wait until the FastCGI socket exists (bounded), then start nginx.
  i=0
  until [ -S "$var/run/public.sock" ]; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 "$(cat "$var/run/public.pid")" 2>/dev/null; then
      echo "motcua: the public program did not start; see $var/log/public.log" >&2
      tail -5 "$var/log/public.log" >&2 || true
      exit 1
    fi
    sleep 0.1
  done
  nginx -p "$var/nginx" -c "$var/nginx/nginx.conf" -e "$var/log/nginx-error.log"
  i=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 100 ]; then echo "motcua: no answer on port $port; see $var/log/" >&2; exit 1; fi
    sleep 0.1
  done
}

stop() {
  if [ -f "$var/run/nginx.pid" ]; then
    nginx -p "$var/nginx" -c "$var/nginx/nginx.conf" -e "$var/log/nginx-error.log" -s quit 2>/dev/null || true
    i=0
    while [ -f "$var/run/nginx.pid" ] && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
  fi
  for p in public staff; do
    if [ -f "$var/run/$p.pid" ]; then
      pid=$(cat "$var/run/$p.pid")
      kill "$pid" 2>/dev/null || true
      i=0
      while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
      rm -f "$var/run/$p.pid"
    fi
  done
  "$top/db/dbctl.sh" stop "$var"
}

case $cmd in
start) shift 2; start "$@" ;;
stop) stop ;;
*) echo "usage: $0 start STATE_DIR PORT [BUILD_DIR] | stop STATE_DIR" >&2; exit 2 ;;
esac
