-- 024: volume (issue 12): what the back office reads stays bounded by what it shows, at a year of Hanoi
-- (4 million dossiers; tests/bench-scale.sh, BENCHMARKS.md), not by what a unit has ever held.
-- - The worklist (WORKLIST) lists a unit's open dossiers by due date: in holder_due's order it first
--   stepped over every finished dossier the unit ever held (their due dates are the oldest). closed is
--   computed by the server from the status (nothing writes it), and (holder_id, closed, due_at) reads the
--   open ones alone, in due order, and stops at the page.
-- - The register (form 07) reads a unit's dossiers received in a period, as reception point or as
--   competent unit: each by its own index in date order (an index merge of two ranges), instead of every
--   dossier of the unit (or, as the optimizer chose at 650,000, every dossier through the procedures).
-- - Overdue now (STATS_OVERDUE, on the public dashboard): the open dossiers past due, counted from the
--   index alone (status and unit in it) instead of a row read for each.
ALTER TABLE dossier
  ADD COLUMN closed TINYINT(1) AS (status IN ('returned', 'withdrawn', 'not_received', 'stopped')) VIRTUAL,
  ADD KEY holder_open_due (holder_id, closed, due_at),
  ADD KEY point_received (point_id, received_at),
  ADD KEY resolver_received (resolver_id, received_at),
  DROP KEY point_id, DROP KEY resolver_id,
  DROP KEY open_due, ADD KEY open_due (finished_at, due_at, status, resolver_id);
