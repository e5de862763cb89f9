#!/bin/sh
# t0500-rating.sh: the holder of a receipt rates the service through the QR link: not before reception, the
# reception criteria first, all nine once the result is returned; a second rating replaces the first within
# the window; "not satisfied" opens feedback for the unit; totals follow. Moving time: the test sets one
# rating's date back past the window and restores it (the only rows it writes).
. "$(dirname "$0")/lib.sh"
mkfiles
for u in mc-baydinh ld-baydinh cv2-baydinh; do login "$u" >/dev/null; done
code=$(new_dossier); tok=$(header location | sed 's|.*?k=||')
R="/ho-so/$code/danh-gia?k=$tok"
s=$(get "$R"); check "the rating page opens through the QR link (got $s)" test "$s" = 200
check "but a dossier not yet received cannot be rated" body_has "chưa được tiếp nhận nên chưa thể đánh giá"
s=$(get "/ho-so/$code/danh-gia?k=AAAAAAAAAAAAAAAAAAAAAA"); check "a wrong token: 404 (got $s)" test "$s" = 404
step mc-baydinh "$code" tiepnhan >/dev/null
s=$(get "$R"); t=$(csrf); keep_html rating-reception
check "after reception the reception criteria are asked" sh -c "grep -qF 'name=\"c5\"' '$tmp/body' && grep -qF 'name=\"c7\"' '$tmp/body'"
check "but not the whole-process ones yet" sh -c "! grep -qF 'name=\"c1\"' '$tmp/body'"
s=$(post "$R" -F "_csrf=$t" -F c5=3 -F c6=2); check "every criterion asked needs an answer (422, got $s)" test "$s" = 422
check "with a message next to it" body_has 'id="e-c7"'
keep_html rating-errors
s=$(post "$R" -F "_csrf=$t" -F c5=3 -F c6=2 -F c7=3 -F c9=3 -F "y_kien=Cán bộ hướng dẫn tận tình"); check "the citizen rates the reception (303, got $s)" test "$s" = 303
check "back to the rating page" test "$(header location)" = "$R"
id=$(sql "SELECT id FROM dossier WHERE code = '$code'")
check "one rating with four answers" test "$(sql "SELECT COUNT(*), (SELECT COUNT(*) FROM rating_answer WHERE dossier_id = $id) FROM rating WHERE dossier_id = $id")" = "1	4"
month=$(sql "SELECT EXTRACT(YEAR_MONTH FROM NOW())")
tot() { sql "SELECT COALESCE(SUM(n), 0) FROM stat_total WHERE dim = 'unit' AND k1 = 101 AND month = $month AND measure = '$1'"; }
rated0=$(tot rated); c7s=$(tot c7_3)
get "$R" >/dev/null; t=$(csrf)
check "the page shows the rating on record" body_has "Đánh giá của ông/bà đã được ghi nhận lúc"
s=$(post "$R" -F "_csrf=$t" -F c5=3 -F c6=2 -F c7=1 -F c9=3 -F "y_kien=Phải chờ lâu"); check "a second rating within the window replaces the first (303, got $s)" test "$s" = 303
check "still one rating, the new answer" test "$(sql "SELECT COUNT(*), MAX(a.level) FROM rating g JOIN rating_answer a ON a.dossier_id = g.dossier_id AND a.criterion = 7 WHERE g.dossier_id = $id")" = "1	1"
check "the totals count it once: rated unchanged ($rated0)" test "$(tot rated)" = "$rated0"
check "the old answer is taken back from the totals" test "$(tot c7_3)" = "$((c7s - 1))"
fb=$(sql "SELECT COUNT(*), MAX(unit_id), MAX(status) FROM feedback WHERE dossier_id = $id AND source = 'rating'")
check "'not satisfied' opened a feedback item for the unit ($fb)" test "$fb" = "1	101	open"
get "$R" >/dev/null; keep_html rating-done
check "the rating page links to that feedback" body_has "/phan-anh/PA-"
t=$(csrf)
s=$(post "$R" -F "_csrf=$t" -F c5=1 -F c6=1 -F c7=1 -F c9=1); check "rating again (303, got $s)" test "$s" = 303
check "does not open a second feedback item" test "$(sql "SELECT COUNT(*) FROM feedback WHERE dossier_id = $id")" = 1
created=$(sql "SELECT created_at FROM rating WHERE dossier_id = $id")
get "$R" >/dev/null; t=$(csrf)
sql "UPDATE rating SET created_at = NOW() - INTERVAL 8 DAY WHERE dossier_id = $id"
get "$R" >/dev/null
check "after the window the rating shows, no form" sh -c "grep -qF 'không còn sửa được' '$tmp/body' && ! grep -qF 'name=\"c5\"' '$tmp/body'"
s=$(post "$R" -F "_csrf=$t" -F c5=3 -F c6=3 -F c7=3 -F c9=3); check "and cannot change (422, got $s)" test "$s" = 422
sql "UPDATE rating SET created_at = '$created' WHERE dossier_id = $id"
# All nine once the result is returned; offered on the counter's tablet.
step ld-baydinh "$code" phancong "" -F "chuyen_vien=$(account_id cv2-baydinh)" >/dev/null
step cv2-baydinh "$code" trinhky >/dev/null; step ld-baydinh "$code" pheduyet >/dev/null
step mc-baydinh "$code" traketqua "" -F cach_tra=counter >/dev/null
check "the dossier was returned" test "$(status_of "$code")" = returned
as mc-baydinh "/can-bo/ho-so/$code" >/dev/null
check "the counter's dossier page offers the rating on a tablet" body_has "/danh-gia?k=$tok&amp;quay=1"
s=$(get "$R&quay=1"); t=$(csrf); check "the tablet page opens (got $s)" test "$s" = 200
check "all nine criteria are asked" sh -c "grep -qF 'name=\"c1\"' '$tmp/body' && grep -qF 'name=\"c8\"' '$tmp/body'"
keep_html rating-full
s=$(post "$R&quay=1" -F "_csrf=$t" -F quay=1 -F c1=3 -F c2=3 -F c3=2 -F c4=3 -F c5=3 -F c6=3 -F c7=2 -F c8=3 -F c9=3); check "rated in full (303, got $s)" test "$s" = 303
check "nine answers on record" test "$(sql "SELECT COUNT(*) FROM rating_answer WHERE dossier_id = $id")" = 9
curl -sS -o "$tmp/pub" "$BASE/ho-so/$code?k=$tok&n=$$"
check "the status page links to the rating" grep -qF "/ho-so/$code/danh-gia?k=$tok" "$tmp/pub"
