/* page-submit.c: the online submission form; intake (domain/intake.c) validates and writes. */
#include "domain/intake.h"
#include "public/public.h"

/* GET /nop-ho-so/{code}  — the empty form (the dispatcher adds the CSRF token). */
int page_submit_form(struct req *r)
{
  return intake_form(r, INTAKE_ONLINE, r->segment);
}

/* POST /nop-ho-so/{code}  — the applicant (ho_ten, so_dinh_danh, ngay_sinh,
 * dien_thoai, email, dia_chi), co_quan (ward-level procedures),
 * nhan_ket_qua, cam_doan, f_<name> per procedure field, tep_<pos> per
 * document (giu_<pos>: a file kept from an earlier attempt). 303 to the
 * receipt (also for a form already submitted: one form, one dossier);
 * 422 with messages next to the fields; 404. */
int page_submit_post(struct req *r)
{
  return intake_post(r, INTAKE_ONLINE, r->segment);
}
