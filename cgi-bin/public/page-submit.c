/* page-submit.c: the online submission form: validate everything, then write the dossier in one transaction. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "rules/cal.h"
#include "core/db.h"
#include "rules/dcode.h"
#include "core/log.h"
#include "rules/mask.h"
#include "public/public.h"
#include "domain/calendar.h"
#include "domain/audit.h"
#include "rules/sniff.h"
#include "rules/token.h"
#include "domain/upload.h"
#include "rules/valid.h"

#define MAX_TOTAL (20L * 1024 * 1024)
#define MAX_DOCS 20
#define MAX_PFIELDS 16

static const char *q(struct req *r, const char *name)
{
  char key[96];
  snprintf(key, sizeof key, "Query.%s", name);
  return hdf_get_value(r->hdf, key, NULL);
}

/* Keeps what the citizen typed (squeezed) so the form comes back filled
 * in; returns the kept value, or NULL when absent or not valid UTF-8. */
static const char *keep(struct req *r, const char *name, int multiline)
{
  const char *v = q(r, name);
  if (!v) return NULL;
  if (!valid_utf8(v, strlen(v))) { app_error(r, name, "Lang.err.encoding"); return NULL; }
  char *copy = strdup(v);
  if (!copy) return NULL;
  if (!multiline) valid_squeeze(copy);
  else {
    /* trim only the ends of a multi-line answer */
    size_t n = strlen(copy);
    while (n && (copy[n - 1] == ' ' || copy[n - 1] == '\n' || copy[n - 1] == '\r' || copy[n - 1] == '\t')) copy[--n] = '\0';
  }
  char key[96];
  snprintf(key, sizeof key, "%s.%s", K_FORM, name);
  if (hdf_set_buf(r->hdf, key, copy) != STATUS_OK) return NULL;
  return hdf_get_value(r->hdf, key, NULL);
}

static const char *need_text(struct req *r, const char *name, size_t max, int multiline, int required)
{
  const char *v = keep(r, name, multiline);
  if (hdf_get_obj(r->hdf, "Page.errors") && hdf_get_valuef(r->hdf, "%s.%s", K_ERRORS, name)) return NULL;
  if (!v || !*v) {
    if (required) app_error(r, name, "Lang.err.required");
    return NULL;
  }
  if (valid_utf8_chars(v) > max) { app_error(r, name, "Lang.err.too_long"); return NULL; }
  if (!valid_text(v, max, multiline)) { app_error(r, name, "Lang.err.text"); return NULL; }
  return v;
}

/* --- the procedure's own fields (data from proc_field) ---------------- */

static int option_ok(const char *options, const char *v)
{
  size_t n = strlen(v);
  for (const char *p = options; *p;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len == n && strncmp(p, v, n) == 0) return 1;
    if (!bar) break;
    p = bar + 1;
  }
  return 0;
}

static void check_pfields(struct req *r, int32_t today)
{
  for (HDF *f = hdf_get_child(r->hdf, "Page.pfields"); f; f = hdf_obj_next(f)) {
    const char *fname = hdf_get_value(f, "name", "");
    const char *kind = hdf_get_value(f, "kind", "text");
    int required = hdf_get_int_value(f, "required", 0);
    int max = hdf_get_int_value(f, "max_len", 200);
    char name[64];
    snprintf(name, sizeof name, "f_%s", fname);
    const char *v = need_text(r, name, (size_t)max, strcmp(kind, "textarea") == 0, required);
    if (!v) continue;
    if (strcmp(kind, "date") == 0) {
      int32_t d;
      if (cal_parse_date(v, &d) != 0) app_error(r, name, "Lang.err.date");
      else if (d > today + 366 * 10) app_error(r, name, "Lang.err.date");
    } else if (strcmp(kind, "number") == 0) {
      long n;
      if (!valid_int(v, 0, 1000000000L, &n)) app_error(r, name, "Lang.err.number");
    } else if (strcmp(kind, "select") == 0) {
      if (!option_ok(hdf_get_value(f, "options", ""), v)) app_error(r, name, "Lang.err.option");
    } else if (strcmp(kind, "idnumber") == 0) {
      if (!valid_idnumber(v)) app_error(r, name, "Lang.err.idnumber");
    }
  }
}

/* --- attachments ------------------------------------------------------ */

static int check_files(struct req *r, struct upload *ups, int *nups)
{
  long total = 0;
  *nups = 0;
  for (HDF *d = hdf_get_child(r->hdf, "Page.docs"); d && *nups < MAX_DOCS; d = hdf_obj_next(d)) {
    int pos = hdf_get_int_value(d, "pos", 0);
    int required = hdf_get_int_value(d, "required", 0);
    char field[32], keepkey[32];
    snprintf(field, sizeof field, "tep_%d", pos);
    snprintf(keepkey, sizeof keepkey, "giu_%d", pos);
    struct upload *u = &ups[*nups];
    memset(u, 0, sizeof *u);
    u->pos = pos;
    const char *err = NULL;
    FILE *fp = cgi_filehandle(r->cgi, field);
    if (fp) err = upload_store(fp, u);
    const char *kept_sha = q(r, keepkey);
    if (!err && !u->size && kept_sha && *kept_sha) {
      err = upload_kept(kept_sha, u);
    }
    if (err) { app_error(r, field, err); continue; }
    if (!u->size) {
      if (required) app_error(r, field, "Lang.err.file_required");
      continue;
    }
    const char *ext = strcmp(u->mime, "application/pdf") == 0 ? "pdf" : strcmp(u->mime, "image/png") == 0 ? "png" : "jpg";
    const char *raw = fp ? q(r, field) : hdf_get_valuef(r->hdf, "Query.ten_%d", pos);
    upload_clean_name(raw, ext, pos, u->name, sizeof u->name);
    total += u->size;
    /* Remember it for a re-shown form. */
    NEOERR *e1 = hdf_set_valuef(r->hdf, "Page.kept.%d.sha=%s", pos, u->sha);
    NEOERR *e2 = hdf_set_valuef(r->hdf, "Page.kept.%d.name=%s", pos, u->name);
    nerr_ignore(&e1);
    nerr_ignore(&e2);
    (*nups)++;
  }
  if (total > MAX_TOTAL) { app_error(r, "tep", "Lang.err.files_total"); return -1; }
  return 0;
}

/* --- the form --------------------------------------------------------- */

/* A select field's options ("a|b|c") as Page.options.<field>.N for the template. */
static int split_options(struct req *r)
{
  for (HDF *f = hdf_get_child(r->hdf, "Page.pfields"); f; f = hdf_obj_next(f)) {
    if (strcmp(hdf_get_value(f, "kind", ""), "select") != 0) continue;
    const char *opts = hdf_get_value(f, "options", "");
    const char *fname = hdf_get_value(f, "name", "");
    int i = 0;
    for (const char *p = opts; *p; i++) {
      const char *bar = strchr(p, '|');
      size_t len = bar ? (size_t)(bar - p) : strlen(p);
      char key[128], *v = strndup(p, len);
      snprintf(key, sizeof key, "Page.options.%s.%d", fname, i);
      if (!v || hdf_set_buf(r->hdf, key, v) != STATUS_OK) return -1;
      if (!bar) break;
      p = bar + 1;
    }
  }
  return 0;
}

/* The same form serves the citizen online (/nop-ho-so) and the counter
 * officer receiving on the citizen's behalf (/can-bo/tiep-nhan): the
 * signed-in account makes the difference. */
static int at_counter(const struct req *r)
{
  return r->user_id != 0;
}

static int load_form(struct req *r)
{
  int st = catalogue_load(r, r->segment, 1);
  if (st != 200) return st;
  NEOERR *err = hdf_set_valuef(r->hdf, "Page.action=%s/%s", at_counter(r) ? "/can-bo/tiep-nhan" : "/nop-ho-so", r->segment);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.counter", at_counter(r));
  if (err) { nerr_ignore(&err); return 500; }
  if (split_options(r) != 0) return 500;
  if (strcmp(hdf_get_value(r->hdf, "Page.proc.level", ""), "ward") == 0 &&
      db_rows(SQL_WARDS, r->hdf, "Page.wards", DB_NOARGS) < 0)
    return 503;
  return 200;
}

/* GET /nop-ho-so/{code}  — the empty form (the dispatcher adds the CSRF token). */
int page_submit_form(struct req *r)
{
  int st = load_form(r);
  if (st != 200) return st;
  NEOERR *err = hdf_set_value(r->hdf, K_FORM ".nhan_ket_qua", "counter");
  nerr_ignore(&err);
  return 200;
}

static int ward_listed(struct req *r, const char *id)
{
  for (HDF *w = hdf_get_child(r->hdf, "Page.wards"); w; w = hdf_obj_next(w))
    if (strcmp(hdf_get_value(w, "id", ""), id) == 0) return 1;
  return 0;
}

/* 303 to a dossier's receipt, with its token. */
static int to_receipt(struct req *r, const char *code)
{
  char tok[TOKEN_LEN + 1];
  token_for(app_key, code, tok);
  return app_redirect(r, "/ho-so/%s/bien-nhan?k=%s", code, tok);
}

/* The same form again: its dossier's receipt, or its refusal slip. */
static int to_existing(struct req *r)
{
  const char *code = hdf_get_value(r->hdf, "Page.existing.code", "");
  if (at_counter(r) && strcmp(hdf_get_value(r->hdf, "Page.existing.status", ""), "not_received") == 0)
    return app_redirect(r, "/can-bo/ho-so/%s/phieu-tu-choi", code);
  return to_receipt(r, code);
}

/* POST /nop-ho-so/{code}  — fields: the applicant's (ho_ten, so_dinh_danh,
 * ngay_sinh, dien_thoai, email, dia_chi), co_quan (ward id, ward-level
 * procedures), nhan_ket_qua, cam_doan, f_<name> per procedure field,
 * tep_<pos> per document (giu_<pos>: a file kept from an earlier attempt).
 * Outcomes: 303 to the receipt (also for a form already submitted: one
 * form, one dossier); 422 with messages next to the fields; 404. */
int page_submit_post(struct req *r)
{
  int st = load_form(r);
  if (st != 200) return st;

  /* Double click, browser retry, back-and-resubmit: the form id was
   * checked by the dispatcher; if it already made a dossier, show that one. */
  if (db_row(SQL_DOSSIER_BY_KEY, r->hdf, "Page.existing", DB_ARGS(r->fid)) > 0) {
    return to_existing(r);
  }

  int32_t today = (int32_t)(r->now / 1440);
  const char *name = need_text(r, "ho_ten", 100, 0, 1);
  if (name && !valid_person_name(name)) { app_error(r, "ho_ten", "Lang.err.name"); name = NULL; }
  const char *idn = need_text(r, "so_dinh_danh", 12, 0, 1);
  if (idn && !valid_idnumber(idn)) { app_error(r, "so_dinh_danh", "Lang.err.idnumber"); idn = NULL; }
  const char *birth = need_text(r, "ngay_sinh", 10, 0, 1);
  int32_t bday = 0;
  if (birth && cal_parse_date(birth, &bday) != 0) { app_error(r, "ngay_sinh", "Lang.err.date"); birth = NULL; }
  else if (birth && (bday > today || bday < today - 366 * 130)) { app_error(r, "ngay_sinh", "Lang.err.birth_range"); birth = NULL; }
  if (idn && birth) {
    int by, bm, bd;
    cal_civil_from_days(bday, &by, &bm, &bd);
    if (!valid_idnumber_matches_birth(idn, by)) app_error(r, "so_dinh_danh", "Lang.err.id_birth");
  }
  const char *phone_raw = need_text(r, "dien_thoai", 20, 0, 1);
  char phone[16] = "";
  if (phone_raw && !valid_phone(phone_raw, phone, sizeof phone)) app_error(r, "dien_thoai", "Lang.err.phone");
  const char *email = need_text(r, "email", 120, 0, 0);
  if (email && !valid_email(email)) app_error(r, "email", "Lang.err.email");
  const char *addr = need_text(r, "dia_chi", 300, 0, 1);
  const char *method = need_text(r, "nhan_ket_qua", 20, 0, 1);
  if (method && strcmp(method, "counter") && strcmp(method, "post") && strcmp(method, "electronic")) {
    app_error(r, "nhan_ket_qua", "Lang.err.option");
    method = NULL;
  }
  const char *agency_id = NULL;
  int ward_level = strcmp(hdf_get_value(r->hdf, "Page.proc.level", ""), "ward") == 0;
  if (ward_level) {
    agency_id = need_text(r, "co_quan", 10, 0, 1);
    if (agency_id && !ward_listed(r, agency_id)) { app_error(r, "co_quan", "Lang.err.agency"); agency_id = NULL; }
  } else {
    agency_id = hdf_get_value(r->hdf, "Page.proc.resolver_id", NULL);
    if (!agency_id) { log_err("procedure %s has no resolver", r->segment); return 500; }
  }
  /* At the counter the officer checks the papers with the citizen and may,
   * in the same form, refuse to receive an incomplete dossier: who it is
   * and a written list of everything missing (asked for once) are enough,
   * and the slip prints at once. Nothing is routed; the dossier is kept as
   * "not received" at this point, for the record and the register. */
  int refusing = at_counter(r) && q(r, "tu_choi") != NULL;
  const char *missing = refusing ? need_text(r, "thieu", 1000, 1, 1) : NULL;
  struct upload ups[MAX_DOCS];
  int nups = 0;
  if (!refusing) {
    const char *declare = keep(r, "cam_doan", 0);
    if (!declare || strcmp(declare, "1") != 0) app_error(r, "cam_doan", "Lang.err.declare");
    check_pfields(r, today);
    check_files(r, ups, &nups);
  }

  if (hdf_get_obj(r->hdf, K_ERRORS)) return 422;

  /* --- everything is valid: compute, then write -------------------- */
  char unit_s[24];
  snprintf(unit_s, sizeof unit_s, "%ld", r->user_unit);
  if (db_row(SQL_AGENCY_GET, r->hdf, "Page.agency", DB_ARGS(at_counter(r) ? unit_s : agency_id)) != 1) return 503;
  const char *agency_code = hdf_get_value(r->hdf, "Page.agency.code", "");

  struct cal_rules rules;
  if (calendar_rules(&rules) != 0) return 503;
  int days = hdf_get_int_value(r->hdf, "Page.proc.days", -1);
  int green_days = hdf_get_int_value(r->hdf, "Page.proc.green_days", -1);
  const char *unit = hdf_get_value(r->hdf, "Page.proc.unit", "working");
  if (days < 0) { log_err("procedure %s has no time limit in force", r->segment); return 500; }
  int green = green_days >= 0;
  int limit = green ? green_days : days;
  int64_t due = cal_due(&rules, r->now, limit, cal_unit_parse(unit));

  char day_s[16], now_s[24], due_s[24];
  int y, mo, d;
  cal_civil_from_days(today, &y, &mo, &d);
  snprintf(day_s, sizeof day_s, "%04d-%02d-%02d", y, mo, d);
  cal_format_sql(now_s, sizeof now_s, r->now);
  cal_format_sql(due_s, sizeof due_s, due);

  const char *seq_agency = at_counter(r) ? unit_s : agency_id;
  if (db_exec(SQL_SEQ_BUMP, DB_ARGS(seq_agency, day_s), NULL) < 0) return 503;
  if (db_row(SQL_SEQ_GET, r->hdf, "Page.seq", DB_ARGS(seq_agency, day_s)) != 1) return 503;
  unsigned seq = (unsigned)hdf_get_int_value(r->hdf, "Page.seq.last", 0);
  char code[DCODE_MAX];
  if (dcode_format(code, sizeof code, agency_code, today, seq) != 0) {
    log_err("dossier code for agency %s seq %u", agency_code, seq);
    return 503; /* more than 9,999 dossiers in a day at one agency */
  }
  char masked[160];
  if (mask_name(name, masked, sizeof masked) != 0) return 500;
  /* Online: received by the competent agency itself, status new until it
   * accepts. At a counter (any reception point, whatever the citizen's
   * ward): the point receives (its code starts the dossier code), the
   * dossier is received at once and routed to the competent agency. */
  char point_s[24], officer_s[24];
  snprintf(point_s, sizeof point_s, "%ld", r->user_unit);
  snprintf(officer_s, sizeof officer_s, "%ld", r->user_id);
  const char *receiver = at_counter(r) ? point_s : agency_id;
  char limit_s[16];
  snprintf(limit_s, sizeof limit_s, "%d", limit);
  const char *proc_id = hdf_get_value(r->hdf, "Page.proc.id", "");
  const char *resolver = agency_id;

  const char *status = refusing ? "not_received" : at_counter(r) ? "received" : "new";
  unsigned long long did = 0;
  long n = db_exec(SQL_DOSSIER_INSERT,
                   DB_ARGS(code, proc_id, receiver, resolver, receiver, at_counter(r) ? "in_person" : "online",
                           status, green ? "1" : "0", limit_s, unit, name, masked, idn, idn + 8, birth,
                           phone, email ? email : "", addr, method, now_s, now_s, refusing ? now_s : due_s, r->fid,
                           refusing ? receiver : resolver, at_counter(r) ? officer_s : NULL,
                           missing ? missing : ""),
                   &did);
  if (n < 0) {
    if (db_errno() == DB_ER_DUP_ENTRY) {
      /* The same form is being submitted right now by a second click: it
       * won; undo ours and show its dossier. */
      db_rollback();
      if (db_row(SQL_DOSSIER_BY_KEY, r->hdf, "Page.existing", DB_ARGS(r->fid)) > 0)
        return to_existing(r);
    }
    return 503;
  }
  char did_s[24];
  snprintf(did_s, sizeof did_s, "%llu", did);
  for (HDF *f = hdf_get_child(r->hdf, "Page.pfields"); f; f = hdf_obj_next(f)) {
    char key[96];
    snprintf(key, sizeof key, "%s.f_%s", K_FORM, hdf_get_value(f, "name", ""));
    const char *v = hdf_get_value(r->hdf, key, NULL);
    if (!v || !*v) continue;
    if (db_exec(SQL_VALUE_INSERT, DB_ARGS(did_s, hdf_get_value(f, "name", ""), v), NULL) < 0) return 503;
  }
  for (int i = 0; i < nups; i++) {
    char pos_s[16], size_s[24];
    snprintf(pos_s, sizeof pos_s, "%d", ups[i].pos);
    snprintf(size_s, sizeof size_s, "%ld", ups[i].size);
    if (db_exec(SQL_ATTACH_INSERT, DB_ARGS(did_s, pos_s, ups[i].name, ups[i].mime, size_s, ups[i].sha), NULL) < 0)
      return 503;
  }
  if (db_exec(SQL_EVENT_INSERT, DB_ARGS(did_s, now_s, status, receiver, missing ? missing : ""), NULL) < 0)
    return 503;
  if (at_counter(r) && audit_write(r, refusing ? "refuse_receive" : "receive", did_s, code) != 0) return 503;
  if (refusing) return app_redirect(r, "/can-bo/ho-so/%s/phieu-tu-choi", code);

  return to_receipt(r, code);
}
