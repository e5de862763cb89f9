/* page-case.c: one dossier for the units taking part in it: everything about it, and its next steps (domain/step.c). */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/link.h"
#include "domain/privacy.h"
#include "domain/step.h"
#include "rules/valid.h"
#include "staff/staff.h"

int staff_case_open(struct req *r, struct dossier_case *c, const char *personal)
{
  /* What the template shows (Page.c.*), fresh: a refused step shows the
   * dossier as it is now. One read: the struct the steps use comes from
   * the same row. */
  NEOERR *err = hdf_remove_tree(r->hdf, "Page.c");
  nerr_ignore(&err);
  int n = db_row(DB_Q(CASE_GET, r->segment), r->hdf, "Page.c");
  if (n < 0) return 503;
  HDF *h = hdf_get_obj(r->hdf, "Page.c");
  n = n == 1 && h ? case_from_row(h, r->user_unit, c) : 0;
  if (n <= 0) {
    /* Another unit's dossier looks like no dossier at all. */
    err = hdf_remove_tree(r->hdf, "Page.c");
    nerr_ignore(&err);
    return n < 0 ? 500 : 404;
  }
  static const char *const times[] = { "due", "received", "step_due", "first_due", "finished" };
  app_set_times(h, times, sizeof times / sizeof *times);
  err = hdf_set_int_value(h, "here", c->holder_id == r->user_unit);
  if (err) { nerr_ignore(&err); return 500; }
  return personal ? privacy_show(r, c->id, c->code, personal) : 0;
}

/* The steps open to me (Page.steps.N.{name,note,in.*}), and the choices
 * their inputs need (Page.specialists, Page.agencies). */
static int show_steps(struct req *r, const struct dossier_case *c)
{
  struct wf_ctx ctx;
  case_ctx(c, r, &ctx);
  const struct wf_step *open[WF_MAX_STEPS];
  int n = wf_open(&ctx, open, WF_MAX_STEPS), inputs = 0;
  static const struct { int bit; const char *name; } in[] = {
    { WF_IN_SPECIALIST, "specialist" }, { WF_IN_AGENCY, "agency" }, { WF_IN_DATE, "date" },
    { WF_IN_RETURN, "how" }, { WF_IN_RESULT, "result" },
  };
  for (int i = 0; i < n; i++) {
    NEOERR *err = hdf_set_valuef(r->hdf, "Page.steps.%d.name=%s", i, open[i]->name);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.steps.%d.note=%d", i, open[i]->needs_note);
    for (size_t k = 0; !err && k < sizeof in / sizeof *in; k++)
      if (open[i]->inputs & in[k].bit) err = hdf_set_valuef(r->hdf, "Page.steps.%d.in.%s=1", i, in[k].name);
    if (err) { nerr_ignore(&err); return 500; }
    inputs |= open[i]->inputs;
  }
  if ((inputs & WF_IN_SPECIALIST) && db_rows(DB_Q(UNIT_SPECIALISTS, r->user_unit), r->hdf, "Page.specialists") < 0)
    return 503;
  if ((inputs & WF_IN_AGENCY) && db_rows(DB_Q(RESOLVERS, r->user_unit), r->hdf, "Page.agencies") < 0) return 503;
  return 200;
}

/* Everything about the dossier: its values, attachments, timeline, latest
 * apology, its queue number, next steps. */
static int show(struct req *r, const struct dossier_case *c)
{
  if (db_rows(DB_Q(CASE_VALUES, c->id), r->hdf, "Page.values") < 0) return 503;
  if (db_rows(DB_Q(CASE_FILES, c->id), r->hdf, "Page.files") < 0) return 503;
  if (db_rows(DB_Q(CASE_EVENTS, c->id), r->hdf, "Page.events") < 0) return 503;
  for (HDF *e = hdf_get_child(r->hdf, "Page.events"); e; e = hdf_obj_next(e))
    app_set_datetime(e, "t", hdf_get_value(e, "ev_at", NULL));
  if (db_row(DB_Q(APOLOGY_LAST, c->id), r->hdf, "Page.ap") < 0) return 503;
  /* The rating page, to offer on the counter's tablet. */
  char url[256];
  if (link_dossier(url, sizeof url, LINK_RATING, r->segment) != 0) return 500;
  NEOERR *err = hdf_set_valuef(r->hdf, "Page.rating_url=%s&quay=1", url);
  if (err) { nerr_ignore(&err); return 500; }
  /* Through a post-office agent: who and where; a result by post: each delivery attempt. */
  if (db_row(DB_Q(RECEIPT_AGENT, c->id), r->hdf, "Page.agent") < 0 || db_rows(DB_Q(ATTEMPTS, c->id), r->hdf, "Page.attempts") < 0)
    return 503;
  for (HDF *a = hdf_get_child(r->hdf, "Page.attempts"); a; a = hdf_obj_next(a))
    app_set_datetime(a, "t", hdf_get_value(a, "at", NULL));
  /* Received for a queue number: its wait and the time at the counter. */
  if (db_row(DB_Q(QUEUE_OF_DOSSIER, c->id), r->hdf, "Page.q") < 0) return 503;
  return show_steps(r, c);
}

/* GET /can-bo/ho-so/{code}  — everything: applicant, fields, attachments,
 * timeline, deadline, next steps. 404 for a dossier my unit has no part in. */
int page_case_show(struct req *r)
{
  struct dossier_case c;
  int st = staff_case_open(r, &c, "case");
  return st ? st : show(r, &c);
}

/* The step's inputs, as domain/step.c takes them. */
static void read_step(struct req *r, struct step_in *in)
{
  memset(in, 0, sizeof *in);
  in->step = r->val[IN_STEP_NAME];
  in->version = step_version(r->val[IN_STEP_VERSION]);
  in->note = r->val[IN_STEP_NOTE] ? r->val[IN_STEP_NOTE] : "";
  in->specialist = r->id[IN_STEP_SPECIALIST];
  in->agency = r->id[IN_STEP_AGENCY];
  in->date = r->val[IN_STEP_DATE];
  in->how = r->val[IN_STEP_HOW];
  in->tracking = r->val[IN_STEP_TRACKING] ? r->val[IN_STEP_TRACKING] : "";
  in->result = app_file(r, IN_STEP_RESULT, NULL);
  in->result_name = in->result ? app_file_name(r, IN_STEP_RESULT, NULL) : NULL;
}

/* A refused step: the message next to its field, what was typed, the page again. */
static int refused(struct req *r, const struct step_in *in, const struct step_out *out)
{
  NEOERR *err = hdf_set_value(r->hdf, "Page.failed", in->step ? in->step : "");
  if (!err) err = hdf_set_value(r->hdf, K_FORM ".ghi_chu", in->note);
  if (!err && (out->echo & WF_IN_DATE)) err = hdf_set_value(r->hdf, K_FORM ".ngay_hen", in->date);
  if (!err && (out->echo & WF_IN_RETURN)) err = hdf_set_value(r->hdf, K_FORM ".ma_buu_gui", in->tracking);
  if (err) { nerr_ignore(&err); return 500; }
  app_error(r, out->field, out->msg);
  /* The refused step keeps nothing (the dispatcher would roll it back);
   * rolled back now, the page shown again is a view of personal data
   * whose audit row stays (written outside the transaction). */
  db_rollback();
  struct dossier_case c;
  int st = staff_case_open(r, &c, "case");
  if (st) return st;
  st = show(r, &c);
  return st == 200 ? 422 : st;
}

/* POST /can-bo/ho-so/{code}  — fields: buoc (a step of rules/workflow.c),
 * phien_ban (the version shown), ghi_chu (reason, missing documents),
 * chuyen_vien (assign to), don_vi (forward to), ngay_hen (apology's new
 * date), cach_tra and ma_buu_gui (how the result went back), ket_qua (the
 * result PDF). 303 back to the dossier (or to the worklist when it went
 * back to the unit that forwarded it); 422 with a message when the step is
 * not open (taken by someone else, wrong status, assigned to a colleague,
 * held by another unit) or an input is missing or wrong; 403 when no role
 * of mine may take it; 404 for a dossier my unit has no part in. */
int page_case_step(struct req *r)
{
  struct dossier_case c;
  int st = case_open(r->segment, r->user_unit, &c);
  if (st) return st;
  struct step_in in;
  struct step_out out;
  read_step(r, &in);
  st = step_run(r, &c, &in, &out);
  if (st == 422) return refused(r, &in, &out);
  if (st) return st;
  if (out.gone) return app_redirect(r, "/can-bo");
  return link_redirect(r, LINK_CASE, r->segment);
}
