#!/bin/sh
# t0360-login-guard.sh: staff sign-in cannot be turned against staff (issue 10, item 5): every failure gives
# the same answer after the same work; failures lock a (username, client) pair and a client, and only slow the
# account for clients it never signed in from; motcua-admin passwd ends sessions, disable exists, short
# passwords are refused.
. "$(dirname "$0")/lib.sh"
admin() { "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" "$@"; }
user=t-guard-$$; pw=Mat-khau-$$-dung
printf '%s\n' "$pw" | admin add "$user" 'Thử Nghiệm' 101 specialist >/dev/null 2>&1
# signin USER PASSWORD CLIENT: a sign-in from CLIENT (X-Real-IP), in that client's cookie jar; prints the status and the time taken.
signin() {
  local j=$tmp/jar-$1-$3 t
  curl -sS -o "$tmp/body" -b "$j" -c "$j" -H "X-Real-IP: $3" "$BASE/can-bo/dang-nhap" >/dev/null
  t=$(csrf)
  curl -sS -g -o "$tmp/body" -D "$tmp/head" -w '%{http_code} %{time_total}' -b "$j" -c "$j" -H "X-Real-IP: $3" \
    -F "_csrf=$t" -F "ten=$1" -F "mat_khau=$2" "$BASE/can-bo/dang-nhap"
}
code() { echo "$1" | cut -d' ' -f1; }
# The page without what differs by request: the form token, the name typed.
answer() { sed -e 's/name="_csrf" value="[^"]*"//' -e "s/$1//g" "$tmp/body" >"$tmp/answer-$2"; }
# Clients are IPv6 networks of their own for this run (a client is an address, or an IPv6 /64).
p=$(printf %x $(($$ % 65536)))
office=2001:db8:$p:1::1; attacker=2001:db8:$p:9::1; fresh=2001:db8:$p:2::1; scanner=2001:db8:$p:3::1; timer=2001:db8:$p:4::1

s=$(code "$(signin "$user" "$pw" "$office")"); check "the officer signs in from the office (303, got $s)" test "$s" = 303
cp "$tmp/jar-$user-$office" "$tmp/office-session"

# Same answer, same time.
s=$(code "$(signin "$user" wrong-password-1 "$attacker")"); answer "$user" wrong
check "a wrong password answers 422 (got $s)" test "$s" = 422
s=$(code "$(signin "nobody-$$" wrong-password-1 "$attacker")"); answer "nobody-$$" unknown
check "an unknown account answers 422 (got $s)" test "$s" = 422
check "with exactly the same page as a wrong password" cmp "$tmp/answer-wrong" "$tmp/answer-unknown"
known=9; unknown=9
for i in 1 2 3; do
  t=$(signin "$user" "wrong-$i" "$timer" | cut -d' ' -f2); known=$(echo "$t $known" | awk '{print ($1 < $2) ? $1 : $2}')
  t=$(signin "nobody-$i-$$" "wrong-$i" "$timer" | cut -d' ' -f2); unknown=$(echo "$t $unknown" | awk '{print ($1 < $2) ? $1 : $2}')
done
check "an unknown account takes as long as a wrong password (argon2 runs; fastest ${unknown}s vs ${known}s)" \
  sh -c "echo '$unknown $known' | awk '{exit !(\$1 * 2 > \$2)}'"

# Someone elsewhere guesses the officer's password.
for i in 2 3 4 5 6 7 8 9; do signin "$user" "wrong-password-$i" "$attacker" >/dev/null; done
s=$(code "$(signin "$user" "$pw" "$attacker")"); answer "$user" locked
check "after 5 failures that client is locked out even with the right password (422, got $s)" test "$s" = 422
check "with the same page as any failure" cmp "$tmp/answer-wrong" "$tmp/answer-locked"
check "the lockout is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE username = '$user' AND action = 'lockout'")" -ge 1
s=$(code "$(signin "$user" "$pw" "$fresh")"); check "a client the account never used is slowed down too (422, got $s)" test "$s" = 422
s=$(code "$(signin "$user" "$pw" "$office")"); check "but the officer still signs in from the office (303, got $s)" test "$s" = 303

# One client trying many accounts is throttled, whatever the accounts.
for i in $(seq 1 20); do signin "guess-$i-$$" "wrong-password" "2001:db8:$p:3::$((i + 1))" >/dev/null; done
s=$(code "$(signin "$user" "$pw" "$scanner")"); check "after 20 failures from addresses of one IPv6 /64, none of them can sign in to any account (422, got $s)" test "$s" = 422
s=$(code "$(signin mc-baydinh "$(demo_pw mc-baydinh)" 127.0.0.1)"); check "a demo account still signs in from elsewhere (303, got $s)" test "$s" = 303

# motcua-admin: passwd ends the sessions, refuses a short password; disable.
s=$(curl -sS -o /dev/null -w '%{http_code}' -b "$tmp/office-session" -H "X-Real-IP: $office" "$BASE/can-bo"); check "the officer's session works (got $s)" test "$s" = 200
check "a password shorter than 10 characters is refused" sh -c "! printf 'ngan-9chr\n' | '$top/build/motcua-admin' -c '$VAR/conf/tool-all.hdf' passwd '$user' >/dev/null 2>&1"
s=$(code "$(signin "$user" ngan-9chr "$office")"); check "and not set (422, got $s)" test "$s" = 422
new=Moi-$$-mat-khau
printf '%s\n' "$new" | admin passwd "$user" >/dev/null
s=$(curl -sS -o /dev/null -w '%{http_code}' -b "$tmp/office-session" -H "X-Real-IP: $office" "$BASE/can-bo"); check "a reset password ends the account's sessions (303 to sign-in, got $s)" test "$s" = 303
s=$(code "$(signin "$user" "$new" "$attacker")"); check "and lifts the lock of every client (303, got $s)" test "$s" = 303
cp "$tmp/jar-$user-$attacker" "$tmp/session2"
admin disable "$user" >/dev/null; check "motcua-admin disable succeeds" test $? = 0
s=$(curl -sS -o /dev/null -w '%{http_code}' -b "$tmp/session2" -H "X-Real-IP: $attacker" "$BASE/can-bo"); check "a disabled account's session ends (303, got $s)" test "$s" = 303
s=$(code "$(signin "$user" "$new" "$office")"); check "and it cannot sign in (422, got $s)" test "$s" = 422
check "the disabling is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'account_disable' AND detail LIKE '%$user%'")" = 1
check "disable of an unknown account fails" sh -c "! '$top/build/motcua-admin' -c '$VAR/conf/tool-all.hdf' disable 'nobody-$$' 2>/dev/null"
