-- 003: the electronic result (a PDF) a citizen downloads through the QR link.
ALTER TABLE dossier
  ADD COLUMN result_sha  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN result_name VARCHAR(255) NULL;
