#!/bin/sh
# t0620-disk-full.sh: a full upload disk (issue 10, faults): the upload store (and its staging) is put on a small
# file system of its own, which is filled; dossiers with attachments sent online, at the counter and by a
# post-office agent, and a result attached by a specialist, each get a clear Vietnamese message next to the file
# (422, the form with everything typed kept), and nothing is half written: no dossier, no attachment, no number
# taken, no staged file. Once space is freed, the same form goes through exactly once.
# Needs root (mount): run as another user it fails, it is never skipped.
. "$(dirname "$0")/lib.sh"
mkfiles
store=$VAR/uploads under=$tmp/under
msg="Máy chủ tạm thời hết chỗ lưu tệp"
if [ "$(id -u)" != 0 ]; then
  fail "the full-disk test mounts a small file system over the upload store: run make test as root"
  exit 0
fi
# The store's own small file system: tmpfs, else a loop-mounted ext4 image; what the store holds is copied in,
# and what the test stored is copied back before it is unmounted.
mkdir "$under" && mount --bind "$store" "$under" || { fail "the store can be reached under $under"; exit 0; }
size=$(( $(du -sk "$store" | cut -f1) + 2048 ))k
cleanup() {
  rm -f "$store/.filler"
  if mountpoint -q "$store"; then cp -an "$store/." "$under/" && umount "$store"; fi
  umount "$under" 2>/dev/null
}
trap cleanup EXIT
how=tmpfs
if ! mount -t tmpfs -o "size=$size,mode=$(stat -c %a "$store"),uid=$(stat -c %u "$store"),gid=$(stat -c %g "$store")" tmpfs "$store" 2>"$tmp/err"; then
  how="loop-mounted ext4"
  truncate -s "$size" "$tmp/disk.img" && mkfs.ext4 -q -m 0 "$tmp/disk.img" && mount -o loop "$tmp/disk.img" "$store" 2>>"$tmp/err" ||
    { fail "a small file system can be mounted over the store (tmpfs, loop): $(cat "$tmp/err")"; exit 0; }
fi
cp -a "$under/." "$store/"
check "the store is on its own $how file system of $size, with what it held" sh -c "mountpoint -q '$store' && test \"\$(ls '$store' | wc -l)\" = \"\$(ls '$under' | wc -l)\""

avail() { df --output=avail -B1 "$store" | tail -1 | tr -d ' '; }
fill() { dd if=/dev/zero of="$store/.filler" bs=64k >/dev/null 2>&1; sync; }
unfill() { rm -f "$store/.filler"; }
# A PDF of its own each time (content-addressed: its hash in no store yet).
own() { printf '%%PDF-1.4\n%% %s %s %s\n%%%%EOF\n' "$1" "$$" "$(date +%s%N)" >"$tmp/$1.pdf"; }
staged() { find "$store/staging" -type f | wc -l; }
today=$(sql "SET time_zone = '+07:00'; SELECT CURDATE()")
numbers() { sql "SELECT COALESCE(SUM(last), 0) FROM dossier_seq WHERE agency_id = 101 AND day = '$today'"; }
atts() { sql "SELECT COUNT(*) FROM attachment"; }
state() { echo "$(dossiers) $(atts) $(numbers) $(staged)"; }
# refused WHAT STATUS BEFORE VALUE...: the answer to a form sent onto the full disk.
refused() {
  local what=$1 s=$2 before=$3; shift 3
  check "$what: refused with 422, not 5xx (got $s)" test "$s" = 422
  check "$what: the page says in Vietnamese that the server's disk is full" body_has "$msg"
  for v in "$@"; do check "$what: the form keeps '$v'" body_has "$v"; done
  check "$what: no dossier, attachment, number or staged file written ($before -> $(state))" test "$(state)" = "$before"
}

# Online, from a citizen's phone.
fill; check "the disk is full (available: $(avail) bytes)" test "$(avail)" -lt 4096
own online; before=$(state)
s=$(submit_ks -F "tep_1=@$tmp/online.pdf;type=application/pdf" -F "ho_ten=Phạm Thu Hà")
refused "online" "$s" "$before" 'value="Phạm Thu Hà"' 'value="an.nguyen@example.vn"' 'Số 12 phố Hàng Bài'
t=$(csrf); unfill
s=$(post_ks "$t" -F "tep_1=@$tmp/online.pdf;type=application/pdf" -F "ho_ten=Phạm Thu Hà"); loc=$(header location)
s2=$(post_ks "$t" -F "tep_1=@$tmp/online.pdf;type=application/pdf" -F "ho_ten=Phạm Thu Hà"); loc2=$(header location)
check "space freed, the same form goes through (303, got $s), sent twice it is one dossier ($s2)" sh -c "[ '$s' = 303 ] && [ '$s2' = 303 ] && [ '$loc' = '$loc2' ]"
set -- $before
check "exactly one dossier with its two attachments, no staged file left ($(state))" test "$(dossiers) $(atts) $(staged)" = "$(($1 + 1)) $(($2 + 2)) $4"
sha=$(sha256sum "$tmp/online.pdf" | cut -d' ' -f1)
check "its file is whole in the store" cmp -s "$tmp/online.pdf" "$store/$(echo "$sha" | cut -c1-2)/$sha"

# At the counter (the back office's program).
login mc-baydinh >/dev/null
counter() { as mc-baydinh /can-bo/tiep-nhan/1.001193 -F "_csrf=$1" -F "co_quan=101" -F "nhan_ket_qua=counter" \
  -F "ho_ten=Đỗ Thị Lan" -F "so_dinh_danh=001192004567" -F "ngay_sinh=1992-02-03" -F "dien_thoai=0903123456" \
  -F "dia_chi=Ngõ 5 phố Đội Cấn" -F "cam_doan=1" -F "f_ho_ten_tre=Đỗ Minh An" -F "f_ngay_sinh_tre=2025-11-02" \
  -F "f_gioi_tinh=Nam" -F "f_noi_sinh=Bệnh viện Xanh Pôn" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" \
  -F "f_ho_ten_me=Đỗ Thị Lan" -F "tep_1=@$tmp/counter.pdf" -F "tep_2=@$tmp/giay-chung-sinh.png"; }
fill; own counter; before=$(state)
as mc-baydinh /can-bo/tiep-nhan/1.001193 >/dev/null
s=$(counter "$(csrf)")
refused "counter" "$s" "$before" 'value="Đỗ Thị Lan"' 'Ngõ 5 phố Đội Cấn'
t=$(csrf); unfill
s=$(counter "$t"); s2=$(counter "$t")
set -- $before
check "space freed, the counter's form goes through once (303 $s, again $s2; $(state))" sh -c "[ '$s' = 303 ] && [ '$s2' = 303 ] && [ '$(dossiers) $(atts) $(staged)' = '$(($1 + 1)) $(($2 + 2)) $4' ]"

# By a post-office agent.
login_at /dai-ly dl-boho >/dev/null
fill; own agent; before=$(state)
s=$(agent_ks dl-boho /dai-ly/nop/1.001193 -F "tep_1=@$tmp/agent.pdf;type=application/pdf")
refused "agent" "$s" "$before" 'value="Lê Thị Hoa"' 'Số 8 phố Đinh Tiên Hoàng'
t=$(csrf); unfill
agent_post() { as dl-boho /dai-ly/nop/1.001193 -F "_csrf=$t" -F "ho_ten=Lê Thị Hoa" -F "so_dinh_danh=001190012346" \
  -F "ngay_sinh=1990-03-04" -F "dien_thoai=0913 222 333" -F "dia_chi=Số 8 phố Đinh Tiên Hoàng, phường Hoàn Kiếm" \
  -F "co_quan=101" -F "nhan_ket_qua=post" -F "cam_doan=1" -F "f_ho_ten_tre=Lê Minh Châu" -F "f_ngay_sinh_tre=2025-11-03" \
  -F "f_gioi_tinh=Nữ" -F "f_noi_sinh=Bệnh viện Phụ sản Hà Nội" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" \
  -F "f_ho_ten_me=Lê Thị Hoa" -F "tep_1=@$tmp/agent.pdf;type=application/pdf" \
  -F "tep_2=@$tmp/giay-chung-sinh.png;type=image/png" -F "dong_y=1" -F "co_mat=Chính người nộp"; }
s=$(agent_post); s2=$(agent_post)
set -- $before
check "space freed, the agent's form goes through once (303 $s, again $s2; $(state))" sh -c "[ '$s' = 303 ] && [ '$s2' = 303 ] && [ '$(dossiers) $(atts) $(staged)' = '$(($1 + 1)) $(($2 + 2)) $4' ]"

# A specialist attaching the result for sign-off.
login cv2-baydinh >/dev/null
cv=$(account_id cv2-baydinh)
code=$(new_dossier)
step mc-baydinh "$code" tiepnhan >/dev/null
step mc-baydinh "$code" phancong "" -F "chuyen_vien=$cv" >/dev/null
fill; own result; st=$(staged)
s=$(step cv2-baydinh "$code" trinhky "" -F "ket_qua=@$tmp/result.pdf;filename=ket-qua.pdf")
check "result: refused with 422, not 5xx (got $s)" test "$s" = 422
check "result: the page says the disk is full" body_has "$msg"
check "result: the dossier's page is shown again with the step's file field" body_has 'name="ket_qua"'
check "result: the dossier did not move and holds no result ($(sql "SELECT status, result_sha IS NULL FROM dossier WHERE code = '$code'" | tr '\t' ' '))" \
  test "$(sql "SELECT status, result_sha IS NULL FROM dossier WHERE code = '$code'" | tr '\t' ' ')" = "processing 1"
check "result: no staged file" test "$(staged)" = "$st"
unfill
s=$(step cv2-baydinh "$code" trinhky "" -F "ket_qua=@$tmp/result.pdf;filename=ket-qua.pdf")
check "space freed, the result is attached (303, got $s; $(sql "SELECT status, result_sha IS NOT NULL FROM dossier WHERE code = '$code'" | tr '\t' ' '))" \
  test "$s $(sql "SELECT status, result_sha IS NOT NULL FROM dossier WHERE code = '$code'" | tr '\t' ' ')" = "303 signoff 1"
