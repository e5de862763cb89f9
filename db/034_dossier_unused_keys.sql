-- 034: two of the dossier row's 14 indexes that no statement reads (issue 12, submissions): each was one more
-- B-tree entry (and its redo) written with every dossier and rewritten with every step that moves its columns.
-- - holder_due (holder_id, due_at, db/005): the worklist reads holder_open_due or holder_id (db/024, db/029,
--   named in WORKLIST and WORKLIST_NAME); the agents' lists of a holder (TO_DELIVER, RETURN_READY,
--   POSTAL_PENDING) also name a status and are read through holder_id (holder, status, ...).
-- - assignee_due (assignee_id, due_at, db/006): "mine" on the worklist is a filter inside holder_open_due's
--   range (WORKLIST's assignee argument); no statement looks dossiers up by their specialist alone.
-- Checked with EXPLAIN of every statement of cgi-bin/core/*.def that reads dossier (BENCHMARKS.md, issue 12,
-- session 5). The foreign keys keep theirs: agency_id, proc_id, point_received, resolver_received.
ALTER TABLE dossier DROP KEY holder_due, DROP KEY assignee_due;
