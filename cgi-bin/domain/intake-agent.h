/* intake-agent.h: what a post-office agent adds to an intake: the citizen's consent and who was present, the fees, the paper documents counted, the postal dossier slip's S10 code; drafts. */
#ifndef MOTCUA_INTAKE_AGENT_H
#define MOTCUA_INTAKE_AGENT_H

#include "domain/intake.h"
#include "rules/s10.h"

/* S10 service indicators of motcua's postal items (provisional: the
 * operator assigns its own ranges). */
#define S10_SLIP "EH"       /* a paper dossier, on its postal dossier slip */
#define S10_RESULT "EK"     /* a result going back by post */
#define S10_BAG "CH"        /* a consignment */

struct agent_intake {
  const char *consent;      /* the exact words the citizen agreed to (Lang.agent.consent) */
  const char *present;      /* who was present: the applicant, or who for them */
  char docs[200];           /* paper: the positions of the documents counted in, "1,2" */
  long service_fee, postal_fee;
};

/* What the agent's form shows besides the procedure's: the fees and the
 * consent's words (Page.fees.*, Page.channel). 0, or 503. */
int agent_form(struct req *r, enum intake_channel ch);
/* The agent's inputs, each checked, with a message next to its field. */
void agent_read(struct req *r, enum intake_channel ch, const char *return_method, struct agent_intake *a);
/* After the dossier row: the slip's S10 code (paper), the agent's record,
 * the audit row, the draft it came from deleted. 0, or 503. */
int agent_write(struct req *r, enum intake_channel ch, const struct agent_intake *a, long dossier_id,
                const char *code);
/* "Save as draft": what was typed (and the files sent) kept for this
 * agent; 303 back to the form with the draft, or 503. */
int agent_draft_save(struct req *r, enum intake_channel ch, const char *proc_code);
/* A draft of mine into Page.form and Page.kept: 200, 404 (not mine, or
 * for another form), 503. */
int agent_draft_load(struct req *r, enum intake_channel ch, const char *proc_code, long id);
/* A draft at rest (agent_draft, db/017): its data, the form as HDF with
 * the personal data typed, sealed to the delivery pair (the agents' own
 * program opens it; the public program never reads drafts), bound to its
 * agent ("agent_draft.data", "agent-<id>"): a malloc'd "s1." string or
 * NULL. The hashes of the files it keeps (its HDF's kept.*.sha), space
 * separated, into files (agent_draft.files: the collector spares them). */
char *agent_draft_seal(long agent, const char *data);
void agent_draft_files(const char *data, char *files, size_t n);
/* The next S10 identifier of a service indicator ("EH"): 0 or -1. */
int agent_s10_next(const char *service, char out[S10_MAX]);

#endif
