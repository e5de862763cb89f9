-- 031: the register (form 07) of a unit lists the dossiers it received (point_received) and those it resolved
-- that were received elsewhere: with the reception point in resolver_received, the second kind is told from
-- the index alone, so a page reads two index ranges, each only as far as the page, with no row read and no
-- temporary table to remove the dossiers counted twice (a unit's own are in both).
ALTER TABLE dossier DROP KEY resolver_received, ADD KEY resolver_received (resolver_id, received_at, point_id);
