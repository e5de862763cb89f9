-- 029: the worklist's search by name (issue 12, a year of Hanoi): the unit's open dossiers are found by status
-- (the seven open ones: closed, db/024, is a virtual column, and MariaDB checks no condition inside an index
-- that holds one), and the name is compared inside the index (index condition pushdown): only the dossiers
-- whose name matches are read, instead of every open dossier of the unit (3,060 rows at 2 million).
ALTER TABLE dossier DROP KEY holder_id, ADD KEY holder_id (holder_id, status, due_at, applicant_name);
