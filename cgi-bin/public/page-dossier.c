/* page-dossier.c: what a receipt's holder sees through the QR link: the status page, the printable receipt and its PNG. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "core/db.h"
#include "domain/link.h"
#include "domain/procedure.h"
#include "public/public.h"
#include "rules/cal.h"
#include "rules/receipt-png.h"
#include "rules/token.h"

/* The lookup page's address, the same for every dossier: made once per worker; NULL if too long. */
static const char *lookup_url(void)
{
  static char lookup[512];
  if (!lookup[0]) {
    int k = snprintf(lookup, sizeof lookup, "%s/tra-cuu", app_conf("Site.base", ""));
    if (k < 0 || (size_t)k >= sizeof lookup) { lookup[0] = '\0'; return NULL; }
  }
  return lookup;
}

/* The holder's links to this dossier, for the templates. */
static int set_links(struct req *r, const char *code)
{
  static const struct { const char *key; enum link_kind kind; } links[] = {
    { "Page.status_url", LINK_STATUS_FULL }, { "Page.status_path", LINK_STATUS },
    { "Page.receipt_path", LINK_RECEIPT }, { "Page.png_path", LINK_PNG },
  };
  char url[512];
  for (size_t i = 0; i < sizeof links / sizeof *links; i++)
    if (link_dossier(url, sizeof url, links[i].kind, code) != 0 || hdf_set_value(r->hdf, links[i].key, url) != STATUS_OK)
      return -1;
  const char *lookup = lookup_url();
  return lookup && hdf_set_value(r->hdf, "Page.lookup_url", lookup) == STATUS_OK ? 0 : -1;
}

/* On time? Finished: compared with the first appointment (an apology
 * moves the appointment, not the record); still open: overdue, extended
 * or in time. ("YYYY-MM-DD HH:MM": text order is time order.) */
static const char *timing(HDF *d)
{
  const char *due = hdf_get_value(d, "due", ""), *fin = hdf_get_value(d, "finished", NULL);
  const char *first_due = hdf_get_value(d, "first_due", NULL);
  if (fin) return strcmp(fin, first_due ? first_due : due) <= 0 ? "on_time" : "late";
  return strcmp(hdf_get_value(d, "now", ""), due) > 0 ? "overdue" : first_due ? "extended" : "in_time";
}

/* The full read from the record (DOSSIER_VIEW, one row per event): only
 * for a dossier without a snapshot row yet (written before db/020's
 * backfill ran); Page.d, Page.events and Page.ap as from the snapshot. */
static int view_full(struct req *r, const char *code)
{
  int n = db_rows(DB_Q(DOSSIER_VIEW, code), r->hdf, "Page.events");
  if (n <= 0) return n < 0 ? 503 : 404;
  /* Row 0 carries the dossier; every row carries one event (ev_*). */
  HDF *first = hdf_get_obj(r->hdf, "Page.events.0");
  if (!first || hdf_copy(r->hdf, "Page.d", first) != STATUS_OK) return 500;
  for (HDF *e = hdf_get_child(r->hdf, "Page.events"); e; e = hdf_obj_next(e)) {
    const char *at = hdf_get_value(e, "ev_at", NULL);
    if (at) app_set_datetime(e, "t", at);
  }
  /* A signed apology (form 04): its reason and the new appointment. */
  if (db_row(DB_Q(PUBLIC_APOLOGY, hdf_get_int_value(r->hdf, "Page.d.id", 0)), r->hdf, "Page.ap") < 0) return 503;
  return 0;
}

/* One field of a timeline record: up to the separator, into buf. */
static const char *field(const char *p, char sep, char *buf, size_t n)
{
  size_t k = strcspn(p, (const char[]){ sep, '\036', '\0' }), c = k < n ? k : n - 1;
  memcpy(buf, p, c);   /* cut to the buffer, as snprintf would */
  buf[c] = '\0';
  return p[k] == sep ? p + k + 1 : p + k;
}

/* The snapshot's timeline column (db/020: each event "\036at\037status\037agency\037note")
 * as Page.events.N.{ev_at,ev_status,ev_agency,ev_note,t}, as DOSSIER_VIEW gives them. */
static int set_timeline(struct req *r, const char *p)
{
  static char note[16384];
  char at[24], status[40], agency[1024], name[16];
  HDF *events;
  if (hdf_get_node(r->hdf, "Page.events", &events) != STATUS_OK) return -1;
  for (int n = 0; p && *p == '\036'; n++) {
    p = field(p + 1, '\037', at, sizeof at);
    p = field(p, '\037', status, sizeof status);
    p = field(p, '\037', agency, sizeof agency);
    p = field(p, '\037', note, sizeof note);   /* up to the next record's \036, left for the loop */
    if (*p && *p != '\036') p += strcspn(p, "\036");
    HDF *e;
    snprintf(name, sizeof name, "%d", n);
    NEOERR *err = hdf_get_node(events, name, &e);
    if (!err) err = hdf_set_value(e, "ev_at", at);
    if (!err) err = hdf_set_value(e, "ev_status", status);
    if (!err) err = hdf_set_value(e, "ev_agency", agency);
    if (!err) err = hdf_set_value(e, "ev_note", note);
    if (err) { nerr_ignore(&err); return -1; }
    app_set_datetime(e, "t", at);
  }
  return 0;
}

/* The two times the pages show in words (Page.t.received, Page.t.due);
 * the others are compared as text (timing) or shown in the timeline. */
static void shown_times(struct req *r, HDF *d)
{
  const char *v = hdf_get_value(d, "received", NULL);
  if (v) app_set_datetime(r->hdf, "Page.t.received", v);
  v = hdf_get_value(d, "due", NULL);
  if (v) app_set_datetime(r->hdf, "Page.t.due", v);
}

/* The snapshot row's values in the order db/036's status_row joins them,
 * by STATUS_GET's names; times (date) cut to its "YYYY-MM-DD HH:MM". */
static const struct { const char *name; int date; } row_cols[] = {
  { "id", 0 }, { "code", 0 }, { "status", 0 }, { "channel", 0 }, { "name_masked", 0 }, { "green", 0 },
  { "limit_days", 0 }, { "limit_unit", 0 }, { "return_method", 0 }, { "submitted", 1 }, { "received", 1 },
  { "due", 1 }, { "finished", 1 }, { "proc_code", 0 }, { "proc_name", 0 }, { "agency_name", 0 },
  { "point_name", 0 }, { "point_address", 0 }, { "resolver_name", 0 }, { "holder_name", 0 },
  { "has_result", 0 }, { "first_due", 1 }, { "returned_how", 0 }, { "post_tracking", 0 }, { "ap_reason", 0 },
  { "ap_new_due", 1 }, { "timeline", 0 },
};
#define ROW_SEP '\035'
#define ROW_NULL "\032"

/* The snapshot row (STATUS_ROW, one value) as Page.d.*, as STATUS_GET
 * gives it (a NULL left unset). 1 found, 0 none or not as db/036 joins
 * it (then STATUS_GET reads it), -1 on error. */
static int snapshot_row(struct req *r, const char *code)
{
  static char buf[8192];
  char *row, *part[sizeof row_cols / sizeof *row_cols];
  int n = db_text(DB_Q(STATUS_ROW, code), buf, sizeof buf, &row);
  if (n <= 0 || !row) return n < 0 ? -1 : 0;
  size_t k = 0, want = sizeof part / sizeof *part;
  for (char *p = row;;) {
    if (k == want) { k++; break; }   /* more values than columns */
    part[k++] = p;
    if (!(p = strchr(p, ROW_SEP))) break;
    *p++ = '\0';
  }
  HDF *d;
  NEOERR *err = STATUS_OK;
  if (k != want) {
    n = 0;
  } else if ((err = hdf_get_node(r->hdf, "Page.d", &d)) == STATUS_OK) {
    for (size_t i = 0; i < k && !err; i++) {
      if (strcmp(part[i], ROW_NULL) == 0) continue;
      if (row_cols[i].date && strlen(part[i]) > 16) part[i][16] = '\0';
      err = hdf_set_value(d, row_cols[i].name, part[i]);
    }
  }
  if (row != buf) free(row);
  if (err) { nerr_ignore(&err); return -1; }
  return n;
}

/* The dossier as the holder's pages show it: its snapshot (one primary-key
 * read, written with every change: db/020), or the full read. Page.d, the
 * timeline (Page.events), times (Page.t), the signed apology (Page.ap). */
int dossier_view(struct req *r, const char *code)
{
  int n = snapshot_row(r, code);
  if (n == 0) n = db_row(DB_Q(STATUS_GET, code), r->hdf, "Page.d");
  if (n < 0) return 503;
  HDF *d = hdf_get_obj(r->hdf, "Page.d");
  if (n == 0 || !d) {
    int st = view_full(r, code);
    if (st) return st;
    d = hdf_get_obj(r->hdf, "Page.d");
  } else {
    const char *reason = hdf_get_value(d, "ap_reason", NULL), *nd = hdf_get_value(d, "ap_new_due", NULL);
    NEOERR *err = reason ? hdf_set_value(r->hdf, "Page.ap.reason", reason) : STATUS_OK;
    if (!err && nd) err = hdf_set_value(r->hdf, "Page.ap.new_due", nd);
    if (err) { nerr_ignore(&err); return 500; }
    if (set_timeline(r, hdf_get_value(d, "timeline", "")) != 0) return 500;
  }
  /* Now, by this worker's clock (Hanoi time, like the database's). */
  char now[24];
  if (cal_format_sql(now, sizeof now, r->now) != 0) return 500;
  now[16] = '\0';   /* "YYYY-MM-DD HH:MM", as the other times */
  if (hdf_set_value(d, "now", now) != STATUS_OK) return 500;
  shown_times(r, d);
  const char *nd = hdf_get_value(r->hdf, "Page.ap.new_due", NULL);
  if (nd) app_set_datetime(r->hdf, "Page.ap.t", nd);
  return hdf_set_value(r->hdf, "Page.timing", timing(d)) == STATUS_OK ? 0 : 500;
}

/* The token is checked before the database is asked, in constant time:
 * an unknown code and a wrong token give the same 404. */
static int token_ok(const char *code, const char *token)
{
  if (!token || !token_check(app_key, code, token)) return 0;
  link_token_known(code, token);
  return 1;
}

int dossier_load(struct req *r, const char *token)
{
  const char *code = r->segment;
  if (!token_ok(code, token)) return 404;
  int st = dossier_view(r, code);
  if (st) return st;
  return set_links(r, code) == 0 ? 0 : 500;
}

int dossier_status_fill(struct req *r)
{
  /* Why it stopped (refused, withdrawn, not received): the note of the
   * event that put it in its present status; what the unit asked for. */
  HDF *events = hdf_get_obj(r->hdf, "Page.events");
  const char *reason = app_last_match(events, "ev_status", hdf_get_value(r->hdf, "Page.d.status", ""), "ev_note");
  const char *asked = app_last_match(events, "ev_status", "supplement_requested", "ev_note");
  NEOERR *err = hdf_set_value(r->hdf, "Page.reason", reason ? reason : "");
  if (!err && asked) err = hdf_set_value(r->hdf, "Page.request", asked);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* GET /ho-so/{code}?k={token}  — status, timeline, on-time indicator. Shows
 * the applicant only as a masked name. 404 for unknown code or wrong token. */
int page_dossier_status(struct req *r)
{
  int st = dossier_load(r, r->val[IN_K]);
  return st ? st : dossier_status_fill(r);
}

/* Submitted through a post-office agent (channel agent or postal: only
 * those dossiers have an agent's record, intake.c by_agent): the receipt
 * names him and his office (Page.agent). Any other asks nothing more. */
static int receipt_agent(struct req *r)
{
  HDF *d = hdf_get_obj(r->hdf, "Page.d");
  const char *ch = hdf_get_value(d, "channel", "");
  if (strcmp(ch, "agent") != 0 && strcmp(ch, "postal") != 0) return 0;
  return db_row(DB_Q(RECEIPT_AGENT, hdf_get_int_value(d, "id", 0)), r->hdf, "Page.agent") < 0 ? -1 : 0;
}

/* GET /ho-so/{code}/bien-nhan?k={token}  — the receipt (form 01), one A5 page, with the QR inline. */
int page_dossier_receipt(struct req *r)
{
  int st = dossier_load(r, r->val[IN_K]);
  if (st) return st;
  if (db_rows(DB_Q(DOSSIER_DOCS, hdf_get_int_value(r->hdf, "Page.d.id", 0)), r->hdf, "Page.docs") < 0) return 503;
  if (receipt_agent(r) != 0) return 503;
  return link_qr(r, hdf_get_value(r->hdf, "Page.status_url", ""), "Page.qr_svg") == 0 ? 200 : 500;
}

static void free_body(void *p)
{
  free(p);
}

/* "09 giờ 30 phút, ngày 24/11/2025" from Page.t.<which>. */
static void spoken_time(struct req *r, const char *which, char *out, size_t n)
{
  HDF *t = hdf_get_obj(hdf_get_obj(r->hdf, "Page.t"), which);
  snprintf(out, n, "%s %s %s %s, %s %s", hdf_get_value(t, "hh", ""), app_lang("Lang.t.hour"),
           hdf_get_value(t, "mm", ""), app_lang("Lang.t.minute"), app_lang("Lang.t.day"), hdf_get_value(t, "date", ""));
}

/* The receipt's documents (at most max) from a list of them (N.{pos, name,
 * copies}): all, or (bits not negative) those whose bit is set. */
static int png_docs(HDF *list, long long bits, struct receipt_doc *docs, int max)
{
  int n = 0;
  for (HDF *d = hdf_obj_child(list); d && n < max; d = hdf_obj_next(d)) {
    int pos = hdf_get_int_value(d, "pos", -1);
    if (bits >= 0 && (pos < 0 || pos > 62 || !(bits >> pos & 1))) continue;
    docs[n].name = hdf_get_value(d, "name", "");
    docs[n].copies = hdf_get_value(d, "copies", "");
    n++;
  }
  return n;
}

/* GET /ho-so/{code}/bien-nhan.png?k={token}  — the same receipt as a PNG to
 * save or share. One read (RECEIPT_GET: the snapshot, which documents have
 * files; their names from the procedure kept per worker); a dossier without
 * a snapshot, or with a document past position 62, as the HTML receipt. */
int page_dossier_png(struct req *r)
{
  const char *code = r->segment;
  if (!token_ok(code, r->val[IN_K])) return 404;
  int n = db_row(DB_Q(RECEIPT_GET, code), r->hdf, "Page.d");
  if (n < 0) return 503;
  const char *b = n ? hdf_get_value(r->hdf, "Page.d.doc_bits", NULL) : NULL;
  long long bits = b ? strtoll(b, NULL, 10) : -1;
  if (n == 0) {
    int st = dossier_view(r, code);
    if (st) return st;
  } else {
    shown_times(r, hdf_get_obj(r->hdf, "Page.d"));
  }
  char status_url[512];
  const char *lookup = lookup_url();
  if (!lookup || link_dossier(status_url, sizeof status_url, LINK_STATUS_FULL, code) != 0) return 500;
  /* The procedure's documents, kept per worker (read now if need be); else the dossier's own read. */
  HDF *list = NULL;
  if (bits >= 0 && procedure_docs(hdf_get_value(r->hdf, "Page.d.proc_code", ""), &list) != 0) bits = -1;
  if (bits < 0) {
    if (db_rows(DB_Q(DOSSIER_DOCS, hdf_get_int_value(r->hdf, "Page.d.id", 0)), r->hdf, "Page.docs") < 0) return 503;
    list = hdf_get_obj(r->hdf, "Page.docs");
  }
  struct receipt_doc docs[32];
  int nd = png_docs(list, bits, docs, 32);
  char received[96], due[96], method_key[64], channel_key[64];
  spoken_time(r, "received", received, sizeof received);
  spoken_time(r, "due", due, sizeof due);
  HDF *d = hdf_get_obj(r->hdf, "Page.d");
  snprintf(method_key, sizeof method_key, "Lang.return.%s", hdf_get_value(d, "return_method", ""));
  snprintf(channel_key, sizeof channel_key, "Lang.channel.%s", hdf_get_value(d, "channel", ""));
  /* Submitted through an agent: the receipt names him and his post office. */
  char channel[512];
  if (receipt_agent(r) != 0) return 503;
  snprintf(channel, sizeof channel, "%s%s%s%s%s", app_lang(channel_key), hdf_get_obj(r->hdf, "Page.agent") ? " — " : "",
           hdf_get_value(r->hdf, "Page.agent.agent_name", ""), hdf_get_obj(r->hdf, "Page.agent") ? ", " : "",
           hdf_get_value(r->hdf, "Page.agent.office_name", ""));
#define L(k) app_lang("Lang." k)
  struct receipt rec = {
    .l = { L("receipt.nation"), L("receipt.motto"), L("receipt.heading"), L("dossier.code"), L("receipt.from"),
           L("dossier.procedure"), L("dossier.point"), L("dossier.channel"), L("receipt.docs"), L("dossier.received"),
           L("dossier.due"), L("dossier.return"), L("receipt.scan"), L("receipt.lookup"), L("receipt.lookup2") },
#undef L
    .site_name = app_conf("Site.name", app_lang("Lang.site.name")),
    .agency_name = hdf_get_value(d, "agency_name", ""), .point_name = hdf_get_value(d, "point_name", ""),
    .code = hdf_get_value(d, "code", ""), .procedure = hdf_get_value(d, "proc_name", ""),
    .applicant = hdf_get_value(d, "name_masked", ""), .docs = docs, .ndocs = nd,
    .received = received, .due = due, .return_method = app_lang(method_key), .channel = channel,
    .status_url = status_url, .lookup_url = lookup,
    .font_regular = app_conf("Site.font", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    .font_bold = app_conf("Site.font_bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
  };
  unsigned char *png = NULL;
  int len = 0;
  if (receipt_png(&rec, &png, &len) != 0) return 500;
  r->ctype = "image/png";
  r->body = png;
  r->body_len = (size_t)len;
  r->body_free = free_body;
  return 201; /* a body, not a template */
}
