/* sql.c: the one table of SQL statements; every value is a bound parameter (?). */
#include "sql.h"

#define P ROLE_PUBLIC
#define S ROLE_STAFF

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
    "SELECT code FROM dossier WHERE submit_key = ?" },
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
    " submit_key)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
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
    " pt.name AS point_name, r.name AS resolver_name,"
    " " DT("e.at", "ev_at") ", e.status AS ev_status, ea.name AS ev_agency, e.note AS ev_note"
    " FROM dossier d JOIN proc p ON p.id = d.proc_id"
    " JOIN agency a ON a.id = d.agency_id JOIN agency pt ON pt.id = d.point_id"
    " JOIN agency r ON r.id = d.resolver_id"
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
  [SQL_DOSSIER_LOOKUP] = { SQL_DOSSIER_LOOKUP, P | S,
    "SELECT code FROM dossier WHERE code = ? AND id_last4 = ?" },
};
