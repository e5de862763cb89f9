#!/bin/sh
# t0130-idempotent.sh: one form, one dossier: double click, retry, back-and-resubmit, replayed token.
. "$(dirname "$0")/lib.sh"
mkfiles
before=$(dossiers)
get "$KS" >/dev/null; tok=$(csrf)
s=$(post_ks "$tok"); first=$(header location)
check "first submit redirects to a receipt (got $s)" test "$s" = 303
# Resubmit exactly the same form (same token): back button + submit, or a browser retry.
post_again() { post_ks "$tok" "$@"; }
s=$(post_again); check "the same form again answers 303 (got $s)" test "$s" = 303
check "to the same dossier's receipt" test "$(header location)" = "$first"
s=$(post_again -F "ho_ten=Người Khác"); check "a replayed token with other content changes nothing (got $s)" test "$s" = 303
check "still the first dossier" test "$(header location)" = "$first"
check "only one dossier was created" test "$(dossiers)" = $((before + 1))

# Double click: the same form sent twice at the same moment.
get "$KS" >/dev/null; tok=$(csrf)
before=$(dossiers)
post_again >"$tmp/s1" & p1=$!
cp "$jar" "$tmp/jar2"
( jar="$tmp/jar2"; tmp2=$(mktemp -d "$tmp/x.XXXX"); curl -sS -g -o "$tmp2/body" -D "$tmp2/head" -w '%{http_code}' -b "$jar" \
  -F "_csrf=$tok" -F "ho_ten=Nguyễn Văn An" -F "so_dinh_danh=001090012345" -F "ngay_sinh=1990-05-17" \
  -F "dien_thoai=0912345678" -F "dia_chi=Hàng Bài" -F "co_quan=101" -F "nhan_ket_qua=counter" -F "cam_doan=1" \
  -F "f_ho_ten_tre=Nguyễn Minh Khôi" -F "f_ngay_sinh_tre=2025-11-01" -F "f_gioi_tinh=Nam" -F "f_noi_sinh=Hà Nội" \
  -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" -F "f_ho_ten_me=Trần Thị Bình" \
  -F "tep_1=@$tmp/to-khai.pdf" -F "tep_2=@$tmp/giay-chung-sinh.png" "$BASE$KS" >"$tmp/s2" ) & p2=$!
wait $p1; wait $p2
check "both clicks answer 303 ($(cat "$tmp/s1") $(cat "$tmp/s2"))" test "$(cat "$tmp/s1")$(cat "$tmp/s2")" = 303303
check "a double click creates exactly one dossier" test "$(dossiers)" = $((before + 1))
# Daily sequence numbers stay unique and gapless per agency.
dups=$(sql "SELECT COUNT(*) - COUNT(DISTINCT code) FROM dossier")
check "no two dossiers share a code" test "$dups" = 0
