#!/bin/sh
# t0260-stop-register.sh: refusing and stopping a dossier with a reason (form 05, and what the citizen sees),
# the worklist's filters, and the register of dossiers per unit and date range (form 07).
. "$(dirname "$0")/lib.sh"
mkfiles
for u in mc-baydinh ld-baydinh cv2-baydinh mc-chinhanh3; do login "$u" >/dev/null; done
cv2=$(account_id cv2-baydinh)
a=$(new_dossier); atok=$(header location | sed 's|.*?k=||')
b=$(new_dossier); btok=$(header location | sed 's|.*?k=||')
for c in "$a" "$b"; do
  step mc-baydinh "$c" tiepnhan >/dev/null
  step ld-baydinh "$c" phancong "" -F "chuyen_vien=$cv2" >/dev/null
done
s=$(as ld-baydinh "/can-bo/ho-so/$a/dung-xu-ly"); check "no form 05 for a dossier still in progress (404, got $s)" test "$s" = 404
s=$(step cv2-baydinh "$a" tuchoi ""); check "refusing needs a reason (422, got $s)" test "$s" = 422
s=$(step cv2-baydinh "$a" tuchoi "Người yêu cầu không phải cha, mẹ hoặc người thân thích của trẻ"); check "the specialist refuses it with the reason (303, got $s)" test "$s" = 303
check "refused: stopped, with a finishing time" test "$(sql "SELECT CONCAT(status, ':', finished_at IS NOT NULL) FROM dossier WHERE code = '$a'")" = "stopped:1"
s=$(step ld-baydinh "$a" pheduyet); check "a refused dossier cannot be approved (422, got $s)" test "$s" = 422
s=$(as ld-baydinh "/can-bo/ho-so/$a/dung-xu-ly"); check "the refusal notice (form 05) prints (got $s)" test "$s" = 200
keep_html staff-stop
check "with the reason and the form number" sh -c "grep -qF 'không phải cha, mẹ hoặc người thân thích' '$tmp/body' && grep -qF 'Mẫu số 05' '$tmp/body'"
fresh "/ho-so/$a?k=$atok" "$tmp/pub"
check "the citizen reads that it was refused, and why" sh -c "grep -qF 'từ chối giải quyết hồ sơ này' '$tmp/pub' && grep -qF 'không phải cha, mẹ hoặc người thân thích' '$tmp/pub'"
cp "$tmp/pub" "$tmp/body"; keep_html status-refused
s=$(step cv2-baydinh "$b" dungxuly "Công dân có đơn xin rút hồ sơ"); check "a specialist cannot stop a dossier (403, got $s)" test "$s" = 403
s=$(step ld-baydinh "$b" dungxuly ""); check "stopping needs a reason (422, got $s)" test "$s" = 422
s=$(step ld-baydinh "$b" dungxuly "Công dân có đơn xin rút hồ sơ"); check "the leader stops it (303, got $s)" test "$s" = 303
check "stopped: withdrawn" test "$(status_of "$b")" = withdrawn
fresh "/ho-so/$b?k=$btok" "$tmp/pub"
check "the citizen reads that it stopped, and why" sh -c "grep -qF 'Hồ sơ đã dừng giải quyết' '$tmp/pub' && grep -qF 'Công dân có đơn xin rút hồ sơ' '$tmp/pub'"
s=$(step ld-baydinh "$b" dungxuly "Lần hai"); check "it cannot be stopped twice (422, got $s)" test "$s" = 422

# Electronic return needs an electronic result.
d=$(new_dossier); dtok=$(header location | sed 's|.*?k=||')
step mc-baydinh "$d" tiepnhan >/dev/null; step ld-baydinh "$d" phancong "" -F "chuyen_vien=$cv2" >/dev/null
step cv2-baydinh "$d" trinhky >/dev/null; step ld-baydinh "$d" pheduyet >/dev/null
s=$(step mc-baydinh "$d" traketqua "" -F "cach_tra=electronic"); check "no electronic return without an electronic result (422, got $s)" test "$s" = 422
check "it says so next to the choice" body_has "chưa có kết quả điện tử"
s=$(step mc-baydinh "$d" traketqua "" -F "cach_tra=post" -F "ma_buu_gui=EB123456789VN"); check "returned by post with the tracking number (303, got $s)" test "$s" = 303
check "the tracking number is kept" test "$(sql "SELECT CONCAT(returned_how, ' ', post_tracking) FROM dossier WHERE code = '$d'")" = "post EB123456789VN"
fresh "/ho-so/$d?k=$dtok" "$tmp/pub"
check "the citizen sees it went by post, with the tracking number" sh -c "grep -qF 'Đã trả kết quả: Nhận qua dịch vụ bưu chính công ích' '$tmp/pub' && grep -qF 'EB123456789VN' '$tmp/pub'"

# The worklist's filters: by procedure, by reception point, mine.
as ld-baydinh /can-bo >/dev/null
check "a leader is not offered counter reception" sh -c "! grep -qF 'action=\"/can-bo/tiep-nhan\"' '$tmp/body'"
as mc-baydinh /can-bo >/dev/null
check "a counter officer is" body_has 'action="/can-bo/tiep-nhan"'
c=$(new_dossier)
s=$(as mc-baydinh "/can-bo?thu_tuc=1.001193&q=$c"); check "filter by procedure keeps it (got $s)" body_has "ho-so/$c\""
as mc-baydinh "/can-bo?thu_tuc=2.000986&q=$c" >/dev/null
check "filter by another procedure drops it" sh -c "! grep -qF 'ho-so/$c\"' '$tmp/body'"
as mc-baydinh "/can-bo?diem=101&q=$c" >/dev/null
check "filter by its reception point keeps it" body_has "ho-so/$c\""
as mc-baydinh "/can-bo?diem=4&q=$c" >/dev/null
check "filter by another point drops it" sh -c "! grep -qF 'ho-so/$c\"' '$tmp/body'"
# The search: by code (its unique index), by a part of the name (any case, without diacritics), open dossiers only.
name=$(sql "SELECT applicant_name FROM dossier WHERE code = '$c'")
part=$(python3 -c 'import sys, unicodedata; w = sys.argv[1].split()[-1]; print("".join(ch for ch in unicodedata.normalize("NFD", w) if unicodedata.category(ch) != "Mn").replace("đ", "d").replace("Đ", "D").lower())' "$name")
as mc-baydinh "/can-bo?q=$part" >/dev/null
check "a part of the name ($part of $name) finds it" body_has "ho-so/$c\""
as mc-baydinh "/can-bo?q=$part&trang_thai=signoff" >/dev/null
check "with a status filter it does not" sh -c "! grep -qF 'ho-so/$c\"' '$tmp/body'"
as mc-baydinh "/can-bo?q=$a" >/dev/null
check "a closed dossier's code lists nothing" sh -c "! grep -qF 'ho-so/$a\"' '$tmp/body'"
as mc-chinhanh3 "/can-bo?q=$c" >/dev/null
check "another unit does not find it by its code" sh -c "! grep -qF 'ho-so/$c\"' '$tmp/body'"
as mc-baydinh "/can-bo?q=$(echo "$c" | cut -d- -f3)" >/dev/null
check "a part of a code is not a code: nothing" sh -c "! grep -qF 'ho-so/$c\"' '$tmp/body'"
as mc-baydinh "/can-bo?trang_thai=signoff" >/dev/null
check "filter by status: a new dossier is not waiting for sign-off" sh -c "! grep -qF 'ho-so/$c\"' '$tmp/body'"
keep_html staff-worklist-filtered

# Form 07: the register, per unit and date range.
s=$(as mc-baydinh "/can-bo/so-theo-doi"); check "the register opens on this month (got $s)" test "$s" = 200
keep_html staff-register
check "it lists the unit's dossiers, refused and stopped included" sh -c "grep -qF '$a' '$tmp/body' && grep -qF '$b' '$tmp/body' && grep -qF '$c' '$tmp/body'"
check "with the form number" body_has "Mẫu số 07"
# A page at a time (so_dong rows; 200 by default), numbered across pages; the print view has the whole period.
month="tu=$(date -d "$(sql "SET time_zone = '+07:00'; SELECT CURDATE()")" +%Y-%m-01)&den=$(sql "SET time_zone = '+07:00'; SELECT CURDATE()")"
total=$(sed -n 's/.*<p class="count" role="status">[^:]*: \([0-9]*\) .*/\1/p' "$tmp/body")
check "the count is every dossier of the month ($total, at least 3)" test "${total:-0}" -ge 3
s=$(as mc-baydinh "/can-bo/so-theo-doi?$month&so_dong=1"); rows1=$(grep -c '^<td>[0-9][0-9]*</td><td>' "$tmp/body")
check "one row a page (got $s, $rows1 rows)" sh -c "[ $s = 200 ] && [ $rows1 = 1 ] && grep -qF '<td>1</td>' '$tmp/body'"
check "page 1 of $total, with a link to the next and to the print view" sh -c "grep -qF 'Trang 1/$total' '$tmp/body' && grep -qF 'so_dong=1&amp;trang=2' '$tmp/body' && grep -qF 'in=1' '$tmp/body'"
keep_html staff-register-paged
first=$(sed -n 's|^<td>1</td><td>\([^<]*\)</td>.*|\1|p' "$tmp/body")
as mc-baydinh "/can-bo/so-theo-doi?$month&so_dong=1&trang=2" >/dev/null
check "page 2 numbers on (no. 2) and shows another dossier than $first" sh -c "[ -n '$first' ] && grep -qF '<td>2</td>' '$tmp/body' && ! grep -qF '<td>$first</td>' '$tmp/body' && grep -qF 'trang=1' '$tmp/body'"
as mc-baydinh "/can-bo/so-theo-doi?$month&so_dong=1&trang=99999" >/dev/null
check "a page past the end shows the last" sh -c "grep -qF '<td>$total</td>' '$tmp/body' && grep -qF 'Trang $total/$total' '$tmp/body'"
s=$(as mc-baydinh "/can-bo/so-theo-doi?$month&in=1"); rows=$(grep -c '^<td>[0-9][0-9]*</td><td>' "$tmp/body")
check "the print view lists the whole month ($rows of $total rows, got $s)" sh -c "[ $s = 200 ] && [ '$rows' = '$total' ] && grep -qF '$a' '$tmp/body' && grep -qF '$b' '$tmp/body' && grep -qF '$c' '$tmp/body'"
check "without the pager" sh -c "! grep -qF 'class=\"pager' '$tmp/body'"
# Received at another point (Chi nhánh số 3) for the ward: in the ward's register (it resolves it) and the branch's
# (it received it), once each.
s=$(counter_ks mc-chinhanh3); e=$(header location | sed 's|.*/ho-so/\([^/?]*\).*|\1|')
check "the branch receives a dossier for the ward (303, got $s, $e)" sh -c "[ '$s' = 303 ] && [ -n '$e' ]"
as mc-baydinh "/can-bo/so-theo-doi?$month&in=1" >/dev/null
check "the ward's register lists it once" test "$(grep -c "^<td>[0-9][0-9]*</td><td>$e</td>" "$tmp/body")" = 1
as mc-chinhanh3 "/can-bo/so-theo-doi?$month&in=1" >/dev/null
check "the branch's register lists it once" test "$(grep -c "^<td>[0-9][0-9]*</td><td>$e</td>" "$tmp/body")" = 1
today=$(sql "SET time_zone = '+07:00'; SELECT CURDATE()")
s=$(as mc-baydinh "/can-bo/so-theo-doi?tu=2020-01-01&den=2020-01-31"); check "an earlier month (got $s)" test "$s" = 200
check "does not list today's dossiers" sh -c "! grep -qF '$a' '$tmp/body'"
s=$(as mc-baydinh "/can-bo/so-theo-doi?tu=$today&den=2020-01-01"); check "an end before the start is refused (422, got $s)" test "$s" = 422
check "with a message next to the end date" body_has 'id="e-den"'
s=$(as mc-baydinh "/can-bo/so-theo-doi?tu=2024-02-30&den=$today"); check "an impossible date is refused (422, got $s)" test "$s" = 422
as mc-chinhanh3 "/can-bo/so-theo-doi?tu=$today&den=$today" >/dev/null
check "another unit's register does not list them" sh -c "! grep -qF '$a' '$tmp/body'"
s=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/can-bo/so-theo-doi"); check "nobody signed out reads it (303 to sign-in, got $s)" test "$s" = 303
