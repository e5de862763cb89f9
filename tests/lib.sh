# lib.sh: shared by the end-to-end scripts: TAP output, curl helpers, database access, HTML capture.
# Each tests/tNNNN-*.sh sources it; run.sh sets BASE, VAR and MOTCUA_TEST_WORK.
top=$(cd "$(dirname "$0")/.." && pwd)
n=0
ok()   { n=$((n + 1)); echo "ok $n - $*"; }
fail() { n=$((n + 1)); echo "not ok $n - $*"; }
# Helpers keep their variables local (dash supports `local`), so a script's own names survive.
check() { # check "description" command...
  local d=$1; shift
  if "$@" >/dev/null 2>&1; then ok "$d"; else fail "$d"; fi
}
tmp=$(mktemp -d "$MOTCUA_TEST_WORK/t.XXXXXX")
jar=$tmp/cookies

# get PATH [curl args]: body to $tmp/body, headers to $tmp/head; prints the status.
get() { p=$1; shift; curl -sS -g -o "$tmp/body" -D "$tmp/head" -w '%{http_code}' -b "$jar" -c "$jar" "$@" "$BASE$p"; }
# post PATH [curl args] (multipart -F fields)
post() { p=$1; shift; curl -sS -g -o "$tmp/body" -D "$tmp/head" -w '%{http_code}' -b "$jar" -c "$jar" "$@" "$BASE$p"; }
header() { grep -i "^$1:" "$tmp/head" | head -1 | sed 's/^[^:]*: *//' | tr -d '\r'; }
body_has() { grep -qF -- "$1" "$tmp/body"; }
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$tmp/body" | head -1; }
# Keep a copy of each page for the HTML checker (t0900).
keep_html() { mkdir -p "$MOTCUA_TEST_WORK/html"; cp "$tmp/body" "$MOTCUA_TEST_WORK/html/$1.html"; }
# SQL as root of the private instance (tests only read and count).
sql() { "$top/db/dbctl.sh" sql "$VAR" -N -e "$1"; }

# Small real files of each accepted type, and a fake one.
mkfiles() {
  printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$tmp/to-khai.pdf"
  printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001\000\000\000\001\010\002\000\000\000\220wS\336\000\000\000\014IDATx\234c\370\017\000\000\001\001\000\005\030\330N\000\000\000\000IEND\256B`\202' >"$tmp/giay-chung-sinh.png"
  printf '<html><body>not a pdf</body></html>\n' >"$tmp/fake.pdf"
}

# A valid birth registration (Đăng ký khai sinh, 1.001193) at ward 101.
# Extra curl arguments override or add fields. Leaves the response in
# $tmp/body and $tmp/head; prints the HTTP status.
KS=/nop-ho-so/1.001193
submit_ks() {
  get "$KS" >/dev/null
  post_ks "$(csrf)" "$@"
}
# post_ks TOKEN [curl args]: the same valid form, posted with a given CSRF token.
post_ks() {
  t=$1; shift
  post "$KS" -F "_csrf=$t" -F "ho_ten=Nguyễn Văn An" -F "so_dinh_danh=001090012345" \
    -F "ngay_sinh=1990-05-17" -F "dien_thoai=0912 345 678" -F "email=an.nguyen@example.vn" \
    -F "dia_chi=Số 12 phố Hàng Bài, phường Hoàn Kiếm" -F "co_quan=101" -F "nhan_ket_qua=counter" \
    -F "cam_doan=1" -F "f_ho_ten_tre=Nguyễn Minh Khôi" -F "f_ngay_sinh_tre=2025-11-01" \
    -F "f_gioi_tinh=Nam" -F "f_noi_sinh=Bệnh viện Phụ sản Hà Nội" -F "f_dan_toc=Kinh" \
    -F "f_quoc_tich=Việt Nam" -F "f_ho_ten_me=Trần Thị Bình" \
    -F "tep_1=@$tmp/to-khai.pdf;type=application/pdf" -F "tep_2=@$tmp/giay-chung-sinh.png;type=image/png" "$@"
}
# fresh PATH OUT: a status page (or receipt) as the database has it now, not the copy nginx keeps a second
# (keyed on the path and k only): asks again, bounded (4 s), until nginx says this answer was rendered after
# the call (MISS, EXPIRED), or served from an update this call set off (STALE, then HIT).
fresh() {
  local i=0 seen=0 c
  while [ $i -lt 40 ]; do
    curl -sS -g -o "$2" -D "$tmp/fresh-head" "$BASE$1"
    c=$(grep -i '^x-cache-status:' "$tmp/fresh-head" | tr -d '\r' | sed 's/^[^:]*: *//')
    case $c in
      MISS|EXPIRED|BYPASS|"") return 0 ;;
      STALE) seen=1 ;;
      HIT) [ $seen = 1 ] && return 0 ;;
    esac
    i=$((i + 1)); sleep 0.1
  done
  return 1
}
dossiers() { sql "SELECT COUNT(*) FROM dossier"; }

# --- the back office ---
# login USER: signs in with the demo password into the jar $tmp/jar-USER; prints the status.
demo_pw() { awk -v u="$1" '$1 == u {print $2}' "$VAR/conf/demo-accounts.txt"; }
login() { login_at /can-bo "$@"; }
# login_at AREA USER [PASSWORD]: signs in at AREA/dang-nhap (/can-bo, /dai-ly) into the jar $tmp/jar-USER.
login_at() {
  local a=$1 u=$2 pw=${3:-$(demo_pw "$2")} j=$tmp/jar-$2 t
  curl -sS -o "$tmp/body" -b "$j" -c "$j" "$BASE$a/dang-nhap" >/dev/null
  t=$(csrf)
  curl -sS -g -o "$tmp/body" -D "$tmp/head" -w '%{http_code}' -b "$j" -c "$j" \
    -F "_csrf=$t" -F "ten=$u" -F "mat_khau=$pw" "$BASE$a/dang-nhap"
}
# as USER PATH [curl args]: a request in USER's session; prints the status.
as() { local u=$1 p=$2; shift 2; curl -sS -g -o "$tmp/body" -D "$tmp/head" -w '%{http_code}' -b "$tmp/jar-$u" -c "$tmp/jar-$u" "$@" "$BASE$p"; }
# step USER CODE STEP [NOTE]: takes a workflow step with the form's token and version; prints the status.
step() {
  local u=$1 c=$2 s=$3 note=${4:-} t v
  shift 3; [ $# -gt 0 ] && shift
  as "$u" "/can-bo/ho-so/$c" >/dev/null
  t=$(csrf); v=$(sed -n 's/.*name="phien_ban" value="\([0-9]*\)".*/\1/p' "$tmp/body" | head -1)
  as "$u" "/can-bo/ho-so/$c" -F "_csrf=$t" -F "phien_ban=${v:-0}" -F "buoc=$s" -F "ghi_chu=$note" "$@"
}
# counter_ks USER [curl args]: the birth registration of a citizen of ward 101, received at USER's
# counter (/can-bo/tiep-nhan/1.001193) with both documents; prints the status.
counter_ks() {
  local u=$1 t
  shift
  as "$u" /can-bo/tiep-nhan/1.001193 >/dev/null; t=$(csrf)
  as "$u" /can-bo/tiep-nhan/1.001193 -F "_csrf=$t" -F "ho_ten=Đỗ Thị Lan" -F "so_dinh_danh=001192004567" \
    -F "ngay_sinh=1992-02-03" -F "dien_thoai=0903123456" -F "dia_chi=Ngõ 5 phố Đội Cấn" -F "co_quan=101" \
    -F "nhan_ket_qua=counter" -F "cam_doan=1" -F "f_ho_ten_tre=Đỗ Minh An" -F "f_ngay_sinh_tre=2025-11-02" \
    -F "f_gioi_tinh=Nam" -F "f_noi_sinh=Hà Nội" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" \
    -F "f_ho_ten_me=Đỗ Thị Lan" -F "tep_1=@$tmp/to-khai.pdf" -F "tep_2=@$tmp/giay-chung-sinh.png" "$@"
}
account_id() { sql "SELECT id FROM staff_account WHERE username = '$1'"; }
status_of() { sql "SELECT status FROM dossier WHERE code = '$1'"; }
new_dossier() { # submits a valid online dossier at ward 101; prints its code
  submit_ks >/dev/null; header location | sed 's|^/ho-so/\([^/]*\)/.*|\1|'
}

# --- the post-office agents (/dai-ly) ---
# agent_ks USER PATH [curl args]: the birth registration of post_ks, through an agent's form at PATH
# (/dai-ly/nop/1.001193 online, /dai-ly/buu-chinh/1.001193 on paper) with the citizen's consent.
agent_ks() {
  local u=$1 p=$2 t
  shift 2
  as "$u" "$p" >/dev/null; t=$(csrf)
  as "$u" "$p" -F "_csrf=$t" -F "ho_ten=Lê Thị Hoa" -F "so_dinh_danh=001190012346" -F "ngay_sinh=1990-03-04" \
    -F "dien_thoai=0913 222 333" -F "dia_chi=Số 8 phố Đinh Tiên Hoàng, phường Hoàn Kiếm" -F "co_quan=101" \
    -F "nhan_ket_qua=post" -F "cam_doan=1" -F "f_ho_ten_tre=Lê Minh Châu" -F "f_ngay_sinh_tre=2025-11-03" \
    -F "f_gioi_tinh=Nữ" -F "f_noi_sinh=Bệnh viện Phụ sản Hà Nội" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" \
    -F "f_ho_ten_me=Lê Thị Hoa" -F "tep_1=@$tmp/to-khai.pdf;type=application/pdf" \
    -F "tep_2=@$tmp/giay-chung-sinh.png;type=image/png" -F "dong_y=1" -F "co_mat=Chính người nộp" "$@"
}
# The code of the dossier the last agent form made (303 to /dai-ly/ho-so/{code}).
agent_code() { header location | sed 's|^/dai-ly/ho-so/||'; }
# agent_step USER CODE STEP [curl args]: a delivery step on the agent's page of the dossier.
agent_step() {
  local u=$1 c=$2 s=$3 t v
  shift 3
  as "$u" "/dai-ly/ho-so/$c" >/dev/null
  t=$(csrf); v=$(sed -n 's/.*name="phien_ban" value="\([0-9]*\)".*/\1/p' "$tmp/body" | head -1)
  as "$u" "/dai-ly/ho-so/$c" -F "_csrf=$t" -F "phien_ban=${v:-0}" -F "buoc=$s" "$@"
}
