-- 005: the worklist reads a unit's dossiers in due-date order: an index in that
-- order lets it stop after the first page instead of sorting them all.
ALTER TABLE dossier ADD KEY holder_due (holder_id, due_at);
