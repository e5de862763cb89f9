-- 037_intake_parts.sql: a new dossier's answers and files written by the CALL that writes its first event and its
-- snapshot (issue 12, submissions, session 6): two round trips fewer a submission (the answers' INSERT … JSON_TABLE
-- and each attachment's INSERT were statements of their own). The procedure's fixed cost is paid once already
-- (db/033, db/035); the two statements inside it cost MariaDB what they cost as prepared statements.
-- p_values: the answers as a JSON array of [name, value] pairs (rules/json.c quotes each string), NULL when none;
-- a pair without its two strings is an error, never a row with a NULL. p_files: the attachments as a JSON array of
-- [doc_pos, filename, mime, size, sha256], NULL when none. The rest as db/035's dossier_intake_event, which no
-- program calls any more (dropped: its EXECUTE grants go with it); t0215 checks the snapshot equals the record.
DROP PROCEDURE IF EXISTS dossier_intake_event;
DROP PROCEDURE IF EXISTS dossier_intake;
DELIMITER //
CREATE DEFINER = 'motcua_definer'@'localhost'
PROCEDURE dossier_intake(IN p_id BIGINT UNSIGNED, IN p_at DATETIME, IN p_status VARCHAR(24),
                         IN p_agency INT UNSIGNED, IN p_note VARCHAR(500), IN p_proc_code VARCHAR(40),
                         IN p_proc_name VARCHAR(500), IN p_receiver VARCHAR(200),
                         IN p_receiver_address VARCHAR(255), IN p_resolver VARCHAR(200),
                         IN p_holder VARCHAR(200), IN p_values MEDIUMTEXT, IN p_files TEXT)
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  IF p_values IS NOT NULL THEN
    INSERT INTO dossier_value (dossier_id, name, value) SELECT p_id, j.name, j.value FROM JSON_TABLE(p_values, '$[*]'
      COLUMNS (name VARCHAR(40) PATH '$[0]' ERROR ON EMPTY ERROR ON ERROR,
               value TEXT PATH '$[1]' ERROR ON EMPTY ERROR ON ERROR)) AS j;
  END IF;
  IF p_files IS NOT NULL THEN
    INSERT INTO attachment (dossier_id, doc_pos, filename, mime, size, sha256)
      SELECT p_id, j.pos, j.filename, j.mime, j.size, j.sha FROM JSON_TABLE(p_files, '$[*]'
        COLUMNS (pos TINYINT UNSIGNED PATH '$[0]' ERROR ON EMPTY ERROR ON ERROR,
                 filename VARCHAR(255) PATH '$[1]' ERROR ON EMPTY ERROR ON ERROR,
                 mime VARCHAR(40) PATH '$[2]' ERROR ON EMPTY ERROR ON ERROR,
                 size INT UNSIGNED PATH '$[3]' ERROR ON EMPTY ERROR ON ERROR,
                 sha CHAR(64) PATH '$[4]' ERROR ON EMPTY ERROR ON ERROR)) AS j;
  END IF;
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
