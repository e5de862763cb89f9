-- bench-scale-chunk.sql: dossiers @lo..@hi (0-based) of the generated year, with every row the programs write
-- for them (tests/bench-scale.sh sets @lo, @hi, @D dossiers a day, @A units, @day0 the first day, @clear the
-- unit whose personal data is left in clear for `motcua-admin seal` to seal one by one; @only 1: that unit's
-- dossiers alone, 2: every other unit's; run first for it, so that its rows come first and the sealing finds them).
-- Dossier n: day n mod 365 (so that any first part of the year's dossiers is the whole year, thinner); within
-- the day j = n div 365, unit a = j mod @A, the unit's (j div @A)-th dossier that day (the code's number),
-- procedure k = (j div @A) mod (the unit's procedures). Half online, 45% at the counter, 5% on paper by post.
-- Older than 30 days: nearly all finished; the last 30 days: spread over the open states. No ORDER BY: the
-- sequence comes in order, and a sort would need a temporary file.
SET SESSION foreign_key_checks = 0, unique_checks = 0;
SET @first = (SELECT COALESCE(MAX(id), 0) + 1 FROM dossier);
START TRANSACTION;
INSERT INTO dossier (code, proc_id, agency_id, resolver_id, point_id, channel, status, green, limit_days, limit_unit,
  applicant_name, name_masked, id_number, id_last4, birth_date, phone, phone_tag, email, address, return_method,
  submitted_at, received_at, due_at, finished_at, submit_key, version, holder_id, assignee_id, missing_docs,
  step_due_at, returned_how, post_tracking)
SELECT CONCAT(x.ucode, '-', DATE_FORMAT(x.day, '%y%m%d'), '-', LPAD(x.seq + IF(x.ch = 'in_person', 8000, 0), 4, '0')),
       x.proc_id, x.agency_id, x.agency_id, x.agency_id, x.ch, x.st, 0, x.days, x.unit,
       x.name, CONCAT(LEFT(x.name, 1), '*** ', SUBSTRING_INDEX(x.name, ' ', -1)),
       IF(x.clear, CONCAT('0010900', LPAD(x.n MOD 100000, 5, '0')), s.id_number),
       IF(x.clear, '', s.id_last4),
       IF(x.clear, '1990-05-17', s.birth_date), IF(x.clear, '0912345678', s.phone), IF(x.clear, '', s.phone_tag),
       IF(x.clear, 'an.nguyen@example.vn', s.email), IF(x.clear, 'Số 12 phố Hàng Bài, phường Hoàn Kiếm', s.address),
       x.ret, x.sub, x.rcv, x.rcv + INTERVAL x.days DAY,
       CASE WHEN x.st IN ('resolved', 'returned', 'stopped', 'withdrawn') THEN x.rcv + INTERVAL (x.n MOD (x.days + 3)) DAY
            WHEN x.st = 'not_received' THEN x.sub END,
       CONCAT('g', LPAD(x.n, 21, '0')),
       (SELECT COUNT(*) FROM gen_path p WHERE p.final = x.st) - 1,
       x.agency_id, NULL, IF(x.st = 'not_received', 'Giấy tờ còn thiếu', ''),
       IF(x.st IN ('received', 'processing', 'signoff'), x.rcv + INTERVAL x.days DAY, NULL),
       IF(x.st = 'returned', x.ret, NULL), IF(x.st = 'returned' AND x.ret = 'post', CONCAT('EB', LPAD(x.n MOD 100000000, 9, '0'), 'VN'), '')
  FROM (
    SELECT q.*, q.sub + INTERVAL IF(q.ch = 'in_person', 0, 1) DAY AS rcv,
      CASE WHEN q.age > 30 THEN
             CASE WHEN q.ch = 'in_person' AND q.r100 < 2 THEN 'not_received' WHEN q.r100 < 6 THEN 'stopped'
                  WHEN q.r100 < 8 THEN 'withdrawn' WHEN q.r100 < 12 THEN 'resolved' ELSE 'returned' END
           ELSE
             CASE WHEN q.ch <> 'in_person' AND q.age <= 2 AND q.r100 < 50 THEN 'new'
                  WHEN q.r100 < 10 THEN 'received' WHEN q.r100 < 40 THEN 'processing' WHEN q.r100 < 50 THEN 'signoff'
                  WHEN q.r100 < 55 THEN 'supplement_requested' WHEN q.r100 < 75 THEN 'resolved' ELSE 'returned' END
      END AS st
    FROM (
      SELECT t.n, u.agency_id, u.code AS ucode, u.agency_id = @clear AS clear, gp.proc_id, gp.days, gp.unit,
             @day0 + INTERVAL (t.n MOD 365) DAY AS day, DATEDIFF(CURDATE(), @day0 + INTERVAL (t.n MOD 365) DAY) AS age,
             (t.n DIV 365) DIV @A + 1 AS seq,
             (@day0 + INTERVAL (t.n MOD 365) DAY) + INTERVAL (7 * 3600 + ((t.n DIV 365) * 36000) DIV @D) SECOND AS sub,
             CASE WHEN (t.n DIV 365) MOD 20 < 10 THEN 'online' WHEN (t.n DIV 365) MOD 20 < 19 THEN 'in_person' ELSE 'postal' END AS ch,
             CRC32(t.n) MOD 100 AS r100,
             ELT(1 + t.n MOD 3, 'counter', 'post', 'electronic') AS ret,
             CONCAT(ELT(1 + t.n MOD 8, 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi'), ' ',
                    ELT(1 + (t.n DIV 8) MOD 6, 'Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'), ' ',
                    ELT(1 + (t.n DIV 48) MOD 10, 'An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Khôi', 'Lan', 'Nam', 'Phương', 'Quân')) AS name
        FROM (SELECT seq AS n FROM seq_0_to_99999999 WHERE seq BETWEEN @lo AND @hi) t
        JOIN gen_unit u ON u.a = (t.n DIV 365) MOD @A AND (@only = 1) = (u.agency_id = @clear)
        JOIN gen_proc gp ON gp.agency_id = u.agency_id AND gp.k = ((t.n DIV 365) DIV @A) MOD u.nproc
    ) q
  ) x JOIN gen_seal s;
SET @last = (SELECT MAX(id) FROM dossier);
-- The procedure's answers (its first three fields), as the form writes them.
INSERT INTO dossier_value (dossier_id, name, value)
SELECT d.id, f.name, ELT(1 + f.pos MOD 4, 'Nguyễn Minh Khôi', '2', 'Hà Nội', 'Giấy khai sinh')
  FROM dossier d JOIN proc_field f ON f.proc_id = d.proc_id AND f.pos <= 3
 WHERE d.id BETWEEN @first AND @last;
-- One attachment (the first document), except for paper dossiers.
INSERT INTO attachment (dossier_id, doc_pos, filename, mime, size, sha256)
SELECT d.id, 1, 'to-khai.pdf', 'application/pdf', 48213, SHA2(d.submit_key, 256)
  FROM dossier d WHERE d.id BETWEEN @first AND @last AND d.channel <> 'postal';
-- The timeline: each event of the dossier's path, at its time.
INSERT INTO dossier_event (dossier_id, at, status, agency_id, note)
SELECT d.id,
       CASE p.ev WHEN 'new' THEN d.submitted_at WHEN 'not_received' THEN d.submitted_at WHEN 'received' THEN d.received_at
                 WHEN 'processing' THEN d.received_at + INTERVAL 2 HOUR
                 WHEN 'signoff' THEN LEAST(COALESCE(d.finished_at, NOW()), d.received_at + INTERVAL (d.limit_days * 6) DIV 10 DAY)
                 WHEN 'returned' THEN d.finished_at + INTERVAL 1 DAY
                 WHEN 'supplement_requested' THEN d.received_at + INTERVAL 1 DAY
                 ELSE d.finished_at END,
       p.ev, d.resolver_id,
       CASE p.ev WHEN 'supplement_requested' THEN 'Bổ sung bản sao giấy tờ' WHEN 'stopped' THEN 'Không đủ điều kiện'
                 WHEN 'withdrawn' THEN 'Người nộp rút hồ sơ' WHEN 'not_received' THEN 'Giấy tờ còn thiếu' ELSE '' END
  FROM dossier d JOIN gen_path p ON p.final = d.status AND (p.ord > 0 OR d.channel <> 'in_person' OR p.ev = 'not_received')
 WHERE d.id BETWEEN @first AND @last;
-- The audit row of each staff step (the counter's reception, or accepting an online dossier, and each step after).
INSERT INTO audit_log (at, account_id, username, unit_id, action, dossier_id, detail, ip, due_at)
SELECT e.at, NULL, CONCAT('cb-', d.resolver_id), d.resolver_id,
       CASE e.status WHEN 'received' THEN IF(d.channel = 'in_person', 'receive', 'tiepnhan') WHEN 'processing' THEN 'phancong'
                     WHEN 'signoff' THEN 'trinhky' WHEN 'resolved' THEN 'pheduyet' WHEN 'returned' THEN 'traketqua'
                     WHEN 'supplement_requested' THEN 'yeucaubosung' WHEN 'stopped' THEN 'tuchoi' WHEN 'withdrawn' THEN 'dungxuly'
                     ELSE 'refuse_receive' END,
       d.id, IF(e.status IN ('received', 'not_received') AND d.channel = 'in_person', d.code, CONCAT(e.status, ': ', d.code)),
       '10.0.0.1', d.due_at
  FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id AND e.status <> 'new'
 WHERE d.id BETWEEN @first AND @last;
COMMIT;
