-- 015_personal_data.sql: personal data sealed at rest (issue 10, item 7; Decree 13/2023/NĐ-CP).
-- The identification number, birth date, phone, email and address are
-- each sealed to the back office's public key (libsodium sealed box, bound
-- to the column and the dossier code: cgi-bin/rules/seal.c), stored as
-- "s1." + base64url; id_last4 holds the lookup's blind index (a keyed tag
-- of the code and the last four digits) instead of the digits. Phone and
-- address are sealed to a second key pair, the delivery pair, whose secret
-- key the post-office agents hold too (they deliver results); phone_tag is
-- the blind index of the agents' search by phone (a keyed tag of the
-- number). The rows
-- written before are sealed in place by `motcua-admin seal`, which the
-- stack runs after the migrations (idempotent: only values still in clear).
-- Sizes: the longest accepted value, sealed (rules/seal.h SEAL_SIZE).
ALTER TABLE dossier
  MODIFY id_number  VARBINARY(255) NOT NULL,
  MODIFY id_last4   VARBINARY(32) NOT NULL,
  MODIFY birth_date VARBINARY(255) NOT NULL,
  MODIFY phone      VARBINARY(255) NOT NULL,
  MODIFY email      VARBINARY(1024) NOT NULL DEFAULT '',
  MODIFY address    VARBINARY(2048) NOT NULL,
  ADD phone_tag     VARBINARY(32) NOT NULL DEFAULT '' AFTER phone,
  ADD INDEX dossier_phone_tag (phone_tag);
