#!/bin/sh
# t0220-counter.sh: a counter officer at any reception point receives a dossier for a citizen of another ward;
# it is routed to the competent ward, numbered by the receiving point, and printed as a receipt.
. "$(dirname "$0")/lib.sh"
mkfiles
login mc-chinhanh3 >/dev/null
printf '%s\n' "Cv2-$$-pw" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
login cv-baydinh "Cv2-$$-pw" >/dev/null
login mc-baydinh >/dev/null
s=$(as mc-chinhanh3 "/can-bo/tiep-nhan?thu_tuc=1.001193"); check "the worklist's box opens the procedure's counter form (303, got $s)" test "$s" = 303
s=$(as mc-chinhanh3 /can-bo/tiep-nhan/1.001193); check "the counter form answers 200 (got $s)" test "$s" = 200
keep_html staff-counter-form
check "it posts back to the counter, not the citizen's URL" body_has 'action="/can-bo/tiep-nhan/1.001193"'
s=$(as cv-baydinh /can-bo/tiep-nhan/1.001193); check "a specialist has no counter form (403, got $s)" test "$s" = 403
before=$(dossiers)
counter_post() {
  as mc-chinhanh3 /can-bo/tiep-nhan/1.001193 >/dev/null
  t=$(csrf)
  as mc-chinhanh3 /can-bo/tiep-nhan/1.001193 -F "_csrf=$t" -F "ho_ten=Đỗ Thị Lan" -F "so_dinh_danh=001192004567" \
    -F "ngay_sinh=1992-02-03" -F "dien_thoai=0903123456" -F "dia_chi=Ngõ 5 phố Đội Cấn" -F "co_quan=101" \
    -F "nhan_ket_qua=counter" -F "cam_doan=1" -F "f_ho_ten_tre=Đỗ Minh An" -F "f_ngay_sinh_tre=2025-11-02" \
    -F "f_gioi_tinh=Nam" -F "f_noi_sinh=Bệnh viện Xanh Pôn" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" \
    -F "f_ho_ten_me=Đỗ Thị Lan" -F "tep_1=@$tmp/to-khai.pdf" -F "tep_2=@$tmp/giay-chung-sinh.png" "$@"
}
s=$(counter_post -F "so_dinh_danh=123"); check "the counter form validates like the online one (422, got $s)" test "$s" = 422
check "with the message next to the field" body_has "Số định danh cá nhân phải gồm đúng 12 chữ số hợp lệ."
check "nothing was written" test "$(dossiers)" = "$before"
s=$(counter_post); check "a complete dossier is received (303 to the receipt, got $s)" test "$s" = 303
loc=$(header location); code=$(echo "$loc" | sed 's|^/ho-so/\([^/]*\)/.*|\1|')
check "one dossier" test "$(dossiers)" = $((before + 1))
check "numbered by the receiving point (Chi nhánh số 3: $code)" sh -c "echo '$code' | grep -q '^000\.10\.03\.H26-'"
row=$(sql "SELECT channel, status, point_id, holder_id, resolver_id FROM dossier WHERE code = '$code'")
check "received in person at the branch, routed to the citizen's ward ($row)" test "$row" = "in_person	received	4	101	101"
check "the officer who received it is recorded" test "$(sql "SELECT a.username FROM dossier d JOIN staff_account a ON a.id = d.received_by WHERE d.code = '$code'")" = mc-chinhanh3
check "the reception is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$code' AND l.action = 'receive'")" = 1
s=$(curl -sS -o "$tmp/receipt" -w '%{http_code}' "$BASE$loc"); check "the receipt prints (got $s)" test "$s" = 200
check "the receipt names the reception point" grep -qF "Chi nhánh số 3" "$tmp/receipt"
as mc-baydinh /can-bo >/dev/null
check "the ward's worklist now has the dossier" body_has "$code"
as mc-chinhanh3 /can-bo >/dev/null
check "the branch's worklist does not (it is the ward's to resolve)" sh -c "! grep -qF '$code' '$tmp/body'"
