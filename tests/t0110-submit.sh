#!/bin/sh
# t0110-submit.sh: the whole citizen path: form → submit with attachments → receipt → QR → status → lookup.
. "$(dirname "$0")/lib.sh"
mkfiles
s=$(get "$KS"); check "the submission form answers 200 (got $s)" test "$s" = 200
keep_html submit-form
check "the form carries a CSRF token" test -n "$(csrf)"
check "the form asks for the procedure's own fields (from the database)" body_has 'name="f_ho_ten_tre"'
check "the form offers the 126 wards and communes" test "$(grep -c '<option value="[0-9]' "$tmp/body")" -ge 126
check "the form is not cached (no-store)" sh -c "grep -qi '^cache-control: no-store' '$tmp/head'"
before=$(dossiers)
s=$(submit_ks); check "a valid submission redirects (303) to the receipt (got $s)" test "$s" = 303
loc=$(header location)
case $loc in /ho-so/*/bien-nhan\?k=*) ok "the redirect goes to /ho-so/{code}/bien-nhan?k={token}" ;; *) fail "redirect to the receipt, got '$loc'" ;; esac
code=$(echo "$loc" | sed 's|^/ho-so/\([^/]*\)/.*|\1|')
tok=$(echo "$loc" | sed 's|.*?k=||')
check "exactly one dossier was created" test "$(dossiers)" = $((before + 1))
check "the dossier code is agency code, yymmdd and a 4-digit sequence ($code)" sh -c "echo '$code' | grep -qE '^000\.01\.01\.H26-[0-9]{6}-[0-9]{4}$'"
yymmdd=$(TZ=Asia/Ho_Chi_Minh date +%y%m%d 2>/dev/null || date -u -d '+7 hours' +%y%m%d)
check "the code carries today's date in Hanoi ($yymmdd)" sh -c "echo '$code' | grep -q -- '-$yymmdd-'"
row=$(sql "SELECT status, channel, id_last4, name_masked, (SELECT COUNT(*) FROM attachment a WHERE a.dossier_id = d.id), (SELECT COUNT(*) FROM dossier_value v WHERE v.dossier_id = d.id), (SELECT COUNT(*) FROM dossier_event e WHERE e.dossier_id = d.id) FROM dossier d WHERE code = '$code'")
check "stored as status new, channel online ($row)" sh -c "echo '$row' | grep -q '^new	online	[A-Za-z0-9_-]\{22\}	'"
check "the masked name is stored as 'Nguyễn V** A**'" sh -c "echo '$row' | grep -qF 'Nguyễn V** A**'"
check "both attachments, 7 procedure values and one event were stored ($row)" sh -c "echo '$row' | grep -qE '	2	7	1$'"
sha=$(sql "SELECT sha256 FROM attachment a JOIN dossier d ON d.id = a.dossier_id WHERE d.code = '$code' AND a.doc_pos = 1")
check "the PDF is stored outside the web root under its content hash" cmp "$tmp/to-khai.pdf" "$VAR/uploads/$(echo "$sha" | cut -c1-2)/$sha"
check "the attachment's type was taken from its content" test "$(sql "SELECT mime FROM attachment WHERE sha256 = '$sha' LIMIT 1")" = application/pdf
due_ok=$(sql "SELECT due_at > received_at AND WEEKDAY(due_at) < 5 AND DATE(due_at) NOT IN (SELECT day FROM holiday WHERE kind = 'holiday') FROM dossier WHERE code = '$code'")
check "the appointment is after reception, on a working day" test "$due_ok" = 1

s=$(get "$loc"); check "the receipt answers 200 (got $s)" test "$s" = 200
keep_html receipt
check "the receipt is form 01's title" body_has "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
check "the receipt shows the dossier code" body_has "$code"
check "the receipt shows the procedure" body_has "Đăng ký khai sinh"
check "the receipt shows the masked applicant" body_has "Nguyễn V** A**"
check "the receipt lists the documents received" body_has "Tờ khai đăng ký khai sinh theo mẫu"
check "the receipt shows the appointment date" body_has "Ngày hẹn trả kết quả"
check "the receipt carries an inline QR code" body_has '<svg'
check "the receipt writes out the lookup address for people who cannot scan" body_has "$BASE/tra-cuu"
check "the receipt never shows the identification number" sh -c "! grep -q '001090012345' '$tmp/body'"
check "the receipt prints on A5 (print stylesheet)" sh -c "grep -q 'size:A5' '$top/static/receipt.css' && grep -q 'receipt.css' '$tmp/body'"

s=$(curl -sS -o "$tmp/receipt.png" -w '%{http_code}' "$BASE/ho-so/$code/bien-nhan.png?k=$tok")
check "the receipt as PNG answers 200 (got $s)" test "$s" = 200
check "the PNG is a PNG" sh -c "head -c 8 '$tmp/receipt.png' | od -An -c | grep -q 'P   N   G'"
qr=$(zbarimg --raw -q "$tmp/receipt.png" 2>/dev/null | head -1)
check "the QR decodes (zbarimg) to exactly the status URL with its token" test "$qr" = "$BASE/ho-so/$code?k=$tok"

s=$(get "/ho-so/$code?k=$tok"); check "the status page answers 200 (got $s)" test "$s" = 200
keep_html status
check "status page shows the procedure" body_has "Đăng ký khai sinh"
check "status page shows the masked name" body_has "Nguyễn V** A**"
check "status page shows the reception point" body_has "UBND phường Ba Đình"
check "status page shows the current status in words" body_has "Đã nộp, chờ tiếp nhận"
check "status page shows whether it is on time" body_has "Đang trong hạn"
check "status page shows the timeline" body_has 'class="timeline"'
for secret in 001090012345 0912345678 "Hàng Bài" "an.nguyen@example.vn" "Nguyễn Văn An" "to-khai.pdf"; do
  check "status page never shows '$secret'" sh -c "! grep -qF '$secret' '$tmp/body'"
done

s=$(get "/tra-cuu"); check "the lookup page answers 200 (got $s)" test "$s" = 200
keep_html lookup
s=$(get "/tra-cuu?ma=$code&so=2345"); check "lookup with code + last 4 digits shows the dossier on the page (got $s)" test "$s" = 200
check "lookup shows the status in words" body_has "Đã nộp, chờ tiếp nhận"
keep_html lookup-found
s=$(get "/tra-cuu?ma=$(echo "$code" | tr 'H' 'h')&so=2345"); check "lookup accepts the code in lower case (got $s)" test "$s" = 200
check "and finds the dossier" body_has "$code"
s=$(get "/tra-cuu?ma=$code&so=9999"); check "lookup with wrong digits answers 200 with a message (got $s)" test "$s" = 200
check "wrong digits: 'not found', nothing revealed" body_has "Không tìm thấy hồ sơ"
keep_html lookup-notfound
sed 's/value="[^"]*"//g' "$tmp/body" >"$tmp/wrong-digits"
get "/tra-cuu?ma=000.01.01.H26-000101-0001&so=2345" >/dev/null
sed 's/value="[^"]*"//g' "$tmp/body" >"$tmp/unknown-code"
check "an unknown code gives the same page as wrong digits (but for the typed values)" cmp "$tmp/unknown-code" "$tmp/wrong-digits"
s=$(get "/tra-cuu?ma=abc&so=12"); check "a malformed lookup answers 422 with messages (got $s)" test "$s" = 422
check "malformed lookup: message next to the code field" body_has "Mã hồ sơ không đúng định dạng"
keep_html lookup-invalid
echo "$code $tok" >"$MOTCUA_TEST_WORK/dossier"
