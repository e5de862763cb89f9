/* page-case.c: one dossier of the post office: what the step in hand needs, the delivery steps, the postal slip, the fee receipt. */
#include <stdio.h>
#include <string.h>

#include "agent/agent.h"
#include "core/db.h"
#include "domain/link.h"
#include "domain/privacy.h"
#include "domain/step.h"

int agent_case_open(struct req *r, struct dossier_case *c, const char *personal)
{
  int n = case_open(r->segment, r->user_unit, c);
  if (n) return n;
  NEOERR *err = hdf_remove_tree(r->hdf, "Page.c");
  nerr_ignore(&err);
  if (db_row(DB_Q(AGENT_CASE, r->segment), r->hdf, "Page.c") != 1) return 503;
  HDF *h = hdf_get_obj(r->hdf, "Page.c");
  static const char *const times[] = { "submitted", "due", "created" };
  app_set_times(h, times, sizeof times / sizeof *times);
  /* The holder's links (receipt, status, supplement): the agent prints
   * them for the citizen, and helps him answer what the agency asks. */
  static const struct { const char *key; enum link_kind kind; } links[] = {
    { "Page.receipt_path", LINK_RECEIPT }, { "Page.png_path", LINK_PNG }, { "Page.status_path", LINK_STATUS },
    { "Page.supplement_path", LINK_SUPPLEMENT }, { "Page.status_url", LINK_STATUS_FULL },
  };
  char url[512];
  for (size_t i = 0; i < sizeof links / sizeof *links; i++)
    if (link_dossier(url, sizeof url, links[i].kind, r->segment) != 0 || hdf_set_value(r->hdf, links[i].key, url) != STATUS_OK)
      return 500;
  err = hdf_set_int_value(h, "here", c->holder_id == r->user_unit);
  if (err) { nerr_ignore(&err); return 500; }
  /* Phone and address come sealed to the delivery key: opened, and the
   * view on the audit log (the fee receipt shows neither: NULL). */
  return personal ? privacy_show(r, c->id, c->code, personal) : 0;
}

/* The timeline, the delivery attempts, what the agency asked for, and the steps open to me. */
static int show(struct req *r, const struct dossier_case *c)
{
  if (db_rows(DB_Q(DOSSIER_VIEW, r->segment), r->hdf, "Page.events") < 0) return 503;
  for (HDF *e = hdf_get_child(r->hdf, "Page.events"); e; e = hdf_obj_next(e))
    app_set_datetime(e, "t", hdf_get_value(e, "ev_at", NULL));
  if (db_rows(DB_Q(ATTEMPTS, c->id), r->hdf, "Page.attempts") < 0) return 503;
  for (HDF *a = hdf_get_child(r->hdf, "Page.attempts"); a; a = hdf_obj_next(a))
    app_set_datetime(a, "t", hdf_get_value(a, "at", NULL));
  const char *asked = app_last_match(hdf_get_obj(r->hdf, "Page.events"), "ev_status", "supplement_requested", "ev_note");
  NEOERR *err = asked ? hdf_set_value(r->hdf, "Page.request", asked) : NULL;
  struct wf_ctx ctx;
  case_ctx(c, r, &ctx);
  const struct wf_step *open[WF_MAX_STEPS];
  int n = wf_open(&ctx, open, WF_MAX_STEPS);
  for (int i = 0; !err && i < n; i++) {
    err = hdf_set_valuef(r->hdf, "Page.steps.%d.name=%s", i, open[i]->name);
    if (!err && (open[i]->inputs & WF_IN_RECIPIENT)) err = hdf_set_valuef(r->hdf, "Page.steps.%d.recipient=1", i);
  }
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* GET /dai-ly/ho-so/{code}  — the dossier as the office needs it: status,
 * timeline, what the agency asked for, the links to print, the delivery
 * steps. 404 for a dossier of another office. */
int page_case_show(struct req *r)
{
  struct dossier_case c;
  int st = agent_case_open(r, &c, "agent-case");
  return st ? st : show(r, &c);
}

/* POST /dai-ly/ho-so/{code}  — fields: buoc (phatthanhcong, vangnha,
 * hoantra), phien_ban, nguoi_nhan (applicant, authorised), so_giay_to (the
 * last 4 digits of the recipient's identification). 303 back; 422 with a
 * message; 403 for a step no agent takes; 404 for another office's. */
int page_case_step(struct req *r)
{
  struct dossier_case c;
  struct step_in in = { .step = r->val[IN_STEP_NAME], .version = step_version(r->val[IN_STEP_VERSION]), .note = "" };
  struct step_out out;
  int st = case_open(r->segment, r->user_unit, &c);
  if (st) return st;
  in.recipient = r->val[IN_STEP_RECIPIENT];
  in.id_last = r->val[IN_STEP_ID_LAST];
  st = step_run(r, &c, &in, &out);
  if (st == 422) {
    NEOERR *err = hdf_set_value(r->hdf, "Page.failed", in.step ? in.step : "");
    if (!err && in.id_last) err = hdf_set_value(r->hdf, K_FORM ".so_giay_to", in.id_last);
    if (err) { nerr_ignore(&err); return 500; }
    app_error(r, out.field, out.msg);
    if ((st = agent_case_open(r, &c, "agent-case")) != 0) return st;
    st = show(r, &c);
    return st == 200 ? 422 : st;
  }
  if (st) return st;
  return link_redirect(r, LINK_AGENT_CASE, r->segment);
}

/* GET /dai-ly/ho-so/{code}/phieu-gui  — the postal dossier slip (phiếu gửi
 * hồ sơ): sender and receiver, the procedure and its documents (counted
 * in, or explained as missing), service, price, time and place, the S10
 * code and the QR. 404 when it is not a paper dossier of my office. */
int page_case_slip(struct req *r)
{
  struct dossier_case c;
  int st = agent_case_open(r, &c, "agent-slip");
  if (st) return st;
  if (strcmp(c.channel, "postal") != 0 || c.office_id != r->user_unit) return 404;
  if (db_rows(DB_Q(PROC_DOCS, (long)hdf_get_int_value(r->hdf, "Page.c.proc_id", 0)), r->hdf, "Page.docs") < 0) return 503;
  /* Each document of the published list: counted in ("1,2"), or not. */
  char list[220];
  snprintf(list, sizeof list, ",%s,", hdf_get_value(r->hdf, "Page.c.docs", ""));
  for (HDF *d = hdf_get_child(r->hdf, "Page.docs"); d; d = hdf_obj_next(d)) {
    char pos[16];
    snprintf(pos, sizeof pos, ",%s,", hdf_get_value(d, "pos", ""));
    NEOERR *err = hdf_set_int_value(d, "counted", strstr(list, pos) != NULL);
    if (err) { nerr_ignore(&err); return 500; }
  }
  return link_qr(r, hdf_get_value(r->hdf, "Page.status_url", ""), "Page.qr_svg") == 0 ? 200 : 500;
}

/* GET /dai-ly/ho-so/{code}/bien-lai  — the fee receipt: service and postal
 * fees collected for this dossier. 404 when my office did not take it in. */
int page_case_fees(struct req *r)
{
  struct dossier_case c;
  int st = agent_case_open(r, &c, NULL);
  if (st) return st;
  if (c.office_id != r->user_unit) return 404;
  long total = hdf_get_int_value(r->hdf, "Page.c.service_fee", 0) + hdf_get_int_value(r->hdf, "Page.c.postal_fee", 0);
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.total", (int)total);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
