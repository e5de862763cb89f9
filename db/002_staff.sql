-- 002: back office: staff accounts, roles, sessions, the append-only audit log,
-- and what a dossier needs to move through the workflow.

CREATE TABLE staff_account (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL UNIQUE,
  full_name     VARCHAR(100) NOT NULL,
  unit_id       INT UNSIGNED NOT NULL,              -- reception point or agency
  pw_hash       VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL, -- argon2id (libsodium crypto_pwhash_str)
  failed        SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  locked_until  DATETIME NULL,
  active        TINYINT(1) NOT NULL DEFAULT 1,
  created_at    DATETIME NOT NULL,
  FOREIGN KEY (unit_id) REFERENCES agency(id)
) ENGINE=InnoDB;

-- One person may hold several roles. 'agent' (post-office proxy) is reserved
-- for the next issue.
CREATE TABLE staff_role (
  account_id  INT UNSIGNED NOT NULL,
  role        ENUM('counter','specialist','leader','admin','agent') NOT NULL,
  field_id    SMALLINT UNSIGNED NULL,               -- a specialist's field, NULL for all
  PRIMARY KEY (account_id, role),
  FOREIGN KEY (account_id) REFERENCES staff_account(id)
) ENGINE=InnoDB;

-- The cookie carries a random id; the table keeps only its hash.
CREATE TABLE staff_session (
  id_hash     CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  account_id  INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  seen_at     DATETIME NOT NULL,
  KEY (account_id),
  FOREIGN KEY (account_id) REFERENCES staff_account(id)
) ENGINE=InnoDB;

-- Append-only: the staff program's account may INSERT and SELECT, never
-- UPDATE or DELETE (db/grants.sql.in).
CREATE TABLE audit_log (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME(3) NOT NULL,
  account_id  INT UNSIGNED NULL,
  username    VARCHAR(64) NOT NULL,
  unit_id     INT UNSIGNED NULL,
  action      VARCHAR(40) NOT NULL,                 -- login, login_failed, lockout, logout, accept, return …
  dossier_id  BIGINT UNSIGNED NULL,
  detail      VARCHAR(500) NOT NULL DEFAULT '',
  ip          VARCHAR(45) NOT NULL DEFAULT '',
  KEY (dossier_id),
  KEY (account_id, at)
) ENGINE=InnoDB;

ALTER TABLE dossier
  ADD COLUMN version      INT UNSIGNED NOT NULL DEFAULT 0,   -- optimistic locking: every change bumps it
  ADD COLUMN holder_id    INT UNSIGNED NULL,                 -- unit holding the dossier now
  ADD COLUMN assignee_id  INT UNSIGNED NULL,                 -- specialist assigned
  ADD COLUMN received_by  INT UNSIGNED NULL,                 -- counter officer who received it
  ADD COLUMN missing_docs VARCHAR(1000) NOT NULL DEFAULT '', -- what is missing (returned for completion)
  ADD KEY (holder_id, status, due_at);

UPDATE dossier SET holder_id = resolver_id WHERE holder_id IS NULL;
