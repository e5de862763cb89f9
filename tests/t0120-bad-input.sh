#!/bin/sh
# t0120-bad-input.sh: bad input gets a clear Vietnamese answer next to the field, values kept, and changes nothing.
. "$(dirname "$0")/lib.sh"
mkfiles
before=$(dossiers)
s=$(submit_ks -F "ho_ten=" -F "so_dinh_danh=12345" -F "dien_thoai=abc" -F "email=not-an-email" -F "co_quan=99999")
check "an invalid form answers 422 (got $s)" test "$s" = 422
keep_html submit-errors
check "a summary of the errors at the top" body_has 'class="summary"'
check "message next to the name field" body_has 'id="e-ho_ten"'
check "message for a wrong identification number" body_has "Số định danh cá nhân phải gồm đúng 12 chữ số hợp lệ."
check "message for a wrong phone number" body_has "Số điện thoại không hợp lệ"
check "message for a wrong e-mail address" body_has "Địa chỉ thư điện tử không hợp lệ."
check "message for a ward that is not in the list" body_has "Vui lòng chọn xã, phường tiếp nhận."
check "values are kept (child's name)" body_has 'value="Nguyễn Minh Khôi"'
check "values are kept (wrong phone, to correct it)" body_has 'value="abc"'
check "the files already sent are kept for the next attempt" body_has 'name="giu_1"'
check "the wrong field is marked aria-invalid" body_has 'aria-invalid="true"'
check "nothing was written" test "$(dossiers)" = "$before"

# The same form, corrected, keeping the files from the first attempt.
tok=$(csrf)
giu1=$(sed -n 's/.*name="giu_1" value="\([^"]*\)".*/\1/p' "$tmp/body" | head -1)
giu2=$(sed -n 's/.*name="giu_2" value="\([^"]*\)".*/\1/p' "$tmp/body" | head -1)
s=$(post "$KS" -F "_csrf=$tok" -F "ho_ten=Lê Thị Hoa" -F "so_dinh_danh=001195012345" -F "ngay_sinh=1995-03-02" \
  -F "dien_thoai=0987654321" -F "dia_chi=Phố Huế" -F "co_quan=102" -F "nhan_ket_qua=post" -F "cam_doan=1" \
  -F "f_ho_ten_tre=Lê Minh" -F "f_ngay_sinh_tre=2025-10-01" -F "f_gioi_tinh=Nữ" -F "f_noi_sinh=Hà Nội" \
  -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" -F "f_ho_ten_me=Lê Thị Hoa" -F "giu_1=$giu1" -F "giu_2=$giu2")
check "the corrected form with kept files is accepted (got $s)" test "$s" = 303
check "one dossier now" test "$(dossiers)" = $((before + 1))
before=$(dossiers)

s=$(submit_ks -F "so_dinh_danh=001195012345"); check "an identification number that does not match the birth year is refused (got $s)" test "$s" = 422
check "it says why" body_has "không khớp với năm sinh"
s=$(submit_ks -F "ngay_sinh=2031-01-01"); check "a birth date in the future is refused (got $s)" test "$s" = 422
s=$(submit_ks -F "ngay_sinh=2025-02-29"); check "a date that does not exist is refused (got $s)" test "$s" = 422
s=$(submit_ks -F "f_gioi_tinh=Khác"); check "a select value outside its options is refused (got $s)" test "$s" = 422
s=$(submit_ks -F "cam_doan=0"); check "the declaration must be ticked (got $s)" test "$s" = 422
s=$(submit_ks -F "nhan_ket_qua=drone"); check "an unknown way to return the result is refused (got $s)" test "$s" = 422

bad=$(printf 'Nguy\377\376n')
s=$(submit_ks -F "ho_ten=$bad"); check "invalid UTF-8 answers 422, not 500 (got $s)" test "$s" = 422
check "invalid UTF-8 gets a message" body_has "ký tự không hợp lệ"
long=$(head -c 400 /dev/zero | tr '\0' 'a')
s=$(submit_ks -F "dia_chi=$long"); check "an over-long value answers 422 (got $s)" test "$s" = 422
check "over-long: 'too long' message" body_has "Nội dung quá dài."
s=$(submit_ks -F "f_noi_sinh=a$(printf '\001')b"); check "control characters are refused (got $s)" test "$s" = 422

s=$(submit_ks -F "tep_1=@$tmp/fake.pdf;type=application/pdf"); check "a fake PDF (HTML named .pdf) is refused (got $s)" test "$s" = 422
check "fake file: checked by content" body_has "kiểm tra theo nội dung tệp"
head -c 5300000 /dev/zero >"$tmp/big.bin"; { printf '%%PDF-1.4\n'; cat "$tmp/big.bin"; } >"$tmp/big.pdf"
s=$(submit_ks -F "tep_1=@$tmp/big.pdf;type=application/pdf"); check "a file over 5 MB is refused (got $s)" test "$s" = 422
check "oversized file: message" body_has "Tệp vượt quá 5 MB."
head -c 27000000 /dev/zero >"$tmp/huge.bin"
s=$(submit_ks -F "tep_1=@$tmp/huge.bin"); check "a body over the total limit is refused by nginx (413, got $s)" test "$s" = 413
check "413 explains in Vietnamese" body_has "Tệp quá lớn"
s=$(submit_ks -F "tep_2=@/dev/null;filename=empty.png"); check "a required document left out is refused (got $s)" test "$s" = 422
check "missing document: message" body_has "Vui lòng đính kèm giấy tờ này."
check "none of these bad submissions wrote anything" test "$(dossiers)" = "$before"

# CSRF: missing, forged, from another site, for another browser.
get "$KS" >/dev/null
s=$(post "$KS" -F "ho_ten=X"); check "a POST without a CSRF token is refused (403, got $s)" test "$s" = 403
keep_html error-403
check "403 explains: form expired, nothing recorded" body_has "chưa có gì được ghi nhận"
s=$(submit_ks -F "_csrf=AAAAAAAAAAAAAAAAAAAAAA.99999999.AAAA"); check "a forged CSRF token is refused (got $s)" test "$s" = 403
s=$(submit_ks -H "Origin: http://evil.example"); check "a POST from another origin is refused (got $s)" test "$s" = 403
get "$KS" >/dev/null; tok=$(csrf)
s=$(curl -sS -o /dev/null -w '%{http_code}' -F "_csrf=$tok" -F "ho_ten=X" "$BASE$KS"); check "a token without its browser cookie is refused (got $s)" test "$s" = 403
s=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: multipart/form-data; boundary=zz' --data-binary $'--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb' "$BASE$KS")
check "a truncated multipart body answers 4xx, not 500 (got $s)" sh -c "[ $s -ge 400 ] && [ $s -lt 500 ]"
check "and still nothing was written" test "$(dossiers)" = "$before"
