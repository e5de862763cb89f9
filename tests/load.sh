# load.sh: citizens submitting under faults, as browsers retry (t0610, t0810; sourced after lib.sh).
# Each receipt shown goes to $shown (one code a line), each failure to $tmp/errors; C clients.
# One citizen's submission, as a browser retries it: the same form (same
# CSRF token, same form id) is posted again after a 502/503/connection
# error, up to 60 times over about 12 seconds. Prints the receipt's code when one was shown.
submit_one() {
  local j=$tmp/jar.$1 b=$tmp/body.$1 h=$tmp/head.$1 t s k
  for k in $(seq 1 60); do
    s=$(curl -sS -m 20 -o "$b" -w '%{http_code}' -b "$j" -c "$j" "$BASE$KS" 2>/dev/null)
    [ "$s" = 200 ] && break
    sleep 0.2   # a person pressing reload: back-off, not synchronisation
  done
  t=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$b" | head -1)
  [ -n "$t" ] || { echo "noform" >>"$tmp/errors"; return; }
  for k in $(seq 1 60); do
    s=$(curl -sS -m 20 -o "$b" -D "$h" -w '%{http_code}' -b "$j" -c "$j" -F "_csrf=$t" -F "ho_ten=Nguyễn Văn An" \
      -F "so_dinh_danh=001090012345" -F "ngay_sinh=1990-05-17" -F "dien_thoai=0912 345 678" \
      -F "dia_chi=Số 12 phố Hàng Bài" -F "co_quan=101" -F "nhan_ket_qua=counter" -F "cam_doan=1" \
      -F "f_ho_ten_tre=Nguyễn Minh Khôi" -F "f_ngay_sinh_tre=2025-11-01" -F "f_gioi_tinh=Nam" \
      -F "f_noi_sinh=Bệnh viện Phụ sản Hà Nội" -F "f_dan_toc=Kinh" -F "f_quoc_tich=Việt Nam" \
      -F "f_ho_ten_me=Trần Thị Bình" -F "tep_1=@$tmp/to-khai.pdf;type=application/pdf" \
      -F "tep_2=@$tmp/giay-chung-sinh.png;type=image/png" "$BASE$KS" 2>/dev/null)
    case $s in
      303) grep -i '^location:' "$h" | sed 's|.*/ho-so/\([^/]*\)/.*|\1|' | tr -d '\r' >>"$shown"; return ;;
      502|503|504|000) sleep 0.2; continue ;;   # safely retryable: the same form again, after a moment
      *) echo "status $s" >>"$tmp/errors"; return ;;
    esac
  done
  echo "gave up" >>"$tmp/errors"
}

client() { # client ID COUNT
  local i=0
  while [ $i -lt "$2" ]; do submit_one "$1.$i"; i=$((i + 1)); done
}

load() { # starts C clients with COUNT each; their pids in $tmp/clients
  : >"$tmp/clients"
  for c in $(seq 1 $C); do client "$1$c" "$2" & echo $! >>"$tmp/clients"; done
}
running() { for p in $(cat "$tmp/clients"); do kill -0 "$p" 2>/dev/null && return 0; done; return 1; }
