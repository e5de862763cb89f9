-- 034_intake_one_call.sql: a new dossier in two CALLs instead of six statements (issue 12, submissions, session 4).
-- domain/intake.c wrote a dossier in six round trips inside its transaction: the online quotas (QUOTA_DOSSIER),
-- the number (SEQ_NEXT), the row (DOSSIER_INSERT), the answers (VALUES_INSERT), each file (ATTACH_INSERT) and
-- the first event with the snapshot (dossier_intake_event, db/033). Each round trip costs MariaDB a command
-- and the worker four system calls; the statements themselves are the same here. Two CALLs, not one: the
-- personal values are sealed under the dossier's code (domain/privacy.c), which needs the number first.
--
-- dossier_intake_number(submit_key, idnumber_tag, client_agency, agency, day, lane): first the form's dossier
-- if it made one already (as DOSSIER_BY_KEY, which the POST ran on its own before: a double click, a retry);
-- else an online dossier's two daily counts (as QUOTA_DOSSIER: bumped, then each read against its setting;
-- NULL tag: not counted, the other channels), then, unless one is over its limit, the agency's next number
-- in the lane (as SEQ_NEXT: the upsert locks the row until COMMIT). One row: exceeded (1: refused, nothing
-- numbered; the caller rolls back), next, and code and status (the existing dossier's, else NULL).
--
-- dossier_intake(... DOSSIER_INSERT's 27 values ..., pairs, files): the row, its answers ([[name, value], ...]
-- as VALUES_INSERT, NULL none), its files ([[pos, name, mime, size, sha256], ...], NULL none), its first event
-- and snapshot (dossier_intake_event, at the submission's time, by the holder, with the missing documents as
-- its note). One row: the new id. A second click's twin (the same submit_key) fails the INSERT with the same
-- duplicate-key error as before, and nothing after it runs.
--
-- Both SQL SECURITY DEFINER, owned by motcua_definer (db/grants.sql.in: what they write, and no more): the
-- programs that take in dossiers need only EXECUTE, and no longer INSERT on dossier, its answers or numbers.
DROP PROCEDURE IF EXISTS dossier_intake_number;
DROP PROCEDURE IF EXISTS dossier_intake;
DELIMITER //
CREATE DEFINER = 'motcua_definer'@'localhost'
PROCEDURE dossier_intake_number(IN p_key CHAR(22) CHARACTER SET ascii, IN p_tag VARCHAR(80) CHARACTER SET ascii,
                                IN p_client VARCHAR(80) CHARACTER SET ascii, IN p_agency INT UNSIGNED, IN p_day DATE,
                                IN p_lane TINYINT UNSIGNED)
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  DECLARE v_over INT DEFAULT 0;
  DECLARE v_code VARCHAR(40);
  DECLARE v_status VARCHAR(24);
  SELECT MAX(code), MAX(status) INTO v_code, v_status FROM dossier WHERE submit_key = p_key;
  IF v_code IS NOT NULL THEN
    SELECT 0 AS exceeded, 0 AS next, v_code AS code, v_status AS status;
  ELSE
  IF p_tag IS NOT NULL THEN
    INSERT INTO quota (scope, subject, day, n) VALUES ('idnumber', p_tag, CURDATE(), 1), ('client_agency', p_client, CURDATE(), 1)
      ON DUPLICATE KEY UPDATE n = n + 1;
    SELECT COALESCE((SELECT n FROM quota WHERE scope = 'idnumber' AND subject = p_tag AND day = CURDATE())
                      > (SELECT CAST(value AS UNSIGNED) FROM setting WHERE name = 'quota.id_dossiers'), 0)
         + COALESCE((SELECT n FROM quota WHERE scope = 'client_agency' AND subject = p_client AND day = CURDATE())
                      > (SELECT CAST(value AS UNSIGNED) FROM setting WHERE name = 'quota.client_agency_dossiers'), 0)
      INTO v_over;
  END IF;
  IF v_over > 0 THEN
    SELECT 1 AS exceeded, 0 AS next, NULL AS code, NULL AS status;
  ELSE
    INSERT INTO dossier_seq (agency_id, day, lane, last) VALUES (p_agency, p_day, p_lane, LAST_INSERT_ID(1))
      ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1);
    SELECT 0 AS exceeded, LAST_INSERT_ID() AS next, NULL AS code, NULL AS status;
  END IF;
  END IF;
END //

CREATE DEFINER = 'motcua_definer'@'localhost'
PROCEDURE dossier_intake(IN p_code VARCHAR(40), IN p_proc INT UNSIGNED, IN p_agency INT UNSIGNED,
    IN p_resolver INT UNSIGNED, IN p_point INT UNSIGNED, IN p_channel VARCHAR(16), IN p_status VARCHAR(24),
    IN p_green TINYINT, IN p_limit_days SMALLINT UNSIGNED, IN p_limit_unit VARCHAR(16), IN p_name VARCHAR(100),
    IN p_masked VARCHAR(100), IN p_id_number VARBINARY(255), IN p_id_last4 VARBINARY(32), IN p_birth VARBINARY(255),
    IN p_phone VARBINARY(255), IN p_phone_tag VARBINARY(32), IN p_email VARBINARY(1024), IN p_address VARBINARY(2048),
    IN p_return VARCHAR(16), IN p_submitted DATETIME, IN p_received DATETIME, IN p_due DATETIME,
    IN p_key CHAR(22) CHARACTER SET ascii, IN p_holder INT UNSIGNED, IN p_received_by INT UNSIGNED,
    IN p_missing VARCHAR(1000), IN p_pairs MEDIUMTEXT, IN p_files MEDIUMTEXT)
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  DECLARE v_id BIGINT UNSIGNED;
  INSERT INTO dossier (code, proc_id, agency_id, resolver_id, point_id, channel, status,
    green, limit_days, limit_unit, applicant_name, name_masked, id_number, id_last4,
    birth_date, phone, phone_tag, email, address, return_method, submitted_at, received_at, due_at,
    submit_key, holder_id, received_by, missing_docs)
  VALUES (p_code, p_proc, p_agency, p_resolver, p_point, p_channel, p_status, p_green, p_limit_days, p_limit_unit,
    p_name, p_masked, p_id_number, p_id_last4, p_birth, p_phone, p_phone_tag, p_email, p_address, p_return,
    p_submitted, p_received, p_due, p_key, p_holder, p_received_by, p_missing);
  SET v_id = LAST_INSERT_ID();
  IF p_pairs IS NOT NULL THEN
    INSERT INTO dossier_value (dossier_id, name, value) SELECT v_id, j.name, j.value FROM JSON_TABLE(p_pairs, '$[*]' COLUMNS (
      name VARCHAR(40) PATH '$[0]' ERROR ON EMPTY ERROR ON ERROR,
      value TEXT PATH '$[1]' ERROR ON EMPTY ERROR ON ERROR)) AS j;
  END IF;
  IF p_files IS NOT NULL THEN
    INSERT INTO attachment (dossier_id, doc_pos, filename, mime, size, sha256)
    SELECT v_id, j.pos, j.filename, j.mime, j.size, j.sha256 FROM JSON_TABLE(p_files, '$[*]' COLUMNS (
      pos TINYINT UNSIGNED PATH '$[0]' ERROR ON EMPTY ERROR ON ERROR,
      filename VARCHAR(255) PATH '$[1]' ERROR ON EMPTY ERROR ON ERROR,
      mime VARCHAR(40) PATH '$[2]' ERROR ON EMPTY ERROR ON ERROR,
      size INT UNSIGNED PATH '$[3]' ERROR ON EMPTY ERROR ON ERROR,
      sha256 CHAR(64) PATH '$[4]' ERROR ON EMPTY ERROR ON ERROR)) AS j;
  END IF;
  CALL dossier_intake_event(v_id, p_submitted, p_status, p_holder, p_missing);
  SELECT v_id AS id;
END //
DELIMITER ;
