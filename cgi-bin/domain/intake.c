/* intake.c: a dossier comes in: the form read into a struct intake, then written by one function for every channel. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "core/log.h"
#include "domain/audit.h"
#include "domain/calendar.h"
#include "domain/intake-agent.h"
#include "domain/intake-form.h"
#include "domain/link.h"
#include "domain/privacy.h"
#include "domain/quota.h"
#include "domain/refdata.h"
#include "domain/stats.h"
#include "domain/queue.h"
#include "rules/cal.h"
#include "rules/dcode.h"
#include "rules/json.h"
#include "rules/mask.h"
#include "rules/valid.h"

/* Everything a new dossier is made of, once validated. */
struct intake {
  enum intake_channel ch;
  struct procedure proc;
  long agency;                 /* the competent agency */
  const char *name, *idnumber, *birth, *email, *address, *return_method;
  char phone[16];
  int refusing;                /* at a counter: not received, with the list of what is missing */
  const char *missing;
  long ticket;                 /* at a counter: the queue number served, 0 none */
  struct upload files[FORM_MAX_DOCS];
  int nfiles;
  struct agent_intake agent;   /* through a post-office agent */
};

/* What each channel is called in the dossier row. */
static const char *const channel_name[] = {
  [INTAKE_ONLINE] = "online", [INTAKE_COUNTER] = "in_person", [INTAKE_AGENT] = "agent", [INTAKE_POSTAL] = "postal",
};

static int by_agent(enum intake_channel ch)
{
  return ch == INTAKE_AGENT || ch == INTAKE_POSTAL;
}

/* The applicant: each value checked, with a message next to its field. */
static void read_applicant(struct req *r, struct intake *in, int32_t today)
{
  in->name = form_text(r, "ho_ten", r->val[IN_NAME], 100, 0, 1);
  if (in->name && !valid_person_name(in->name)) { app_error(r, "ho_ten", "Lang.err.name"); in->name = NULL; }
  in->idnumber = form_text(r, "so_dinh_danh", r->val[IN_IDNUMBER], 12, 0, 1);
  if (in->idnumber && !valid_idnumber(in->idnumber)) { app_error(r, "so_dinh_danh", "Lang.err.idnumber"); in->idnumber = NULL; }
  in->birth = form_text(r, "ngay_sinh", r->val[IN_BIRTH], 10, 0, 1);
  int32_t bday = 0;
  if (in->birth && cal_parse_date(in->birth, &bday) != 0) { app_error(r, "ngay_sinh", "Lang.err.date"); in->birth = NULL; }
  else if (in->birth && (bday > today || bday < today - 366 * 130)) { app_error(r, "ngay_sinh", "Lang.err.birth_range"); in->birth = NULL; }
  if (in->idnumber && in->birth) {
    int by, bm, bd;
    cal_civil_from_days(bday, &by, &bm, &bd);
    if (!valid_idnumber_matches_birth(in->idnumber, by)) app_error(r, "so_dinh_danh", "Lang.err.id_birth");
  }
  const char *phone = form_text(r, "dien_thoai", r->val[IN_PHONE], 20, 0, 1);
  if (phone && !valid_phone(phone, in->phone, sizeof in->phone)) app_error(r, "dien_thoai", "Lang.err.phone");
  in->email = form_text(r, "email", r->val[IN_EMAIL], 120, 0, 0);
  if (in->email && !valid_email(in->email)) app_error(r, "email", "Lang.err.email");
  in->address = form_text(r, "dia_chi", r->val[IN_ADDRESS], 300, 0, 1);
  in->return_method = form_text(r, "nhan_ket_qua", r->val[IN_RETURN], 20, 0, 1);
  if (in->return_method && !valid_return_method(in->return_method)) {
    app_error(r, "nhan_ket_qua", "Lang.err.option");
    in->return_method = NULL;
  }
}

/* The competent agency: the ward the citizen picked (ward-level
 * procedures, from the listed wards), else the procedure's resolver. */
static int read_agency(struct req *r, struct intake *in)
{
  if (strcmp(in->proc.level, "ward") != 0) {
    in->agency = in->proc.resolver_id;
    if (!in->agency) { log_err("procedure %s has no resolver", in->proc.code); return 500; }
    return 0;
  }
  const char *v = form_text(r, "co_quan", r->val[IN_AGENCY], 10, 0, 1);
  int ward = v ? refdata_is_ward(v) : 0;
  if (ward < 0) return 503;
  if (ward) in->agency = strtol(v, NULL, 10);
  if (v && !in->agency) app_error(r, "co_quan", "Lang.err.agency");
  return 0;
}

/* The same form again: its dossier's receipt, or its refusal slip (the
 * agent's page of it, for an agent). */
static int to_existing(struct req *r, enum intake_channel ch)
{
  const char *code = hdf_get_value(r->hdf, "Page.existing.code", "");
  if (by_agent(ch)) return link_redirect(r, LINK_AGENT_CASE, code);
  if (ch == INTAKE_COUNTER && strcmp(hdf_get_value(r->hdf, "Page.existing.status", ""), "not_received") == 0)
    return link_redirect(r, LINK_SLIP, code);
  return link_redirect(r, LINK_RECEIPT, code);
}

/* Two ranges of numbers a day per agency: online 0001-7999, the counter
 * 8001-9999, so that submissions from anywhere can never use up the
 * numbers of the people standing at the counter. */
static const struct { unsigned base, max; } lanes[] = { { 0, 7999 }, { 8000, 1999 } };
/* The lane of a channel: the counter's own, or the one for everything that
 * comes from elsewhere (online, through an agent, by post). */
static unsigned lane_of(enum intake_channel ch)
{
  return ch == INTAKE_COUNTER ? 1 : 0;
}

/* The next number of the receiving agency today in the channel's lane, as a dossier code. */
static int number(enum intake_channel ch, long agency, const char *day_s, int32_t today, char code[DCODE_MAX])
{
  char agency_code[64];
  int known = refdata_agency_code(agency, agency_code, sizeof agency_code);
  if (known < 0) return 503;
  if (!known) { log_err("agency %ld: no such agency", agency); return 503; }
  unsigned lane = lane_of(ch);
  unsigned long long next = 0;
  if (db_exec(DB_Q(SEQ_NEXT, agency, day_s, (long)lane), &next) < 0) return 503;
  if (next == 0) { log_err("agency %ld: no number from its sequence", agency); return 503; }
  unsigned last = (unsigned)next;
  if (next > lanes[lane].max) {
    log_err("agency %ld has used the %u numbers of its %s lane today", agency, lanes[lane].max, lane ? "counter" : "online");
    return 503;
  }
  unsigned seq = lanes[lane].base + last;
  if (dcode_format(code, DCODE_MAX, agency_code, today, seq) != 0) {
    log_err("dossier code for agency %s seq %u", agency_code, seq);
    return 503;
  }
  return 0;
}

/* Appends s to js as it is: 0, or -1 (no memory). */
static int append(STRING *js, const char *s)
{
  NEOERR *err = string_append(js, s);
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

/* Appends s to js as a JSON string literal: 0, or -1 (no memory). */
static int append_quoted(STRING *js, const char *s)
{
  size_t need = json_quote(NULL, 0, s);
  char *q = malloc(need + 1);
  if (!q) return -1;
  json_quote(q, need + 1, s);
  int rc = append(js, q);
  free(q);
  return rc;
}

/* The procedure's answers as one JSON value, [[name, value], ...]; js left
 * empty (NULL: no row) when it has none. 0, or -1 (no memory). */
static int values_json(struct req *r, STRING *js)
{
  int n = 0;
  for (HDF *f = hdf_get_child(r->hdf, "Page.pfields"); f; f = hdf_obj_next(f)) {
    const char *name = hdf_get_value(f, "name", "");
    const char *v = hdf_get_valuef(r->hdf, "%s.f_%s", K_FORM, name);
    if (!v || !*v) continue;
    if (append(js, n++ ? ",[" : "[[") != 0 || append_quoted(js, name) != 0 || append(js, ",") != 0 ||
        append_quoted(js, v) != 0 || append(js, "]") != 0)
      return -1;
  }
  return n ? append(js, "]") : 0;
}

/* The files as one JSON value, [[doc_pos, filename, mime, size, sha256], ...];
 * js left empty (NULL: no row) when there are none. 0, or -1. */
static int files_json(const struct intake *in, STRING *js)
{
  for (int i = 0; i < in->nfiles; i++) {
    const struct upload *u = &in->files[i];
    char pos[24], size[24];
    snprintf(pos, sizeof pos, "%s%d,", i ? ",[" : "[[", u->pos);
    snprintf(size, sizeof size, ",%ld,", u->size);
    if (!u->mime || append(js, pos) != 0 || append_quoted(js, u->name) != 0 || append(js, ",") != 0 ||
        append_quoted(js, u->mime) != 0 || append(js, size) != 0 || append_quoted(js, u->sha) != 0 || append(js, "]") != 0)
      return -1;
  }
  return in->nfiles ? append(js, "]") : 0;
}

/* Writes the dossier: numbered by the receiving agency, routed to the
 * competent one, with its values, files, first event and (at a counter or
 * an agent's) the audit row. Online, and online through an agent: the
 * competent agency receives it, status new until it accepts. At a counter
 * (any point, whatever the citizen's ward): the point receives it at once.
 * On paper by post: new, held by the post office until a consignment
 * carries it to the competent agency. 303, or 503. */
static int intake_write(struct req *r, const struct intake *in)
{
  int counter = in->ch == INTAKE_COUNTER, postal = in->ch == INTAKE_POSTAL;
  struct cal_rules rules;
  if (calendar_rules(&rules) != 0) return 503;
  if (!in->proc.has_limit) { log_err("procedure %s has no time limit in force", in->proc.code); return 500; }
  long limit = in->proc.green ? in->proc.green_days : in->proc.days;
  int32_t today = (int32_t)(r->now / 1440);
  char day_s[16], now_s[24], due_s[24], code[DCODE_MAX], masked[160];
  cal_format_sql(day_s, sizeof day_s, (int64_t)today * 1440);
  day_s[10] = '\0';
  cal_format_sql(now_s, sizeof now_s, r->now);
  cal_format_sql(due_s, sizeof due_s, cal_due(&rules, r->now, (int)limit, cal_unit_parse(in->proc.unit)));
  long receiver = counter ? r->user_unit : in->agency;
  long holder = in->refusing ? receiver : postal ? r->user_unit : in->agency;
  /* Online from anywhere: counted against the applicant's number and this
   * client at this agency (agents and counters are signed in and audited). */
  int st = in->ch == INTAKE_ONLINE ? quota_dossier(r, in->idnumber, in->agency) : 0;
  if (!st) st = number(in->ch, receiver, day_s, today, code);
  if (st) return st;
  if (mask_name(in->name, masked, sizeof masked) != 0) return 500;
  /* The one place personal data comes in: sealed before it is written. */
  static struct privacy_sealed p;
  const struct privacy_clear clear = { in->idnumber, in->birth, in->phone, in->email, in->address };
  if (privacy_seal(code, &clear, &p) != 0) return 500;
  const char *status = in->refusing ? "not_received" : counter ? "received" : "new";
  unsigned long long did = 0;
  long n = db_exec(DB_Q(DOSSIER_INSERT, code, in->proc.id, receiver, in->agency, receiver,
                        channel_name[in->ch], status, in->proc.green, limit, in->proc.unit, in->name,
                        masked, p.id_number, p.id_last4, p.birth_date, p.phone, p.phone_tag, p.email,
                        p.address, in->return_method, now_s, now_s, in->refusing ? now_s : due_s, r->fid,
                        holder, db_id_or_null(counter ? r->user_id : 0), in->missing ? in->missing : ""),
                   &did);
  if (n < 0) {
    if (db_errno() == DB_ER_DUP_ENTRY) {
      /* The same form is being submitted right now by a second click: it
       * won; undo ours and show its dossier. */
      db_rollback();
      if (db_row(DB_Q(DOSSIER_BY_KEY, r->fid), r->hdf, "Page.existing") > 0) return to_existing(r, in->ch);
    }
    return 503;
  }
  if (in->ticket && queue_intake_link(r, in->ticket, (long)did) != 0) return 503;
  /* Its first event and the status page's snapshot (db/020, db/035, db/037), in this same transaction; the names
   * the snapshot shows from the worker's lists (a minute at most, as the form showed them). */
  static struct agency_name rc_name, rs_name, h_name;
  const char *pcode = hdf_get_value(r->hdf, "Page.proc.code", NULL), *pname = hdf_get_value(r->hdf, "Page.proc.name", NULL);
  /* Online at a ward, the three are one agency: looked up once. */
  const struct agency_name *rs = in->agency == receiver ? &rc_name : &rs_name,
                           *h = holder == receiver ? &rc_name : holder == in->agency ? rs : &h_name;
  if (!pcode || !pname || refdata_agency_name(receiver, &rc_name) != 1 ||
      (rs == &rs_name && refdata_agency_name(in->agency, &rs_name) != 1) ||
      (h == &h_name && refdata_agency_name(holder, &h_name) != 1)) {
    log_err("dossier %s: its names in the snapshot", code);
    return 503;
  }
  /* Its answers and files in the same CALL (db/037): one round trip. */
  STRING vals, files;
  string_init(&vals);
  string_init(&files);
  long n_call = -1;
  if (values_json(r, &vals) == 0 && files_json(in, &files) == 0)
    n_call = db_exec(DB_Q(INTAKE_PARTS, (long)did, now_s, status, holder, in->missing ? in->missing : "", pcode, pname,
                          rc_name.name, rc_name.address, rs->name, h->name, (const char *)vals.buf,
                          (const char *)files.buf), NULL);
  string_clear(&vals);
  string_clear(&files);
  if (n_call < 0) return 503;
  /* The dashboard's running totals, in this same transaction. */
  if (stats_event((long)did, status, now_s) != 0) return 503;
  if (counter && audit_write(r, in->refusing ? "refuse_receive" : "receive", (long)did, code) != 0) return 503;
  if (by_agent(in->ch)) {
    if ((st = agent_write(r, in->ch, &in->agent, (long)did, code)) != 0) return st;
    return link_redirect(r, LINK_AGENT_CASE, code);
  }
  return link_redirect(r, in->refusing ? LINK_SLIP : LINK_RECEIPT, code);
}

static struct intake in;   /* large (the files): one per worker, cleared per request */

static int post(struct req *r, enum intake_channel ch, const char *code);

int intake_post(struct req *r, enum intake_channel ch, const char *code)
{
  memset(&in, 0, sizeof in);
  int st = post(r, ch, code);
  /* A double click whose twin committed while this one was being read:
   * the form's staged files went with that commit (upload.c), so this one
   * found them gone. One form, one dossier: that dossier's receipt. */
  if (st == 422 && r->idempotent && db_row(DB_Q(DOSSIER_BY_KEY, r->fid), r->hdf, "Page.existing") > 0)
    return to_existing(r, ch);
  /* Anything but the receipt shows the form again: with its wards. */
  if (st != 303 && in.proc.id && form_show_wards(&in.proc) != 0) return 503;
  return st;
}

static int post(struct req *r, enum intake_channel ch, const char *code)
{
  in.ch = ch;
  int st = form_load(r, ch, code, &in.proc);
  if (st != 200) return st;
  if (by_agent(ch) && (st = agent_form(r, ch)) != 0) return st;
  if (by_agent(ch) && r->val[IN_SAVE]) return agent_draft_save(r, ch, code);
  /* Double click, browser retry, back-and-resubmit: the form id was
   * checked by the dispatcher; if it already made a dossier, show that one. */
  if (db_row(DB_Q(DOSSIER_BY_KEY, r->fid), r->hdf, "Page.existing") > 0) return to_existing(r, ch);
  r->idempotent = 1;   /* what follows is keyed by the form id: the dossier's submit_key */
  int32_t today = (int32_t)(r->now / 1440);
  read_applicant(r, &in, today);
  if ((st = read_agency(r, &in)) != 0) return st;
  /* At the counter the officer checks the papers with the citizen and may,
   * in the same form, refuse to receive an incomplete dossier: who it is
   * and a written list of everything missing (asked for once) are enough,
   * and the slip prints at once. Nothing is routed; the dossier is kept as
   * "not received" at this point, for the record and the register. */
  in.refusing = ch == INTAKE_COUNTER && r->val[IN_REFUSE] != NULL;
  if (in.refusing) {
    in.missing = form_text(r, "thieu", r->val[IN_MISSING], 1000, 1, 1);
  } else if (ch != INTAKE_POSTAL) {
    const char *declare = form_keep(r, "cam_doan", r->val[IN_DECLARE], 0);
    if (!declare || strcmp(declare, "1") != 0) app_error(r, "cam_doan", "Lang.err.declare");
    form_check_pfields(r, today);
    in.nfiles = form_check_files(r, in.files, FORM_MAX_DOCS);
  }
  /* Through an agent: the citizen's consent, who was present, the fees;
   * on paper, the documents counted against the published list (the
   * declaration and the procedure's own answers are on the paper form). */
  if (by_agent(ch)) agent_read(r, ch, in.return_method, &in.agent);
  in.ticket = ch == INTAKE_COUNTER ? r->id[IN_TICKET] : 0;
  if (in.ticket && queue_intake_check(r, in.ticket, 1) < 0) return 503;
  if (hdf_get_obj(r->hdf, K_ERRORS)) return 422;
  return intake_write(r, &in);
}
