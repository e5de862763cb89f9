#!/bin/sh
# t0330-draft-result.sh: the citizen gets only an approved result (issue 10, item 4: a result attached at
# sign-off was downloadable before the leader approved it, and stayed so after tralai or tuchoi).
. "$(dirname "$0")/lib.sh"
mkfiles
login mc-baydinh >/dev/null; login cv2-baydinh >/dev/null; login ld-baydinh >/dev/null
cv=$(account_id cv2-baydinh)
printf '%%PDF-1.4\n%% Dự thảo kết quả\n%%%%EOF\n' >"$tmp/draft.pdf"
# to_signoff: a new dossier, accepted, assigned, submitted for sign-off with a draft result; prints "code tok".
to_signoff() {
  local c k
  c=$(new_dossier); k=$(header location | sed 's|.*?k=||')
  step mc-baydinh "$c" tiepnhan >/dev/null
  step mc-baydinh "$c" phancong "" -F "chuyen_vien=$cv" >/dev/null
  step cv2-baydinh "$c" trinhky "" -F "ket_qua=@$tmp/draft.pdf;filename=du-thao.pdf" >/dev/null
  echo "$c $k"
}
result() { curl -sS -o "$tmp/got" -w '%{http_code}' "$BASE/ho-so/$1/ket-qua?k=$2"; }
page() { fresh "/ho-so/$1?k=$2" "$tmp/page"; }

read -r code tok <<EOF2
$(to_signoff)
EOF2
check "the dossier waits for sign-off with a draft result attached" test "$(sql "SELECT status, result_sha IS NOT NULL FROM dossier WHERE code = '$code'" | tr '\t' ' ')" = "signoff 1"
s=$(result "$code" "$tok"); check "the draft cannot be downloaded before approval (404, got $s)" test "$s" = 404
page "$code" "$tok"; check "the status page offers no result" sh -c "! grep -qF '/ket-qua' '$tmp/page'"

s=$(step ld-baydinh "$code" tralai "Sửa lại căn cứ pháp lý"); check "the leader sends it back (303, got $s)" test "$s" = 303
s=$(result "$code" "$tok"); check "a result sent back cannot be downloaded (404, got $s)" test "$s" = 404
page "$code" "$tok"; check "nor is it offered" sh -c "! grep -qF '/ket-qua' '$tmp/page'"

read -r code2 tok2 <<EOF2
$(to_signoff)
EOF2
s=$(step ld-baydinh "$code2" tuchoi "Không đủ điều kiện"); check "the leader refuses it (303, got $s)" test "$s" = 303
s=$(result "$code2" "$tok2"); check "the result of a refused dossier cannot be downloaded (404, got $s)" test "$s" = 404

read -r code3 tok3 <<EOF2
$(to_signoff)
EOF2
s=$(step ld-baydinh "$code3" pheduyet); check "the leader approves the draft as it is (303, got $s)" test "$s" = 303
s=$(result "$code3" "$tok3"); check "the approved result downloads (200, got $s)" test "$s" = 200
check "it is the PDF the specialist attached" cmp "$tmp/got" "$tmp/draft.pdf"
page "$code3" "$tok3"; check "and the status page offers it" grep -qF "/ho-so/$code3/ket-qua?k=$tok3" "$tmp/page"
