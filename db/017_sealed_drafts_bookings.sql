-- 017: the personal data left in clear (issue 10): an agent's saved draft (the whole form as typed) and a queue
-- booking's phone are sealed at rest like the dossier's (db/015, SECURITY.md "Personal data"): the draft to the
-- delivery pair (the agents' program opens it again), bound to its agent; the booking's phone to the back office's
-- pair, bound to its form (submit_key). motcua-admin seal seals the rows written before. A draft's files are listed
-- apart (files: their hashes), so that the collector, which spares them, no longer reads the form; for the drafts
-- saved before, motcua-admin seal fills it in as it seals them (the stack runs it before the collector).
ALTER TABLE agent_draft
  MODIFY data MEDIUMBLOB NOT NULL,
  ADD COLUMN files VARCHAR(2200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '' AFTER data;
ALTER TABLE queue_booking MODIFY phone VARBINARY(255) NOT NULL;
