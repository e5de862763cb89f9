-- 007: hardening (issue 10): lookups without the QR counted per dossier code;
-- daily quotas of public submissions; sign-in throttles per client and per
-- (account, client); separate number ranges for the counter and online;
-- indexes for the collector of unreferenced files; the supplement procedure
-- under its own definer account, with a bounded due date.

-- Wrong code-and-digits pairs at /tra-cuu, per code, whatever the address.
CREATE TABLE lookup_fail (
  code          VARCHAR(40) NOT NULL PRIMARY KEY,
  failures      SMALLINT UNSIGNED NOT NULL,
  last_at       DATETIME NOT NULL,
  locked_until  DATETIME NULL
) ENGINE=InnoDB;

-- Public POSTs and dossiers counted per day: per client (an IPv4 address or
-- an IPv6 /64), per identification number (a keyed hash, never the number),
-- per client and agency. The limits are rows of `setting` (quota.*).
CREATE TABLE quota (
  scope    VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject  VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  day      DATE NOT NULL,
  n        INT UNSIGNED NOT NULL,
  PRIMARY KEY (scope, subject, day)
) ENGINE=InnoDB;

INSERT INTO setting (name, value, note) VALUES
('quota.client_posts', '300', 'Số lần gửi biểu mẫu công khai tối đa mỗi ngày từ một địa chỉ (IPv4, hoặc một dải IPv6 /64)'),
('quota.id_dossiers', '10', 'Số hồ sơ trực tuyến tối đa mỗi ngày của một số định danh'),
('quota.client_agency_dossiers', '80', 'Số hồ sơ trực tuyến tối đa mỗi ngày từ một địa chỉ vào một cơ quan (1% của 7.999 số trực tuyến)');

-- Staff sign-in: failures per client address, and per (username, client).
-- ok_at: this client signed in to this account before (a known device is
-- not held up by the account's global slow-down).
CREATE TABLE login_guard (
  scope         VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,   -- client | pair
  subject       VARCHAR(160) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  failures      SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  last_at       DATETIME NOT NULL,
  locked_until  DATETIME NULL,
  ok_at         DATETIME NULL,
  PRIMARY KEY (scope, subject)
) ENGINE=InnoDB;

-- Two number ranges a day per agency: online 0001-7999 (lane 0), the
-- counter 8001-9999 (lane 1), so online submissions can never use up the
-- counter's numbers. Today's rows so far are lane 0.
ALTER TABLE dossier_seq
  ADD COLUMN lane TINYINT UNSIGNED NOT NULL DEFAULT 0 AFTER day,
  DROP PRIMARY KEY, ADD PRIMARY KEY (agency_id, day, lane);

-- The collector (motcua-admin gc) asks whether a stored file is referenced.
ALTER TABLE attachment ADD KEY (sha256);
ALTER TABLE dossier ADD KEY (result_sha);

-- The supplement procedure runs with the rights of a dedicated account
-- that cannot sign in (db/grants.sql.in: motcua_definer, ACCOUNT LOCK, only
-- what this procedure touches), no longer root's. The new due date is
-- bounded: not in the past, and not beyond twice the legal limit plus 30
-- days from now (any holidays included).
DROP PROCEDURE IF EXISTS public_supplement;
DELIMITER //
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
END //
DELIMITER ;
