#!/bin/sh
# t0530-stats-recount.sh: the running totals (kept in the same transaction as each intake, step and rating)
# equal a full recount from the raw rows (the view stat_recount: events, ratings) after a random mix of steps
# by three sessions at once: every dimension, month and measure. SEED=n replays a mix. Moving time: some
# dossiers' appointments are set into the past before they finish (as the days would), as t0250 does.
. "$(dirname "$0")/lib.sh"
mkfiles
seed=${SEED:-$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}
echo "# seed $seed"
# worker K: 8 dossiers, one down each path, in its own sessions.
worker() {
  tmp=$tmp/w$1; mkdir -p "$tmp"; jar=$tmp/cookies
  mkfiles
  for u in mc-baydinh ld-baydinh cv2-baydinh; do login "$u" >/dev/null; done
  cv=$(account_id cv2-baydinh)
  # Every path once per worker, in a random order; late, supplements and ratings at random.
  awk -v s="$seed" -v k="$1" 'BEGIN { srand(s * 7 + k); for (i = 0; i < 8; i++) p[i] = i
    for (i = 7; i > 0; i--) { j = int(rand() * (i + 1)); t = p[i]; p[i] = p[j]; p[j] = t }
    for (i = 0; i < 8; i++) print p[i], (i + k) % 2, int(rand() * 3), int(rand() * 4) }' |
  while read -r path late supp rate; do
    c=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
    case $path in
      0) continue ;;
      1) step mc-baydinh "$c" trabosung "Thiếu tờ khai" >/dev/null; continue ;;
    esac
    step mc-baydinh "$c" tiepnhan >/dev/null
    if [ "$rate" -gt 0 ]; then # a rating, changed once when rate = 3
      for r in $(seq 1 $(( rate == 3 ? 2 : 1 ))); do
        get "/ho-so/$c/danh-gia?k=$tok" >/dev/null; t=$(csrf)
        post "/ho-so/$c/danh-gia?k=$tok" -F "_csrf=$t" -F c5=$(( (rate + r) % 3 + 1 )) -F c6=3 -F c7=$(( rate == 2 ? 1 : r % 3 + 1 )) -F c9=2 >/dev/null
      done
    fi
    [ "$path" = 2 ] && continue
    if [ "$path" = 7 ]; then step ld-baydinh "$c" dungxuly "Người dân rút hồ sơ" >/dev/null; continue; fi
    step ld-baydinh "$c" phancong "" -F "chuyen_vien=$cv" >/dev/null
    i=0
    while [ $i -lt "$supp" ]; do
      i=$((i + 1))
      step cv2-baydinh "$c" yeucaubosung "Bổ sung lần $i" >/dev/null
      [ "$path" = 3 ] && [ $i = "$supp" ] && break
      get "/ho-so/$c/bo-sung?k=$tok" >/dev/null; t=$(csrf)
      post "/ho-so/$c/bo-sung?k=$tok" -F "_csrf=$t" -F "tep_1=@$tmp/to-khai.pdf" >/dev/null
    done
    [ "$path" = 3 ] && continue
    [ "$late" = 0 ] && sql "SET time_zone = '+07:00'; UPDATE dossier SET due_at = NOW() - INTERVAL 1 HOUR WHERE code = '$c'"
    if [ "$path" = 6 ]; then step cv2-baydinh "$c" tuchoi "Không đủ điều kiện" >/dev/null; continue; fi
    step cv2-baydinh "$c" trinhky >/dev/null; step ld-baydinh "$c" pheduyet >/dev/null
    [ "$path" = 5 ] && step mc-baydinh "$c" traketqua "" -F cach_tra=post -F ma_buu_gui=EB123456785VN >/dev/null
  done
}
before=$(dossiers)
worker 1 & worker 2 & worker 3 &
wait
check "the mix made 24 dossiers ($(( $(dossiers) - before )))" test "$(( $(dossiers) - before ))" = 24
sql "SELECT dim, k1, k2, ch, month, measure, SUM(n) FROM stat_total GROUP BY dim, k1, k2, ch, month, measure HAVING SUM(n) <> 0" | sort >"$tmp/totals"
sql "SELECT dim, k1, k2, ch, month, measure, n FROM stat_recount" | sort >"$tmp/recount"
rows=$(wc -l <"$tmp/recount")
if cmp -s "$tmp/totals" "$tmp/recount"; then
  ok "the running totals equal a full recount from the raw rows ($rows figures)"
else
  fail "the running totals equal a full recount from the raw rows"
  diff "$tmp/totals" "$tmp/recount" | head -20 | sed 's/^/# /'
fi
every_kind() {
  local m
  for m in received resolved late supplement not_received refused withdrawn returned rated rated_unsat; do
    awk -F '\t' -v m="$m" '$6 == m { found = 1 } END { exit !found }' "$tmp/recount" || return 1
  done
}
check "the mix touched every kind of figure" every_kind
check "no total went negative" test "$(sql "SELECT COUNT(*) FROM (SELECT SUM(n) s FROM stat_total GROUP BY dim, k1, k2, ch, month, measure HAVING s < 0) x")" = 0
