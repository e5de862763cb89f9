-- 009: public accountability (issue 9): satisfaction ratings through the QR link, feedback
-- (phản ánh, kiến nghị) with public answers, running totals for the dashboard, the service index
-- (Decision 766/QĐ-TTg) as data.
--
-- Every figure comes from the record: dossier events, ratings, feedback events. The running totals
-- (stat_total) are a cache of those figures, bumped in the same transaction as each intake, step and
-- rating (domain/stats.c); the view stat_recount computes the same figures from the raw rows, and
-- tests/t0530-stats-recount.sh proves the two equal after a random mix of steps.

INSERT INTO setting (name, value, note) VALUES
('rating.days', '7', 'Người dân có thể sửa đánh giá trong số ngày này kể từ lần đánh giá đầu tiên.'),
('feedback.days', '10', 'Thời hạn trả lời phản ánh, kiến nghị (ngày làm việc, tạm tính theo Nghị định 20/2008/NĐ-CP).');

-- One rating per dossier, by whoever holds the receipt (QR link) or at the counter's tablet.
CREATE TABLE rating (
  dossier_id  BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  created_at  DATETIME NOT NULL,                 -- its month is the month the rating counts in
  changed_at  DATETIME NOT NULL,
  via         ENUM('qr','counter') NOT NULL DEFAULT 'qr',
  comment     VARCHAR(1000) NOT NULL DEFAULT '',
  FOREIGN KEY (dossier_id) REFERENCES dossier(id)
) ENGINE=InnoDB;

-- The nine criteria of the one-stop assessment (1..9, Lang.rating.c1..c9), three levels:
-- 3 very satisfied, 2 satisfied, 1 not satisfied.
CREATE TABLE rating_answer (
  dossier_id  BIGINT UNSIGNED NOT NULL,
  criterion   TINYINT UNSIGNED NOT NULL,
  level       TINYINT UNSIGNED NOT NULL,
  PRIMARY KEY (dossier_id, criterion),
  FOREIGN KEY (dossier_id) REFERENCES rating(dossier_id)
) ENGINE=InnoDB;

-- Feedback: its code is "PA-" and its id on six digits (rules/stats.c). Sender's name and contact are
-- personal: the public program may write them, never read them.
CREATE TABLE feedback (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  created_at    DATETIME NOT NULL,
  unit_id       INT UNSIGNED NOT NULL,           -- the unit it is routed to
  dossier_id    BIGINT UNSIGNED NULL,
  source        ENUM('web','rating') NOT NULL,
  body          VARCHAR(2000) NOT NULL,
  sender_name   VARCHAR(100) NOT NULL DEFAULT '',
  name_masked   VARCHAR(100) NOT NULL DEFAULT '',
  contact       VARCHAR(120) NOT NULL DEFAULT '',
  allow_publish TINYINT(1) NOT NULL DEFAULT 0,   -- the sender allows publishing (masked)
  status        ENUM('open','answered','reopened','closed','closed_unresolved') NOT NULL,
  due_at        DATETIME NOT NULL,               -- the current deadline (a reopen sets a new one)
  answer        VARCHAR(4000) NOT NULL DEFAULT '',
  answered_at   DATETIME NULL,
  answered_by   INT UNSIGNED NULL,
  published     TINYINT(1) NOT NULL DEFAULT 0,   -- a leader published it (only when allowed)
  reopen_note   VARCHAR(1000) NOT NULL DEFAULT '',
  reopens       TINYINT UNSIGNED NOT NULL DEFAULT 0,
  version       INT UNSIGNED NOT NULL DEFAULT 0,
  submit_key    CHAR(22) CHARACTER SET ascii COLLATE ascii_bin NULL UNIQUE,
  KEY unit_status (unit_id, status, due_at),
  KEY (dossier_id),
  KEY published (published, answered_at),
  FOREIGN KEY (unit_id) REFERENCES agency(id),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id)
) ENGINE=InnoDB;

-- What happened to a feedback item, append-only: opened (with its deadline), answered (with the
-- deadline it was held to), reopened, closed, closed not resolved. The dashboard counts these.
CREATE TABLE feedback_event (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  feedback_id  INT UNSIGNED NOT NULL,
  unit_id      INT UNSIGNED NOT NULL,
  at           DATETIME NOT NULL,
  status       ENUM('open','answered','reopened','closed','closed_unresolved') NOT NULL,
  due_at       DATETIME NULL,
  KEY (feedback_id),
  KEY unit_at (unit_id, at),
  KEY at_status (at, status),
  FOREIGN KEY (feedback_id) REFERENCES feedback(id)
) ENGINE=InnoDB;

-- The dimensions each figure is kept by: the whole city, reception point, competent unit,
-- procedure, channel, and a unit's procedures and channels (the staff view).
CREATE TABLE stat_dim (
  dim ENUM('all','point','unit','proc','channel','unit_proc','unit_channel') NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO stat_dim VALUES ('all'), ('point'), ('unit'), ('proc'), ('channel'), ('unit_proc'), ('unit_channel');

-- Running totals: one counter per dimension value, month (YYYYMM) and measure. The city-wide rows
-- (dimensions all and channel), which every step touches, are split over 8 slots (the dossier id mod 8)
-- so that concurrent steps rarely wait on the same row; readers sum the slots.
-- Measures: received, not_received, supplement, resolved, early, on_time, late, ok_766 (resolved on
-- time or early with at most one supplement request), refused, withdrawn, returned, e_result (resolved
-- with an electronic result), e_return (returned electronically), digitised (received with its documents
-- as files), rated, rated_unsat (a rating with a "not satisfied" answer), cN_L (criterion N at level L).
CREATE TABLE stat_total (
  dim      ENUM('all','point','unit','proc','channel','unit_proc','unit_channel') NOT NULL,
  k1       INT UNSIGNED NOT NULL,
  k2       INT UNSIGNED NOT NULL,
  ch       VARCHAR(12) NOT NULL,
  month    INT UNSIGNED NOT NULL,
  measure  VARCHAR(16) NOT NULL,
  slot     TINYINT UNSIGNED NOT NULL,
  n        INT NOT NULL,
  PRIMARY KEY (dim, k1, k2, ch, month, measure, slot),
  KEY dim_month (dim, month, n)                  -- a dimension's months, covering (the key holds the rest)
) ENGINE=InnoDB;

-- "Overdue now" is counted live: the open dossiers, in due order.
ALTER TABLE dossier ADD KEY open_due (finished_at, due_at);

-- One row per (dossier, month, measure), from the raw rows alone: the definition the running totals
-- are checked against.
CREATE VIEW stat_fact AS
SELECT e.dossier_id, EXTRACT(YEAR_MONTH FROM e.at) AS month,
       CASE e.status WHEN 'stopped' THEN 'refused' WHEN 'supplement_requested' THEN 'supplement' ELSE e.status END AS measure
  FROM dossier_event e
 WHERE e.status IN ('received', 'not_received', 'supplement_requested', 'resolved', 'stopped', 'withdrawn', 'returned')
UNION ALL
SELECT d.id, EXTRACT(YEAR_MONTH FROM e.at),
       CASE WHEN d.finished_at > COALESCE(d.first_due_at, d.due_at) THEN 'late'
            WHEN DATE(d.finished_at) < DATE(COALESCE(d.first_due_at, d.due_at)) THEN 'early' ELSE 'on_time' END
  FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id AND e.status = 'resolved'
UNION ALL
SELECT d.id, EXTRACT(YEAR_MONTH FROM e.at), 'ok_766'
  FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id AND e.status = 'resolved'
 WHERE d.finished_at <= COALESCE(d.first_due_at, d.due_at)
   AND (SELECT COUNT(*) FROM dossier_event s WHERE s.dossier_id = d.id AND s.status = 'supplement_requested') <= 1
UNION ALL
SELECT d.id, EXTRACT(YEAR_MONTH FROM e.at), 'e_result'
  FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id AND e.status = 'resolved'
 WHERE d.result_sha IS NOT NULL
UNION ALL
SELECT d.id, EXTRACT(YEAR_MONTH FROM e.at), 'e_return'
  FROM dossier d JOIN dossier_event e ON e.dossier_id = d.id AND e.status = 'returned'
 WHERE d.returned_how = 'electronic'
UNION ALL
SELECT e.dossier_id, EXTRACT(YEAR_MONTH FROM e.at), 'digitised'
  FROM dossier_event e
 WHERE e.status = 'received' AND EXISTS (SELECT 1 FROM attachment t WHERE t.dossier_id = e.dossier_id AND t.doc_pos > 0)
UNION ALL
SELECT g.dossier_id, EXTRACT(YEAR_MONTH FROM g.created_at), 'rated' FROM rating g
UNION ALL
SELECT g.dossier_id, EXTRACT(YEAR_MONTH FROM g.created_at), 'rated_unsat' FROM rating g
 WHERE EXISTS (SELECT 1 FROM rating_answer a WHERE a.dossier_id = g.dossier_id AND a.level = 1)
UNION ALL
SELECT g.dossier_id, EXTRACT(YEAR_MONTH FROM g.created_at), CONCAT('c', a.criterion, '_', a.level)
  FROM rating g JOIN rating_answer a ON a.dossier_id = g.dossier_id;

-- The totals by dimension, recounted from stat_fact.
CREATE VIEW stat_recount AS
SELECT x.dim,
       CASE x.dim WHEN 'point' THEN d.point_id WHEN 'proc' THEN d.proc_id WHEN 'all' THEN 0 WHEN 'channel' THEN 0
                  ELSE d.resolver_id END AS k1,
       CASE x.dim WHEN 'unit_proc' THEN d.proc_id ELSE 0 END AS k2,
       CASE WHEN x.dim IN ('channel', 'unit_channel') THEN d.channel ELSE '' END AS ch,
       f.month, f.measure, COUNT(*) AS n
  FROM stat_fact f JOIN dossier d ON d.id = f.dossier_id JOIN stat_dim x
 GROUP BY x.dim, k1, k2, ch, f.month, f.measure;

-- The dossiers already on record count from the start.
INSERT INTO stat_total (dim, k1, k2, ch, month, measure, slot, n)
SELECT dim, k1, k2, ch, month, measure, 0, n FROM stat_recount;

-- The service index (Decision 766/QĐ-TTg, 2022): each sub-indicator's maximum points and the rate that
-- earns them in full (percent), valid from a date; below the threshold, score = rate x max / threshold.
-- threshold NULL: the record cannot support it; shown as not measured. The formulas are in
-- rules/stats.c (which measures make each rate) and, in words, in the language file.
CREATE TABLE svc_index_item (
  code        VARCHAR(16) NOT NULL,
  valid_from  DATE NOT NULL,
  grp         ENUM('publicity','progress','online','digital','satisfaction') NOT NULL,
  pos         TINYINT UNSIGNED NOT NULL,
  max_points  TINYINT UNSIGNED NOT NULL,
  threshold   TINYINT UNSIGNED NULL,
  PRIMARY KEY (code, valid_from)
) ENGINE=InnoDB;
INSERT INTO svc_index_item (code, valid_from, grp, pos, max_points, threshold) VALUES
('pub_portal',   '2022-06-23', 'publicity',    1,  9, NULL),
('pub_rating',   '2022-06-23', 'publicity',    2,  9, 100),
('progress',     '2022-06-23', 'progress',     3, 20, 100),
('online_share', '2022-06-23', 'online',       4, 12, 50),
('online_pay',   '2022-06-23', 'online',       5, 10, NULL),
('e_result',     '2022-06-23', 'digital',      6, 11, 80),
('digitised',    '2022-06-23', 'digital',      7, 11, 80),
('fb_on_time',   '2022-06-23', 'satisfaction', 8,  6, 100),
('fb_accepted',  '2022-06-23', 'satisfaction', 9,  6, 100),
('satisfaction', '2022-06-23', 'satisfaction', 10, 6, 90);
