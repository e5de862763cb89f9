-- 006: processing in full: sign-off stage, forwarding between agencies
-- (liên thông) and back, per-step deadlines, how the result went back,
-- the apology with a new appointment (form 04).

ALTER TABLE dossier
  MODIFY status ENUM('new','received','not_received','processing','signoff','supplement_requested',
                     'financial_requested','withdrawn','stopped','resolved','returned') NOT NULL,
  ADD COLUMN origin_id          INT UNSIGNED NULL,   -- liên thông: the unit that forwarded it and gets it back
  ADD COLUMN origin_assignee_id INT UNSIGNED NULL,   -- its specialist, who gets it back too
  ADD COLUMN step_due_at        DATETIME NULL,       -- the current holder's share of the limit
  ADD COLUMN first_due_at       DATETIME NULL,       -- the appointment before an apology moved it
  ADD COLUMN returned_how       ENUM('counter','post','electronic') NULL,
  ADD COLUMN post_tracking      VARCHAR(40) NOT NULL DEFAULT '',
  ADD KEY assignee_due (assignee_id, due_at);

-- Each stage's share of the legal time limit, in percent: the stage's
-- deadline is that many working days (rounded up, never past the
-- appointment) from when it starts. Form 06 judges each hand-off by it.
CREATE TABLE step_share (
  status   VARCHAR(24) NOT NULL PRIMARY KEY,
  percent  TINYINT UNSIGNED NOT NULL,
  note     VARCHAR(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB;
INSERT INTO step_share (status, percent, note) VALUES
('received',   10, 'Bộ phận Một cửa chuyển hồ sơ, lãnh đạo phân công chuyên viên'),
('processing', 60, 'Chuyên viên thẩm định, liên thông nếu cần, dự thảo kết quả'),
('signoff',    20, 'Lãnh đạo xem xét, ký duyệt'),
('resolved',   10, 'Chuyển kết quả về Bộ phận Một cửa, trả cho người dân');

-- The deadline each audited step was held to (NULL: the appointment).
ALTER TABLE audit_log ADD COLUMN due_at DATETIME NULL;

-- Form 04: văn bản xin lỗi và hẹn lại ngày trả kết quả. Drafted by the
-- unit with the reason and the new date; takes effect when a leader signs.
CREATE TABLE dossier_apology (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id  BIGINT UNSIGNED NOT NULL,
  unit_id     INT UNSIGNED NOT NULL,
  reason      VARCHAR(1000) NOT NULL,
  old_due     DATETIME NOT NULL,
  new_due     DATETIME NOT NULL,
  drafted_by  INT UNSIGNED NOT NULL,
  drafted_at  DATETIME NOT NULL,
  signed_by   INT UNSIGNED NULL,
  signed_at   DATETIME NULL,
  KEY (dossier_id, id),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id)
) ENGINE=InnoDB;

-- A supplement restarts the clock: the stage deadline goes with it.
DROP PROCEDURE IF EXISTS public_supplement;
DELIMITER //
CREATE PROCEDURE public_supplement(IN p_code VARCHAR(40), IN p_due DATETIME, IN p_note VARCHAR(500))
  MODIFIES SQL DATA
  SQL SECURITY DEFINER
BEGIN
  DECLARE v_id BIGINT UNSIGNED;
  DECLARE v_holder INT UNSIGNED;
  SELECT id, holder_id INTO v_id, v_holder FROM dossier
   WHERE code = p_code AND status = 'supplement_requested' FOR UPDATE;
  IF v_id IS NULL OR p_due IS NULL OR p_due < NOW() THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier is not waiting for a supplement';
  END IF;
  UPDATE dossier SET status = 'processing', version = version + 1, received_at = NOW(), due_at = p_due,
         step_due_at = NULL
   WHERE id = v_id;
  INSERT INTO dossier_event (dossier_id, at, status, agency_id, note)
   VALUES (v_id, NOW(), 'processing', v_holder, LEFT(p_note, 500));
END //
DELIMITER ;
