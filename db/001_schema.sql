-- 001: catalogue, places, calendar and dossiers (the foundation schema).
-- Every text column is utf8mb4 with the UCA 14.0 accent- and case-insensitive
-- collation, so that "dang ky khai sinh" finds "Đăng ký khai sinh".

CREATE TABLE setting (
  name  VARCHAR(64)  NOT NULL PRIMARY KEY,
  value VARCHAR(255) NOT NULL,
  note  VARCHAR(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB;

-- Lĩnh vực (field): grouping of procedures.
CREATE TABLE field (
  id    SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  slug  VARCHAR(40)  NOT NULL UNIQUE,          -- URL value of ?linh-vuc=
  name  VARCHAR(200) NOT NULL,
  pos   SMALLINT NOT NULL DEFAULT 0
) ENGINE=InnoDB;

-- Agencies and reception points. A ward/commune is both a competent agency
-- and a reception point; the Centre's branch points only receive; city
-- departments only resolve.
CREATE TABLE agency (
  id           INT UNSIGNED NOT NULL PRIMARY KEY,
  code         VARCHAR(32)  NOT NULL UNIQUE,   -- identifier code, e.g. 000.00.10.H26
  name         VARCHAR(200) NOT NULL,          -- e.g. "UBND phường Hoàn Kiếm"
  short_name   VARCHAR(120) NOT NULL,          -- e.g. "Phường Hoàn Kiếm"
  kind         ENUM('ward','commune','branch','department','centre') NOT NULL,
  parent_id    INT UNSIGNED NULL,
  address      VARCHAR(255) NOT NULL DEFAULT '',
  receives     TINYINT(1) NOT NULL DEFAULT 1,  -- is a reception point
  resolves     TINYINT(1) NOT NULL DEFAULT 0,  -- is a competent agency
  provisional  TINYINT(1) NOT NULL DEFAULT 0,  -- name/address/code not confirmed
  KEY (kind, name)
) ENGINE=InnoDB;

-- Thủ tục hành chính: one catalogue entry.
CREATE TABLE proc (
  id             INT UNSIGNED NOT NULL PRIMARY KEY,
  code           VARCHAR(32)  NOT NULL UNIQUE,   -- national catalogue code, e.g. 1.001193
  name           VARCHAR(300) NOT NULL,
  field_id       SMALLINT UNSIGNED NOT NULL,
  level          ENUM('ward','city') NOT NULL,   -- competent level
  authority      VARCHAR(255) NOT NULL,          -- competent authority, in words
  resolver_id    INT UNSIGNED NULL,              -- city-level: the department that resolves
  fee            VARCHAR(255) NOT NULL,          -- fee and charge, in words
  who            VARCHAR(500) NOT NULL,          -- who may submit
  result         VARCHAR(300) NOT NULL,          -- what the citizen receives
  legal_basis    TEXT NOT NULL,
  online_full    TINYINT(1) NOT NULL DEFAULT 1,  -- dịch vụ công trực tuyến toàn trình
  provisional    TINYINT(1) NOT NULL DEFAULT 0,
  FULLTEXT KEY (name),
  KEY (field_id),
  FOREIGN KEY (field_id) REFERENCES field(id),
  FOREIGN KEY (resolver_id) REFERENCES agency(id)
) ENGINE=InnoDB;

-- Time limits with effective dates: the row with the greatest
-- effective_from <= the reception date applies.
CREATE TABLE proc_limit (
  proc_id         INT UNSIGNED NOT NULL,
  effective_from  DATE NOT NULL,
  days            SMALLINT UNSIGNED NOT NULL,   -- 0 = same working day
  unit            ENUM('working','calendar') NOT NULL DEFAULT 'working',
  green_days      SMALLINT UNSIGNED NULL,       -- làn xanh limit, NULL when not green lane
  PRIMARY KEY (proc_id, effective_from),
  FOREIGN KEY (proc_id) REFERENCES proc(id)
) ENGINE=InnoDB;

CREATE TABLE proc_document (
  proc_id   INT UNSIGNED NOT NULL,
  pos       TINYINT UNSIGNED NOT NULL,
  name      VARCHAR(500) NOT NULL,
  copies    VARCHAR(60)  NOT NULL DEFAULT 'Bản chính: 1',
  required  TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (proc_id, pos),
  FOREIGN KEY (proc_id) REFERENCES proc(id)
) ENGINE=InnoDB;

-- The procedure's own form fields: data, not code.
CREATE TABLE proc_field (
  proc_id   INT UNSIGNED NOT NULL,
  pos       TINYINT UNSIGNED NOT NULL,
  name      VARCHAR(40)  NOT NULL,              -- [a-z0-9_]+, unique per procedure
  label     VARCHAR(200) NOT NULL,
  kind      ENUM('text','textarea','date','number','select','idnumber') NOT NULL,
  required  TINYINT(1) NOT NULL DEFAULT 1,
  max_len   SMALLINT UNSIGNED NOT NULL DEFAULT 200,
  options   VARCHAR(1000) NOT NULL DEFAULT '',  -- select: values separated by '|'
  help      VARCHAR(300) NOT NULL DEFAULT '',
  PRIMARY KEY (proc_id, pos),
  UNIQUE KEY (proc_id, name),
  FOREIGN KEY (proc_id) REFERENCES proc(id)
) ENGINE=InnoDB;

-- Calendar exceptions: 'holiday' = a weekday off; 'workday' = a weekend day
-- worked (ngày làm bù) by government decision.
CREATE TABLE holiday (
  day          DATE NOT NULL PRIMARY KEY,
  kind         ENUM('holiday','workday') NOT NULL DEFAULT 'holiday',
  name         VARCHAR(200) NOT NULL,
  provisional  TINYINT(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB;

-- National portal vocabulary: statuses and channels.
CREATE TABLE dossier (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(40) NOT NULL UNIQUE,
  proc_id         INT UNSIGNED NOT NULL,
  agency_id       INT UNSIGNED NOT NULL,       -- receiving agency (whose code is in the dossier code)
  resolver_id     INT UNSIGNED NOT NULL,       -- competent agency
  point_id        INT UNSIGNED NOT NULL,       -- reception point
  channel         ENUM('in_person','online','postal') NOT NULL,
  status          ENUM('new','received','not_received','processing','supplement_requested',
                       'financial_requested','withdrawn','stopped','resolved','returned') NOT NULL,
  green           TINYINT(1) NOT NULL DEFAULT 0,
  limit_days      SMALLINT UNSIGNED NOT NULL,
  limit_unit      ENUM('working','calendar') NOT NULL,
  applicant_name  VARCHAR(100) NOT NULL,
  name_masked     VARCHAR(100) NOT NULL,
  id_number       CHAR(12) NOT NULL,
  id_last4        CHAR(4) NOT NULL,
  birth_date      DATE NOT NULL,
  phone           VARCHAR(15) NOT NULL,
  email           VARCHAR(120) NOT NULL DEFAULT '',
  address         VARCHAR(300) NOT NULL,
  return_method   ENUM('counter','post','electronic') NOT NULL,
  submitted_at    DATETIME NOT NULL,
  received_at     DATETIME NOT NULL,           -- counting starts from here
  due_at          DATETIME NOT NULL,           -- ngày hẹn trả
  finished_at     DATETIME NULL,
  submit_key      CHAR(22) CHARACTER SET ascii COLLATE ascii_bin NOT NULL UNIQUE, -- form id: one form, one dossier
  KEY (agency_id, status, due_at),
  FOREIGN KEY (proc_id) REFERENCES proc(id),
  FOREIGN KEY (agency_id) REFERENCES agency(id),
  FOREIGN KEY (resolver_id) REFERENCES agency(id),
  FOREIGN KEY (point_id) REFERENCES agency(id)
) ENGINE=InnoDB;

CREATE TABLE dossier_value (
  dossier_id  BIGINT UNSIGNED NOT NULL,
  name        VARCHAR(40) NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (dossier_id, name),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id)
) ENGINE=InnoDB;

CREATE TABLE attachment (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id  BIGINT UNSIGNED NOT NULL,
  doc_pos     TINYINT UNSIGNED NOT NULL,       -- proc_document.pos
  filename    VARCHAR(255) NOT NULL,
  mime        VARCHAR(40) NOT NULL,
  size        INT UNSIGNED NOT NULL,
  sha256      CHAR(64) NOT NULL,               -- file lives at var/uploads/ab/cdef…
  KEY (dossier_id),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id)
) ENGINE=InnoDB;

-- Timeline. note is public (shown on the status page); never personal data.
CREATE TABLE dossier_event (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id  BIGINT UNSIGNED NOT NULL,
  at          DATETIME NOT NULL,
  status      VARCHAR(24) NOT NULL,
  agency_id   INT UNSIGNED NOT NULL,
  note        VARCHAR(500) NOT NULL DEFAULT '',
  KEY (dossier_id, at),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id)
) ENGINE=InnoDB;

-- Per-agency daily sequence for dossier codes.
CREATE TABLE dossier_seq (
  agency_id  INT UNSIGNED NOT NULL,
  day        DATE NOT NULL,
  last       INT UNSIGNED NOT NULL,
  PRIMARY KEY (agency_id, day)
) ENGINE=InnoDB;
