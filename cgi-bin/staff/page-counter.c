/* page-counter.c: reception at the counter, on the citizen's behalf (domain/intake.c does the work). */
#include "domain/intake.h"
#include "staff/staff.h"

/* GET /can-bo/tiep-nhan?thu_tuc={procedure code}&so_thu_tu={ticket}  — from
 * the worklist's "receive a new dossier" box, or the desk's for the number
 * being served, to that procedure's counter form. */
int page_counter_pick(struct req *r)
{
  if (!r->val[IN_PICK_PROC]) return app_redirect(r, r->id[IN_PICK_TICKET] ? "/can-bo/quay" : "/can-bo");
  if (r->id[IN_PICK_TICKET])
    return app_redirect(r, "/can-bo/tiep-nhan/%s?so_thu_tu=%ld", r->val[IN_PICK_PROC], r->id[IN_PICK_TICKET]);
  return app_redirect(r, "/can-bo/tiep-nhan/%s", r->val[IN_PICK_PROC]);
}

/* GET /can-bo/tiep-nhan/{procedure code}  — the submission form, filled in at the counter. */
int page_counter_form(struct req *r)
{
  return intake_form(r, INTAKE_COUNTER, r->segment);
}

/* POST /can-bo/tiep-nhan/{procedure code}  — received (303 to the
 * receipt) or refused (303 to the refusal slip); 422 with the messages. */
int page_counter_post(struct req *r)
{
  return intake_post(r, INTAKE_COUNTER, r->segment);
}
