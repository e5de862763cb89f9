-- 004: the citizen's supplement through the QR link. The public program may
-- not UPDATE dossiers; it may EXECUTE this one narrow procedure, which moves
-- a dossier only from 'supplement_requested' back to 'processing', with the
-- clock restarted from the complete dossier (computed by the caller from the
-- holiday table, never in the past), and records the event.
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
  UPDATE dossier SET status = 'processing', version = version + 1, received_at = NOW(), due_at = p_due
   WHERE id = v_id;
  INSERT INTO dossier_event (dossier_id, at, status, agency_id, note)
   VALUES (v_id, NOW(), 'processing', v_holder, LEFT(p_note, 500));
END //
DELIMITER ;
