-- 013: the counter floor (issue 11): queue numbers taken at a point's kiosk or
-- booked online, called to a counter, linked to the dossier received there.
--
-- A number is a letter per service and a daily sequence per point and service
-- ("A007"): queue_seq is bumped in the taking transaction (the row stays
-- locked until commit), so numbers are gap-free and never shared even when
-- many take at once. On-site and booked numbers share one first-come queue: a
-- booking gets its number when the citizen checks in at the point.

-- The services the counters are grouped by (lĩnh vực tiếp nhận), each a group
-- of the catalogue's fields. PROVISIONAL: the grouping is the Centre's usual
-- one (justice; land and construction; culture and society; economy and
-- residence), to be confirmed point by point.
CREATE TABLE queue_service (
  id           TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  slug         VARCHAR(40) NOT NULL UNIQUE,
  letter       CHAR(1) CHARACTER SET ascii COLLATE ascii_bin NOT NULL UNIQUE,
  name         VARCHAR(200) NOT NULL,
  pos          TINYINT UNSIGNED NOT NULL DEFAULT 0,
  provisional  TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB;

CREATE TABLE queue_service_field (
  field_id    SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  service_id  TINYINT UNSIGNED NOT NULL,
  FOREIGN KEY (field_id) REFERENCES field(id),
  FOREIGN KEY (service_id) REFERENCES queue_service(id)
) ENGINE=InnoDB;

-- The counters (quầy) of a reception point and the services each serves.
-- The priority desk serves every service (the elderly, people with merit,
-- people with disabilities, pregnant women); every counter calls priority
-- numbers first.
CREATE TABLE queue_counter (
  id        INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  point_id  INT UNSIGNED NOT NULL,
  no        TINYINT UNSIGNED NOT NULL,
  priority  TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY (point_id, no),
  FOREIGN KEY (point_id) REFERENCES agency(id)
) ENGINE=InnoDB;

CREATE TABLE queue_counter_service (
  counter_id  INT UNSIGNED NOT NULL,
  service_id  TINYINT UNSIGNED NOT NULL,
  PRIMARY KEY (counter_id, service_id),
  FOREIGN KEY (counter_id) REFERENCES queue_counter(id),
  FOREIGN KEY (service_id) REFERENCES queue_service(id)
) ENGINE=InnoDB;

-- Where a point is, for "the points nearest my ward" (approximate; PROVISIONAL).
CREATE TABLE queue_place (
  agency_id    INT UNSIGNED NOT NULL PRIMARY KEY,
  lat          DECIMAL(8,5) NOT NULL,
  lon          DECIMAL(8,5) NOT NULL,
  provisional  TINYINT(1) NOT NULL DEFAULT 1,
  FOREIGN KEY (agency_id) REFERENCES agency(id)
) ENGINE=InnoDB;

CREATE TABLE queue_seq (
  point_id    INT UNSIGNED NOT NULL,
  service_id  TINYINT UNSIGNED NOT NULL,
  day         DATE NOT NULL,
  last        SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (point_id, service_id, day)
) ENGINE=InnoDB;

-- An online booking: today or one of the next six days. The person is a keyed
-- hash of the identification number (never the number itself, so the public
-- program can enforce the limits without reading personal data): at most two
-- a day (slot 1 or 2) and one per service a day, by unique keys, so two
-- bookings sent at once cannot both slip through. The phone is kept for the
-- reception point; the public account may write it, never read it.
CREATE TABLE queue_booking (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  point_id    INT UNSIGNED NOT NULL,
  service_id  TINYINT UNSIGNED NOT NULL,
  day         DATE NOT NULL,
  person      CHAR(22) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  slot        TINYINT UNSIGNED NOT NULL,
  phone       VARCHAR(15) NOT NULL,
  priority    TINYINT(1) NOT NULL DEFAULT 0,
  created_at  DATETIME NOT NULL,
  submit_key  CHAR(22) CHARACTER SET ascii COLLATE ascii_bin NOT NULL UNIQUE,
  UNIQUE KEY per_day (person, day, slot),
  UNIQUE KEY per_service (person, day, service_id),
  KEY (point_id, day),
  FOREIGN KEY (point_id) REFERENCES agency(id),
  FOREIGN KEY (service_id) REFERENCES queue_service(id)
) ENGINE=InnoDB;

-- A number: waiting -> called (to a counter; recalled any number of times)
-- -> done, or skipped (no-show); a transfer puts it back to waiting in
-- another service (service_id) with its place (queued_at) and its number
-- kept: the number is the letter and sequence it was issued with.
CREATE TABLE queue_ticket (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  point_id     INT UNSIGNED NOT NULL,
  service_id   TINYINT UNSIGNED NOT NULL,
  day          DATE NOT NULL,
  letter       CHAR(1) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  number       SMALLINT UNSIGNED NOT NULL,
  priority     TINYINT(1) NOT NULL DEFAULT 0,
  booking_id   INT UNSIGNED NULL UNIQUE,
  status       ENUM('waiting','called','done','skipped') NOT NULL DEFAULT 'waiting',
  queued_at    DATETIME NOT NULL,
  counter_id   INT UNSIGNED NULL,
  called_by    INT UNSIGNED NULL,
  called_at    DATETIME NULL,
  recalls      TINYINT UNSIGNED NOT NULL DEFAULT 0,
  recalled_at  DATETIME NULL,
  transfers    TINYINT UNSIGNED NOT NULL DEFAULT 0,
  finished_at  DATETIME NULL,
  submit_key   CHAR(22) CHARACTER SET ascii COLLATE ascii_bin NOT NULL UNIQUE,
  UNIQUE KEY (point_id, day, letter, number),
  KEY queue_order (point_id, day, status, service_id, priority, queued_at),
  KEY at_counter (counter_id, status),
  FOREIGN KEY (point_id) REFERENCES agency(id),
  FOREIGN KEY (service_id) REFERENCES queue_service(id),
  FOREIGN KEY (booking_id) REFERENCES queue_booking(id)
) ENGINE=InnoDB;

-- The dossiers received for a number (one citizen may hand in several).
CREATE TABLE queue_link (
  dossier_id  BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  ticket_id   BIGINT UNSIGNED NOT NULL,
  KEY (ticket_id),
  FOREIGN KEY (dossier_id) REFERENCES dossier(id),
  FOREIGN KEY (ticket_id) REFERENCES queue_ticket(id)
) ENGINE=InnoDB;
