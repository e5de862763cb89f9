#!/bin/sh
# setup-users.sh: production users, groups and directories for the systemd units (run by make install as root;
# idempotent). See systemd/README and SECURITY.md, "Processes and users".
# usage: systemd/setup-users.sh [UPLOADS_DIR] [NGINX_USER]
set -eu
uploads=${1:-/var/lib/motcua/uploads}
web=${2:-www-data}
sys_group() { getent group "$1" >/dev/null || addgroup --system --quiet "$1"; }
sys_user() { id -u "$1" >/dev/null 2>&1 || adduser --system --no-create-home --group --quiet "$1"; }
member() { id -nG "$1" | tr ' ' '\n' | grep -qx "$2" || adduser --quiet "$1" "$2" >/dev/null; }
sys_group motcua-files
for u in motcua-public motcua-staff motcua-agent; do
  sys_user "$u"; member "$u" motcua-files
  id -u "$web" >/dev/null 2>&1 && member "$web" "$u"   # nginx reaches the program's socket (0770)
done
# The attachments the public program and the agents store take their own
# hand-in group, shared with the store's owner only (domain/upload-perms.c).
for u in motcua-public motcua-agent; do
  sys_group "$u-handin"; member "$u" "$u-handin"; member motcua-staff "$u-handin"
done
# The store: the back office's, group motcua-files, setgid and sticky; 256
# directories either program may write into and only the owner may list.
install -d -o motcua-staff -g motcua-files -m 2770 "$uploads"
install -d -o root -g motcua-files -m 1770 "$uploads/staging"
hex="0 1 2 3 4 5 6 7 8 9 a b c d e f"
for a in $hex; do for b in $hex; do echo "$uploads/$a$b"; done; done | xargs install -d -o motcua-staff -g motcua-files -m 3730
# Secrets: one file per program, its user's alone (README "Production").
install -d -m 711 /etc/motcua
for p in public staff agent; do [ ! -f "/etc/motcua/$p.hdf" ] || { chown "motcua-$p:motcua-$p" "/etc/motcua/$p.hdf"; chmod 600 "/etc/motcua/$p.hdf"; }; done
[ ! -f /etc/motcua/tool.hdf ] || { chown root:root /etc/motcua/tool.hdf; chmod 600 /etc/motcua/tool.hdf; }
