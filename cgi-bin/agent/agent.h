/* agent.h: the post-office agents' program (motcua-agent, /dai-ly): its inputs (named slots, per route) and handlers, one file per area of pages. */
#ifndef MOTCUA_AGENT_H
#define MOTCUA_AGENT_H

#include "core/app.h"
#include "domain/case.h"
#include "domain/intake.h"

/* Inputs by slot, per route (core/app.h: r->val[slot], r->id[slot]). The
 * submission forms' are domain/intake.h's. */
enum { IN_HOME_Q };                                              /* /dai-ly */
enum { IN_PICK_PROC = IN__INTAKE };                              /* /dai-ly/nop?thu_tuc=, /dai-ly/buu-chinh?thu_tuc= */
enum { IN_STEP_NAME, IN_STEP_VERSION, IN_STEP_RECIPIENT, IN_STEP_ID_LAST };  /* POST /dai-ly/ho-so/{code} */
enum { IN_BAG_AGENCY };                                          /* POST /dai-ly/tui-ho-so */
enum { IN_RECON_DAY, IN_RECON_CSV };                             /* /dai-ly/doi-soat */

/* The handlers, by file (page-<area>.c). */
handler_fn page_home_show;
handler_fn page_intake_form, page_intake_post;
handler_fn page_case_show, page_case_step, page_case_slip, page_case_fees;
handler_fn page_bags_list, page_bags_make;
handler_fn page_recon_show;

/* page-case.c: the dossier of the path if it is my office's (it took it
 * in, or holds it to deliver): *c, and Page.c for the template. 0, or 404
 * (the same answer as for no dossier at all), 503. */
int agent_case_open(struct req *r, struct dossier_case *c, const char *personal);

#endif
