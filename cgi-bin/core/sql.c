/* sql.c: the one table of SQL statements; every value is a bound parameter (?). */
#include "core/sql.h"

#define P ROLE_PUBLIC
#define S ROLE_STAFF
#define A ROLE_TOOL

/* The limit in force for a procedure on a day: the proc_limit row with the
 * greatest effective_from not after that day. */
#define LIMIT_JOIN \
  " LEFT JOIN proc_limit l ON l.proc_id = p.id AND l.effective_from =" \
  " (SELECT MAX(effective_from) FROM proc_limit WHERE proc_id = p.id AND effective_from <= CURDATE())"

#define DT(col, alias) "DATE_FORMAT(" col ", '%Y-%m-%d %H:%i') AS " alias

const struct sql_stmt sql_table[SQL__MAX] = {
  [SQL_SETTINGS] = { SQL_SETTINGS, P | S,
    "SELECT name, value FROM setting" },
  [SQL_HOLIDAYS] = { SQL_HOLIDAYS, P | S,
    "SELECT DATE_FORMAT(day, '%Y-%m-%d') AS day, kind FROM holiday ORDER BY day" },
  [SQL_FIELDS] = { SQL_FIELDS, P | S,
    "SELECT slug, name FROM field ORDER BY pos, name" },
  /* args: q, q, q(code), field slug, field slug. The LIKE runs under the
   * column's utf8mb4_uca1400_ai_ci collation: accents and case ignored. */
  [SQL_PROC_SEARCH] = { SQL_PROC_SEARCH, P | S,
    "SELECT p.code, p.name, f.name AS field, f.slug AS field_slug, p.level,"
    " l.days, l.unit, l.green_days, p.online_full"
    " FROM proc p JOIN field f ON f.id = p.field_id" LIMIT_JOIN
    " WHERE (? = '' OR p.name LIKE CONCAT('%', ?, '%') OR p.code = ?)"
    " AND (? = '' OR f.slug = ?)"
    " ORDER BY f.pos, p.name LIMIT 300" },
  [SQL_PROC_GET] = { SQL_PROC_GET, P | S,
    "SELECT p.id, p.code, p.name, p.level, p.authority, p.fee, p.who, p.result,"
    " p.legal_basis, p.online_full, p.resolver_id, p.provisional,"
    " f.name AS field, f.slug AS field_slug, l.days, l.unit, l.green_days"
    " FROM proc p JOIN field f ON f.id = p.field_id" LIMIT_JOIN
    " WHERE p.code = ?" },
  [SQL_PROC_DOCS] = { SQL_PROC_DOCS, P | S,
    "SELECT pos, name, copies, required FROM proc_document WHERE proc_id = ? ORDER BY pos" },
  [SQL_PROC_FIELDS] = { SQL_PROC_FIELDS, P | S,
    "SELECT pos, name, label, kind, required, max_len, options, help"
    " FROM proc_field WHERE proc_id = ? ORDER BY pos" },
  [SQL_WARDS] = { SQL_WARDS, P | S,
    "SELECT id, short_name AS name FROM agency WHERE kind IN ('ward', 'commune')"
    " ORDER BY kind DESC, short_name" },
  [SQL_AGENCY_GET] = { SQL_AGENCY_GET, P | S,
    "SELECT id, code, name, short_name, kind, resolves FROM agency WHERE id = ?" },
  [SQL_DOSSIER_BY_KEY] = { SQL_DOSSIER_BY_KEY, P | S,
    "SELECT code, status FROM dossier WHERE submit_key = ?" },
  /* The per-agency daily sequence: the upsert locks the row until commit,
   * so two submissions at one agency on one day never share a number. */
  [SQL_SEQ_BUMP] = { SQL_SEQ_BUMP, P | S,
    "INSERT INTO dossier_seq (agency_id, day, last) VALUES (?, ?, 1)"
    " ON DUPLICATE KEY UPDATE last = last + 1" },
  [SQL_SEQ_GET] = { SQL_SEQ_GET, P | S,
    "SELECT last FROM dossier_seq WHERE agency_id = ? AND day = ?" },
  [SQL_DOSSIER_INSERT] = { SQL_DOSSIER_INSERT, P | S,
    "INSERT INTO dossier (code, proc_id, agency_id, resolver_id, point_id, channel, status,"
    " green, limit_days, limit_unit, applicant_name, name_masked, id_number, id_last4,"
    " birth_date, phone, email, address, return_method, submitted_at, received_at, due_at,"
    " submit_key, holder_id, received_by, missing_docs)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
  [SQL_VALUE_INSERT] = { SQL_VALUE_INSERT, P | S,
    "INSERT INTO dossier_value (dossier_id, name, value) VALUES (?, ?, ?)" },
  [SQL_ATTACH_INSERT] = { SQL_ATTACH_INSERT, P | S,
    "INSERT INTO attachment (dossier_id, doc_pos, filename, mime, size, sha256)"
    " VALUES (?, ?, ?, ?, ?, ?)" },
  [SQL_EVENT_INSERT] = { SQL_EVENT_INSERT, P | S,
    "INSERT INTO dossier_event (dossier_id, at, status, agency_id, note) VALUES (?, ?, ?, ?, ?)" },
  /* What the status page and the receipt show: never the applicant's
   * name in clear, identification number, phone, email or address (the
   * public account has no SELECT right on those columns). */
  /* What the status page and the receipt show, with the timeline in the
   * same query (one round trip; the dossier's columns repeat on each event
   * row). Never the applicant's name in clear, identification number,
   * phone, email or address: the public account has no SELECT right on
   * those columns. */
  [SQL_DOSSIER_VIEW] = { SQL_DOSSIER_VIEW, P | S,
    "SELECT d.id, d.code, d.status, d.channel, d.name_masked, d.green, d.limit_days,"
    " d.limit_unit, d.return_method, " DT("d.submitted_at", "submitted") ","
    " " DT("d.received_at", "received") ", " DT("d.due_at", "due") ","
    " " DT("d.finished_at", "finished") ", " DT("NOW()", "now") ","
    " p.code AS proc_code, p.name AS proc_name, a.name AS agency_name,"
    " pt.name AS point_name, pt.address AS point_address, r.name AS resolver_name,"
    " h.name AS holder_name, d.result_sha IS NOT NULL AS has_result, " DT("d.first_due_at", "first_due") ","
    " d.returned_how, d.post_tracking,"
    " " DT("e.at", "ev_at") ", e.status AS ev_status, ea.name AS ev_agency, e.note AS ev_note"
    " FROM dossier d JOIN proc p ON p.id = d.proc_id"
    " JOIN agency a ON a.id = d.agency_id JOIN agency pt ON pt.id = d.point_id"
    " JOIN agency r ON r.id = d.resolver_id LEFT JOIN agency h ON h.id = d.holder_id"
    " LEFT JOIN dossier_event e ON e.dossier_id = d.id"
    " LEFT JOIN agency ea ON ea.id = e.agency_id"
    " WHERE d.code = ? ORDER BY e.at, e.id" },
  [SQL_DOSSIER_DOCS] = { SQL_DOSSIER_DOCS, P | S,
    "SELECT pd.pos, pd.name, pd.copies, COUNT(t.doc_pos) AS files"
    " FROM dossier d JOIN proc_document pd ON pd.proc_id = d.proc_id"
    " LEFT JOIN attachment t ON t.dossier_id = d.id AND t.doc_pos = pd.pos"
    " WHERE d.id = ? GROUP BY pd.pos, pd.name, pd.copies HAVING files > 0 ORDER BY pd.pos" },
  /* Lookup without the QR: the code and the last four digits of the
   * identification number, which the public account may read (id_last4)
   * without the whole number. */
  [SQL_RESULT_GET] = { SQL_RESULT_GET, P | S,
    "SELECT result_sha, result_name FROM dossier WHERE code = ? AND result_sha IS NOT NULL" },
  /* The only way the public program moves a dossier (db/004_supplement.sql). */
  [SQL_SUPPLEMENT] = { SQL_SUPPLEMENT, P,
    "CALL public_supplement(?, ?, ?)" },
  [SQL_DOSSIER_LOOKUP] = { SQL_DOSSIER_LOOKUP, P | S,
    "SELECT code FROM dossier WHERE code = ? AND id_last4 = ?" },

  /* --- the back office (motcua-staff) ------------------------------- */
  [SQL_STAFF_BY_NAME] = { SQL_STAFF_BY_NAME, S,
    "SELECT a.id, a.username, a.full_name, a.unit_id, a.pw_hash, a.failed, a.active,"
    " (a.locked_until IS NOT NULL AND a.locked_until > NOW()) AS locked,"
    " GROUP_CONCAT(r.role) AS roles"
    " FROM staff_account a LEFT JOIN staff_role r ON r.account_id = a.id"
    " WHERE a.username = ? GROUP BY a.id" },
  /* Wrong passwords slow down, then lock: the 3rd and 4th failures make
   * the next try wait 2 and 4 seconds, the 5th locks for 15 minutes.
   * (locked_until is computed from the failures before this one.) */
  [SQL_STAFF_FAIL] = { SQL_STAFF_FAIL, S,
    "UPDATE staff_account SET locked_until = CASE"
    " WHEN failed + 1 >= 5 THEN NOW() + INTERVAL 15 MINUTE"
    " WHEN failed + 1 >= 3 THEN NOW() + INTERVAL POW(2, failed - 1) SECOND"
    " ELSE NULL END, failed = failed + 1 WHERE id = ?" },
  [SQL_STAFF_OK] = { SQL_STAFF_OK, S,
    "UPDATE staff_account SET failed = 0, locked_until = NULL WHERE id = ?" },
  [SQL_SESSION_NEW] = { SQL_SESSION_NEW, S,
    "INSERT INTO staff_session (id_hash, account_id, created_at, seen_at) VALUES (?, ?, NOW(), NOW())" },
  /* Idle timeout 30 minutes, absolute 10 hours (one working day). */
  [SQL_SESSION_GET] = { SQL_SESSION_GET, S,
    "SELECT s.account_id, a.username, a.full_name, a.unit_id, u.name AS unit_name,"
    " GROUP_CONCAT(r.role) AS roles, s.seen_at < NOW() - INTERVAL 1 MINUTE AS stale"
    " FROM staff_session s JOIN staff_account a ON a.id = s.account_id"
    " JOIN agency u ON u.id = a.unit_id LEFT JOIN staff_role r ON r.account_id = a.id"
    " WHERE s.id_hash = ? AND a.active = 1 AND s.seen_at > NOW() - INTERVAL 30 MINUTE"
    " AND s.created_at > NOW() - INTERVAL 10 HOUR GROUP BY s.id_hash" },
  [SQL_SESSION_TOUCH] = { SQL_SESSION_TOUCH, S,
    "UPDATE staff_session SET seen_at = NOW() WHERE id_hash = ?" },
  [SQL_SESSION_DEL] = { SQL_SESSION_DEL, S,
    "DELETE FROM staff_session WHERE id_hash = ?" },
  [SQL_AUDIT] = { SQL_AUDIT, S | A,
    "INSERT INTO audit_log (at, account_id, username, unit_id, action, dossier_id, detail, ip, due_at)"
    " VALUES (NOW(3), ?, ?, ?, ?, ?, ?, ?, ?)" },
  /* args: unit, status, status, q, q, q, procedure, procedure, point,
   * point, assignee, assignee. What waits on this unit (or on me), by due
   * date; flags: overdue, due within a day, forwarded, an apology drafted
   * or signed. */
  [SQL_WORKLIST] = { SQL_WORKLIST, S,
    "SELECT d.code, d.status, d.applicant_name, d.channel, p.name AS proc_name, p.code AS proc_code,"
    " " DT("d.received_at", "received") ", " DT("d.due_at", "due") ","
    " d.finished_at IS NULL AND d.due_at < NOW() AS overdue,"
    " d.finished_at IS NULL AND d.due_at < NOW() + INTERVAL 1 DAY AS due_soon,"
    " pt.short_name AS point, COALESCE(a.full_name, '') AS assignee, d.origin_id IS NOT NULL AS forwarded,"
    " d.first_due_at IS NOT NULL AS extended,"
    " EXISTS (SELECT 1 FROM dossier_apology ap WHERE ap.dossier_id = d.id AND ap.signed_at IS NULL) AS draft"
    " FROM dossier d JOIN proc p ON p.id = d.proc_id JOIN agency pt ON pt.id = d.point_id"
    " LEFT JOIN staff_account a ON a.id = d.assignee_id"
    " WHERE d.holder_id = ? AND d.status NOT IN ('returned', 'withdrawn', 'not_received', 'stopped')"
    " AND (? = '' OR d.status = ?)"
    " AND (? = '' OR d.code = ? OR d.applicant_name LIKE CONCAT('%', ?, '%'))"
    " AND (? = '' OR p.code = ?) AND (? = '' OR d.point_id = ?) AND (? = '' OR d.assignee_id = ?)"
    " ORDER BY d.due_at LIMIT 100" },
  [SQL_CASE_GET] = { SQL_CASE_GET, S,
    "SELECT d.id, d.code, d.status, d.version, d.channel, d.applicant_name, d.id_number,"
    " DATE_FORMAT(d.birth_date, '%d/%m/%Y') AS birth, d.phone, d.email, d.address, d.return_method,"
    " d.green, d.limit_days, d.limit_unit, d.holder_id, d.missing_docs, d.point_id, d.resolver_id,"
    " COALESCE(d.origin_id, 0) AS origin_id, COALESCE(d.assignee_id, 0) AS assignee_id,"
    " " DT("d.received_at", "received") ", " DT("d.due_at", "due") ", " DT("d.step_due_at", "step_due") ","
    " " DT("d.first_due_at", "first_due") ", " DT("d.finished_at", "finished") ","
    " d.finished_at IS NULL AND d.due_at < NOW() AS overdue, d.finished_at IS NULL AND d.due_at < NOW() + INTERVAL 1 DAY AS due_soon,"
    " p.code AS proc_code, p.name AS proc_name, d.returned_how, d.post_tracking, d.result_sha IS NOT NULL AS has_result,"
    " h.name AS holder_name, pt.name AS point_name, pt.address AS point_address, rs.name AS resolver_name,"
    " COALESCE(o.name, '') AS origin_name, COALESCE(a.full_name, '') AS assignee_name,"
    " EXISTS (SELECT 1 FROM dossier_apology ap WHERE ap.dossier_id = d.id AND ap.signed_at IS NULL) AS draft"
    " FROM dossier d JOIN proc p ON p.id = d.proc_id JOIN agency h ON h.id = d.holder_id"
    " JOIN agency pt ON pt.id = d.point_id JOIN agency rs ON rs.id = d.resolver_id"
    " LEFT JOIN agency o ON o.id = d.origin_id LEFT JOIN staff_account a ON a.id = d.assignee_id"
    " WHERE d.code = ?" },
  [SQL_CASE_VALUES] = { SQL_CASE_VALUES, S,
    "SELECT v.name, v.value, COALESCE(f.label, v.name) AS label"
    " FROM dossier_value v JOIN dossier d ON d.id = v.dossier_id"
    " LEFT JOIN proc_field f ON f.proc_id = d.proc_id AND f.name = v.name"
    " WHERE v.dossier_id = ? ORDER BY f.pos" },
  [SQL_CASE_FILES] = { SQL_CASE_FILES, S,
    "SELECT t.id, t.doc_pos, t.filename, t.mime, t.size, COALESCE(pd.name, '') AS doc"
    " FROM attachment t JOIN dossier d ON d.id = t.dossier_id"
    " LEFT JOIN proc_document pd ON pd.proc_id = d.proc_id AND pd.pos = t.doc_pos"
    " WHERE t.dossier_id = ? ORDER BY t.doc_pos, t.id" },
  [SQL_FILE_GET] = { SQL_FILE_GET, S,
    "SELECT t.filename, t.mime, t.sha256, d.id AS dossier_id, d.status, d.holder_id, d.point_id, d.resolver_id,"
    " COALESCE(d.origin_id, 0) AS origin_id"
    " FROM attachment t JOIN dossier d ON d.id = t.dossier_id WHERE t.id = ? AND d.code = ?" },
  /* One step of the workflow. The WHERE names the version the officer saw,
   * the status the step starts from and the unit holding the dossier: of
   * two people acting at once, exactly one changes a row (and holds it
   * locked until commit, so the step's own statements below follow it).
   * args: status, step deadline, id, version, from-status, holder. */
  [SQL_CASE_MOVE] = { SQL_CASE_MOVE, S,
    "UPDATE dossier SET status = ?, version = version + 1, step_due_at = ?"
    " WHERE id = ? AND version = ? AND status = ? AND holder_id = ?" },
  [SQL_SHARE_GET] = { SQL_SHARE_GET, S,
    "SELECT percent FROM step_share WHERE status = ?" },
  /* args: officer, received at, due at, id. The clock starts on acceptance. */
  [SQL_MOVE_ACCEPT] = { SQL_MOVE_ACCEPT, S,
    "UPDATE dossier SET received_by = ?, received_at = ?, due_at = ? WHERE id = ?" },
  [SQL_MOVE_MISSING] = { SQL_MOVE_MISSING, S,
    "UPDATE dossier SET missing_docs = ? WHERE id = ?" },
  [SQL_MOVE_ASSIGN] = { SQL_MOVE_ASSIGN, S,
    "UPDATE dossier SET assignee_id = ? WHERE id = ?" },
  /* Liên thông: the other agency holds it; who sent it is remembered. args: agency, id. */
  [SQL_MOVE_FORWARD] = { SQL_MOVE_FORWARD, S,
    "UPDATE dossier SET origin_id = holder_id, origin_assignee_id = assignee_id, holder_id = ?,"
    " assignee_id = NULL WHERE id = ?" },
  [SQL_MOVE_FORWARD_BACK] = { SQL_MOVE_FORWARD_BACK, S,
    "UPDATE dossier SET holder_id = origin_id, assignee_id = origin_assignee_id, origin_id = NULL,"
    " origin_assignee_id = NULL WHERE id = ? AND origin_id IS NOT NULL" },
  [SQL_MOVE_RESULT] = { SQL_MOVE_RESULT, S,
    "UPDATE dossier SET result_sha = ?, result_name = ? WHERE id = ?" },
  /* args: finished at, 1 when the result goes to the reception point to be handed back, id. */
  [SQL_MOVE_FINISH] = { SQL_MOVE_FINISH, S,
    "UPDATE dossier SET finished_at = ?, holder_id = IF(? = '1', point_id, holder_id) WHERE id = ?" },
  [SQL_MOVE_RETURN] = { SQL_MOVE_RETURN, S,
    "UPDATE dossier SET returned_how = ?, post_tracking = ? WHERE id = ?" },
  /* A signed apology moves the appointment; the first one is kept for the record. args: new due, id. */
  [SQL_MOVE_DUE] = { SQL_MOVE_DUE, S,
    "UPDATE dossier SET first_due_at = COALESCE(first_due_at, due_at), due_at = ? WHERE id = ?" },
  [SQL_UNIT_SPECIALISTS] = { SQL_UNIT_SPECIALISTS, S,
    "SELECT a.id, a.full_name FROM staff_account a JOIN staff_role r ON r.account_id = a.id"
    " WHERE a.unit_id = ? AND r.role = 'specialist' AND a.active = 1 ORDER BY a.full_name" },
  [SQL_SPECIALIST_OK] = { SQL_SPECIALIST_OK, S,
    "SELECT a.id FROM staff_account a JOIN staff_role r ON r.account_id = a.id"
    " WHERE a.id = ? AND a.unit_id = ? AND r.role = 'specialist' AND a.active = 1" },
  [SQL_RESOLVERS] = { SQL_RESOLVERS, S,
    "SELECT id, name FROM agency WHERE resolves = 1 AND id <> ? ORDER BY kind = 'department' DESC, name" },
  [SQL_RESOLVER_OK] = { SQL_RESOLVER_OK, S,
    "SELECT id FROM agency WHERE id = ? AND resolves = 1 AND id <> ?" },
  [SQL_POINTS] = { SQL_POINTS, S,
    "SELECT id, short_name AS name FROM agency WHERE receives = 1 ORDER BY kind = 'branch' DESC, short_name" },
  /* args: dossier, unit, reason, old due, new due, drafted by, drafted at. */
  [SQL_APOLOGY_INSERT] = { SQL_APOLOGY_INSERT, S,
    "INSERT INTO dossier_apology (dossier_id, unit_id, reason, old_due, new_due, drafted_by, drafted_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)" },
  [SQL_APOLOGY_SIGN] = { SQL_APOLOGY_SIGN, S,
    "UPDATE dossier_apology SET signed_by = ?, signed_at = ? WHERE dossier_id = ? AND signed_at IS NULL" },
  /* The latest apology of a dossier (form 04), draft or signed. */
  [SQL_APOLOGY_LAST] = { SQL_APOLOGY_LAST, S,
    "SELECT ap.reason, " DT("ap.old_due", "old_due") ", " DT("ap.new_due", "new_due") ","
    " DATE_FORMAT(ap.new_due, '%Y-%m-%d %H:%i:00') AS new_due_sql,"
    " " DT("ap.drafted_at", "drafted") ", " DT("ap.signed_at", "signed") ", ap.signed_at IS NOT NULL AS is_signed,"
    " da.full_name AS drafted_name, COALESCE(sa.full_name, '') AS signed_name, u.name AS unit_name"
    " FROM dossier_apology ap JOIN staff_account da ON da.id = ap.drafted_by"
    " LEFT JOIN staff_account sa ON sa.id = ap.signed_by JOIN agency u ON u.id = ap.unit_id"
    " WHERE ap.dossier_id = ? ORDER BY ap.id DESC LIMIT 1" },
  /* What the citizen sees of a signed apology: the reason and the new date. */
  [SQL_PUBLIC_APOLOGY] = { SQL_PUBLIC_APOLOGY, P,
    "SELECT ap.reason, " DT("ap.new_due", "new_due") " FROM dossier_apology ap"
    " WHERE ap.dossier_id = ? AND ap.signed_at IS NOT NULL ORDER BY ap.signed_at DESC LIMIT 1" },
  /* Form 07, the register: every dossier a unit received or resolved,
   * received in a date range. args: unit, unit, from day, to day. */
  [SQL_REGISTER] = { SQL_REGISTER, S,
    "SELECT d.code, p.name AS proc_name, d.applicant_name, d.address, d.status, d.channel,"
    " " DT("d.received_at", "received") ", " DT("COALESCE(d.first_due_at, d.due_at)", "due") ","
    " " DT("d.due_at", "new_due") ", d.first_due_at IS NOT NULL AS extended, " DT("d.finished_at", "finished") ","
    " (SELECT " DT("MAX(e.at)", "r") " FROM dossier_event e WHERE e.dossier_id = d.id AND e.status = 'returned') AS returned,"
    " d.returned_how, CASE WHEN d.finished_at IS NULL THEN '' WHEN d.finished_at <= COALESCE(d.first_due_at, d.due_at)"
    " THEN 'on_time' ELSE 'late' END AS timing, pt.short_name AS point, rs.short_name AS resolver"
    " FROM dossier d JOIN proc p ON p.id = d.proc_id JOIN agency pt ON pt.id = d.point_id"
    " JOIN agency rs ON rs.id = d.resolver_id"
    " WHERE (d.point_id = ? OR d.resolver_id = ?) AND d.received_at >= ? AND d.received_at < ? + INTERVAL 1 DAY"
    " ORDER BY d.received_at, d.id LIMIT 2000" },
  /* Form 06: every step with when, who and from which unit, and whether it
   * came before the appointment. */
  [SQL_CASE_AUDIT] = { SQL_CASE_AUDIT, S,
    "SELECT " DT("l.at", "at") ", l.action, l.username, COALESCE(a.full_name, l.username) AS full_name,"
    " COALESCE(u.name, '') AS unit, l.detail, " DT("COALESCE(l.due_at, d.first_due_at, d.due_at)", "due") ","
    " l.at <= COALESCE(l.due_at, d.first_due_at, d.due_at) AS on_time"
    " FROM audit_log l JOIN dossier d ON d.id = l.dossier_id"
    " LEFT JOIN staff_account a ON a.id = l.account_id LEFT JOIN agency u ON u.id = l.unit_id"
    " WHERE d.code = ? AND l.action <> 'download' ORDER BY l.id" },
  /* --- motcua-admin ------------------------------------------------- */
  [SQL_TOOL_ACCOUNT_ADD] = { SQL_TOOL_ACCOUNT_ADD, A,
    "INSERT INTO staff_account (username, full_name, unit_id, pw_hash, created_at) VALUES (?, ?, ?, ?, NOW())" },
  [SQL_TOOL_ROLE_ADD] = { SQL_TOOL_ROLE_ADD, A,
    "INSERT IGNORE INTO staff_role (account_id, role) VALUES (?, ?)" },
  [SQL_TOOL_PASSWORD] = { SQL_TOOL_PASSWORD, A,
    "UPDATE staff_account SET pw_hash = ?, failed = 0, locked_until = NULL WHERE username = ?" },
  [SQL_TOOL_ACCOUNT_ID] = { SQL_TOOL_ACCOUNT_ID, A,
    "SELECT id FROM staff_account WHERE username = ?" },
};
