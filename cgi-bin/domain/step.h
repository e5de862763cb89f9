/* step.h: carrying out one workflow step, any row of the step table, in the request's transaction. */
#ifndef MOTCUA_STEP_H
#define MOTCUA_STEP_H

#include <stdio.h>

#include "core/app.h"
#include "domain/case.h"

/* What the officer sent; each is read only if the step asks for it. */
struct step_in {
  const char *step;          /* buoc: a name of the step table */
  long version;              /* phien_ban: the version the officer saw; -1 when missing */
  const char *note;          /* ghi_chu, "" when empty */
  long specialist;           /* chuyen_vien: an account id, 0 when missing */
  long agency;               /* don_vi: an agency id, 0 when missing */
  const char *date;          /* ngay_hen: "YYYY-MM-DD" */
  const char *how;           /* cach_tra: counter, post or electronic */
  const char *tracking;      /* ma_buu_gui */
  FILE *result;              /* ket_qua: the result PDF, NULL when none was sent */
  const char *result_name;   /* the file name the browser gave */
  const char *recipient;     /* nguoi_nhan: applicant or authorised */
  const char *id_last;       /* so_giay_to: the last 4 digits of the recipient's identification */
  int batch;                 /* taken through a consignment (domain/consign.c), not the dossier page */
};

struct step_out {
  const char *field, *msg;   /* refused (422): the input, and the Lang key to show next to it */
  int echo;                  /* the inputs (enum wf_input) read before a refusal: the form shows them again */
  int gone;                  /* done, and the unit no longer takes part: back to the worklist */
};

/* Carries out in->step on dossier c for the signed-in account of r:
 * guard (the step table), the step's inputs, the deadlines, the
 * version-guarded change (of two people acting at once, one wins), the
 * row's clock, holder and effect, the citizen's timeline, the audit row.
 * Returns 0 (done), 422 (out->field, out->msg; nothing written), 403 (no
 * role of mine may take it), 500 or 503. */
int step_run(struct req *r, const struct dossier_case *c, const struct step_in *in, struct step_out *out);
/* phien_ban as sent: the version the form showed, or -1 when missing or malformed. */
long step_version(const char *v);

#endif
