-- bench-scale-setup.sql: the generator's tables (tests/bench-scale.sh): which units resolve which procedures,
-- each dossier's path through the workflow, and the sealed values copied into the rows not sealed one by one.
-- Not a migration: only ever run on the generated instance (SCALE_VAR).
DROP TABLE IF EXISTS gen_unit, gen_proc, gen_path, gen_seal;
-- The units that resolve dossiers: every ward and commune (the ward-level procedures) and each department
-- (its city-level procedures); a = 0.. in a fixed order.
CREATE TABLE gen_unit (a INT PRIMARY KEY, agency_id INT UNSIGNED NOT NULL, code VARCHAR(40) NOT NULL, ward TINYINT NOT NULL,
                       nproc INT NOT NULL DEFAULT 0);
INSERT INTO gen_unit (a, agency_id, code, ward)
SELECT ROW_NUMBER() OVER (ORDER BY g.id) - 1, g.id, g.code, g.ward FROM (
  SELECT a.id, a.code, 1 AS ward FROM agency a WHERE a.kind IN ('ward', 'commune')
  UNION
  SELECT a.id, a.code, 0 FROM agency a JOIN proc p ON p.resolver_id = a.id AND p.level <> 'ward') g;
-- A unit's procedures, k = 0..nproc-1, with the time limit in force.
CREATE TABLE gen_proc (agency_id INT UNSIGNED NOT NULL, k INT NOT NULL, proc_id INT UNSIGNED NOT NULL, days INT NOT NULL,
                       unit VARCHAR(10) NOT NULL, PRIMARY KEY (agency_id, k));
INSERT INTO gen_proc
SELECT u.agency_id, ROW_NUMBER() OVER (PARTITION BY u.agency_id ORDER BY p.id) - 1, p.id, l.days, l.unit
  FROM gen_unit u JOIN proc p ON (u.ward = 1 AND p.level = 'ward') OR (u.ward = 0 AND p.level <> 'ward' AND p.resolver_id = u.agency_id)
  JOIN proc_limit l ON l.proc_id = p.id AND l.effective_from = (SELECT MAX(effective_from) FROM proc_limit m WHERE m.proc_id = p.id);
UPDATE gen_unit u SET nproc = (SELECT COUNT(*) FROM gen_proc p WHERE p.agency_id = u.agency_id);
DELETE FROM gen_unit WHERE nproc = 0;
-- The path of a dossier to its status: its events in order, and the staff step (audit action) of each.
CREATE TABLE gen_path (final VARCHAR(24) NOT NULL, ord INT NOT NULL, ev VARCHAR(24) NOT NULL, PRIMARY KEY (final, ord));
INSERT INTO gen_path VALUES
('new', 0, 'new'),
('received', 0, 'new'), ('received', 1, 'received'),
('processing', 0, 'new'), ('processing', 1, 'received'), ('processing', 2, 'processing'),
('signoff', 0, 'new'), ('signoff', 1, 'received'), ('signoff', 2, 'processing'), ('signoff', 3, 'signoff'),
('supplement_requested', 0, 'new'), ('supplement_requested', 1, 'received'), ('supplement_requested', 2, 'processing'),
('supplement_requested', 3, 'supplement_requested'),
('resolved', 0, 'new'), ('resolved', 1, 'received'), ('resolved', 2, 'processing'), ('resolved', 3, 'signoff'),
('resolved', 4, 'resolved'),
('returned', 0, 'new'), ('returned', 1, 'received'), ('returned', 2, 'processing'), ('returned', 3, 'signoff'),
('returned', 4, 'resolved'), ('returned', 5, 'returned'),
('stopped', 0, 'new'), ('stopped', 1, 'received'), ('stopped', 2, 'processing'), ('stopped', 3, 'stopped'),
('withdrawn', 0, 'new'), ('withdrawn', 1, 'received'), ('withdrawn', 2, 'withdrawn'),
('not_received', 0, 'not_received');
-- The sealed columns of one real dossier (sealed by the program): their sizes stand for every generated row
-- whose values are not sealed one by one (they open only for their own dossier's code).
CREATE TABLE gen_seal AS SELECT id_number, id_last4, birth_date, phone, phone_tag, email, address FROM dossier
 WHERE id_number LIKE 's_.%' ORDER BY id LIMIT 1;
