#!/bin/sh
# t0395-purge.sh: motcua-admin purge (db/018, SECURITY.md "How long it is kept"): personal data kept longer than the
# retention.* settings is erased: a dossier finished over contact_days ago loses phone, email and address, over
# identity_days ago (or never received, over contact_days) all five; bookings' phones after their day, agents'
# drafts not saved again for draft_days, and the files nothing references then. --dry-run counts and changes
# nothing; each batch is one transaction; every erasure is on the audit log; a second run changes nothing; the
# dossier's record (name, status, events) stays and the back office still opens it.
. "$(dirname "$0")/lib.sh"
mkfiles
store=$VAR/uploads
admin() { "$top/build/motcua-admin" -c "$VAR/conf/tool-all.hdf" "$@"; }
saved=$(sql "SELECT GROUP_CONCAT(CONCAT(name, '=', value)) FROM setting WHERE name LIKE 'retention.%'")
trap 'for kv in $(echo "$saved" | tr , " "); do sql "UPDATE setting SET value = '"'"'${kv#*=}'"'"' WHERE name = '"'"'${kv%%=*}'"'"'"; done' EXIT
check "the four retention settings exist" test "$(sql "SELECT COUNT(*) FROM setting WHERE name IN ('retention.contact_days', 'retention.identity_days', 'retention.booking_days', 'retention.draft_days')")" = 4
sql "UPDATE setting SET value = CASE name WHEN 'retention.contact_days' THEN '365' WHEN 'retention.identity_days' THEN '1826'
  WHEN 'retention.booking_days' THEN '1' ELSE '30' END WHERE name LIKE 'retention.%'"

# aged STATUS DAYS: a new dossier put in STATUS, with its events DAYS in the past; prints its code.
aged() {
  local c id
  c=$(new_dossier); id=$(sql "SELECT id FROM dossier WHERE code = '$c'")
  sql "UPDATE dossier SET status = '$1', finished_at = NOW() - INTERVAL $2 DAY WHERE id = $id;
       UPDATE dossier_event SET at = at - INTERVAL $2 DAY WHERE dossier_id = $id"
  echo "$c"
}
contact=$(aged returned 400); identity=$(aged returned 2000); refused=$(aged not_received 400)
recent=$(aged returned 100); open=$(aged processing 2000)
row() { sql "SELECT personal_purged, LEFT(id_number, 3), LEFT(birth_date, 3), LEFT(phone, 3), LEFT(email, 3), LEFT(address, 3), LEFT(id_last4, 1) <> '', phone_tag <> '' FROM dossier WHERE code = '$1'" | tr '\t' ' '; }
all() { for c in $contact $identity $refused $recent $open; do row "$c"; done | md5sum; }

# A booking whose day is past, one for today; an agent's draft not saved for 40 days, one saved now.
book() { get "/xep-hang/dat-truoc?diem=132" >/dev/null; d=$(sed -n 's/.*<option value="\([0-9-]\{10\}\)".*/\1/p' "$tmp/body" | head -1)
  post /xep-hang/dat-truoc -F "_csrf=$(csrf)" -F "diem=132" -F "dich_vu=tu-phap" -F "ngay=$d" -F "so_dinh_danh=$1" -F "dien_thoai=0966 000 111" >/dev/null
  header location | sed 's|^/xep-hang/dat-truoc/\([0-9]*\)?.*|\1|'; }
oldb=$(book 001090033301); newb=$(book 001090033302)
sql "UPDATE queue_booking SET day = CURDATE() - INTERVAL 3 DAY WHERE id = $oldb"
login_at /dai-ly dl-boho >/dev/null
draft() { printf '%%PDF-1.4\n%% %s %s %s\n%%%%EOF\n' "$1" "$$" "$(date +%s%N)" >"$tmp/$1.pdf"
  as dl-boho /dai-ly/nop/1.001193 >/dev/null
  as dl-boho /dai-ly/nop/1.001193 -F "_csrf=$(csrf)" -F "ho_ten=Hà Văn Nháp" -F "tep_1=@$tmp/$1.pdf;type=application/pdf" -F "luu_nhap=1" >/dev/null
  header location | sed 's|.*nhap=||'; }
oldd=$(draft old-draft); newd=$(draft new-draft)
sql "SET time_zone = '+07:00'; UPDATE agent_draft SET saved_at = NOW() - INTERVAL 40 DAY WHERE id = $oldd"
file() { s=$(sha256sum "$tmp/$1.pdf" | cut -d' ' -f1); echo "$store/$(echo "$s" | cut -c1-2)/$s"; }
touch -d '2 hours ago' "$(file old-draft)" "$(file new-draft)"
check "the cases are set up (bookings $oldb $newb, drafts $oldd $newd, files there)" \
  sh -c "[ -n '$oldb' ] && [ -n '$newb' ] && [ -n '$oldd' ] && [ -n '$newd' ] && [ -f '$(file old-draft)' ]"

# Dry run: counts, changes nothing.
before=$(all); audits=$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'purge_personal'")
batches=$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'purge_personal' AND dossier_id IS NULL")
out=$(admin purge --dry-run); rc=$?
check "the dry run counts: 2 dossiers lose all five values, 1 its contact data, 1 booking's phone, 1 draft ($out)" \
  sh -c "[ $rc = 0 ] && echo '$out' | grep -qE '^purge \(dry run\): identity 2, contact 1, bookings 1, drafts 1, files [0-9]+$'"
check "and changes nothing" sh -c "[ '$(all)' = '$before' ] && [ '$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'purge_personal'")' = '$audits' ] && [ '$(sql "SELECT COUNT(*) FROM agent_draft WHERE id = $oldd")' = 1 ] && [ -f '$(file old-draft)' ]"

# The purge, one dossier, booking or draft per transaction.
out=$(admin purge --batch 1); rc=$?
check "purge erases the same, in 5 transactions of one ($out)" \
  sh -c "[ $rc = 0 ] && echo '$out' | grep -qE '^purge: identity 2, contact 1, bookings 1, drafts 1, files [1-9][0-9]* \(5 transactions\)$'"
check "finished 400 days ago: phone, email, address erased, identification number and birth date kept sealed ($(row "$contact"))" test "$(row "$contact")" = "1 s3. s3.    1 0"
check "finished 2,000 days ago: all five erased, and both blind indexes ($(row "$identity"))" test "$(row "$identity")" = "2      0 0"
check "never received, 400 days ago: all five erased ($(row "$refused"))" test "$(row "$refused")" = "2      0 0"
check "finished 100 days ago: kept ($(row "$recent"))" test "$(row "$recent")" = "0 s3. s3. s3. s3. s3. 1 1"
check "still open after 2,000 days: kept ($(row "$open"))" test "$(row "$open")" = "0 s3. s3. s3. s3. s3. 1 1"
check "the record stays: name, status, events" test "$(sql "SELECT applicant_name, status, (SELECT COUNT(*) FROM dossier_event e WHERE e.dossier_id = d.id) > 0 FROM dossier d WHERE code = '$identity'" | tr '\t' ' ')" = "Nguyễn Văn An returned 1"
check "each dossier's erasure is on the audit log" test "$(sql "SELECT GROUP_CONCAT(d.code, ':', LEFT(a.detail, 8) ORDER BY d.id) FROM audit_log a JOIN dossier d ON d.id = a.dossier_id WHERE a.action = 'purge_personal' AND d.code IN ('$contact', '$identity', '$refused', '$recent', '$open')")" = "$contact:contact:,$identity:identity,$refused:identity"
check "and each batch of bookings and drafts" test "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'purge_personal' AND dossier_id IS NULL")" = $((batches + 2))
check "the past booking's phone is erased, today's kept sealed" test "$(sql "SELECT CONCAT('[', LEFT(phone, 3), ']') FROM queue_booking WHERE id IN ($oldb, $newb) ORDER BY id" | tr '\n' ' ')" = "[] [s1.] "
check "the old draft is deleted, the recent one kept" test "$(sql "SELECT GROUP_CONCAT(id) FROM agent_draft WHERE id IN ($oldd, $newd)")" = "$newd"
check "the old draft's file, now referenced by nothing, is removed; the recent one's kept" sh -c "[ ! -f '$(file old-draft)' ] && [ -f '$(file new-draft)' ]"

out=$(admin purge); check "a second run changes nothing ($out)" test "$out" = "purge: identity 0, contact 0, bookings 0, drafts 0, files 0 (0 transactions)"
out=$(admin seal); check "nor does seal find anything to seal in what was erased ($out)" test "$out" = "seal: 0 dossiers sealed, 0 drafts, 0 bookings"

# The back office and the lookup afterwards.
login mc-baydinh >/dev/null
s=$(as mc-baydinh "/can-bo/ho-so/$identity"); check "the back office opens an erased dossier (200, got $s)" test "$s" = 200
check "with its name and without the erased number" sh -c "grep -qF 'Nguyễn Văn An' '$tmp/body' && ! grep -qF '001090012345' '$tmp/body'"
s=$(as mc-baydinh "/can-bo/ho-so/$recent"); check "a kept dossier still shows its number (got $s)" body_has "001090012345"
get "/tra-cuu?ma=$recent&so=2345" -H "X-Real-IP: 198.51.100.77" >/dev/null; m=$(sql "SELECT name_masked FROM dossier WHERE code = '$recent'")
check "the lookup by 4 digits finds a kept dossier" body_has "$m"
get "/tra-cuu?ma=$identity&so=2345" -H "X-Real-IP: 198.51.100.77" >/dev/null
check "and no longer one whose identification number was erased" sh -c "! grep -qF '$m' '$tmp/body'"
sql "DELETE FROM queue_booking WHERE id IN ($oldb, $newb)"   # this script's bookings: none left for the queue's scripts
