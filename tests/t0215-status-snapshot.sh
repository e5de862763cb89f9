#!/bin/sh
# t0215-status-snapshot.sh: the status page's snapshot (db/020, one row read by code) equals what the full
# read of the record shows, after each kind of change: a submission online and at the counter, each kind of
# step (acceptance, assignment, liên thông there and back, a supplement asked and sent by the citizen, an
# apology drafted and signed, sign-off sent back and approved with a result, the result returned, a dossier
# returned for completion, one stopped). Each time: the snapshot's columns and timeline against the record's
# (the joins DOSSIER_VIEW makes), and the page from the snapshot against the page from the full read (the
# snapshot row taken away: the program falls back to it), byte for byte.
. "$(dirname "$0")/lib.sh"
mkfiles
for u in mc-baydinh ld-baydinh cv2-baydinh ld-bachmai mc-chinhanh3; do login "$u" >/dev/null; done
DTF="'%Y-%m-%d %H:%i'"
# The record, read the long way (as DOSSIER_VIEW and PUBLIC_APOLOGY do).
full() {
  sql "SELECT d.status, d.channel, d.name_masked, d.green, d.limit_days, d.limit_unit, d.return_method,
         DATE_FORMAT(d.submitted_at, $DTF), DATE_FORMAT(d.received_at, $DTF), DATE_FORMAT(d.due_at, $DTF),
         COALESCE(DATE_FORMAT(d.finished_at, $DTF), '-'), COALESCE(DATE_FORMAT(d.first_due_at, $DTF), '-'),
         p.code, p.name, a.name, pt.name, pt.address, r.name, COALESCE(h.name, '-'),
         d.result_sha IS NOT NULL AND d.status IN ('resolved', 'returned'), COALESCE(d.returned_how, '-'),
         COALESCE(d.post_tracking, '-'),
         COALESCE((SELECT CONCAT(ap.reason, ' / ', DATE_FORMAT(ap.new_due, $DTF)) FROM dossier_apology ap
                    WHERE ap.dossier_id = d.id AND ap.signed_at IS NOT NULL ORDER BY ap.signed_at DESC LIMIT 1), '-')
       FROM dossier d JOIN proc p ON p.id = d.proc_id JOIN agency a ON a.id = d.agency_id
       JOIN agency pt ON pt.id = d.point_id JOIN agency r ON r.id = d.resolver_id LEFT JOIN agency h ON h.id = d.holder_id
       WHERE d.code = '$1'"
  sql "SELECT DATE_FORMAT(e.at, $DTF), e.status, COALESCE(ea.name, ''), e.note FROM dossier_event e
       JOIN dossier d ON d.id = e.dossier_id LEFT JOIN agency ea ON ea.id = e.agency_id
       WHERE d.code = '$1' ORDER BY e.at, e.id" | awk -F '\t' '{printf "|R|%s|F|%s|F|%s|F|%s", $1, $2, $3, $4} END {print ""}'
}
snap() {
  sql "SELECT status, channel, name_masked, green, limit_days, limit_unit, return_method,
         DATE_FORMAT(submitted_at, $DTF), DATE_FORMAT(received_at, $DTF), DATE_FORMAT(due_at, $DTF),
         COALESCE(DATE_FORMAT(finished_at, $DTF), '-'), COALESCE(DATE_FORMAT(first_due_at, $DTF), '-'),
         proc_code, proc_name, agency_name, point_name, point_address, resolver_name, COALESCE(holder_name, '-'),
         has_result, COALESCE(returned_how, '-'), COALESCE(post_tracking, '-'),
         COALESCE(CONCAT(ap_reason, ' / ', DATE_FORMAT(ap_new_due, $DTF)), '-')
       FROM dossier_status WHERE code = '$1'"
  sql "SELECT REPLACE(REPLACE(COALESCE(timeline, ''), CHAR(30), '|R|'), CHAR(31), '|F|') FROM dossier_status WHERE code = '$1'"
}
# same WHAT CODE TOKEN: the snapshot equals the record, and so does the page.
same() {
  full "$2" >"$tmp/full"; snap "$2" >"$tmp/snap"
  check "$1: the snapshot equals the record ($(head -1 "$tmp/snap" | cut -f1))" cmp -s "$tmp/full" "$tmp/snap"
  # Past nginx's one-second cache (the private instance's /bench-nocache/, nginx/motcua.conf.in).
  get "/bench-nocache/ho-so/$2?k=$3" >/dev/null; cp "$tmp/body" "$tmp/page-snap"
  sql "DELETE FROM dossier_status WHERE code = '$2'"
  get "/bench-nocache/ho-so/$2?k=$3" >/dev/null; cp "$tmp/body" "$tmp/page-full"
  sql "CALL dossier_status_refresh((SELECT id FROM dossier WHERE code = '$2'), (SELECT id FROM dossier WHERE code = '$2'))"
  check "$1: the page from the snapshot is the page from the full read" sh -c "cmp -s '$tmp/page-snap' '$tmp/page-full' && grep -qF '$2' '$tmp/page-snap'"
  cmp -s "$tmp/page-snap" "$tmp/page-full" || diff "$tmp/page-snap" "$tmp/page-full" | head -10 | sed 's/^/# /'
  cmp -s "$tmp/full" "$tmp/snap" || diff "$tmp/full" "$tmp/snap" | head -10 | sed 's/^/# /'
}

code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
same "submitted online" "$code" "$tok"
step mc-baydinh "$code" tiepnhan >/dev/null; same "accepted" "$code" "$tok"
step ld-baydinh "$code" phancong "" -F "chuyen_vien=$(account_id cv2-baydinh)" >/dev/null; same "assigned" "$code" "$tok"
s=$(step cv2-baydinh "$code" lienthong "Đề nghị xác minh nơi cư trú" -F "don_vi=102"); same "forwarded ($s)" "$code" "$tok"
s=$(step ld-bachmai "$code" tralienthong "Đã xác minh <b>nơi cư trú</b> & trả lời"); same "sent back ($s)" "$code" "$tok"
s=$(step cv2-baydinh "$code" yeucaubosung "Bản sao Giấy chứng nhận kết hôn"); same "supplement asked ($s)" "$code" "$tok"
get "/ho-so/$code/bo-sung?k=$tok" >/dev/null; t=$(csrf)
s=$(post "/ho-so/$code/bo-sung?k=$tok" -F "_csrf=$t" -F "tep_1=@$tmp/to-khai.pdf;filename=giay-ket-hon.pdf")
same "supplement sent by the citizen ($s)" "$code" "$tok"
workday=$(sql "SET time_zone = '+07:00'; SELECT MIN(x) FROM (SELECT DATE(d.due_at) + INTERVAL s.seq DAY AS x FROM dossier d JOIN seq_1_to_30 s
  WHERE d.code = '$code') t WHERE WEEKDAY(x) < 5 AND x >= CURDATE() + INTERVAL 3 DAY
  AND NOT EXISTS (SELECT 1 FROM holiday h WHERE h.day = x AND h.kind = 'holiday')")
s=$(step cv2-baydinh "$code" xinloi "Chờ kết quả xác minh" -F "ngay_hen=$workday"); same "apology drafted ($s)" "$code" "$tok"
s=$(step ld-baydinh "$code" kyxinloi); same "apology signed ($s)" "$code" "$tok"
s=$(step cv2-baydinh "$code" trinhky); same "submitted for sign-off ($s)" "$code" "$tok"
s=$(step ld-baydinh "$code" tralai "Bổ sung căn cứ"); same "sent back to the specialist ($s)" "$code" "$tok"
step cv2-baydinh "$code" trinhky >/dev/null
printf '%%PDF-1.4\n%%%%EOF\n' >"$tmp/ket-qua.pdf"
s=$(step ld-baydinh "$code" pheduyet "" -F "ket_qua=@$tmp/ket-qua.pdf;filename=giay-khai-sinh.pdf"); same "approved with a result ($s)" "$code" "$tok"
s=$(step mc-baydinh "$code" traketqua "" -F "cach_tra=post" -F "ma_buu_gui=EK123456789VN"); same "returned by post ($s)" "$code" "$tok"
check "the steps all went through (returned)" test "$(status_of "$code")" = returned

code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
s=$(step mc-baydinh "$code" trabosung "Thiếu bản chính Giấy chứng sinh"); same "returned for completion ($s)" "$code" "$tok"
code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
step mc-baydinh "$code" tiepnhan >/dev/null
s=$(step ld-baydinh "$code" dungxuly "Công dân rút hồ sơ"); same "stopped ($s)" "$code" "$tok"
check "that one is withdrawn" test "$(status_of "$code")" = withdrawn

s=$(counter_ks mc-chinhanh3)
loc=$(header location); code=$(echo "$loc" | sed 's|^/ho-so/\([^/?]*\).*|\1|'); tok=$(echo "$loc" | sed 's|.*?k=||')
same "received at the counter ($s)" "$code" "$tok"

# The snapshot is read as one value (db/036: status_row, its parts joined by CHAR(29)); a value holding that
# character (no input can) does not split into 27 parts: the page reads the row column by column instead.
get "/bench-nocache/ho-so/$code?k=$tok" >/dev/null; cp "$tmp/body" "$tmp/page-before"
sql "UPDATE dossier_status SET name_masked = CONCAT('Trần', CHAR(29), 'T**') WHERE code = '$code'"
s=$(get "/bench-nocache/ho-so/$code?k=$tok")
check "a snapshot value holding the separator: the page is shown ($s)" test "$s" = 200
check "and shows that value whole" body_has "$(printf 'Trần\035T**')"
sql "CALL dossier_status_refresh((SELECT id FROM dossier WHERE code = '$code'), (SELECT id FROM dossier WHERE code = '$code'))"
get "/bench-nocache/ho-so/$code?k=$tok" >/dev/null
check "and after the refresh, the page as before" cmp -s "$tmp/page-before" "$tmp/body"
