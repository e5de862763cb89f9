-- 030: motcua-admin seal runs at every start of the stack (tools/motcua-stack.sh) and looked for dossiers
-- whose personal data is still in clear (written before db/015) through every dossier: no index can find
-- "not sealed", and at a year of Hanoi that is a full scan of millions of rows at each start. It now
-- records how far it has looked (every dossier up to last_id is sealed or erased) and looks only past
-- it: the dossiers written since the last start, through the primary key. Every program seals what it
-- writes; a row in clear can only come from before 015 (or a copy of such rows), always with a new id.
CREATE TABLE seal_mark (
  name    VARCHAR(32) NOT NULL PRIMARY KEY,
  last_id BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB;
INSERT INTO seal_mark (name, last_id) VALUES ('dossier', 0);
