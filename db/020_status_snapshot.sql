-- 020_status_snapshot.sql: the status page's snapshot (issue 12). One row per dossier holding what
-- the public status page, receipt and lookup show (the dossier, its procedure's and agencies' names,
-- the signed apology, the timeline as one text column), read by code with one primary-key lookup:
-- no joins and no sort on the hot path. It is rewritten in the same transaction as every change the
-- citizen sees, by one procedure: domain/intake.c (a dossier comes in), domain/step.c (any step of
-- the workflow, consignments included) and public_supplement (the citizen's supplement) call
-- dossier_status_refresh(id, id) after their writes. The snapshot is never the record: the view the
-- back office reads (DOSSIER_VIEW) stays, and t0215 proves both equal after each kind of step.
--
-- The timeline: for each event, in (at, id) order, CHAR(30) then
--   at ("YYYY-MM-DD HH:MM") CHAR(31) status CHAR(31) agency name CHAR(31) note
-- (the two separators, control characters no input may hold, are replaced in a note by spaces).
--
-- Backfill (after a migration, or after loading dossiers in bulk): CALL dossier_status_backfill();
-- it refreshes every dossier in batches of 10,000 ids, each its own statement.
CREATE TABLE IF NOT EXISTS dossier_status (
  code           VARCHAR(40) NOT NULL PRIMARY KEY,
  dossier_id     BIGINT UNSIGNED NOT NULL,
  status         VARCHAR(32) NOT NULL,
  channel        VARCHAR(16) NOT NULL,
  name_masked    VARCHAR(100) NOT NULL,
  green          TINYINT(1) NOT NULL,
  limit_days     SMALLINT UNSIGNED NOT NULL,
  limit_unit     VARCHAR(16) NOT NULL,
  return_method  VARCHAR(16) NOT NULL,
  submitted_at   DATETIME NOT NULL,
  received_at    DATETIME NOT NULL,
  due_at         DATETIME NOT NULL,
  finished_at    DATETIME NULL,
  first_due_at   DATETIME NULL,
  proc_code      VARCHAR(40) NOT NULL,
  proc_name      VARCHAR(500) NOT NULL,
  agency_name    VARCHAR(200) NOT NULL,
  point_name     VARCHAR(200) NOT NULL,
  point_address  VARCHAR(255) NOT NULL,
  resolver_name  VARCHAR(200) NOT NULL,
  holder_name    VARCHAR(200) NULL,
  has_result     TINYINT(1) NOT NULL,
  returned_how   VARCHAR(16) NULL,
  post_tracking  VARCHAR(40) NULL,
  ap_reason      VARCHAR(1000) NULL,
  ap_new_due     DATETIME NULL,
  timeline       MEDIUMTEXT NULL
) ENGINE=InnoDB;

DROP PROCEDURE IF EXISTS dossier_status_refresh;
DROP PROCEDURE IF EXISTS dossier_status_backfill;
DELIMITER //
-- The snapshot of the dossiers whose id is in [p_from, p_to], from the record; the one definition.
CREATE DEFINER = 'motcua_definer'@'localhost'
PROCEDURE dossier_status_refresh(IN p_from BIGINT UNSIGNED, IN p_to BIGINT UNSIGNED)
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  REPLACE INTO dossier_status (code, dossier_id, status, channel, name_masked, green, limit_days, limit_unit,
    return_method, submitted_at, received_at, due_at, finished_at, first_due_at, proc_code, proc_name,
    agency_name, point_name, point_address, resolver_name, holder_name, has_result, returned_how, post_tracking,
    ap_reason, ap_new_due, timeline)
  SELECT d.code, d.id, d.status, d.channel, d.name_masked, d.green, d.limit_days, d.limit_unit,
    d.return_method, d.submitted_at, d.received_at, d.due_at, d.finished_at, d.first_due_at, p.code, p.name,
    a.name, pt.name, pt.address, r.name, h.name,
    d.result_sha IS NOT NULL AND d.status IN ('resolved', 'returned'), d.returned_how, d.post_tracking,
    (SELECT ap.reason FROM dossier_apology ap WHERE ap.dossier_id = d.id AND ap.signed_at IS NOT NULL
      ORDER BY ap.signed_at DESC LIMIT 1),
    (SELECT ap.new_due FROM dossier_apology ap WHERE ap.dossier_id = d.id AND ap.signed_at IS NOT NULL
      ORDER BY ap.signed_at DESC LIMIT 1),
    (SELECT GROUP_CONCAT(CONCAT(CHAR(30 USING utf8mb4), DATE_FORMAT(e.at, '%Y-%m-%d %H:%i'), CHAR(31 USING utf8mb4),
        e.status, CHAR(31 USING utf8mb4), COALESCE(ea.name, ''), CHAR(31 USING utf8mb4),
        REPLACE(REPLACE(COALESCE(e.note, ''), CHAR(30 USING utf8mb4), ' '), CHAR(31 USING utf8mb4), ' '))
        ORDER BY e.at, e.id SEPARATOR '')
      FROM dossier_event e LEFT JOIN agency ea ON ea.id = e.agency_id WHERE e.dossier_id = d.id)
  FROM dossier d JOIN proc p ON p.id = d.proc_id
    JOIN agency a ON a.id = d.agency_id JOIN agency pt ON pt.id = d.point_id
    JOIN agency r ON r.id = d.resolver_id LEFT JOIN agency h ON h.id = d.holder_id
  WHERE d.id BETWEEN p_from AND p_to;
END //

-- Every dossier's snapshot, 10,000 ids a statement: after this migration, and after a bulk load.
CREATE DEFINER = 'motcua_definer'@'localhost'
PROCEDURE dossier_status_backfill()
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  DECLARE v_from BIGINT UNSIGNED;
  -- From the lowest id, 10,000 ids at a time, on to the next id that exists (ids need not be dense:
  -- on a Galera cluster each node steps by auto_increment_increment).
  SELECT MIN(id) INTO v_from FROM dossier;
  WHILE v_from IS NOT NULL DO
    CALL dossier_status_refresh(v_from, v_from + 9999);
    SELECT MIN(id) INTO v_from FROM dossier WHERE id > v_from + 9999;
  END WHILE;
END //

-- The citizen's supplement (db/007), now also rewriting the snapshot in its transaction.
DROP PROCEDURE IF EXISTS public_supplement //
CREATE DEFINER = 'motcua_definer'@'localhost'
PROCEDURE public_supplement(IN p_code VARCHAR(40), IN p_due DATETIME, IN p_note VARCHAR(500))
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  DECLARE v_id BIGINT UNSIGNED;
  DECLARE v_holder INT UNSIGNED;
  DECLARE v_days INT UNSIGNED;
  SELECT id, holder_id, limit_days INTO v_id, v_holder, v_days FROM dossier
   WHERE code = p_code AND status = 'supplement_requested' FOR UPDATE;
  IF v_id IS NULL OR p_due IS NULL OR p_due < NOW() OR p_due > NOW() + INTERVAL (2 * v_days + 30) DAY THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier is not waiting for a supplement, or the due date is out of bounds';
  END IF;
  UPDATE dossier SET status = 'processing', version = version + 1, received_at = NOW(), due_at = p_due,
         step_due_at = NULL
   WHERE id = v_id;
  INSERT INTO dossier_event (dossier_id, at, status, agency_id, note)
   VALUES (v_id, NOW(), 'processing', v_holder, LEFT(p_note, 500));
  CALL dossier_status_refresh(v_id, v_id);
END //
DELIMITER ;

-- The definer reads what the snapshot shows and writes the snapshot: db/grants.sql.in holds the
-- same; granted here too, so that the backfill below runs before the grants are next applied.
CREATE USER IF NOT EXISTS 'motcua_definer'@'localhost' ACCOUNT LOCK;
GRANT SELECT (id, code, status, channel, name_masked, green, limit_days, limit_unit, return_method, submitted_at,
  received_at, due_at, finished_at, first_due_at, proc_id, agency_id, point_id, resolver_id, holder_id, result_sha,
  returned_how, post_tracking) ON dossier TO 'motcua_definer'@'localhost';
GRANT SELECT (id, code, name) ON proc TO 'motcua_definer'@'localhost';
GRANT SELECT (id, name, address) ON agency TO 'motcua_definer'@'localhost';
GRANT SELECT (id, dossier_id, at, status, agency_id, note) ON dossier_event TO 'motcua_definer'@'localhost';
GRANT SELECT (dossier_id, reason, new_due, signed_at) ON dossier_apology TO 'motcua_definer'@'localhost';
GRANT INSERT, DELETE ON dossier_status TO 'motcua_definer'@'localhost';
GRANT EXECUTE ON PROCEDURE dossier_status_refresh TO 'motcua_definer'@'localhost';
GRANT EXECUTE ON PROCEDURE dossier_status_backfill TO 'motcua_definer'@'localhost';
CALL dossier_status_backfill();
