#!/bin/sh
# t0370-uploads-quotas.sh: neither disk nor numbers can be used up anonymously (issue 10, item 3): files are
# staged per form and reach the store only with their dossier; kept files are bound to their form; the collector
# removes what nothing references; public POSTs are counted per client and per identification number per day;
# one client gets a small share of an agency's numbers; online submissions cannot take the counter's numbers.
. "$(dirname "$0")/lib.sh"
mkfiles
store=$VAR/uploads
stored() { find "$store" -path "$store/staging" -prune -o -type f -name "$1" -print | grep -c . ; }
# A PDF of its own (its hash is in no store yet).
printf '%%PDF-1.4\n%% %s %s\n%%%%EOF\n' "$$" "$(date +%s%N)" >"$tmp/own.pdf"
own=$(sha256sum "$tmp/own.pdf" | cut -d' ' -f1)
quota() { sql "UPDATE setting SET value = '$2' WHERE name = 'quota.$1'"; }
saved=$(sql "SELECT GROUP_CONCAT(CONCAT(name, '=', value)) FROM setting WHERE name LIKE 'quota.%'")
trap 'for kv in $(echo "$saved" | tr , " "); do sql "UPDATE setting SET value = '"'"'${kv#*=}'"'"' WHERE name = '"'"'${kv%%=*}'"'"'"; done' EXIT

# A refused form stores nothing; the same form, corrected, stores its files with the dossier.
get "$KS" >/dev/null; t=$(csrf)
s=$(post_ks "$t" -F "tep_1=@$tmp/own.pdf;type=application/pdf" -F "ho_ten=A1"); check "a form with an invalid name is refused (422, got $s)" test "$s" = 422
check "its file is not in the store" test "$(stored "$own")" = 0
check "it waits in the form's staging" test -f "$store/staging/$(echo "$t" | cut -d. -f1)/$own"
keep1=$(sed -n 's/.*name="giu_1" value="\([^"]*\)".*/\1/p' "$tmp/body" | head -1)
keep2=$(sed -n 's/.*name="giu_2" value="\([^"]*\)".*/\1/p' "$tmp/body" | head -1)
check "the form keeps it by a reference bound to the form (hash and MAC)" sh -c "echo '$keep1' | grep -qE '^$own\.[A-Za-z0-9_-]{22}$'"
cp "$jar" "$tmp/jar-first"
# kept TOKEN GIU1 GIU2: the valid form, with kept files instead of new ones.
kept() {
  post "$KS" -F "_csrf=$1" -F "ho_ten=Nguyễn Văn An" -F "so_dinh_danh=001090012345" -F "ngay_sinh=1990-05-17" \
    -F "dien_thoai=0912345678" -F "dia_chi=Số 12 phố Hàng Bài" -F "co_quan=101" -F "nhan_ket_qua=counter" -F "cam_doan=1" \
    -F "f_ho_ten_tre=Nguyễn Minh Khôi" -F "f_ngay_sinh_tre=2025-11-01" -F "f_gioi_tinh=Nam" -F "f_noi_sinh=Hà Nội" \
    -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" -F "f_ho_ten_me=Trần Thị Bình" -F "giu_1=$2" -F "giu_2=$3"
}
# Another form cannot take that file, nor any stored file by its hash.
get "$KS" >/dev/null; t2=$(csrf)
s=$(kept "$t2" "$keep1" "$keep2"); check "another form cannot use the first form's kept files (422, got $s)" test "$s" = 422
known=$(sql "SELECT sha256 FROM attachment LIMIT 1")
s=$(kept "$t2" "$known" "$known"); check "nor a stored file named by its bare hash (422, got $s)" test "$s" = 422
s=$(kept "$t2" "$known.AAAAAAAAAAAAAAAAAAAAAA" "$known.AAAAAAAAAAAAAAAAAAAAAA"); check "nor with a forged MAC (422, got $s)" test "$s" = 422
cp "$tmp/jar-first" "$jar"
# A staged file is not synced (upload.c: one fsync, after its link into the store): one whose bytes are no
# longer its name (a crash cut it short) is refused when the form takes it up again, never stored.
staged=$store/staging/$(echo "$t" | cut -d. -f1)/$own
cp -p "$staged" "$tmp/staged"
printf 'x' >>"$staged"
s=$(kept "$t" "$keep1" "$keep2"); check "a kept file whose bytes changed is refused (422, got $s)" test "$s" = 422
check "and not stored" test "$(stored "$own")" = 0
cp -p "$tmp/staged" "$staged"
cp "$tmp/jar-first" "$jar"
s=$(kept "$t" "$keep1" "$keep2"); check "the first form, corrected, keeps its files (303, got $s)" test "$s" = 303
check "its file is now in the store" test "$(stored "$own")" = 1
check "and the form's staging is gone" test ! -e "$store/staging/$(echo "$t" | cut -d. -f1)"

# The collector: unreferenced files older than an hour and forms older than five hours go; the rest stays.
orphan=$(printf '%064d' 0 | sed "s/^0000/$(printf '%04x' $(($$ % 65536)))/")
mkdir -p "$store/$(echo "$orphan" | cut -c1-2)" "$store/staging/OLDFORM-$$-abcdefghij" "$store/staging/NEWFORM-$$-abcdefghij"
cp "$tmp/to-khai.pdf" "$store/$(echo "$orphan" | cut -c1-2)/$orphan"
touch -d '2 hours ago' "$store/$(echo "$orphan" | cut -c1-2)/$orphan"
touch -d '6 hours ago' "$store/staging/OLDFORM-$$-abcdefghij"
# A file part ClearSilver wrote into staging/ whose request never ended (its worker killed): gone after an hour.
printf 'x' >"$store/staging/cgi_upload.old$$"; touch -d '2 hours ago' "$store/staging/cgi_upload.old$$"
printf 'x' >"$store/staging/cgi_upload.new$$"
refs=$(sql "SELECT COUNT(DISTINCT sha256) FROM attachment")
"$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" gc >"$tmp/gc" 2>&1; check "motcua-admin gc runs ($(cat "$tmp/gc"))" test $? = 0
check "an unreferenced old file is removed" test ! -e "$store/$(echo "$orphan" | cut -c1-2)/$orphan"
check "an abandoned form's staging is removed" test ! -e "$store/staging/OLDFORM-$$-abcdefghij"
check "a recent form's staging stays" test -d "$store/staging/NEWFORM-$$-abcdefghij"
check "a file part left in staging an hour ago is removed, a recent one stays" \
  sh -c "test ! -e '$store/staging/cgi_upload.old$$' && test -f '$store/staging/cgi_upload.new$$'"
rm -f "$store/staging/cgi_upload.new$$"
missing=0
for sha in $(sql "SELECT DISTINCT sha256 FROM attachment UNION SELECT result_sha FROM dossier WHERE result_sha IS NOT NULL"); do
  [ -f "$store/$(echo "$sha" | cut -c1-2)/$sha" ] || missing=$((missing + 1))
done
check "every referenced file is still there ($refs attachments' files, $missing missing)" test "$missing" = 0
rmdir "$store/staging/NEWFORM-$$-abcdefghij"

# Public POSTs per client and day.
p=$(printf %x $(($$ % 65536))); d=$(($$ % 200 + 20))
quota client_posts 3
for i in 1 2 3; do curl -sS -o /dev/null -H "X-Real-IP: 2001:db8:$p:70::$i" -F a=1 "$BASE/nop-ho-so/1.001193"; done
s=$(curl -sS -o "$tmp/body" -w '%{http_code}' -H "X-Real-IP: 2001:db8:$p:70::9" -F a=1 "$BASE/nop-ho-so/1.001193")
check "a client's 4th POST of the day answers 429 (got $s)" test "$s" = 429
check "with a page that says why" body_has "Đã vượt số lần gửi cho phép trong ngày"
# The programs' day is Hanoi's (time_zone +07:00, core/db-connect.c): from 17:00 UTC it is already tomorrow.
posts() { sql "SET time_zone = '+07:00'; SELECT COALESCE(SUM(n), 0) FROM quota WHERE scope = 'client' AND subject = '$1' AND day = CURDATE()"; }
check "the refused POSTs and the 429 counted, each once ($(posts "2001:db8:$p:70::/64"))" test "$(posts "2001:db8:$p:70::/64")" = 4
s=$(curl -sS -o /dev/null -w '%{http_code}' -H "X-Real-IP: 2001:db8:$p:71::1" -F a=1 "$BASE/nop-ho-so/1.001193"); check "another client is not held back (403 for the forged form, got $s)" test "$s" = 403
quota client_posts 1000000

# Dossiers per identification number and day.
quota id_dossiers 2
id=00109$(printf '%07d' $(($$ % 10000000)))
idsub() { get "$KS" -H "X-Real-IP: $1" >/dev/null; post_ks "$(csrf)" -H "X-Real-IP: $1" -F "so_dinh_danh=$id" -F "ngay_sinh=1990-05-17"; }
before=$(dossiers)
a=$(idsub "2001:db8:$p:72::1"); b=$(idsub "2001:db8:$p:73::1"); c=$(idsub "2001:db8:$p:74::1")
check "two dossiers with one identification number pass, the third answers 429 ($a $b $c)" test "$a $b $c" = "303 303 429"
check "and only two were written" test "$(dossiers)" = $((before + 2))
# A committed dossier's POST counts in its own transaction, a refused one alone: each once.
check "each of the three POSTs counted once ($(posts "2001:db8:$p:72::/64") $(posts "2001:db8:$p:74::/64"))" \
  test "$(posts "2001:db8:$p:72::/64") $(posts "2001:db8:$p:74::/64")" = "1 1"
check "the quota keeps a keyed tag, never the number" test "$(sql "SELECT COUNT(*) FROM quota WHERE subject LIKE '%$id%'")" = 0
quota id_dossiers 1000000

# One client's share of an agency's numbers.
quota client_agency_dossiers 2
agsub() { get "$KS" -H "X-Real-IP: 198.51.100.$d" >/dev/null
  post_ks "$(csrf)" -H "X-Real-IP: 198.51.100.$d" -F "so_dinh_danh=00109$(printf '%07d' $(( ($$ + $1) % 10000000)))"; }
a=$(agsub 11); b=$(agsub 12); c=$(agsub 13)
check "one client gets two numbers of the ward today, the third answers 429 ($a $b $c)" test "$a $b $c" = "303 303 429"
s=$(get "$KS" -H "X-Real-IP: 198.51.100.$((d + 1))"); post_ks "$(csrf)" -H "X-Real-IP: 198.51.100.$((d + 1))" -F "so_dinh_danh=00109$(printf '%07d' $(( ($$ + 14) % 10000000)))" >"$tmp/s"
check "another client still gets one ($(cat "$tmp/s"))" test "$(cat "$tmp/s")" = 303
quota client_agency_dossiers 1000000

# The counter's numbers: online submissions cannot use them up.
today=$(sql "SET time_zone = '+07:00'; SELECT CURDATE()")
last=$(sql "SELECT COALESCE(MAX(last), 0) FROM dossier_seq WHERE agency_id = 101 AND day = '$today' AND lane = 0")
sql "INSERT INTO dossier_seq (agency_id, day, lane, last) VALUES (101, '$today', 0, 7999) ON DUPLICATE KEY UPDATE last = 7999"
s=$(submit_ks); check "with the ward's 7,999 online numbers used today, an online dossier is refused (503, got $s)" test "$s" = 503
login mc-baydinh >/dev/null
as mc-baydinh /can-bo/tiep-nhan/1.001193 >/dev/null
s=$(as mc-baydinh /can-bo/tiep-nhan/1.001193 -F "_csrf=$(csrf)" -F "co_quan=101" -F "nhan_ket_qua=counter" -F "ho_ten=Đỗ Thị Lan" \
  -F "so_dinh_danh=001192004567" -F "ngay_sinh=1992-02-03" -F "dien_thoai=0903123456" -F "dia_chi=Ngõ 5 phố Đội Cấn" \
  -F "cam_doan=1" -F "f_ho_ten_tre=Đỗ Minh An" -F "f_ngay_sinh_tre=2025-11-02" -F "f_gioi_tinh=Nam" -F "f_noi_sinh=Bệnh viện Xanh Pôn" \
  -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" -F "f_ho_ten_me=Đỗ Thị Lan" -F "tep_1=@$tmp/to-khai.pdf" -F "tep_2=@$tmp/giay-chung-sinh.png")
check "the ward's counter still receives a dossier (303, got $s)" test "$s" = 303
check "numbered in the counter's range (8001-9999: $(header location))" sh -c "echo '$(header location)' | grep -qE -- '-(8[0-9]{3}|9[0-9]{3})/'"
sql "UPDATE dossier_seq SET last = $last WHERE agency_id = 101 AND day = '$today' AND lane = 0"
