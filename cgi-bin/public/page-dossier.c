/* page-dossier.c: what a receipt's holder sees: the status page, the printable receipt, its PNG, and lookup by code. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gd.h>

#include "core/db.h"
#include "rules/cal.h"
#include "rules/dcode.h"
#include "core/log.h"
#include "public/public.h"
#include "rules/qr.h"
#include "rules/receipt-png.h"
#include "domain/calendar.h"
#include "rules/token.h"
#include "domain/upload.h"

static void status_url(char *buf, size_t n, const char *code, const char *tok, const char *suffix)
{
  snprintf(buf, n, "%s/ho-so/%s%s?k=%s", app_conf("Site.base", ""), code, suffix, tok);
}

int dossier_load(struct req *r, const char *token)
{
  const char *code = r->segment;
  /* The token is checked before the database is asked, in constant time:
   * an unknown code and a wrong token give the same 404. */
  if (!token || !token_check(app_key, code, token)) return 404;
  int n = db_rows(SQL_DOSSIER_VIEW, r->hdf, "Page.events", DB_ARGS(code));
  if (n < 0) return 503;
  if (n == 0) return 404;
  /* Row 0 carries the dossier; every row carries one event (ev_*). */
  HDF *first = hdf_get_obj(r->hdf, "Page.events.0");
  if (!first || hdf_copy(r->hdf, "Page.d", first) != STATUS_OK) return 500;
  static const char *const times[] = { "submitted", "received", "due", "finished", "now", "first_due" };
  for (size_t i = 0; i < sizeof times / sizeof *times; i++) {
    char key[32], dst[32];
    snprintf(key, sizeof key, "Page.d.%s", times[i]);
    snprintf(dst, sizeof dst, "Page.t.%s", times[i]);
    const char *v = hdf_get_value(r->hdf, key, NULL);
    if (v) app_set_datetime(r->hdf, dst, v);
  }
  /* On time? Finished: compare with the appointment; still open: has the
   * appointment passed? (Same "YYYY-MM-DD HH:MM" format: text order is time order.) */
  const char *due = hdf_get_value(r->hdf, "Page.d.due", "");
  const char *fin = hdf_get_value(r->hdf, "Page.d.finished", NULL);
  const char *now = hdf_get_value(r->hdf, "Page.d.now", "");
  /* An apology moves the appointment, not the record: finished after the
   * first appointment is late; still open, it is "extended". */
  const char *first_due = hdf_get_value(r->hdf, "Page.d.first_due", NULL);
  const char *timing = fin ? (strcmp(fin, first_due ? first_due : due) <= 0 ? "on_time" : "late")
                       : strcmp(now, due) > 0 ? "overdue" : first_due ? "extended" : "in_time";
  char url[512], tok[TOKEN_LEN + 1];
  snprintf(tok, sizeof tok, "%s", token);
  NEOERR *err = hdf_set_value(r->hdf, "Page.timing", timing);
  status_url(url, sizeof url, code, tok, "");
  if (!err) err = hdf_set_value(r->hdf, "Page.status_url", url);
  snprintf(url, sizeof url, "/ho-so/%s?k=%s", code, tok);
  if (!err) err = hdf_set_value(r->hdf, "Page.status_path", url);
  snprintf(url, sizeof url, "/ho-so/%s/bien-nhan?k=%s", code, tok);
  if (!err) err = hdf_set_value(r->hdf, "Page.receipt_path", url);
  snprintf(url, sizeof url, "/ho-so/%s/bien-nhan.png?k=%s", code, tok);
  if (!err) err = hdf_set_value(r->hdf, "Page.png_path", url);
  snprintf(url, sizeof url, "%s/tra-cuu", app_conf("Site.base", ""));
  if (!err) err = hdf_set_value(r->hdf, "Page.lookup_url", url);
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}

/* What the unit asked the citizen to supplement: the note of the latest
 * supplement_requested event, as Page.request. */
static int set_request(struct req *r)
{
  const char *note = app_last_match(hdf_get_obj(r->hdf, "Page.events"), "ev_status", "supplement_requested", "ev_note");
  if (note) {
    NEOERR *err = hdf_set_value(r->hdf, "Page.request", note);
    if (err) { nerr_ignore(&err); return 500; }
  }
  return 200;
}

/* GET /ho-so/{code}?k={token}  — status, timeline, on-time indicator. Shows
 * the applicant only as a masked name. 404 for unknown code or wrong token. */
int page_dossier_status(struct req *r)
{
  int st = dossier_load(r, r->val[0]);
  if (st) return st;
  for (HDF *e = hdf_get_child(r->hdf, "Page.events"); e; e = hdf_obj_next(e)) {
    const char *at = hdf_get_value(e, "ev_at", NULL);
    if (at) app_set_datetime(e, "t", at);
  }
  /* Why it stopped (refused, withdrawn, not received): the note of the
   * event that put it in its present status. */
  const char *reason = app_last_match(hdf_get_obj(r->hdf, "Page.events"), "ev_status",
                                      hdf_get_value(r->hdf, "Page.d.status", ""), "ev_note");
  NEOERR *err = hdf_set_value(r->hdf, "Page.reason", reason ? reason : "");
  if (err) { nerr_ignore(&err); return 500; }
  /* A signed apology (form 04): its reason and the new appointment. */
  if (db_row(SQL_PUBLIC_APOLOGY, r->hdf, "Page.ap", DB_ARGS(hdf_get_value(r->hdf, "Page.d.id", ""))) < 0) return 503;
  const char *nd = hdf_get_value(r->hdf, "Page.ap.new_due", NULL);
  if (nd) app_set_datetime(r->hdf, "Page.ap.t", nd);
  return set_request(r);
}

/* GET /ho-so/{code}/bien-nhan?k={token}  — the receipt (form 01), one A5 page, with the QR inline. */
int page_dossier_receipt(struct req *r)
{
  int st = dossier_load(r, r->val[0]);
  if (st) return st;
  const char *id = hdf_get_value(r->hdf, "Page.d.id", "");
  if (db_rows(SQL_DOSSIER_DOCS, r->hdf, "Page.docs", DB_ARGS(id)) < 0) return 503;
  struct qr q;
  if (qr_make(hdf_get_value(r->hdf, "Page.status_url", ""), &q) != 0) return 500;
  char *svg = NULL;
  size_t len = 0;
  int rc = qr_svg(&q, 4, &svg, &len);
  qr_free(&q);
  if (rc != 0) return 500;
  if (hdf_set_buf(r->hdf, "Page.qr_svg", svg) != STATUS_OK) return 500;
  return 200;
}

static const char *lang(const char *key)
{
  return hdf_get_value(app_global, key, key);
}

static void gd_free_body(void *p)
{
  gdFree(p);
}

/* GET /ho-so/{code}/bien-nhan.png?k={token}  — the same receipt as a PNG to save or share. */
int page_dossier_png(struct req *r)
{
  int st = dossier_load(r, r->val[0]);
  if (st) return st;
  const char *id = hdf_get_value(r->hdf, "Page.d.id", "");
  int ndocs = db_rows(SQL_DOSSIER_DOCS, r->hdf, "Page.docs", DB_ARGS(id));
  if (ndocs < 0) return 503;
  struct receipt_doc docs[32];
  int nd = 0;
  for (HDF *d = hdf_get_child(r->hdf, "Page.docs"); d && nd < 32; d = hdf_obj_next(d), nd++) {
    docs[nd].name = hdf_get_value(d, "name", "");
    docs[nd].copies = hdf_get_value(d, "copies", "");
  }
  char received[96], due[96];
  snprintf(received, sizeof received, "%s %s %s %s, %s %s", hdf_get_value(r->hdf, "Page.t.received.hh", ""),
           lang("Lang.t.hour"), hdf_get_value(r->hdf, "Page.t.received.mm", ""), lang("Lang.t.minute"),
           lang("Lang.t.day"), hdf_get_value(r->hdf, "Page.t.received.date", ""));
  snprintf(due, sizeof due, "%s %s %s %s, %s %s", hdf_get_value(r->hdf, "Page.t.due.hh", ""),
           lang("Lang.t.hour"), hdf_get_value(r->hdf, "Page.t.due.mm", ""), lang("Lang.t.minute"),
           lang("Lang.t.day"), hdf_get_value(r->hdf, "Page.t.due.date", ""));
  char method_key[64], channel_key[64];
  snprintf(method_key, sizeof method_key, "Lang.return.%s", hdf_get_value(r->hdf, "Page.d.return_method", ""));
  snprintf(channel_key, sizeof channel_key, "Lang.channel.%s", hdf_get_value(r->hdf, "Page.d.channel", ""));
  struct receipt rec = {
    .site_name = app_conf("Site.name", lang("Lang.site.name")),
    .agency_name = hdf_get_value(r->hdf, "Page.d.agency_name", ""),
    .point_name = hdf_get_value(r->hdf, "Page.d.point_name", ""),
    .code = hdf_get_value(r->hdf, "Page.d.code", ""),
    .procedure = hdf_get_value(r->hdf, "Page.d.proc_name", ""),
    .applicant = hdf_get_value(r->hdf, "Page.d.name_masked", ""),
    .docs = docs,
    .ndocs = nd,
    .received = received,
    .due = due,
    .return_method = lang(method_key),
    .channel = lang(channel_key),
    .status_url = hdf_get_value(r->hdf, "Page.status_url", ""),
    .lookup_url = hdf_get_value(r->hdf, "Page.lookup_url", ""),
    .font_regular = app_conf("Site.font", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    .font_bold = app_conf("Site.font_bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
  };
  unsigned char *png = NULL;
  int len = 0;
  if (receipt_png(&rec, &png, &len) != 0) return 500;
  r->ctype = "image/png";
  r->body = png;
  r->body_len = (size_t)len;
  r->body_free = gd_free_body;
  return 201; /* a body, not a template */
}

/* GET /tra-cuu?ma={code}&so={last 4 digits}  — without the QR. Found: 303 to
 * the status page; otherwise the same message whether the code is unknown
 * or the digits are wrong. */
int page_dossier_lookup(struct req *r)
{
  const char *raw = r->val[0];
  const char *digits = r->val[1];
  int asked = hdf_get_obj(r->hdf, "Query.ma") || hdf_get_obj(r->hdf, "Query.so");
  if (!asked) return 200;
  char code[64] = "";
  if (raw) {
    size_t n = 0;
    for (const char *p = raw; *p && n + 1 < sizeof code; p++)
      if (*p != ' ') code[n++] = (char)toupper((unsigned char)*p);
    code[n] = '\0';
  }
  NEOERR *err = hdf_set_value(r->hdf, K_FORM ".ma", raw ? raw : hdf_get_value(r->hdf, "Query.ma", ""));
  nerr_ignore(&err);
  err = hdf_set_value(r->hdf, K_FORM ".so", digits ? digits : "");
  nerr_ignore(&err);
  hdf_remove_tree(r->hdf, K_ERRORS);
  int bad = 0;
  if (!code[0] || !dcode_valid(code)) { app_error(r, "ma", "Lang.err.dcode"); bad = 1; }
  if (!digits) { app_error(r, "so", "Lang.err.last4"); bad = 1; }
  if (bad) return 422;
  int n = db_row(SQL_DOSSIER_LOOKUP, r->hdf, "Page.found", DB_ARGS(code, digits));
  if (n < 0) return 503;
  if (n == 0) {
    err = hdf_set_int_value(r->hdf, "Page.notfound", 1);
    nerr_ignore(&err);
    return 200;
  }
  char tok[TOKEN_LEN + 1];
  token_for(app_key, code, tok);
  return app_redirect(r, "/ho-so/%s?k=%s", code, tok);
}

/* GET /ho-so/{code}/ket-qua?k={token}  — the electronic result (PDF), once the unit has attached it. */
int page_dossier_result(struct req *r)
{
  if (!r->val[0] || !token_check(app_key, r->segment, r->val[0])) return 404;
  int n = db_row(SQL_RESULT_GET, r->hdf, "Page.res", DB_ARGS(r->segment));
  if (n < 0) return 503;
  if (n == 0) return 404;
  int rc = upload_read(hdf_get_value(r->hdf, "Page.res.result_sha", ""), &r->body, &r->body_len);
  if (rc) return rc == -1 ? 404 : 500;
  r->ctype = "application/pdf";
  r->body_free = free;
  return 201;
}

/* GET /ho-so/{code}/bo-sung?k={token}  — the upload form for a requested supplement. */
int page_dossier_supplement_form(struct req *r)
{
  int st = dossier_load(r, r->val[0]);
  if (st) return st;
  return set_request(r);
}

/* POST /ho-so/{code}/bo-sung?k={token}  — tep_1..tep_3: the documents asked
 * for (PDF, JPEG, PNG). The dossier goes back to processing through the
 * public_supplement procedure, its time limit counted again from now.
 * 303 to the status page; 422 when no valid file or nothing was asked. */
int page_dossier_supplement(struct req *r)
{
  int st = dossier_load(r, r->val[0]);
  if (st) return st;
  if ((st = set_request(r)) != 200) return st;
  if (strcmp(hdf_get_value(r->hdf, "Page.d.status", ""), "supplement_requested") != 0) {
    app_error(r, "tep_1", "Lang.supplement.not_asked");
    return 422;
  }
  struct upload ups[3];
  int n = 0;
  for (int i = 1; i <= 3; i++) {
    char field[16];
    snprintf(field, sizeof field, "tep_%d", i);
    FILE *fp = cgi_filehandle(r->cgi, field);
    if (!fp) continue;
    memset(&ups[n], 0, sizeof ups[n]);
    const char *bad = upload_store(fp, &ups[n]);
    if (bad) { app_error(r, field, bad); continue; }
    if (!ups[n].size) continue;
    const char *ext = strcmp(ups[n].mime, "application/pdf") == 0 ? "pdf" : strcmp(ups[n].mime, "image/png") == 0 ? "png" : "jpg";
    upload_clean_name(hdf_get_valuef(r->hdf, "Query.%s", field), ext, i, ups[n].name, sizeof ups[n].name);
    n++;
  }
  if (hdf_get_obj(r->hdf, K_ERRORS)) return 422;
  if (n == 0) { app_error(r, "tep_1", "Lang.err.file_required"); return 422; }
  struct cal_rules rules;
  if (calendar_rules(&rules) != 0) return 503;
  int days = hdf_get_int_value(r->hdf, "Page.d.limit_days", 0);
  const char *unit = hdf_get_value(r->hdf, "Page.d.limit_unit", "working");
  char due[24];
  cal_format_sql(due, sizeof due, cal_due(&rules, r->now, days, cal_unit_parse(unit)));
  const char *id = hdf_get_value(r->hdf, "Page.d.id", "");
  for (int i = 0; i < n; i++) {
    char size_s[24];
    snprintf(size_s, sizeof size_s, "%ld", ups[i].size);
    if (db_exec(SQL_ATTACH_INSERT, DB_ARGS(id, "0", ups[i].name, ups[i].mime, size_s, ups[i].sha), NULL) < 0) return 503;
  }
  if (db_exec(SQL_SUPPLEMENT, DB_ARGS(r->segment, due, lang("Lang.supplement.event_note")), NULL) < 0) {
    if (db_errno() == 1644) { app_error(r, "tep_1", "Lang.supplement.not_asked"); return 422; }
    return 503;
  }
  return app_redirect(r, "/ho-so/%s?k=%s", r->segment, r->val[0]);
}
