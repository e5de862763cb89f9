#!/bin/sh
# security.sh: make security: sqlmap (level 5, risk 3) against every parameter of the public and back-office
# pages of a throwaway instance; prints per target whether anything was found injectable (SECURITY.md).
# usage: tests/security.sh PORT   (long: tens of minutes; SQLMAP_MINUTES bounds each target, default 20)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
port=${1:-18095}
work=$(mktemp -d /tmp/motcua-security.XXXXXX)
chmod 711 "$work"   # started as root, each program runs as its own user and must reach its files
var=$work/var base=http://127.0.0.1:$port
trap 'cgi-bin/tools/motcua-stack.sh stop "$var" >/dev/null 2>&1' EXIT
cgi-bin/tools/motcua-stack.sh start "$var" "$port" "$top/build" >"$work/stack.log" 2>&1 || { cat "$work/stack.log"; exit 1; }
export BASE=$base VAR=$var MOTCUA_TEST_WORK=$work
. "$top/tests/lib.sh"
mkfiles
code=$(new_dossier)
tok=$(sed -n 's/^[Ll]ocation:.*k=\([A-Za-z0-9_-]*\).*/\1/p' "$tmp/head" | tr -d '\r')
login cv-baydinh >/dev/null
sid=$(awk '$6 == "mc_s" {print $7}' "$tmp/jar-cv-baydinh")
login_at /dai-ly dl-boho >/dev/null
aid=$(awk '$6 == "mc_s" {print $7}' "$tmp/jar-dl-boho")
out=$top/build/security
mkdir -p "$out"
minutes=${SQLMAP_MINUTES:-20}
found=0 n=0 total=0
# up: the instance answers (a program stopped from outside, e.g. by a broad pkill on a shared machine,
# is started again, the data kept), so that no target is "tested" against a 502.
up() {
  s=$(curl -s -o /dev/null -w '%{http_code}' "$base/thu-tuc")
  [ "$s" = 200 ] && return 0
  echo "# the instance answered $s: started again"
  cgi-bin/tools/motcua-stack.sh stop "$var" >/dev/null 2>&1
  cgi-bin/tools/motcua-stack.sh start "$var" "$port" "$top/build" >>"$work/stack.log" 2>&1
}
# attempt NAME sqlmap-args...: one sqlmap run of a target; sets rc, reqs, secs and down (the answers no
# program gave: nginx's 502 and 504).
attempt() {
  name=$1; shift
  up
  # --csrf-url works only single-threaded.
  threads=4; case "$*" in *--csrf-url*) threads=1 ;; esac
  before=$(wc -l <"$var/log/access.log") start=$(date +%s)
  timeout $((minutes * 60)) sqlmap --batch --level=5 --risk=3 --threads=$threads --flush-session --disable-coloring \
    --output-dir="$out/$name" "$@" >"$out/$name.log" 2>&1
  rc=$?
  reqs=$(($(wc -l <"$var/log/access.log") - before)) secs=$(($(date +%s) - start))
  down=$(tail -n +$((before + 1)) "$var/log/access.log" | awk -F'"' '{ split($3, a, " "); if (a[1] == 502 || a[1] == 504) k++ } END { print k + 0 }')
}
run() { # NAME sqlmap-args...
  n=$((n + 1))
  attempt "$@"
  # A program stopped from outside during the run (a shared machine): that run tested nothing; once more.
  if [ "$down" -gt 0 ]; then echo "# $1: $down of $reqs requests got no program's answer (502/504): run again"; attempt "$@"; fi
  total=$((total + reqs))
  if [ "$down" -gt 0 ]; then
    found=1; echo "not ok $n - $name: $down of $reqs requests got no program's answer (502/504): the run does not count"; return
  fi
  if grep -qiE 'identified the following injection point|is vulnerable' "$out/$name.log"; then
    found=1; echo "not ok $n - $name: sqlmap reports an injection (see $out/$name.log)"
  else
    tested=$(grep -c "testing '" "$out/$name.log")
    [ "$tested" -gt 0 ] || { found=1; echo "not ok $n - $name: sqlmap ran no test (see $out/$name.log)"; return; }
    echo "ok $n - $name: nothing injectable ($tested tests, $reqs requests, ${secs} s$( [ $rc = 124 ] && echo ", stopped after $minutes min"))"
  fi
}
run catalogue -u "$base/thu-tuc?q=khai+sinh&linh-vuc=ho-tich"
run procedure -u "$base/thu-tuc/1.001193*"
run lookup -u "$base/tra-cuu?ma=$code&so=2345"
run status -u "$base/ho-so/$code*?k=${tok:-x}"
run submit -u "$base/nop-ho-so/1.001193" --csrf-token=_csrf --csrf-url="$base/nop-ho-so/1.001193" \
  --data "_csrf=x&ho_ten=Nguyen+Van+An&so_dinh_danh=001090012345&ngay_sinh=1990-05-17&dien_thoai=0912345678&dia_chi=So+12&co_quan=101&nhan_ket_qua=counter&cam_doan=1&f_ho_ten_tre=Khoi"
run worklist -u "$base/can-bo?trang_thai=new&q=Nguyen&thu_tuc=1.001193&diem=101&cua_toi=1" --cookie="mc_s=$sid"
run register -u "$base/can-bo/so-theo-doi?tu=2025-11-01&den=2025-11-30" --cookie="mc_s=$sid"
run attachment -u "$base/can-bo/tep?ho_so=$code&id=1" --cookie="mc_s=$sid"
run step -u "$base/can-bo/ho-so/$code" --cookie="mc_s=$sid" --csrf-token=_csrf --csrf-url="$base/can-bo/ho-so/$code" \
  --data "_csrf=x&buoc=tiepnhan&phien_ban=0&ghi_chu=x&chuyen_vien=1&don_vi=102&ngay_hen=2026-12-31&cach_tra=post&ma_buu_gui=EB125966888VN"
run feedback -u "$base/phan-anh?ma=$code"
run dashboard -u "$base/thong-ke?ky=2026-11"
run open-data -u "$base/thong-ke/thang.csv?ky=2026"
run index -u "$base/thong-ke/chi-so?ky=2026-11&don-vi=101"
run queue-points -u "$base/xep-hang?phuong=101"
run booking -u "$base/xep-hang/dat-truoc?diem=101"
run staff-figures -u "$base/can-bo/thong-ke/ho-so?ky=2026-11&do=overdue" --cookie="mc_s=$sid"
run agent-desk -u "$base/dai-ly?q=0912345678" --cookie="mc_s=$aid"
run login -u "$base/can-bo/dang-nhap" --csrf-token=_csrf --csrf-url="$base/can-bo/dang-nhap" --data "_csrf=x&ten=nobody&mat_khau=x"
echo "# sqlmap $(sqlmap --version 2>/dev/null | head -1): $n targets, level 5, risk 3, $total requests; logs in $out"
exit $found
