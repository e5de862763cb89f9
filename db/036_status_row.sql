-- 036_status_row.sql: the status page's snapshot row as one value (issue 12, the status page, session 6).
-- STATUS_GET read 27 columns, six through DATE_FORMAT: on every execution MariaDB resolved, typed and sent
-- each of them (setup_fields, the result's column list, the row's fields: about a fifth of its CPU a status
-- page), and libmariadb copied the 27 columns' descriptions again in the worker (~15,000 instructions a
-- page). A virtual column is resolved once, when the table is opened: status_row gives the same 27 values,
-- in STATUS_GET's order, joined by CHAR(29); a NULL is CHAR(26) alone; a time is "YYYY-MM-DD HH:MM:SS",
-- cut to STATUS_GET's "YYYY-MM-DD HH:MM" by the worker (public/page-dossier.c row_cols, which names them).
-- No input may hold either control character (rules/valid.c); a row that does not split into 27 values is
-- read again through STATUS_GET. Virtual: nothing is stored, nothing to backfill; invisible: SELECT * and
-- the snapshot's writers (db/020, db/035) do not see it.
ALTER TABLE dossier_status ADD COLUMN IF NOT EXISTS status_row MEDIUMTEXT AS (CONCAT_WS(CHAR(29 USING utf8mb4),
  dossier_id, code, status, channel, name_masked, green, limit_days, limit_unit, return_method,
  submitted_at, received_at, due_at, IFNULL(finished_at, CHAR(26 USING utf8mb4)), proc_code, proc_name,
  agency_name, point_name, point_address, resolver_name, IFNULL(holder_name, CHAR(26 USING utf8mb4)), has_result,
  IFNULL(first_due_at, CHAR(26 USING utf8mb4)), IFNULL(returned_how, CHAR(26 USING utf8mb4)),
  IFNULL(post_tracking, CHAR(26 USING utf8mb4)), IFNULL(ap_reason, CHAR(26 USING utf8mb4)),
  IFNULL(ap_new_due, CHAR(26 USING utf8mb4)), IFNULL(timeline, CHAR(26 USING utf8mb4)))) VIRTUAL INVISIBLE;
