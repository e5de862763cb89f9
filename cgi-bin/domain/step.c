/* step.c: one function carries out any row of the step table (rules/workflow.c); the pages only parse and render. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/audit.h"
#include "domain/calendar.h"
#include "domain/privacy.h"
#include "domain/stats.h"
#include "domain/step.h"
#include "domain/upload.h"
#include "rules/cal.h"
#include "rules/valid.h"

/* A step under way: its row, and what it worked out before writing. */
struct work {
  const struct wf_step *s;
  const char *to;             /* the status after it */
  struct cal_rules rules;
  int64_t due;                /* the appointment (a signed apology moves it) */
  char now[24], due_s[24], step_due[24], new_due[24];
  struct upload res;          /* the result PDF, res.size 0 when none */
  char reason[4100];          /* a signed apology's reason: the timeline's note */
};

struct found { long id; };
struct share { long percent; };
struct apology { char reason[4100], new_due_sql[24]; };

static int refuse(struct step_out *out, const char *field, const char *lang_key)
{
  out->field = field;
  out->msg = lang_key;
  return 422;
}

/* Held here, open in the step table for me, the version shown, the note. */
static int guard(struct req *r, const struct dossier_case *c, const struct step_in *in, struct work *w,
                 struct step_out *out)
{
  struct wf_ctx ctx;
  case_ctx(c, r, &ctx);
  ctx.batch = in->batch;
  if (c->holder_id != r->user_unit && !ctx.inbound) return refuse(out, "buoc", "Lang.staff.err_not_here");
  w->s = wf_find(in->step);
  int chk = w->s ? wf_check(w->s, &ctx) : WF_NOT_NOW;
  if (chk == WF_ROLE) return 403;
  if (chk == WF_NOT_YOURS) return refuse(out, "buoc", "Lang.staff.err_not_yours");
  if (chk != WF_OK || in->version < 0) return refuse(out, "buoc", "Lang.staff.err_step");
  if (w->s->needs_note && !*in->note) return refuse(out, "ghi_chu", "Lang.staff.err_note");
  return 0;
}

/* To whom: an active specialist of my unit; another competent agency. */
static int targets(struct req *r, const struct step_in *in, const struct wf_step *s, struct step_out *out)
{
  static const struct db_field idf[] = { DB_INT_FIELD(struct found, id) };
  struct found f;
  if (s->inputs & WF_IN_SPECIALIST) {
    int ok = in->specialist ? db_get(DB_Q(SPECIALIST_OK, in->specialist, r->user_unit), idf, 1, &f) : 0;
    if (ok < 0) return 503;
    if (!ok) return refuse(out, "chuyen_vien", "Lang.staff.err_specialist");
  }
  if (s->inputs & WF_IN_AGENCY) {
    int ok = in->agency ? db_get(DB_Q(RESOLVER_OK, in->agency, r->user_unit), idf, 1, &f) : 0;
    if (ok < 0) return 503;
    if (!ok) return refuse(out, "don_vi", "Lang.staff.err_agency");
  }
  if (s->inputs & WF_IN_OFFICE) {
    int ok = in->agency ? db_get(DB_Q(OFFICE_OK, in->agency), idf, 1, &f) : 0;
    if (ok < 0) return 503;
    if (!ok) return refuse(out, "don_vi", "Lang.agent.err_office");
  }
  return 0;
}

/* Who took the result: the applicant or an authorised person, with the
 * last four digits of the identification shown. The applicant's are
 * checked against the dossier's blind index (id_last4): the agent never
 * sees the number, the citizen's card proves it. */
static int recipient(const struct dossier_case *c, const struct step_in *in, struct step_out *out)
{
  if (!in->recipient || (strcmp(in->recipient, "applicant") != 0 && strcmp(in->recipient, "authorised") != 0))
    return refuse(out, "nguoi_nhan", "Lang.agent.err_recipient");
  out->echo |= WF_IN_RECIPIENT;
  if (!in->id_last || strlen(in->id_last) != 4 || strspn(in->id_last, "0123456789") != 4)
    return refuse(out, "so_giay_to", "Lang.agent.err_id_last");
  if (strcmp(in->recipient, "applicant") != 0) return 0;
  char tag[TOKEN_LEN + 1];
  privacy_last4_tag(c->code, in->id_last, tag);
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return 500;
  int n = db_row(DB_Q(DOSSIER_LOOKUP, c->code, tag), h, "found");
  hdf_destroy(&h);
  if (n < 0) return 503;
  return n ? 0 : refuse(out, "so_giay_to", "Lang.agent.err_id_applicant");
}

/* An apology's new appointment: a working day after the current one,
 * within a year, at the close of the afternoon session. */
static int new_date(const struct step_in *in, struct work *w, struct step_out *out)
{
  int32_t day;
  if (!in->date || cal_parse_date(in->date, &day) != 0) return refuse(out, "ngay_hen", "Lang.staff.err_date");
  out->echo |= WF_IN_DATE;
  if ((int64_t)day * 1440 <= w->due - w->due % 1440 || !cal_is_working_day(&w->rules, day) || day > w->due / 1440 + 366)
    return refuse(out, "ngay_hen", "Lang.staff.err_new_date");
  return cal_format_sql(w->new_due, sizeof w->new_due, (int64_t)day * 1440 + w->rules.pm_close) == 0 ? 0 : 500;
}

/* How the result went back: electronically only if there is one; by post with its tracking number. */
static int return_way(const struct dossier_case *c, const struct step_in *in, struct step_out *out)
{
  if (!valid_return_method(in->how)) return refuse(out, "cach_tra", "Lang.staff.err_how");
  if (strcmp(in->how, "electronic") == 0 && !c->has_result) return refuse(out, "cach_tra", "Lang.staff.err_no_result");
  if (strcmp(in->how, "post") == 0) {
    out->echo |= WF_IN_RETURN;
    if (!in->tracking || !*in->tracking) return refuse(out, "ma_buu_gui", "Lang.staff.err_tracking");
  }
  return 0;
}

/* The electronic result: a PDF the citizen downloads through the QR link. */
static int result_file(struct req *r, const struct step_in *in, struct work *w, struct step_out *out)
{
  if (!(w->s->inputs & WF_IN_RESULT) || !in->result) return 0;
  w->res.shared = 1;   /* the public program serves it, once approved */
  const char *bad = upload_store(r, in->result, &w->res);
  if (!bad && w->res.size && strcmp(w->res.mime, "application/pdf") != 0) bad = "Lang.staff.err_result";
  if (bad) return refuse(out, "ket_qua", bad);
  if (w->res.size) upload_clean_name(in->result_name, "pdf", 0, w->res.name, sizeof w->res.name);
  return 0;
}

/* Every input the row asks for, in the order the form shows them. */
static int inputs(struct req *r, const struct dossier_case *c, const struct step_in *in, struct work *w,
                  struct step_out *out)
{
  const struct wf_step *s = w->s;
  int st = targets(r, in, s, out);
  if (!st && (s->inputs & WF_IN_DATE)) st = new_date(in, w, out);
  if (!st && (s->inputs & WF_IN_RETURN)) st = return_way(c, in, out);
  if (!st && (s->inputs & WF_IN_RECIPIENT)) st = recipient(c, in, out);
  if (!st) st = result_file(r, in, w, out);
  return st;
}

/* The current stage's deadline when the dossier enters `status` now: its
 * share of the legal limit, never past the appointment. Empty when the
 * stage has no share (waiting for the citizen, finished). */
static int stage_due(struct req *r, const struct dossier_case *c, struct work *w, const char *status)
{
  static const struct db_field pf[] = { DB_INT_FIELD(struct share, percent) };
  struct share sh;
  w->step_due[0] = '\0';
  int got = db_get(DB_Q(SHARE_GET, status), pf, 1, &sh);
  if (got <= 0) return got;
  int days = wf_share_days((int)c->limit_days, (int)sh.percent);
  int64_t t = cal_due(&w->rules, r->now, days, cal_unit_parse(c->limit_unit));
  return cal_format_sql(w->step_due, sizeof w->step_due, t > w->due ? w->due : t);
}

/* The row's clock: the appointment it starts or moves, and the stage's
 * deadline (a new stage gets its share; otherwise the old one, capped). */
static int deadlines(struct req *r, const struct dossier_case *c, struct work *w)
{
  if (w->s->clock == WF_CLOCK_MOVE) {
    static const struct db_field af[] = { DB_TEXT_FIELD(struct apology, reason), DB_TEXT_FIELD(struct apology, new_due_sql) };
    struct apology ap;
    if (db_get(DB_Q(APOLOGY_LAST, c->id), af, 2, &ap) != 1) return 503;
    snprintf(w->new_due, sizeof w->new_due, "%s", ap.new_due_sql);
    snprintf(w->reason, sizeof w->reason, "%s", ap.reason);
    if (cal_parse_sql(w->new_due, &w->due) != 0) return 500;
  }
  if (w->s->clock == WF_CLOCK_START) {
    w->due = cal_due(&w->rules, r->now, (int)c->limit_days, cal_unit_parse(c->limit_unit));
    cal_format_sql(w->due_s, sizeof w->due_s, w->due);
  }
  if (wf_new_stage(w->s)) return stage_due(r, c, w, w->to) == 0 ? 0 : 503;
  int64_t t;
  if (c->step_due[0] && cal_parse_sql(c->step_due, &t) == 0)
    cal_format_sql(w->step_due, sizeof w->step_due, t > w->due ? w->due : t);
  return 0;
}

/* What the row does besides the status: clock, holder, its own effect, the result. */
static int effects(struct req *r, const struct dossier_case *c, const struct step_in *in, struct work *w)
{
  const struct wf_step *s = w->s;
  long k = 0, id = c->id;
  if (s->clock == WF_CLOCK_START) k = db_exec(DB_Q(MOVE_ACCEPT, r->user_id, w->now, w->due_s, id), NULL);
  if (k >= 0 && s->clock == WF_CLOCK_STOP) k = db_exec(DB_Q(MOVE_FINISH, w->now, id), NULL);
  if (k >= 0 && s->clock == WF_CLOCK_MOVE) k = db_exec(DB_Q(MOVE_DUE, w->new_due, id), NULL);
  if (k >= 0 && s->holder == WF_HOLD_POINT) k = db_exec(DB_Q(MOVE_TO_POINT, id), NULL);
  if (k >= 0 && s->holder == WF_HOLD_AGENCY) k = db_exec(DB_Q(MOVE_FORWARD, in->agency, id), NULL);
  if (k >= 0 && s->holder == WF_HOLD_ORIGIN) k = db_exec(DB_Q(MOVE_FORWARD_BACK, id), NULL);
  if (k >= 0 && s->holder == WF_HOLD_HERE) k = db_exec(DB_Q(MOVE_HOLDER, r->user_unit, id), NULL);
  if (k >= 0 && s->holder == WF_HOLD_OFFICE) k = db_exec(DB_Q(MOVE_HOLDER, in->agency, id), NULL);
  if (k < 0) return 503;
  switch (s->effect) {
  case WF_FX_MISSING: k = db_exec(DB_Q(MOVE_MISSING, in->note, id), NULL); break;
  case WF_FX_ASSIGN: k = db_exec(DB_Q(MOVE_ASSIGN, in->specialist, id), NULL); break;
  case WF_FX_RETURN:
    k = db_exec(DB_Q(MOVE_RETURN, in->how, strcmp(in->how, "post") == 0 ? in->tracking : "", id), NULL);
    break;
  case WF_FX_APOLOGY_DRAFT:
    cal_format_sql(w->due_s, sizeof w->due_s, w->due);
    k = db_exec(DB_Q(APOLOGY_INSERT, id, r->user_unit, in->note, w->due_s, w->new_due, r->user_id, w->now), NULL);
    break;
  case WF_FX_APOLOGY_SIGN: k = db_exec(DB_Q(APOLOGY_SIGN, r->user_id, w->now, id), NULL); break;
  case WF_FX_ATTEMPT:
    k = db_exec(DB_Q(ATTEMPT_INSERT, id, w->now, (s->inputs & WF_IN_RECIPIENT) ? in->recipient : "not_home",
                     (s->inputs & WF_IN_RECIPIENT) ? in->id_last : "", r->user_id, r->user_unit), NULL);
    break;
  case WF_FX_NONE: break;
  }
  if (k < 0) return 503;
  if (w->res.size && db_exec(DB_Q(MOVE_RESULT, w->res.sha, w->res.name, id), NULL) < 0) return 503;
  return 0;
}

/* The citizen's timeline (what happened, where; the note only where the
 * row says it is meant for the citizen), then the audit row. */
static int record(struct req *r, const struct dossier_case *c, const struct step_in *in, struct work *w)
{
  const struct wf_step *s = w->s;
  const char *ev = wf_event_name(s, c->status);
  const char *note = s->event == WF_EV_APOLOGY ? w->reason : s->public_note == WF_NOTE_SHOWN ? in->note : "";
  if (s->public_note == WF_NOTE_TRACKING) note = in->tracking && *in->tracking ? in->tracking : c->post_tracking;
  long where = s->holder == WF_HOLD_AGENCY || s->holder == WF_HOLD_OFFICE ? in->agency : r->user_unit;
  if (ev && db_exec(DB_Q(EVENT_INSERT, c->id, w->now, ev, where, note), NULL) < 0) return 503;
  /* The dashboard's running totals, in this same transaction. */
  if (ev && stats_event(c->id, ev, w->now) != 0) return 503;
  long target = (s->inputs & WF_IN_AGENCY) ? in->agency : (s->inputs & WF_IN_SPECIALIST) ? in->specialist : 0;
  char to_whom[32] = "", detail[700];
  if (target) snprintf(to_whom, sizeof to_whom, " %c%ld", (s->inputs & WF_IN_AGENCY) ? '@' : '#', target);
  snprintf(detail, sizeof detail, "%s: %s -> %s%s%s%s", s->name, c->status, w->to, to_whom, *in->note ? "; " : "",
           in->note);
  return audit_step(r, s->name, c->id, detail, c->step_due[0] ? c->step_due : NULL) == 0 ? 0 : 503;
}

int step_run(struct req *r, const struct dossier_case *c, const struct step_in *in, struct step_out *out)
{
  struct work w;
  memset(&w, 0, sizeof w);
  memset(out, 0, sizeof *out);
  int st = guard(r, c, in, &w, out);
  if (st) return st;
  if (calendar_rules(&w.rules) != 0) return 503;
  if (cal_parse_sql(c->due, &w.due) != 0) return 500;
  w.to = wf_to(w.s, c->status);
  cal_format_sql(w.now, sizeof w.now, r->now);
  if ((st = inputs(r, c, in, &w, out)) != 0 || (st = deadlines(r, c, &w)) != 0) return st;
  /* The guarded change: exactly one of two people acting at once gets
   * past it; the other (or a stale page) changes nothing. */
  const char *step_due = w.step_due[0] ? w.step_due : NULL;
  long n = db_exec(DB_Q(CASE_MOVE, w.to, step_due, c->id, in->version, c->status, c->holder_id), NULL);
  if (n < 0) return 503;
  if (n == 0) return refuse(out, "buoc", "Lang.staff.err_conflict");
  if ((st = effects(r, c, in, &w)) != 0 || (st = record(r, c, in, &w)) != 0) return st;
  /* What the citizen sees changed: the status page's snapshot (db/020), in this same transaction. */
  if (db_exec(DB_Q(STATUS_REFRESH, c->id, c->id), NULL) < 0) return 503;
  out->gone = w.s->holder == WF_HOLD_ORIGIN;
  return 0;
}

long step_version(const char *v)
{
  long n;
  return v && valid_int(v, 0, LONG_MAX, &n) ? n : -1;
}
