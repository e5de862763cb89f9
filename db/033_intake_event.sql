-- 033_intake_event.sql: a dossier's first event and its status snapshot in one CALL (issue 12, submissions).
-- A new dossier (domain/intake.c, every channel) wrote its first event (EVENT_INSERT) and then rebuilt its
-- snapshot with dossier_status_refresh(id, id): a REPLACE whose timeline is a GROUP_CONCAT over the events,
-- two subqueries for a signed apology, and a range over ids, planned afresh on every CALL (~0.3 ms of
-- MariaDB's CPU a dossier, a fifth of all it spent on a submission; BENCHMARKS.md). A dossier just inserted
-- has no apology, no result and exactly one event, the one written here: its timeline is that event, built
-- from the values given, in the same format as db/020's (CHAR(30) at CHAR(31) status CHAR(31) agency name
-- CHAR(31) note, the separators in a note replaced by spaces). The snapshot's other columns are db/020's,
-- read by primary key. t0215 checks the snapshot equals the record (DOSSIER_VIEW) after a submission, as
-- after every other step; later steps still go through dossier_status_refresh.
DROP PROCEDURE IF EXISTS dossier_intake_event;
DELIMITER //
CREATE DEFINER = 'motcua_definer'@'localhost'
PROCEDURE dossier_intake_event(IN p_id BIGINT UNSIGNED, IN p_at DATETIME, IN p_status VARCHAR(24),
                               IN p_agency INT UNSIGNED, IN p_note VARCHAR(500))
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  INSERT INTO dossier_event (dossier_id, at, status, agency_id, note) VALUES (p_id, p_at, p_status, p_agency, p_note);
  INSERT INTO dossier_status (code, dossier_id, status, channel, name_masked, green, limit_days, limit_unit,
    return_method, submitted_at, received_at, due_at, finished_at, first_due_at, proc_code, proc_name,
    agency_name, point_name, point_address, resolver_name, holder_name, has_result, returned_how, post_tracking,
    ap_reason, ap_new_due, timeline)
  SELECT d.code, d.id, d.status, d.channel, d.name_masked, d.green, d.limit_days, d.limit_unit,
    d.return_method, d.submitted_at, d.received_at, d.due_at, d.finished_at, d.first_due_at, p.code, p.name,
    a.name, pt.name, pt.address, r.name, h.name,
    d.result_sha IS NOT NULL AND d.status IN ('resolved', 'returned'), d.returned_how, d.post_tracking,
    NULL, NULL,
    CONCAT(CHAR(30 USING utf8mb4), DATE_FORMAT(p_at, '%Y-%m-%d %H:%i'), CHAR(31 USING utf8mb4),
      p_status, CHAR(31 USING utf8mb4), COALESCE(ea.name, ''), CHAR(31 USING utf8mb4),
      REPLACE(REPLACE(COALESCE(p_note, ''), CHAR(30 USING utf8mb4), ' '), CHAR(31 USING utf8mb4), ' '))
  FROM dossier d JOIN proc p ON p.id = d.proc_id
    JOIN agency a ON a.id = d.agency_id JOIN agency pt ON pt.id = d.point_id
    JOIN agency r ON r.id = d.resolver_id LEFT JOIN agency h ON h.id = d.holder_id
    LEFT JOIN agency ea ON ea.id = p_agency
  WHERE d.id = p_id;
END //
DELIMITER ;

-- Its owner already holds what it does (db/grants.sql.in: INSERT on dossier_event and dossier_status, SELECT
-- on what the snapshot shows); it and the programs that take in dossiers get EXECUTE there.
