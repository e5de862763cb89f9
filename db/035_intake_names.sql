-- 035_intake_names.sql: a new dossier's snapshot without its six joins (issue 12, submissions, session 5).
-- db/033's dossier_intake_event read the snapshot's names through seven tables (the dossier, its procedure,
-- and the agency five times: receiving, point, competent, holder, the event's), each opened, locked and
-- planned on every CALL: ~0.1 ms of MariaDB's CPU a dossier of its ~0.2 (a loop of 2,000 CALLs, rolled
-- back: BENCHMARKS.md). The program taking the dossier in has every one of those names in its lists (the
-- procedure it showed, the agencies it numbers with: domain/refdata.c, a minute old at most): it passes
-- them, and the snapshot reads the dossier row alone, by primary key. The holder is the event's agency
-- (domain/intake.c); the receiving agency is the reception point. Later steps still rebuild the row from the
-- tables (dossier_status_refresh); t0215 checks the snapshot equals the record after a submission.
DROP PROCEDURE IF EXISTS dossier_intake_event;
DELIMITER //
CREATE DEFINER = 'motcua_definer'@'localhost'
PROCEDURE dossier_intake_event(IN p_id BIGINT UNSIGNED, IN p_at DATETIME, IN p_status VARCHAR(24),
                               IN p_agency INT UNSIGNED, IN p_note VARCHAR(500), IN p_proc_code VARCHAR(40),
                               IN p_proc_name VARCHAR(500), IN p_receiver VARCHAR(200),
                               IN p_receiver_address VARCHAR(255), IN p_resolver VARCHAR(200),
                               IN p_holder VARCHAR(200))
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  INSERT INTO dossier_event (dossier_id, at, status, agency_id, note) VALUES (p_id, p_at, p_status, p_agency, p_note);
  INSERT INTO dossier_status (code, dossier_id, status, channel, name_masked, green, limit_days, limit_unit,
    return_method, submitted_at, received_at, due_at, finished_at, first_due_at, proc_code, proc_name,
    agency_name, point_name, point_address, resolver_name, holder_name, has_result, returned_how, post_tracking,
    ap_reason, ap_new_due, timeline)
  SELECT d.code, d.id, d.status, d.channel, d.name_masked, d.green, d.limit_days, d.limit_unit,
    d.return_method, d.submitted_at, d.received_at, d.due_at, d.finished_at, d.first_due_at, p_proc_code, p_proc_name,
    p_receiver, p_receiver, p_receiver_address, p_resolver, p_holder,
    d.result_sha IS NOT NULL AND d.status IN ('resolved', 'returned'), d.returned_how, d.post_tracking,
    NULL, NULL,
    CONCAT(CHAR(30 USING utf8mb4), DATE_FORMAT(p_at, '%Y-%m-%d %H:%i'), CHAR(31 USING utf8mb4),
      p_status, CHAR(31 USING utf8mb4), COALESCE(p_holder, ''), CHAR(31 USING utf8mb4),
      REPLACE(REPLACE(COALESCE(p_note, ''), CHAR(30 USING utf8mb4), ' '), CHAR(31 USING utf8mb4), ' '))
  FROM dossier d WHERE d.id = p_id;
END //
DELIMITER ;
