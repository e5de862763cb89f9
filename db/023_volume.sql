-- 023: volume (issue 12). The submission form lists the wards and communes (WARDS, sql.def) on every GET and
-- POST: in this index's order, read from the index alone, instead of a sort of the rows by their names under
-- the server's collation each time.
ALTER TABLE agency ADD KEY kind_short (kind DESC, short_name, id);
