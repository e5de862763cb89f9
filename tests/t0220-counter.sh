#!/bin/sh
# t0220-counter.sh: a counter officer at any reception point receives a dossier for a citizen of another ward;
# it is routed to the competent ward, numbered by the receiving point, and printed as a receipt.
. "$(dirname "$0")/lib.sh"
mkfiles
login mc-chinhanh3 >/dev/null
printf '%s\n' "Cv2-$$-pw-dai" | "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" passwd cv-baydinh >/dev/null
login cv-baydinh "Cv2-$$-pw-dai" >/dev/null
login mc-baydinh >/dev/null
s=$(as mc-chinhanh3 "/can-bo/tiep-nhan?thu_tuc=1.001193"); check "the worklist's box opens the procedure's counter form (303, got $s)" test "$s" = 303
s=$(as mc-chinhanh3 /can-bo/tiep-nhan/1.001193); check "the counter form answers 200 (got $s)" test "$s" = 200
keep_html staff-counter-form
check "it posts back to the counter, not the citizen's URL" body_has 'action="/can-bo/tiep-nhan/1.001193"'
s=$(as cv-baydinh /can-bo/tiep-nhan/1.001193); check "a specialist has no counter form (403, got $s)" test "$s" = 403
before=$(dossiers)
# counter_send [curl args]: a fresh counter form, sent back with its token and the given fields.
counter_send() {
  as mc-chinhanh3 /can-bo/tiep-nhan/1.001193 >/dev/null
  counter_with "$(csrf)" "$@"
}
counter_with() { t=$1; shift; as mc-chinhanh3 /can-bo/tiep-nhan/1.001193 -F "_csrf=$t" -F "co_quan=101" -F "nhan_ket_qua=counter" "$@"; }
counter_post() {
  counter_send -F "ho_ten=Đỗ Thị Lan" -F "so_dinh_danh=001192004567" \
    -F "ngay_sinh=1992-02-03" -F "dien_thoai=0903123456" -F "dia_chi=Ngõ 5 phố Đội Cấn" \
    -F "cam_doan=1" -F "f_ho_ten_tre=Đỗ Minh An" -F "f_ngay_sinh_tre=2025-11-02" \
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

# Refusing to receive an incomplete dossier, in one step, with the list of what is missing, printed at once.
before=$(dossiers)
refusal() { # refusal TOKEN [curl args]: the applicant only, and the refusal button
  counter_with "$@" -F "ho_ten=Vũ Văn Nam" -F "so_dinh_danh=001085007788" -F "ngay_sinh=1985-07-07" \
    -F "dien_thoai=0904555666" -F "dia_chi=Số 3 phố Liễu Giai" -F "tu_choi=1"
}
refuse_post() { as mc-chinhanh3 /can-bo/tiep-nhan/1.001193 >/dev/null; refusal "$(csrf)" "$@"; }
s=$(refuse_post); check "refusing without the list of what is missing is refused (422, got $s)" test "$s" = 422
check "with the message next to the list" body_has 'id="e-thieu"'
keep_html staff-counter-refusal-error
check "and what was typed kept" body_has 'value="Vũ Văn Nam"'
check "nothing was written" test "$(dossiers)" = "$before"
s=$(refuse_post -F "thieu=Bản chính Giấy chứng sinh do bệnh viện cấp") 
check "the officer refuses to receive it with the list (303, got $s)" test "$s" = 303
slip=$(header location); rcode=$(echo "$slip" | sed 's|^/can-bo/ho-so/\([^/]*\)/.*|\1|')
check "straight to the printable slip ($slip)" sh -c "echo '$slip' | grep -q '/phieu-tu-choi$'"
row=$(sql "SELECT status, holder_id, missing_docs FROM dossier WHERE code = '$rcode'")
check "kept as not received, at the branch, with the list ($row)" test "$row" = "not_received	4	Bản chính Giấy chứng sinh do bệnh viện cấp"
s=$(as mc-chinhanh3 "$slip"); check "the slip opens (got $s)" test "$s" = 200
keep_html staff-refusal-slip
check "it names the citizen and lists what is missing, once" sh -c "grep -qF 'Vũ Văn Nam' '$tmp/body' && grep -qF 'Bản chính Giấy chứng sinh do bệnh viện cấp' '$tmp/body' && grep -qF 'hướng dẫn một lần' '$tmp/body'"
check "the refusal is in the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log l JOIN dossier d ON d.id = l.dossier_id WHERE d.code = '$rcode' AND l.action = 'refuse_receive' AND l.username = 'mc-chinhanh3'")" = 1
as mc-chinhanh3 /can-bo/tiep-nhan/1.001193 >/dev/null; t=$(csrf)
s=$(refusal "$t" -F "thieu=Bản chính Giấy chứng sinh")
refusal "$t" -F "thieu=Bản chính Giấy chứng sinh" >/dev/null
again=$(header location)
check "the same form sent twice refuses once and shows the same slip" sh -c "[ '$s' = 303 ] && [ '$(dossiers)' = $((before + 2)) ] && echo '$again' | grep -q '/phieu-tu-choi$'"
as mc-chinhanh3 /can-bo >/dev/null
check "a refused dossier is not in the worklist" sh -c "! grep -qF '$rcode' '$tmp/body'"
s=$(as mc-baydinh "$slip"); check "the ward it would have gone to has no part in it (404, got $s)" test "$s" = 404
