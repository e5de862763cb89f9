#!/bin/sh
# t0385-sealed-drafts.sh: the personal data left in clear before db/017 is sealed at rest like the dossier's (issue 10):
# an agent's saved draft (the whole form as typed: name, identification number, birth date, phone, address) and a
# queue booking's phone. The column holds no clear text; the agent opens the draft again; the collector still spares
# the files a draft keeps (listed apart, in files); rows saved in clear before are sealed by motcua-admin seal, once.
. "$(dirname "$0")/lib.sh"
mkfiles
store=$VAR/uploads
admin() { "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" "$@"; }
login_at /dai-ly dl-boho >/dev/null
# in_clear TABLE COLUMN ID VALUE...: how many of the values the column holds as they were typed.
in_clear() {
  local t=$1 c=$2 id=$3 k=0; shift 3
  for v in "$@"; do k=$((k + $(sql "SELECT LOCATE(CONVERT('$v' USING utf8mb4), CONVERT($c USING utf8mb4)) > 0 FROM $t WHERE id = $id"))); done
  echo $k
}

# A draft saved now.
printf '%%PDF-1.4\n%% draft %s %s\n%%%%EOF\n' "$$" "$(date +%s%N)" >"$tmp/draft.pdf"
sha=$(sha256sum "$tmp/draft.pdf" | cut -d' ' -f1)
as dl-boho /dai-ly/nop/1.001193 >/dev/null; t=$(csrf)
s=$(as dl-boho /dai-ly/nop/1.001193 -F "_csrf=$t" -F "ho_ten=Vũ Thị Mai" -F "so_dinh_danh=001186009876" -F "ngay_sinh=1986-04-12" \
  -F "dien_thoai=0988 777 655" -F "email=mai.vu@example.vn" -F "dia_chi=Số 27 ngõ Văn Chương" -F "f_ho_ten_me=Vũ Thị Mai" \
  -F "tep_1=@$tmp/draft.pdf;type=application/pdf" -F "luu_nhap=1")
loc=$(header location); draft=${loc##*nhap=}
check "a draft is saved (303, got $s, $loc)" sh -c "[ '$s' = 303 ] && [ -n '$draft' ]"
check "its data is sealed (s1.)" test "$(sql "SELECT LEFT(data, 3) FROM agent_draft WHERE id = $draft")" = "s1."
k=$(in_clear agent_draft data "$draft" "Vũ Thị Mai" 001186009876 1986-04-12 "0988 777 655" mai.vu@example.vn "Số 27 ngõ Văn Chương")
check "none of the six values typed is in the column ($k found)" test "$k" = 0
check "its file is listed apart, for the collector" test "$(sql "SELECT files FROM agent_draft WHERE id = $draft")" = "$sha"
s=$(as dl-boho "$loc"); check "the agent opens it again (200, got $s)" test "$s" = 200
check "with what was typed" sh -c "grep -qF 'value=\"Vũ Thị Mai\"' '$tmp/body' && grep -qF 'value=\"001186009876\"' '$tmp/body' && grep -qF 'Số 27 ngõ Văn Chương' '$tmp/body'"
check "and its file" body_has "draft.pdf"
sql "UPDATE agent_draft SET data = CONCAT(data, 'x') WHERE id = $draft"
s=$(as dl-boho "$loc"); check "altered, it does not open (500, got $s)" test "$s" = 500
sql "UPDATE agent_draft SET data = LEFT(data, LENGTH(data) - 1) WHERE id = $draft"
f=$store/$(echo "$sha" | cut -c1-2)/$sha
touch -d '2 hours ago' "$f"
admin gc >"$tmp/gc" 2>&1
check "the collector spares the file the draft keeps ($(cat "$tmp/gc"))" test -f "$f"

# A booking's phone.
get "/xep-hang/dat-truoc?diem=131" >/dev/null
day=$(sed -n 's/.*<option value="\([0-9-]\{10\}\)".*/\1/p' "$tmp/body" | head -1)
s=$(post /xep-hang/dat-truoc -F "_csrf=$(csrf)" -F "diem=131" -F "dich_vu=tu-phap" -F "ngay=$day" -F "so_dinh_danh=001186009876" -F "dien_thoai=0966 123 987")
bid=$(header location | sed 's|^/xep-hang/dat-truoc/\([0-9]*\)?.*|\1|')
check "a number is booked (303, got $s)" sh -c "[ '$s' = 303 ] && [ -n '$bid' ]"
check "its phone is sealed, not in clear" test "$(sql "SELECT LEFT(phone, 3), LOCATE('0966123987', phone) FROM queue_booking WHERE id = $bid" | tr '\t' ' ')" = "s1. 0"

# Rows saved in clear before db/017: sealed by motcua-admin seal, once.
agent=$(account_id dl-boho); office=$(sql "SELECT unit_id FROM staff_account WHERE username = 'dl-boho'")
fid=legacyForm$(printf '%012d' $$)
sql "INSERT INTO agent_draft (agent_id, office_id, channel, proc_code, saved_at, data) VALUES ($agent, $office, 'agent', '1.001193', NOW(),
  'form {\n  ho_ten = Trịnh Văn Cũ\n  so_dinh_danh = 001088007777\n  dien_thoai = 0977 111 222\n}\nfid = $fid\nkept {\n  1 {\n    sha = $sha.x\n    name = cu.pdf\n  }\n}\n')"
old=$(sql "SELECT MAX(id) FROM agent_draft WHERE agent_id = $agent")
sql "INSERT INTO queue_booking (point_id, service_id, day, person, slot, phone, priority, created_at, submit_key)
  SELECT 131, id, '2030-01-07', 'legacyPerson$(printf '%010d' $$)', 1, '0955444333', 0, NOW(), 'legacyKey$(printf '%013d' $$)' FROM queue_service WHERE slug = 'tu-phap'"
oldb=$(sql "SELECT id FROM queue_booking WHERE submit_key = 'legacyKey$(printf '%013d' $$)'")
check "a draft and a booking in clear, as before 017" test "$(in_clear agent_draft data "$old" 001088007777) $(in_clear queue_booking phone "$oldb" 0955444333)" = "1 1"
out=$(admin seal); check "motcua-admin seal seals them ($out)" sh -c "echo '$out' | grep -qE '^seal: [0-9]+ dossiers sealed, [1-9][0-9]* drafts, [1-9][0-9]* bookings$'"
check "the draft is sealed, nothing in clear ($(in_clear agent_draft data "$old" "Trịnh Văn Cũ" 001088007777 "0977 111 222"))" \
  sh -c "[ '$(sql "SELECT LEFT(data, 3) FROM agent_draft WHERE id = $old")' = s1. ] && [ '$(in_clear agent_draft data "$old" "Trịnh Văn Cũ" 001088007777 "0977 111 222")' = 0 ]"
check "its file listed as it was sealed" test "$(sql "SELECT files FROM agent_draft WHERE id = $old")" = "$sha"
check "the booking's phone is sealed" test "$(sql "SELECT LEFT(phone, 3), LOCATE('0955444333', phone) FROM queue_booking WHERE id = $oldb" | tr '\t' ' ')" = "s1. 0"
out=$(admin seal); check "a second run changes nothing ($out)" test "$out" = "seal: 0 dossiers sealed, 0 drafts, 0 bookings"
check "the seal is on the audit log" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'seal_personal' AND detail LIKE '%drafts%bookings%'")" -ge 1
s=$(as dl-boho "/dai-ly/nop/1.001193?nhap=$old"); check "the agent opens the old draft, now sealed (200, got $s)" test "$s" = 200
check "with what was typed then" body_has 'value="Trịnh Văn Cũ"'
sql "DELETE FROM agent_draft WHERE id = $old"
sql "DELETE FROM queue_booking WHERE id IN ($oldb, $bid)"   # this script's bookings: none left for the queue's scripts
