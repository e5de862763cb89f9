/* page-staff.c: the back office: sign-in, the unit's worklist, one dossier, workflow steps, attachments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/cal.h"
#include "core/db.h"
#include "core/log.h"
#include "domain/calendar.h"
#include "domain/audit.h"
#include "domain/session.h"
#include "staff/staff.h"
#include "domain/upload.h"
#include "rules/workflow.h"

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

/* GET /can-bo?trang_thai=&q=&thu_tuc=&diem=&cua_toi=  — what waits on my
 * unit (or on me), by due date; overdue and due within a day are marked,
 * with the apology (form 04) to draft a day ahead. */
int page_staff_worklist(struct req *r)
{
  char unit[24], me[24] = "";
  snprintf(unit, sizeof unit, "%ld", r->user_unit);
  const char *st = r->val[0] ? r->val[0] : "";
  const char *q = r->val[1] ? r->val[1] : "";
  const char *proc = r->val[2] ? r->val[2] : "";
  const char *point = r->val[3] ? r->val[3] : "";
  if (r->val[4] && strcmp(r->val[4], "1") == 0) snprintf(me, sizeof me, "%ld", r->user_id);
  char status[32];
  snprintf(status, sizeof status, "%s", st);
  for (char *p = status; *p; p++) if (*p == '-') *p = '_';
  int n = db_rows(SQL_WORKLIST, r->hdf, "Page.rows", DB_ARGS(unit, status, status, q, q, q, proc, proc, point, point, me, me));
  if (n < 0) return 503;
  if (db_rows(SQL_POINTS, r->hdf, "Page.points", DB_NOARGS) < 0) return 503;
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row; row = hdf_obj_next(row)) {
    app_set_datetime(row, "t_due", hdf_get_value(row, "due", NULL));
    app_set_datetime(row, "t_received", hdf_get_value(row, "received", NULL));
  }
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.count", n);
  if (!err) err = hdf_set_value(r->hdf, "Page.q", q);
  if (!err) err = hdf_set_value(r->hdf, "Page.status_filter", status);
  if (!err) err = hdf_set_value(r->hdf, "Page.proc_filter", proc);
  if (!err) err = hdf_set_value(r->hdf, "Page.point_filter", point);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.mine", me[0] != 0);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* Does my unit take part in this dossier: holds it, received it, is
 * competent for it, or forwarded it? (Read access; acting needs holding.)
 * A dossier never received is only its holder's. */
static int involved(HDF *o, long unit)
{
  if (strcmp(hdf_get_value(o, "status", ""), "not_received") == 0) return hdf_get_int_value(o, "holder_id", -1) == unit;
  static const char *const cols[] = { "holder_id", "point_id", "resolver_id", "origin_id" };
  for (size_t i = 0; i < sizeof cols / sizeof *cols; i++)
    if (hdf_get_int_value(o, cols[i], -1) == unit) return 1;
  return 0;
}

/* For each DATETIME column of a row that has a value, its parts as t_<column> (app_set_datetime). */
static void set_times(HDF *row, const char *const *cols, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    char dst[24];
    snprintf(dst, sizeof dst, "t_%s", cols[i]);
    const char *v = hdf_get_value(row, cols[i], NULL);
    if (v && *v) app_set_datetime(row, dst, v);
  }
}

/* Loads the dossier named by the path into Page.c, if my unit takes part
 * in it. 404 otherwise: another unit's dossier looks like no dossier at all. */
static int load_case(struct req *r)
{
  NEOERR *err = hdf_remove_tree(r->hdf, "Page.c");
  nerr_ignore(&err);
  int n = db_row(SQL_CASE_GET, r->hdf, "Page.c", DB_ARGS(r->segment));
  if (n < 0) return 503;
  HDF *c = hdf_get_obj(r->hdf, "Page.c");
  if (n == 0 || !c || !involved(c, r->user_unit)) return 404;
  static const char *const times[] = { "due", "received", "step_due", "first_due", "finished" };
  set_times(c, times, sizeof times / sizeof *times);
  err = hdf_set_int_value(c, "here", hdf_get_int_value(c, "holder_id", -1) == r->user_unit);
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}

/* The workflow's view of the loaded dossier and the signed-in account. */
static void case_ctx(struct req *r, struct wf_ctx *c)
{
  long assignee = hdf_get_int_value(r->hdf, "Page.c.assignee_id", 0);
  c->status = hdf_get_value(r->hdf, "Page.c.status", "");
  c->roles = hdf_get_int_value(r->hdf, "Page.c.here", 0) ? r->user_roles : 0;
  c->forwarded = hdf_get_int_value(r->hdf, "Page.c.origin_id", 0) != 0;
  c->assigned_other = assignee != 0 && assignee != r->user_id;
  c->draft = hdf_get_int_value(r->hdf, "Page.c.draft", 0) != 0;
}

static int show_case(struct req *r)
{
  char unit[24];
  snprintf(unit, sizeof unit, "%ld", r->user_unit);
  const char *id = hdf_get_value(r->hdf, "Page.c.id", "");
  if (db_rows(SQL_CASE_VALUES, r->hdf, "Page.values", DB_ARGS(id)) < 0) return 503;
  if (db_rows(SQL_CASE_FILES, r->hdf, "Page.files", DB_ARGS(id)) < 0) return 503;
  if (db_rows(SQL_DOSSIER_VIEW, r->hdf, "Page.events", DB_ARGS(r->segment)) < 0) return 503;
  for (HDF *e = hdf_get_child(r->hdf, "Page.events"); e; e = hdf_obj_next(e))
    app_set_datetime(e, "t", hdf_get_value(e, "ev_at", NULL));
  if (db_row(SQL_APOLOGY_LAST, r->hdf, "Page.ap", DB_ARGS(id)) < 0) return 503;
  struct wf_ctx ctx;
  case_ctx(r, &ctx);
  const struct wf_step *open[WF__MAX];
  int n = wf_open(&ctx, open, WF__MAX), inputs = 0;
  for (int i = 0; i < n; i++) {
    NEOERR *err = hdf_set_valuef(r->hdf, "Page.steps.%d.name=%s", i, open[i]->name);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.steps.%d.note=%d", i, open[i]->needs_note);
    static const struct { int bit; const char *name; } in[] = {
      { WF_IN_SPECIALIST, "specialist" }, { WF_IN_AGENCY, "agency" }, { WF_IN_DATE, "date" },
      { WF_IN_RETURN, "how" }, { WF_IN_RESULT, "result" },
    };
    for (size_t k = 0; !err && k < sizeof in / sizeof *in; k++)
      if (open[i]->inputs & in[k].bit) err = hdf_set_valuef(r->hdf, "Page.steps.%d.in.%s=1", i, in[k].name);
    if (err) { nerr_ignore(&err); return 500; }
    inputs |= open[i]->inputs;
  }
  if ((inputs & WF_IN_SPECIALIST) && db_rows(SQL_UNIT_SPECIALISTS, r->hdf, "Page.specialists", DB_ARGS(unit)) < 0) return 503;
  if ((inputs & WF_IN_AGENCY) && db_rows(SQL_RESOLVERS, r->hdf, "Page.agencies", DB_ARGS(unit)) < 0) return 503;
  return 200;
}

/* GET /can-bo/ho-so/{code}  — everything: applicant, fields, attachments, timeline, deadline, next steps. */
int page_staff_case(struct req *r)
{
  int st = load_case(r);
  return st ? st : show_case(r);
}

/* A refused step: the message next to its field, the page again, nothing written. */
static int refuse(struct req *r, const char *field, const char *lang_key)
{
  app_error(r, field, lang_key);
  return show_case(r) == 200 ? 422 : 503;
}

/* The current stage's deadline when the dossier enters `status` now:
 * its share of the legal limit in working days, never past the appointment
 * `due`. Empty when the stage has no share (waiting for the citizen, finished). */
static int stage_due(struct req *r, const struct cal_rules *rules, const char *status, int64_t due, char *out, size_t n)
{
  out[0] = '\0';
  HDF *tmp = NULL;
  if (hdf_init(&tmp) != STATUS_OK) return -1;
  int got = db_row(SQL_SHARE_GET, tmp, "s", DB_ARGS(status));
  int pct = hdf_get_int_value(tmp, "s.percent", 0);
  hdf_destroy(&tmp);
  if (got < 0) return -1;
  if (got == 0) return 0;
  const char *u = hdf_get_value(r->hdf, "Page.c.limit_unit", "working");
  int days = wf_share_days(hdf_get_int_value(r->hdf, "Page.c.limit_days", 0), pct);
  int64_t t = cal_due(rules, r->now, days, cal_unit_parse(u));
  if (t > due) t = due;
  return cal_format_sql(out, n, t);
}

/* POST /can-bo/ho-so/{code}  — fields: buoc (a step of workflow.c),
 * phien_ban (the version shown), ghi_chu (reason, missing documents),
 * chuyen_vien (assign to), don_vi (forward to), ngay_hen (apology's new
 * date), cach_tra and ma_buu_gui (how the result went back), ket_qua (the
 * result PDF). 303 back to the dossier; 422 with a message when the step is
 * not open (taken by someone else, wrong status, assigned to a colleague,
 * held by another unit) or an input is missing or wrong; 403 when no role
 * of mine may take it; 404 for a dossier my unit has no part in. */
int page_staff_move(struct req *r)
{
  int st = load_case(r);
  if (st) return st;
  const struct wf_step *step = wf_find(r->val[0]);
  const char *version = r->val[1];
  const char *note = r->val[2] ? r->val[2] : "";
  NEOERR *err = hdf_set_value(r->hdf, "Page.failed", r->val[0] ? r->val[0] : "");
  if (!err) err = hdf_set_value(r->hdf, K_FORM ".ghi_chu", note);
  if (err) { nerr_ignore(&err); return 500; }
  if (!hdf_get_int_value(r->hdf, "Page.c.here", 0)) return refuse(r, "buoc", "Lang.staff.err_not_here");
  struct wf_ctx ctx;
  case_ctx(r, &ctx);
  int chk = step ? wf_check(step, &ctx) : WF_NOT_NOW;
  if (chk == WF_ROLE) return 403;
  if (chk == WF_NOT_YOURS) return refuse(r, "buoc", "Lang.staff.err_not_yours");
  if (chk != WF_OK || !version) return refuse(r, "buoc", "Lang.staff.err_step");
  if (step->needs_note && !*note) return refuse(r, "ghi_chu", "Lang.staff.err_note");

  char unit[24], me[24], now_s[24], due_s[24] = "", step_s[24] = "", new_due_s[24] = "";
  snprintf(unit, sizeof unit, "%ld", r->user_unit);
  snprintf(me, sizeof me, "%ld", r->user_id);
  cal_format_sql(now_s, sizeof now_s, r->now);
  struct cal_rules rules;
  if (calendar_rules(&rules) != 0) return 503;
  const char *id = hdf_get_value(r->hdf, "Page.c.id", "");
  const char *status = hdf_get_value(r->hdf, "Page.c.status", "");
  const char *to = wf_to(step, status);
  int64_t due = 0;
  if (cal_parse_sql(hdf_get_value(r->hdf, "Page.c.due", ""), &due) != 0) return 500;

  /* The step's own inputs. */
  const char *who = NULL, *agency = NULL, *how = NULL, *tracking = "";
  if (step->inputs & WF_IN_SPECIALIST) {
    who = r->val[3];
    int ok = who ? db_row(SQL_SPECIALIST_OK, r->hdf, "Page.chk", DB_ARGS(who, unit)) : 0;
    if (ok < 0) return 503;
    if (!ok) return refuse(r, "chuyen_vien", "Lang.staff.err_specialist");
  }
  if (step->inputs & WF_IN_AGENCY) {
    agency = r->val[4];
    int ok = agency ? db_row(SQL_RESOLVER_OK, r->hdf, "Page.chk", DB_ARGS(agency, unit)) : 0;
    if (ok < 0) return 503;
    if (!ok) return refuse(r, "don_vi", "Lang.staff.err_agency");
  }
  if (step->inputs & WF_IN_DATE) {
    /* The new appointment: a working day after the current one, at the
     * close of the afternoon session. */
    int32_t day;
    if (!r->val[5] || cal_parse_date(r->val[5], &day) != 0) return refuse(r, "ngay_hen", "Lang.staff.err_date");
    err = hdf_set_value(r->hdf, K_FORM ".ngay_hen", r->val[5]);
    nerr_ignore(&err);
    if ((int64_t)day * 1440 <= due - due % 1440 || !cal_is_working_day(&rules, day) || day > due / 1440 + 366)
      return refuse(r, "ngay_hen", "Lang.staff.err_new_date");
    cal_format_sql(new_due_s, sizeof new_due_s, (int64_t)day * 1440 + rules.pm_close);
  }
  if (step->inputs & WF_IN_RETURN) {
    how = r->val[6];
    if (!how || (strcmp(how, "counter") && strcmp(how, "post") && strcmp(how, "electronic")))
      return refuse(r, "cach_tra", "Lang.staff.err_how");
    if (strcmp(how, "electronic") == 0 && !hdf_get_int_value(r->hdf, "Page.c.has_result", 0))
      return refuse(r, "cach_tra", "Lang.staff.err_no_result");
    if (strcmp(how, "post") == 0) {
      tracking = r->val[7] ? r->val[7] : "";
      err = hdf_set_value(r->hdf, K_FORM ".ma_buu_gui", tracking);
      nerr_ignore(&err);
      if (!*tracking) return refuse(r, "ma_buu_gui", "Lang.staff.err_tracking");
    }
  }
  /* The electronic result: a PDF the citizen downloads through the QR link. */
  struct upload res;
  memset(&res, 0, sizeof res);
  FILE *fp = (step->inputs & WF_IN_RESULT) ? cgi_filehandle(r->cgi, "ket_qua") : NULL;
  if (fp) {
    const char *bad = upload_store(fp, &res);
    if (!bad && res.size && strcmp(res.mime, "application/pdf") != 0) bad = "Lang.staff.err_result";
    if (bad) return refuse(r, "ket_qua", bad);
    if (res.size) upload_clean_name(hdf_get_value(r->hdf, "Query.ket_qua", NULL), "pdf", 0, res.name, sizeof res.name);
  }
  /* A leader signs the latest draft of form 04; its date becomes the appointment. */
  if (step->action == WF_APOLOGY_SIGN) {
    if (db_row(SQL_APOLOGY_LAST, r->hdf, "Page.ap", DB_ARGS(id)) != 1) return 503;
    snprintf(new_due_s, sizeof new_due_s, "%s", hdf_get_value(r->hdf, "Page.ap.new_due_sql", ""));
    if (cal_parse_sql(new_due_s, &due) != 0) return 500;
  }

  /* Deadlines: acceptance starts the clock; a signed apology moves the
   * appointment; a new stage (or a new holder) gets its share. */
  if (step->action == WF_ACCEPT) {
    due = cal_due(&rules, r->now, hdf_get_int_value(r->hdf, "Page.c.limit_days", 0),
                  cal_unit_parse(hdf_get_value(r->hdf, "Page.c.limit_unit", NULL)));
    cal_format_sql(due_s, sizeof due_s, due);
  }
  const char *old_step = hdf_get_value(r->hdf, "Page.c.step_due", NULL);
  int restage = step->to || step->action == WF_FORWARD || step->action == WF_FORWARD_BACK;
  if (restage) {
    if (stage_due(r, &rules, to, due, step_s, sizeof step_s) != 0) return 503;
  } else if (old_step) {
    int64_t t;
    if (cal_parse_sql(old_step, &t) == 0) cal_format_sql(step_s, sizeof step_s, t > due ? due : t);
  }

  /* The guarded change: exactly one of two people acting at once gets here. */
  long n = db_exec(SQL_CASE_MOVE, DB_ARGS(to, step_s[0] ? step_s : NULL, id, version, status, unit), NULL);
  if (n < 0) return 503;
  if (n == 0) {
    /* Someone else acted first (or the page was stale): nothing changed. */
    if ((st = load_case(r)) != 0) return st;
    return refuse(r, "buoc", "Lang.staff.err_conflict");
  }
  long k = 0;
  switch (step->action) {
  case WF_ACCEPT: k = db_exec(SQL_MOVE_ACCEPT, DB_ARGS(me, now_s, due_s, id), NULL); break;
  case WF_REJECT: k = db_exec(SQL_MOVE_MISSING, DB_ARGS(note, id), NULL); break;
  case WF_ASSIGN: k = db_exec(SQL_MOVE_ASSIGN, DB_ARGS(who, id), NULL); break;
  case WF_FORWARD: k = db_exec(SQL_MOVE_FORWARD, DB_ARGS(agency, id), NULL); break;
  case WF_FORWARD_BACK: k = db_exec(SQL_MOVE_FORWARD_BACK, DB_ARGS(id), NULL); break;
  case WF_APPROVE: k = db_exec(SQL_MOVE_FINISH, DB_ARGS(now_s, "1", id), NULL); break;
  case WF_REFUSE: case WF_STOP: k = db_exec(SQL_MOVE_FINISH, DB_ARGS(now_s, "0", id), NULL); break;
  case WF_RETURN: k = db_exec(SQL_MOVE_RETURN, DB_ARGS(how, tracking, id), NULL); break;
  case WF_APOLOGY:
    cal_format_sql(due_s, sizeof due_s, due);
    k = db_exec(SQL_APOLOGY_INSERT, DB_ARGS(id, unit, note, due_s, new_due_s, me, now_s), NULL);
    break;
  case WF_APOLOGY_SIGN:
    k = db_exec(SQL_APOLOGY_SIGN, DB_ARGS(me, now_s, id), NULL);
    if (k >= 0) k = db_exec(SQL_MOVE_DUE, DB_ARGS(new_due_s, id), NULL);
    break;
  default: break;
  }
  if (k < 0) return 503;
  if (res.size && db_exec(SQL_MOVE_RESULT, DB_ARGS(res.sha, res.name, id), NULL) < 0) return 503;

  /* The public timeline: what happened, where; notes only where they are
   * meant for the citizen (what is missing, why refused or stopped, the
   * apology). Drafts and internal hand-backs are not events. */
  const char *ev = to, *ev_unit = unit, *ev_note = "";
  if (step->action == WF_FORWARD) { ev = "forwarded"; ev_unit = agency; }
  else if (step->action == WF_FORWARD_BACK) ev = "forward_back";
  else if (step->action == WF_APOLOGY_SIGN) { ev = "apology"; ev_note = hdf_get_value(r->hdf, "Page.ap.reason", ""); }
  if (step->action == WF_REJECT || step->action == WF_SUPPLEMENT || step->action == WF_REFUSE || step->action == WF_STOP)
    ev_note = note;
  if (step->action != WF_APOLOGY && db_exec(SQL_EVENT_INSERT, DB_ARGS(id, now_s, ev, ev_unit, ev_note), NULL) < 0)
    return 503;
  char detail[700];
  snprintf(detail, sizeof detail, "%s: %s -> %s%s%s%s%s", step->name, status, to,
           agency ? " @" : who ? " #" : "", agency ? agency : who ? who : "", *note ? "; " : "", note);
  if (audit_step(r, step->name, id, detail, old_step) != 0) return 503;
  /* Sent back to the unit that forwarded it: no longer ours to see. */
  if (step->action == WF_FORWARD_BACK) return app_redirect(r, "/can-bo");
  return app_redirect(r, "/can-bo/ho-so/%s", r->segment);
}

/* GET /can-bo/tep?ho_so={code}&id={n}  — an attachment, for staff of the unit holding the dossier. */
int page_staff_file(struct req *r)
{
  if (!r->val[0] || !r->val[1]) return 404;
  int n = db_row(SQL_FILE_GET, r->hdf, "Page.f", DB_ARGS(r->val[1], r->val[0]));
  if (n < 0) return 503;
  if (n == 0 || !involved(hdf_get_obj(r->hdf, "Page.f"), r->user_unit)) return 404;
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
  for (HDF *e = hdf_get_child(r->hdf, "Page.steps_done"); e; e = hdf_obj_next(e)) {
    app_set_datetime(e, "t", hdf_get_value(e, "at", NULL));
    app_set_datetime(e, "td", hdf_get_value(e, "due", NULL));
  }
  return 200;
}

static int set_doc(struct req *r, const char *kind)
{
  NEOERR *err = hdf_set_value(r->hdf, "Page.doc", kind);
  if (!err) err = hdf_set_value(r->hdf, "Page.body_class", "doc");
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* GET /can-bo/ho-so/{code}/phieu-tu-choi  — the slip for a dossier not
 * received: everything missing, listed once, to hand to the citizen. */
int page_staff_slip(struct req *r)
{
  int st = load_case(r);
  if (st) return st;
  if (strcmp(hdf_get_value(r->hdf, "Page.c.status", ""), "not_received") != 0) return 404;
  return set_doc(r, "refusal");
}

/* GET /can-bo/ho-so/{code}/xin-loi  — form 04, the apology with the new
 * appointment (marked as a draft until a leader signs it). */
int page_staff_apology(struct req *r)
{
  int st = load_case(r);
  if (st) return st;
  int n = db_row(SQL_APOLOGY_LAST, r->hdf, "Page.ap", DB_ARGS(hdf_get_value(r->hdf, "Page.c.id", "")));
  if (n < 0) return 503;
  if (n == 0) return 404;
  app_set_datetime(r->hdf, "Page.ap.t_new", hdf_get_value(r->hdf, "Page.ap.new_due", NULL));
  app_set_datetime(r->hdf, "Page.ap.t_old", hdf_get_value(r->hdf, "Page.ap.old_due", NULL));
  app_set_datetime(r->hdf, "Page.ap.t_signed", hdf_get_value(r->hdf, "Page.ap.signed", NULL));
  return set_doc(r, "apology");
}

/* GET /can-bo/ho-so/{code}/dung-xu-ly  — form 05: the notice that the
 * dossier was refused or stopped, with the reason. */
int page_staff_stop(struct req *r)
{
  int st = load_case(r);
  if (st) return st;
  const char *status = hdf_get_value(r->hdf, "Page.c.status", "");
  if (strcmp(status, "stopped") != 0 && strcmp(status, "withdrawn") != 0) return 404;
  if (db_rows(SQL_DOSSIER_VIEW, r->hdf, "Page.events", DB_ARGS(r->segment)) < 0) return 503;
  const char *reason = app_last_match(hdf_get_obj(r->hdf, "Page.events"), "ev_status", status, "ev_note");
  NEOERR *err = hdf_set_value(r->hdf, "Page.reason", reason ? reason : "");
  if (err) { nerr_ignore(&err); return 500; }
  return set_doc(r, "stop");
}

/* GET /can-bo/so-theo-doi?tu=&den=  — form 07, the register of the
 * dossiers my unit received or resolved, by reception date (this month
 * by default; at most a year). */
int page_staff_register(struct req *r)
{
  int32_t today = (int32_t)(r->now / 1440), from, to;
  int y, m, d;
  cal_civil_from_days(today, &y, &m, &d);
  char from_s[16], to_s[16], unit[24];
  snprintf(unit, sizeof unit, "%ld", r->user_unit);
  snprintf(from_s, sizeof from_s, "%04d-%02d-01", y, m);
  snprintf(to_s, sizeof to_s, "%04d-%02d-%02d", y, m, d);
  if (r->val[0]) snprintf(from_s, sizeof from_s, "%s", r->val[0]);
  if (r->val[1]) snprintf(to_s, sizeof to_s, "%s", r->val[1]);
  NEOERR *err = hdf_set_value(r->hdf, K_FORM ".tu", from_s);
  if (!err) err = hdf_set_value(r->hdf, K_FORM ".den", to_s);
  if (err) { nerr_ignore(&err); return 500; }
  if (cal_parse_date(from_s, &from) != 0) { app_error(r, "tu", "Lang.err.date"); return 422; }
  if (cal_parse_date(to_s, &to) != 0) { app_error(r, "den", "Lang.err.date"); return 422; }
  if (to < from || to - from > 366) { app_error(r, "den", "Lang.staff.err_range"); return 422; }
  int n = db_rows(SQL_REGISTER, r->hdf, "Page.rows", DB_ARGS(unit, unit, from_s, to_s));
  if (n < 0) return 503;
  static const char *const times[] = { "received", "due", "new_due", "finished", "returned" };
  int no = 0;
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row; row = hdf_obj_next(row)) {
    set_times(row, times, sizeof times / sizeof *times);
    NEOERR *e = hdf_set_int_value(row, "no", ++no);
    if (e) { nerr_ignore(&e); return 500; }
  }
  char a[16], b[16];
  cal_format_date(from, a, sizeof a);
  cal_format_date(to, b, sizeof b);
  err = hdf_set_int_value(r->hdf, "Page.count", n);
  if (!err) err = hdf_set_value(r->hdf, "Page.from", a);
  if (!err) err = hdf_set_value(r->hdf, "Page.to", b);
  if (!err) err = hdf_set_value(r->hdf, "Page.body_class", "doc");
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
