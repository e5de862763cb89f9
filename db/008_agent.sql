-- 008: post-office agents (đại lý dịch vụ công): post offices as reception
-- points of their own kind, the intake channels (in person, online, public
-- post, online through an agent), what an agent recorded for a dossier
-- (consent, fees, the postal dossier slip), consignments carried between a
-- post office and an agency (the handover record), and each delivery attempt
-- of a result sent back by post.

ALTER TABLE agency
  MODIFY kind ENUM('ward','commune','branch','department','centre','post_office') NOT NULL;

-- 'agent': submitted online for the citizen by an agent at a post office;
-- 'postal': a paper dossier taken by the public postal service.
ALTER TABLE dossier
  MODIFY channel ENUM('in_person','online','postal','agent') NOT NULL;

-- What the post office recorded when it took the dossier in. The agent's
-- name is kept as printed on the receipt (the account may be renamed).
CREATE TABLE dossier_agent (
  dossier_id   BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  office_id    INT UNSIGNED NOT NULL,             -- the post office (agency.kind = 'post_office')
  agent_id     INT UNSIGNED NOT NULL,             -- staff_account holding the 'agent' role
  agent_name   VARCHAR(100) NOT NULL,
  consent      VARCHAR(600) NOT NULL DEFAULT '',  -- the exact words the citizen agreed to
  present      VARCHAR(200) NOT NULL DEFAULT '',  -- who was present (the applicant, or who for them)
  docs         VARCHAR(200) NOT NULL DEFAULT '',  -- paper dossier: positions of the documents counted in
  service_fee  INT UNSIGNED NOT NULL DEFAULT 0,   -- VND, collected
  postal_fee   INT UNSIGNED NOT NULL DEFAULT 0,   -- VND, collected
  s10          CHAR(13) CHARACTER SET ascii COLLATE ascii_bin NULL UNIQUE, -- the postal dossier slip's item
  created_at   DATETIME NOT NULL,
  KEY office_day (office_id, created_at),
  KEY agent_day (agent_id, created_at),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id),
  FOREIGN KEY (office_id) REFERENCES agency(id)
) ENGINE=InnoDB;

-- Serial numbers of S10 items, per service indicator.
CREATE TABLE s10_seq (
  service  CHAR(2) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  last     INT UNSIGNED NOT NULL
) ENGINE=InnoDB;

-- A consignment: paper dossiers carried from a post office to an agency
-- ('intake'), or results from an agency to a post office ('return'). Its
-- code is an S10 item; the handover record lists one line per dossier.
-- The legal submission time of an intake dossier is when the agency signs.
CREATE TABLE consignment (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code         CHAR(13) CHARACTER SET ascii COLLATE ascii_bin NOT NULL UNIQUE,
  kind         ENUM('intake','return') NOT NULL,
  office_id    INT UNSIGNED NOT NULL,
  agency_id    INT UNSIGNED NOT NULL,
  created_by   INT UNSIGNED NOT NULL,
  created_at   DATETIME NOT NULL,                 -- handed over (J for an intake consignment)
  due_at       DATETIME NOT NULL,                 -- J+n: when it must have arrived
  limit_days   TINYINT UNSIGNED NOT NULL,
  received_at  DATETIME NULL,                     -- signed by the receiving side
  received_by  INT UNSIGNED NULL,
  KEY office_kind (office_id, kind, created_at),
  KEY agency_kind (agency_id, kind, created_at),
  FOREIGN KEY (office_id) REFERENCES agency(id),
  FOREIGN KEY (agency_id) REFERENCES agency(id)
) ENGINE=InnoDB;

CREATE TABLE consignment_item (
  consignment_id  INT UNSIGNED NOT NULL,
  dossier_id      BIGINT UNSIGNED NOT NULL,
  s10             CHAR(13) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  state           ENUM('sent','received','missing') NOT NULL DEFAULT 'sent',
  note            VARCHAR(500) NOT NULL DEFAULT '',  -- what was missing, in the receiver's words
  PRIMARY KEY (consignment_id, dossier_id),
  KEY (dossier_id),
  FOREIGN KEY (consignment_id) REFERENCES consignment(id),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id)
) ENGINE=InnoDB;

-- Each attempt to deliver a result sent by post. Only the last digits of
-- the recipient's identification number are kept.
CREATE TABLE delivery_attempt (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id   BIGINT UNSIGNED NOT NULL,
  at           DATETIME NOT NULL,
  outcome      ENUM('applicant','authorised','not_home') NOT NULL,
  id_last      VARCHAR(4) NOT NULL DEFAULT '',
  agent_id     INT UNSIGNED NOT NULL,
  office_id    INT UNSIGNED NOT NULL,
  KEY (dossier_id, at),
  KEY office_day (office_id, at),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id)
) ENGINE=InnoDB;

-- A form the agent is filling in, saved as he goes: nothing typed is lost
-- when the connection drops. Deleted when the dossier is submitted.
CREATE TABLE agent_draft (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  agent_id    INT UNSIGNED NOT NULL,
  office_id   INT UNSIGNED NOT NULL,
  channel     ENUM('agent','postal') NOT NULL,
  proc_code   VARCHAR(32) NOT NULL,
  saved_at    DATETIME NOT NULL,
  data        TEXT NOT NULL,                      -- the form's fields, as HDF
  KEY (agent_id, saved_at)
) ENGINE=InnoDB;
