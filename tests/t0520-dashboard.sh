#!/bin/sh
# t0520-dashboard.sh: /thong-ke after a scripted set of dossiers: the figures move by exactly what the script
# did (received, resolved early or on time, late, overdue now, supplements, returned for completion,
# refused; by unit, reception point and channel); the CSV files parse and match the page; the service index
# shows its formulas and "not measured"; staff see the dossiers behind a figure. Moving time: two dossiers'
# appointments are set into the past (as the days would), as t0250 does.
. "$(dirname "$0")/lib.sh"
mkfiles
for u in mc-baydinh ld-baydinh cv2-baydinh mc-chinhanh3; do login "$u" >/dev/null; done
ym=$(sql "SELECT DATE_FORMAT(NOW(), '%Y-%m')")
n=0
csv() { # csv NAME: the month's CSV into $tmp/NAME.csv (past nginx's one-second cache)
  n=$((n + 1)); curl -sS -o "$tmp/$1.csv" "$BASE/thong-ke/$1.csv?ky=$ym&n=$$-$n"
}
# val FILE KEYCOL KEY COL: the value of column COL in the row whose KEYCOL is KEY (0 when absent).
val() {
  awk -F, -v kc="$2" -v k="$3" -v c="$4" 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $col[kc] == k { v = $col[c] } END { print v == "" ? 0 : v }' "$1" | tr -d '\r'
}
snapshot() { # snapshot PREFIX: the unit's, point's and channels' figures
  csv don-vi; csv diem; csv kenh
  local m
  for m in received resolved early on_time late supplement not_received refused overdue; do
    eval "$1_$m=$(val "$tmp/don-vi.csv" k1 101 $m)"
  done
  eval "$1_point4=$(val "$tmp/diem.csv" k1 4 received)"
  eval "$1_online=$(val "$tmp/kenh.csv" ch online received)"
  eval "$1_inperson=$(val "$tmp/kenh.csv" ch in_person received)"
}
snapshot b
pdf() { step "$1" "$2" "$3" "" -F "ket_qua=@$tmp/to-khai.pdf;type=application/pdf"; }
cv=$(account_id cv2-baydinh)
# The QR token of each dossier is kept from its receipt's address (the lookup never shows it).
open_() { c=$(new_dossier); header location | sed 's|.*?k=||' >"$tmp/tok.$c"; step mc-baydinh "$c" tiepnhan >/dev/null; step ld-baydinh "$c" phancong "" -F "chuyen_vien=$cv" >/dev/null; echo "$c"; }
# A: resolved in time with an electronic result, returned electronically.
a=$(open_); pdf cv2-baydinh "$a" trinhky >/dev/null; step ld-baydinh "$a" pheduyet >/dev/null
step mc-baydinh "$a" traketqua "" -F cach_tra=electronic >/dev/null
# B: two supplement requests, then resolved in time (late for the index).
b=$(open_)
for i in 1 2; do
  step cv2-baydinh "$b" yeucaubosung "Bản sao giấy chứng nhận kết hôn (lần $i)" >/dev/null
  tok=$(cat "$tmp/tok.$b")
  get "/ho-so/$b/bo-sung?k=$tok" >/dev/null; t=$(csrf)
  post "/ho-so/$b/bo-sung?k=$tok" -F "_csrf=$t" -F "tep_1=@$tmp/to-khai.pdf" >/dev/null
done
step cv2-baydinh "$b" trinhky >/dev/null; step ld-baydinh "$b" pheduyet >/dev/null
# C: resolved after its appointment.
c=$(open_); sql "SET time_zone = '+07:00'; UPDATE dossier SET due_at = NOW() - INTERVAL 1 HOUR WHERE code = '$c'"
step cv2-baydinh "$c" trinhky >/dev/null; step ld-baydinh "$c" pheduyet >/dev/null
# D: returned for completion.
d=$(new_dossier); step mc-baydinh "$d" trabosung "Thiếu giấy chứng sinh" >/dev/null
# E: received at the counter of Chi nhánh số 3 for ward 101, then refused.
as mc-chinhanh3 /can-bo/tiep-nhan/1.001193 >/dev/null; t=$(csrf)
as mc-chinhanh3 /can-bo/tiep-nhan/1.001193 -F "_csrf=$t" -F "ho_ten=Đỗ Thị Lan" -F "so_dinh_danh=001192004567" \
  -F "ngay_sinh=1992-02-03" -F "dien_thoai=0903123456" -F "dia_chi=Ngõ 5 phố Đội Cấn" -F "co_quan=101" \
  -F "nhan_ket_qua=counter" -F "cam_doan=1" -F "f_ho_ten_tre=Đỗ Minh An" -F "f_ngay_sinh_tre=2025-11-02" \
  -F "f_gioi_tinh=Nam" -F "f_noi_sinh=Hà Nội" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" \
  -F "f_ho_ten_me=Đỗ Thị Lan" -F "tep_1=@$tmp/to-khai.pdf" -F "tep_2=@$tmp/giay-chung-sinh.png" >/dev/null
e=$(sql "SELECT code FROM dossier WHERE point_id = 4 ORDER BY id DESC LIMIT 1")
step ld-baydinh "$e" phancong "" -F "chuyen_vien=$cv" >/dev/null; step cv2-baydinh "$e" tuchoi "Không thuộc thẩm quyền" >/dev/null
# F: received, still open, past its appointment: overdue now.
f=$(open_); sql "SET time_zone = '+07:00'; UPDATE dossier SET due_at = NOW() - INTERVAL 1 HOUR WHERE code = '$f'"
check "the script's dossiers ended where meant" test "$(for x in $a $b $c $d $e $f; do status_of "$x"; done | paste -sd ' ')" = \
  "returned resolved resolved not_received stopped processing"
snapshot z
delta() { eval "echo \$((z_$1 - b_$1))"; }
for want in received:5 resolved:3 late:1 supplement:2 not_received:1 refused:1 overdue:1 point4:1 online:4 inperson:1; do
  k=${want%:*}; v=${want#*:}
  check "unit 101: $k moved by $v (got $(delta "$k"))" test "$(delta "$k")" = "$v"
done
check "early or on time moved by 2 (got $(($(delta early) + $(delta on_time))))" test "$(($(delta early) + $(delta on_time)))" = 2

# The page and its CSV say the same; every CSV parses (one field per header column).
curl -sS -o "$tmp/dash" "$BASE/thong-ke?ky=$ym&n=$$-page"
cp "$tmp/dash" "$tmp/body"; keep_html stats
csv thang
check "the month's total on the page equals the CSV (received)" test "$(sed -n 's/.*id="t-received">\([0-9]*\)<.*/\1/p' "$tmp/dash")" = "$(val "$tmp/thang.csv" month "$(echo "$ym" | tr -d -)" received)"
check "the page has the month chart as SVG with its table" sh -c "grep -qF '<svg viewBox=\"0 0 640 240\" role=\"img\"' '$tmp/dash' && grep -qF 'id=\"tbl-months\"' '$tmp/dash'"
for name in thang don-vi diem thu-tuc kenh hai-long hai-long-don-vi phan-anh chi-so; do
  csv "$name"
  check "$name.csv: a header and rows of as many fields (CSV, UTF-8)" awk -F, 'NR == 1 { n = NF } NF != n { bad = 1 } END { exit bad || NR < 1 }' "$tmp/$name.csv"
done
check "the CSV is served as text/csv" sh -c "curl -sS -D - -o /dev/null '$BASE/thong-ke/kenh.csv?n=$$' | grep -qi '^content-type: text/csv'"
s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/thong-ke/khong-co.csv"); check "an unknown dataset: 404 (got $s)" test "$s" = 404
s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/thong-ke?ky=2026-13"); check "a malformed period: 404 (got $s)" test "$s" = 404
s=$(curl -sS -o "$tmp/body" -w '%{http_code}' "$BASE/thong-ke/du-lieu"); check "the open-data page describes every column (got $s)" sh -c "test $s = 200 && grep -qF 'thu-tuc.csv' '$tmp/body' && grep -qF 'Giải quyết quá hạn' '$tmp/body'"
keep_html stats-data

# The service index: formulas, numbers from the record, "not measured" where the record cannot say.
curl -sS -o "$tmp/body" "$BASE/thong-ke/chi-so?ky=$ym&don-vi=101&n=$$"; keep_html stats-index-unit
want=$(sql "SELECT CONCAT(SUM(measure = 'ok_766'), '/', SUM(measure = 'resolved')) FROM stat_fact f JOIN dossier d ON d.id = f.dossier_id
            WHERE d.resolver_id = 101 AND f.month = $(echo "$ym" | tr -d -)")
check "progress = on time with at most one supplement / resolved, recounted from the raw rows ($want)" \
  sh -c "grep -F 'id=\"item-progress\"' '$tmp/body' | grep -qF '= $want<'"
check "national-portal synchronisation is shown as not measured" sh -c "grep -F 'id=\"item-pub_portal\"' '$tmp/body' | grep -qF 'Chưa đo được'"
check "so is online payment" sh -c "grep -F 'id=\"item-online_pay\"' '$tmp/body' | grep -qF 'Chưa đo được'"
check "the index CSV has ward 101's progress with the same numbers" test "$(awk -F, '$1 == 101 && $4 == "progress" {print $8 "/" $9}' "$tmp/chi-so.csv")" = "$want"
curl -sS -o "$tmp/body" "$BASE/thong-ke/chi-so?ky=$ym&n=$$"; keep_html stats-index

# Staff: the unit's figures, and the dossiers behind one.
s=$(as ld-baydinh "/can-bo/thong-ke?ky=$ym"); check "the unit's figures (got $s)" test "$s" = 200
keep_html staff-stats
check "each number links to its dossiers" body_has "/can-bo/thong-ke/ho-so?ky=$ym&amp;do=late"
s=$(as ld-baydinh "/can-bo/thong-ke/ho-so?ky=$ym&do=late"); keep_html staff-stats-list
listed=$(sed -n 's/.*id="list-count">\([0-9]*\)<.*/\1/p' "$tmp/body")
check "the late dossiers: as many as the figure ($listed = $z_late), C among them" sh -c "test '$listed' = '$z_late' && grep -qF '$c' '$tmp/body'"
as ld-baydinh "/can-bo/thong-ke/ho-so?ky=$ym&do=overdue" >/dev/null
check "overdue now lists F" body_has "$f"
s=$(as ld-baydinh "/can-bo/thong-ke/ho-so?ky=$ym&do=nonsense"); check "an unknown figure: 404 (got $s)" test "$s" = 404
