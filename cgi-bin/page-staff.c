/* page-staff.c: the back office: sign-in, the unit's worklist, one dossier, workflow steps, attachments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cal.h"
#include "db.h"
#include "log.h"
#include "rules.h"
#include "audit.h"
#include "session.h"
#include "staff.h"
#include "upload.h"
#include "workflow.h"

/* GET /can-bo/dang-nhap  — the sign-in form. */
int page_staff_login_form(struct req *r)
{
  (void)r;
  return 200;
}

/* POST /can-bo/dang-nhap  — fields: ten (username), mat_khau. 303 to the
 * worklist, or 422 with one message that does not say which part was wrong. */
int page_staff_login(struct req *r)
{
  const char *user = r->val[0], *pw = r->val[1];
  NEOERR *err = hdf_set_value(r->hdf, "Page.form.ten", user ? user : "");
  nerr_ignore(&err);
  if (!user || !pw) {
    app_error(r, "ten", "Lang.staff.err_login");
    return 422;
  }
  const char *msg = session_login(r, user, pw);
  if (msg) {
    app_error(r, "ten", msg);
    return 422;
  }
  return app_redirect(r, "/can-bo");
}

/* POST /can-bo/dang-xuat  — ends the session. */
int page_staff_logout(struct req *r)
{
  if (session_logout(r) != 0) return 503;
  return app_redirect(r, "/can-bo/dang-nhap");
}

/* GET /can-bo?trang_thai=&q=  — what waits on my unit, by due date;
 * overdue and due within a day are marked. */
int page_staff_worklist(struct req *r)
{
  char unit[24];
  snprintf(unit, sizeof unit, "%ld", r->user_unit);
  const char *st = r->val[0] ? r->val[0] : "";
  const char *q = r->val[1] ? r->val[1] : "";
  char status[32];
  snprintf(status, sizeof status, "%s", st);
  for (char *p = status; *p; p++) if (*p == '-') *p = '_';
  int n = db_rows(SQL_WORKLIST, r->hdf, "Page.rows", DB_ARGS(unit, status, status, q, q, q));
  if (n < 0) return 503;
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row; row = hdf_obj_next(row)) {
    app_set_datetime(row, "t_due", hdf_get_value(row, "due", NULL));
    app_set_datetime(row, "t_received", hdf_get_value(row, "received", NULL));
  }
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.count", n);
  if (!err) err = hdf_set_value(r->hdf, "Page.q", q);
  if (!err) err = hdf_set_value(r->hdf, "Page.status_filter", status);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* Loads the dossier named by the path into Page.c, if my unit holds it.
 * 404 otherwise: another unit's dossier looks like no dossier at all. */
static int load_case(struct req *r)
{
  int n = db_row(SQL_CASE_GET, r->hdf, "Page.c", DB_ARGS(r->segment));
  if (n < 0) return 503;
  if (n == 0 || hdf_get_int_value(r->hdf, "Page.c.holder_id", -1) != r->user_unit) return 404;
  app_set_datetime(r->hdf, "Page.c.t_due", hdf_get_value(r->hdf, "Page.c.due", NULL));
  app_set_datetime(r->hdf, "Page.c.t_received", hdf_get_value(r->hdf, "Page.c.received", NULL));
  return 0;
}

static int show_case(struct req *r)
{
  const char *id = hdf_get_value(r->hdf, "Page.c.id", "");
  if (db_rows(SQL_CASE_VALUES, r->hdf, "Page.values", DB_ARGS(id)) < 0) return 503;
  if (db_rows(SQL_CASE_FILES, r->hdf, "Page.files", DB_ARGS(id)) < 0) return 503;
  if (db_rows(SQL_DOSSIER_VIEW, r->hdf, "Page.events", DB_ARGS(r->segment)) < 0) return 503;
  for (HDF *e = hdf_get_child(r->hdf, "Page.events"); e; e = hdf_obj_next(e))
    app_set_datetime(e, "t", hdf_get_value(e, "ev_at", NULL));
  const struct wf_step *open[WF__MAX];
  int n = wf_open(hdf_get_value(r->hdf, "Page.c.status", ""), r->user_roles, open, WF__MAX);
  for (int i = 0; i < n; i++) {
    NEOERR *err = hdf_set_valuef(r->hdf, "Page.steps.%d.name=%s", i, open[i]->name);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.steps.%d.note=%d", i, open[i]->needs_note);
    if (err) { nerr_ignore(&err); return 500; }
  }
  return 200;
}

/* GET /can-bo/ho-so/{code}  — everything: applicant, fields, attachments, timeline, deadline, next steps. */
int page_staff_case(struct req *r)
{
  int st = load_case(r);
  return st ? st : show_case(r);
}

/* POST /can-bo/ho-so/{code}  — fields: buoc (a step of workflow.c),
 * phien_ban (the version shown), ghi_chu (reason or missing documents).
 * 303 back to the dossier; 422 with a message when the step is not open
 * (already taken by someone else, wrong status) or a reason is missing;
 * 403 when the role may not take it; 404 for another unit's dossier. */
int page_staff_move(struct req *r)
{
  int st = load_case(r);
  if (st) return st;
  const struct wf_step *step = wf_find(r->val[0]);
  const char *version = r->val[1];
  const char *note = r->val[2] ? r->val[2] : "";
  const char *status = hdf_get_value(r->hdf, "Page.c.status", "");
  int chk = step ? wf_check(step, status, r->user_roles) : -1;
  if (chk == -2) return 403;
  if (chk != 0 || !version) {
    app_error(r, "buoc", "Lang.staff.err_step");
    return show_case(r) == 200 ? 422 : 503;
  }
  if (step->needs_note && !*note) {
    app_error(r, "ghi_chu", "Lang.staff.err_note");
    return show_case(r) == 200 ? 422 : 503;
  }
  char now_s[24], due_s[24], me[24], unit[24];
  cal_format_sql(now_s, sizeof now_s, r->now);
  snprintf(me, sizeof me, "%ld", r->user_id);
  snprintf(unit, sizeof unit, "%ld", r->user_unit);
  const char *received_by = NULL, *received_at = NULL, *due_at = NULL, *finished_at = NULL;
  if (step->action == WF_ACCEPT) {
    /* The clock starts when the unit accepts the dossier, by the rules in
     * force (holidays, office hours, the same-day cutoff). */
    struct cal_rules rules;
    if (rules_get(&rules) != 0) return 503;
    int days = hdf_get_int_value(r->hdf, "Page.c.limit_days", 0);
    const char *unit_s = hdf_get_value(r->hdf, "Page.c.limit_unit", "working");
    cal_format_sql(due_s, sizeof due_s, cal_due(&rules, r->now, days, strcmp(unit_s, "calendar") == 0 ? CAL_CALENDAR : CAL_WORKING));
    received_by = me;
    received_at = now_s;
    due_at = due_s;
  }
  if (step->action == WF_APPROVE || step->action == WF_REFUSE) finished_at = now_s;
  /* Approval may carry the electronic result: a PDF the citizen downloads
   * through the QR link. */
  struct upload res;
  memset(&res, 0, sizeof res);
  const char *result_sha = NULL, *result_name = NULL;
  FILE *fp = step->action == WF_APPROVE ? cgi_filehandle(r->cgi, "ket_qua") : NULL;
  if (fp) {
    const char *bad = upload_store(fp, &res);
    if (!bad && res.size && strcmp(res.mime, "application/pdf") != 0) bad = "Lang.staff.err_result";
    if (bad) {
      app_error(r, "ket_qua", bad);
      return show_case(r) == 200 ? 422 : 503;
    }
    if (res.size) {
      upload_clean_name(hdf_get_value(r->hdf, "Query.ket_qua", NULL), "pdf", 0, res.name, sizeof res.name);
      result_sha = res.sha;
      result_name = res.name;
    }
  }
  const char *id = hdf_get_value(r->hdf, "Page.c.id", "");
  const char *missing = step->action == WF_REJECT ? note : "";
  long n = db_exec(SQL_CASE_MOVE, DB_ARGS(step->to, missing, missing, received_by, received_at, due_at, finished_at,
                                          result_sha, result_name, id, version, step->from, unit), NULL);
  if (n < 0) return 503;
  if (n == 0) {
    /* Someone else acted first (or the page was stale): nothing changed. */
    app_error(r, "buoc", "Lang.staff.err_conflict");
    load_case(r);
    return show_case(r) == 200 ? 422 : 503;
  }
  if (db_exec(SQL_EVENT_INSERT, DB_ARGS(id, now_s, step->to, unit, step->needs_note ? note : ""), NULL) < 0) return 503;
  char detail[600];
  snprintf(detail, sizeof detail, "%s: %s -> %s%s%s", step->name, step->from, step->to, *note ? "; " : "", note);
  if (audit_write(r, step->name, id, detail) != 0) return 503;
  return app_redirect(r, "/can-bo/ho-so/%s", r->segment);
}

/* GET /can-bo/tep?ho_so={code}&id={n}  — an attachment, for staff of the unit holding the dossier. */
int page_staff_file(struct req *r)
{
  if (!r->val[0] || !r->val[1]) return 404;
  int n = db_row(SQL_FILE_GET, r->hdf, "Page.f", DB_ARGS(r->val[1], r->val[0]));
  if (n < 0) return 503;
  if (n == 0 || hdf_get_int_value(r->hdf, "Page.f.holder_id", -1) != r->user_unit) return 404;
  int rc = upload_read(hdf_get_value(r->hdf, "Page.f.sha256", ""), &r->body, &r->body_len);
  if (rc) return rc == -1 ? 404 : 500;
  r->ctype = hdf_get_value(r->hdf, "Page.f.mime", "application/octet-stream");
  r->body_free = free;
  audit_write(r, "download", hdf_get_value(r->hdf, "Page.f.dossier_id", NULL), hdf_get_value(r->hdf, "Page.f.filename", ""));
  return 201;
}

/* GET /can-bo/tiep-nhan?thu_tuc={procedure code}  — from the worklist's
 * "receive a new dossier" box to that procedure's counter form. */
int page_staff_pick(struct req *r)
{
  if (!r->val[0]) return app_redirect(r, "/can-bo");
  return app_redirect(r, "/can-bo/tiep-nhan/%s", r->val[0]);
}

/* GET /can-bo/ho-so/{code}/phieu-kiem-soat  — form 06, the process control sheet: every hand-off
 * with its time, who held the dossier and from which unit, and whether it was on time. */
int page_staff_sheet(struct req *r)
{
  int st = load_case(r);
  if (st) return st;
  int n = db_rows(SQL_CASE_AUDIT, r->hdf, "Page.steps_done", DB_ARGS(r->segment));
  if (n < 0) return 503;
  for (HDF *e = hdf_get_child(r->hdf, "Page.steps_done"); e; e = hdf_obj_next(e))
    app_set_datetime(e, "t", hdf_get_value(e, "at", NULL));
  return 200;
}
