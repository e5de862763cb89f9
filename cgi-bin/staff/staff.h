/* staff.h: the back-office program's inputs (named slots, per route) and handlers, one file per area of pages. */
#ifndef MOTCUA_STAFF_H
#define MOTCUA_STAFF_H

#include "core/app.h"
#include "domain/case.h"

/* Inputs by slot, per route (core/app.h: r->val[slot], r->id[slot]). The
 * counter reception's are domain/intake.h's. */
enum { IN_LIST_STATUS, IN_LIST_Q, IN_LIST_PROC, IN_LIST_POINT, IN_LIST_MINE };  /* /can-bo */
enum {                                                           /* POST /can-bo/ho-so/{code} */
  IN_STEP_NAME, IN_STEP_VERSION, IN_STEP_NOTE, IN_STEP_SPECIALIST, IN_STEP_AGENCY, IN_STEP_DATE,
  IN_STEP_HOW, IN_STEP_TRACKING, IN_STEP_RESULT,
};
enum { IN_REG_FROM, IN_REG_TO, IN_REG_PAGE, IN_REG_ROWS, IN_REG_PRINT };  /* /can-bo/so-theo-doi */
enum { IN_PICK_PROC, IN_PICK_TICKET };                           /* /can-bo/tiep-nhan */
enum { IN_DESK_ACT, IN_DESK_TICKET, IN_DESK_SERVICE };           /* POST /can-bo/quay/{counter} */
enum { IN_ATT_CASE, IN_ATT_ID };                                 /* /can-bo/tep */
enum { IN_FB_ANSWER, IN_FB_PUBLISH, IN_FB_VERSION };             /* POST /can-bo/phan-anh/{code} */
enum { IN_FIG_KY, IN_FIG_MEASURE };                              /* /can-bo/thong-ke... */
enum { IN_BAGS_CODE, IN_BAGS_OFFICE };                           /* /can-bo/tui-ho-so */
enum { IN_RECON_DAY };                                           /* /can-bo/doi-soat-buu-dien */

/* The handlers, by file (page-<area>.c). */
handler_fn page_worklist_show;
handler_fn page_case_show, page_case_step;
handler_fn page_forms_sheet, page_forms_slip, page_forms_apology, page_forms_stop, page_forms_register;
handler_fn page_counter_pick, page_counter_form, page_counter_post;
handler_fn page_file_get;
handler_fn page_feedback_list, page_feedback_show, page_feedback_answer;
handler_fn page_figures_show, page_figures_list;
handler_fn page_bags_list, page_bags_make, page_bags_recon;
handler_fn page_desk_list, page_desk_show, page_desk_act;

/* page-case.c: the dossier of the path, if my unit takes part in it, into
 * *c and (for the template) Page.c; for a page that shows personal data
 * (`personal`: its name on the audit log; NULL: it shows none), opened and
 * the view audited. 0, or 404 (the same answer as for no dossier at all),
 * 500, 503. */
int staff_case_open(struct req *r, struct dossier_case *c, const char *personal);

#endif
