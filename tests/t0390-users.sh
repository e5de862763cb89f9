#!/bin/sh
# t0390-users.sh: started as root, each part runs as its own unprivileged user (issue 10, item 6): the programs,
# mariadbd, nginx's workers; secrets readable only by the program that needs them; the public program cannot
# read the attachments it stored (only the results it serves), the back office can. Not root: skipped.
. "$(dirname "$0")/lib.sh"
if [ "$(id -u)" != 0 ]; then ok "# SKIP not started as root: everything runs as the invoking user"; exit 0; fi
mkfiles
# Content of its own, so that the store holds it fresh (not the same bytes another test stored).
printf '%% t0390 %s\n' "$$-$(date +%s%N)" >>"$tmp/to-khai.pdf"
as_u() { local u=$1; shift; runuser -u "$u" -- "$@"; }
user_of() { ps -o user= -p "$1" | tr -d ' '; }
kids() { ps -o pid= --ppid "$1" | tr -d ' '; }

# Who runs what.
for p in public staff; do
  sup=$(cat "$VAR/run/$p.pid")
  check "motcua-$p's supervisor runs as motcua-$p (got $(user_of "$sup"))" test "$(user_of "$sup")" = "motcua-$p"
  bad=$(for k in $(kids "$sup"); do user_of "$k"; done | grep -vx "motcua-$p" | head -1)
  check "and each of its workers ($(kids "$sup" | wc -l) of them)" sh -c "[ -n '$(kids "$sup")' ] && [ -z '$bad' ]"
done
check "mariadbd runs as motcua-db" test "$(user_of "$(cat "$VAR/run/mariadb.pid")")" = motcua-db
ng=$(cat "$VAR/run/nginx.pid")
nw=$(for k in $(kids "$ng"); do user_of "$k"; done | sort -u | tr '\n' ' ')
check "nginx's workers run as motcua-web (got $nw)" test "$nw" = "motcua-web "
check "the programs hold no capability (CapEff 0)" sh -c "grep -q '^CapEff:[[:space:]]*0*$' /proc/$(cat "$VAR/run/public.pid")/status && grep -q '^CapEff:[[:space:]]*0*$' /proc/$(cat "$VAR/run/staff.pid")/status"
check "nginx's user may reach both sockets (0770, in their groups)" sh -c "[ \$(stat -c %a '$VAR/run/public.sock') = 770 ] && id -nG motcua-web | grep -qw motcua-public && id -nG motcua-web | grep -qw motcua-staff"
s=$(get /); check "and the site answers through it (got $s)" test "$s" = 200

# Secrets: each configuration readable by its own program only.
check "the public program reads its configuration" as_u motcua-public cat "$VAR/conf/public-all.hdf"
check "the public program cannot read the back office's (its database password, the secret key)" sh -c "! runuser -u motcua-public -- cat '$VAR/conf/staff-all.hdf'"
check "nor the personal-data secret key file" sh -c "! runuser -u motcua-public -- cat '$VAR/conf/privacy.key'"
check "nor motcua-admin's" sh -c "! runuser -u motcua-public -- cat '$VAR/conf/tool-all.hdf'"
check "the back office cannot read the public program's" sh -c "! runuser -u motcua-staff -- cat '$VAR/conf/public-all.hdf'"
check "nginx's user reads none" sh -c "! runuser -u motcua-web -- cat '$VAR/conf/public-all.hdf' && ! runuser -u motcua-web -- cat '$VAR/conf/staff-all.hdf'"
check "no program may change the templates" sh -c "! runuser -u motcua-public -- touch '$top/templates/t0390' 2>/dev/null"

# Uploads: the public program stores attachments it cannot read back.
code=$(new_dossier)
check "a citizen's online dossier with attachments ($code)" test -n "$code"
sha=$(sql "SELECT t.sha256 FROM attachment t JOIN dossier d ON d.id = t.dossier_id WHERE d.code = '$code' AND t.mime = 'application/pdf'")
f=$VAR/uploads/$(echo "$sha" | cut -c1-2)/$sha
check "the attachment is in the store, its writer's without a right of its own ($(stat -c '%U:%G %a' "$f"))" sh -c "cmp '$f' '$tmp/to-khai.pdf' && [ \"\$(stat -c '%U %a' '$f')\" = 'motcua-public 40' ]"
check "runuser -u motcua-public -- cat <the attachment> fails" sh -c "! runuser -u motcua-public -- cat '$f' >/dev/null 2>&1"
check "runuser -u motcua-staff -- cat <the attachment> reads it" sh -c "runuser -u motcua-staff -- cat '$f' | cmp - '$tmp/to-khai.pdf'"
check "nginx's user cannot read it" sh -c "! runuser -u motcua-web -- cat '$f' >/dev/null 2>&1"
check "the public user cannot list the store's directories" sh -c "! runuser -u motcua-public -- ls '$(dirname "$f")' >/dev/null 2>&1"
login mc-baydinh >/dev/null
as mc-baydinh "/can-bo/ho-so/$code" >/dev/null
fid=$(grep -o 'tep?ho_so=[^&]*&amp;id=[0-9]*' "$tmp/body" | head -1 | sed 's/.*id=//')
s=$(curl -sS -o "$tmp/dl" -w '%{http_code}' -b "$tmp/jar-mc-baydinh" "$BASE/can-bo/tep?ho_so=$code&id=$fid")
check "the back office serves it (got $s)" sh -c "[ $s = 200 ] && cmp '$tmp/dl' '$tmp/to-khai.pdf'"
out=$("$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" gc)
check "motcua-admin gc hands it to the store's owner ($out)" test "$(stat -c %U "$f")" = motcua-staff
check "after which the public user can neither read it nor change its mode" sh -c "! runuser -u motcua-public -- cat '$f' >/dev/null 2>&1 && ! runuser -u motcua-public -- chmod 0644 '$f' 2>/dev/null"
check "nor remove it (sticky store)" sh -c "! runuser -u motcua-public -- rm -f '$f' 2>/dev/null; [ -f '$f' ]"
check "the back office still reads it" sh -c "runuser -u motcua-staff -- cat '$f' | cmp - '$tmp/to-khai.pdf'"
# The agents' program (issue 8): its own user; what an agent submits is the back office's to read,
# neither the agent's nor the public program's (each writer's hand-in group, not motcua-files).
sup=$(cat "$VAR/run/agent.pid")
check "motcua-agent's supervisor runs as motcua-agent (got $(user_of "$sup"))" test "$(user_of "$sup")" = motcua-agent
check "its configuration is its own" sh -c "as_u() { runuser -u \"\$1\" -- cat '$VAR/conf/agent-all.hdf' >/dev/null 2>&1; }; as_u motcua-agent && ! as_u motcua-public && ! as_u motcua-staff && ! as_u motcua-web"
check "nginx's user may reach its socket" sh -c "[ \$(stat -c %a '$VAR/run/agent.sock') = 770 ] && id -nG motcua-web | grep -qw motcua-agent"
printf '%% t0390 agent %s\n' "$$-$(date +%s%N)" >>"$tmp/to-khai.pdf"
login_at /dai-ly dl-boho >/dev/null
agent_ks dl-boho /dai-ly/nop/1.001193 >/dev/null
acode=$(agent_code)
asha=$(sql "SELECT t.sha256 FROM attachment t JOIN dossier d ON d.id = t.dossier_id WHERE d.code = '$acode' AND t.mime = 'application/pdf'")
af=$VAR/uploads/$(echo "$asha" | cut -c1-2)/$asha
check "an agent's attachment is stored its writer's, group motcua-agent-handin, mode 0040 ($acode: $(stat -c '%U:%G %a' "$af" 2>&1))" test "$(stat -c '%U:%G %a' "$af")" = "motcua-agent:motcua-agent-handin 40"
check "the agents' program cannot read it back" sh -c "! runuser -u motcua-agent -- cat '$af' >/dev/null 2>&1"
check "nor can the public program (in motcua-files, not in the hand-in group)" sh -c "! runuser -u motcua-public -- cat '$af' >/dev/null 2>&1"
check "the back office reads it" sh -c "runuser -u motcua-staff -- cat '$af' | cmp - '$tmp/to-khai.pdf'"
check "the agents' program cannot read a citizen's attachment either" sh -c "! runuser -u motcua-agent -- cat '$f' >/dev/null 2>&1"
# A result (written by the back office, approved) is what the public program serves.
res=$(sql "SELECT result_sha FROM dossier WHERE result_sha IS NOT NULL AND status IN ('resolved', 'returned') LIMIT 1")
if [ -n "$res" ]; then
  check "the public user reads an approved result (it serves it)" as_u motcua-public cat "$VAR/uploads/$(echo "$res" | cut -c1-2)/$res"
else
  ok "# SKIP no approved result in this instance (t0210 makes one)"
fi
check "the logs are written (the public program's log grows as its user)" sh -c "grep -q 'workers on' '$VAR/log/public.log'"
