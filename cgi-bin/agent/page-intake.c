/* page-intake.c: an agent takes a dossier in for a citizen, online or on paper by post (domain/intake.c does the work). */
#include <string.h>

#include "agent/agent.h"
#include "domain/intake.h"

/* The route says the channel: /dai-ly/nop... online for the citizen,
 * /dai-ly/buu-chinh... a paper dossier by post. */
static enum intake_channel channel_of(const struct req *r)
{
  return strncmp(r->route->pattern, "/dai-ly/buu-chinh", strlen("/dai-ly/buu-chinh")) == 0 ? INTAKE_POSTAL
                                                                                          : INTAKE_AGENT;
}

/* GET /dai-ly/nop/{procedure code}?nhap={draft}, and from the desk's box
 * /dai-ly/nop?thu_tuc={procedure code}  — the citizen's own form, with the
 * consent, who is present and the fees; a draft of mine filled in.
 * GET /dai-ly/buu-chinh/{procedure code}?nhap=, /dai-ly/buu-chinh?thu_tuc=
 * — a paper dossier by post: the applicant, the competent ward, the
 * documents counted against the published list. */
int page_intake_form(struct req *r)
{
  const char *code = r->segment[0] ? r->segment : r->val[IN_PICK_PROC];
  if (!code) return app_redirect(r, "/dai-ly");
  return intake_form(r, channel_of(r), code);
}

/* POST /dai-ly/nop/{procedure code}  — submitted online for the citizen
 * through this agent; POST /dai-ly/buu-chinh/{procedure code}  — the paper
 * dossier recorded with its postal slip's S10 code, to wait at the office
 * for the next consignment to its agency. 303 to the agent's page of it
 * (which prints the receipt, the slip, the fee receipt); luu_nhap: saved
 * as a draft, 303 back to the form; 422 with the messages. */
int page_intake_post(struct req *r)
{
  return intake_post(r, channel_of(r), r->segment);
}
