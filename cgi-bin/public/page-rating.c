/* page-rating.c: the holder of a receipt rates the service through the QR link (nine criteria, three levels), and may change it for a few days. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/feedback.h"
#include "domain/link.h"
#include "domain/stats.h"
#include "public/public.h"
#include "rules/cal.h"
#include "rules/valid.h"

struct setting { char value[256]; };
struct owner { long id, unit; char name_masked[128]; };

/* What the page knows of the dossier's rating. */
struct rating_ctx {
  long id, days, month;
  int can, final, exists, open;
  int old[STATS_CRITERIA + 1];     /* the answers on record (0: none) */
};

/* Rated from reception on; the whole process only once the result was returned. */
static int prepare(struct req *r, struct rating_ctx *x)
{
  memset(x, 0, sizeof *x);
  HDF *d = hdf_get_obj(r->hdf, "Page.d");
  const char *status = hdf_get_value(d, "status", "");
  x->id = hdf_get_int_value(d, "id", 0);
  x->can = strcmp(status, "new") != 0 && strcmp(status, "not_received") != 0;
  x->final = strcmp(status, "returned") == 0;
  static const struct db_field sf[] = { DB_TEXT_FIELD(struct setting, value) };
  struct setting s;
  int got = db_get(DB_Q(SETTING_GET, "rating.days"), sf, 1, &s);
  if (got < 0) return 503;
  if (got == 0 || !valid_int(s.value, 1, 365, &x->days)) x->days = 7;
  got = db_row(DB_Q(RATING_GET, x->days, x->id), r->hdf, "Page.rating");
  if (got < 0) return 503;
  x->exists = got == 1;
  x->open = !x->exists || hdf_get_int_value(r->hdf, "Page.rating.open", 0);
  x->month = hdf_get_int_value(r->hdf, "Page.rating.month", 0);
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return 500;
  int n = db_rows(DB_Q(RATING_ANSWERS, x->id), h, "a");
  for (HDF *a = hdf_get_child(h, "a"); n > 0 && a; a = hdf_obj_next(a)) {
    int c = hdf_get_int_value(a, "criterion", 0);
    if (c >= 1 && c <= STATS_CRITERIA) x->old[c] = hdf_get_int_value(a, "level", 0);
  }
  hdf_destroy(&h);
  if (n < 0) return 503;
  const char *created = hdf_get_value(r->hdf, "Page.rating.created", NULL);
  if (created) app_set_datetime(r->hdf, "Page.rating.t", created);
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.rating.can", x->can);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.rating.final", x->final);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.rating.exists", x->exists);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.rating.may_change", x->open);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.rating.days", (int)x->days);
  if (!err) err = hdf_set_value(r->hdf, "Page.rating.desk", r->val[IN_RATE_DESK] ? "1" : "");
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}

/* Page.crit.N: each criterion asked now, with the level on record or as sent. */
static int criteria(struct req *r, const struct rating_ctx *x, const int *levels)
{
  for (int c = 1; c <= STATS_CRITERIA; c++) {
    int shown = x->final || !stats_criterion_needs_return(c);
    NEOERR *err = hdf_set_valuef(r->hdf, "Page.crit.%d.n=%d", c, c);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.crit.%d.shown=%d", c, shown);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.crit.%d.level=%d", c, levels[c]);
    if (err) { nerr_ignore(&err); return 500; }
  }
  if (db_row(DB_Q(FB_OF_RATING, x->id), r->hdf, "Page.rfb") < 0) return 503;
  long fid = hdf_get_int_value(r->hdf, "Page.rfb.id", 0);
  char code[24], url[256];
  if (fid && stats_fb_code(fid, code, sizeof code) == 0 && link_dossier(url, sizeof url, LINK_FEEDBACK, code) == 0) {
    NEOERR *err = hdf_set_value(r->hdf, "Page.rfb.code", code);
    if (!err) err = hdf_set_value(r->hdf, "Page.rfb.url", url);
    if (err) { nerr_ignore(&err); return 500; }
  }
  return 0;
}

/* GET /ho-so/{code}/danh-gia?k={token}[&quay=1]  — the rating form (or the
 * rating on record, once it may no longer change). 404 for a wrong token. */
int page_rating_form(struct req *r)
{
  struct rating_ctx x;
  int st = dossier_load(r, r->val[IN_RATE_K]);
  if (!st) st = prepare(r, &x);
  if (!st) st = criteria(r, &x, x.old);
  return st ? st : 200;
}

/* A "not satisfied" answer opens a feedback item for the unit, once per dossier. */
static int complain(struct req *r, const struct rating_ctx *x, const int *levels, const char *comment)
{
  static const struct db_field of[] = {
    DB_INT_FIELD(struct owner, id), DB_INT_FIELD(struct owner, unit), DB_TEXT_FIELD(struct owner, name_masked),
  };
  struct owner o;
  if (db_row(DB_Q(FB_OF_RATING, x->id), r->hdf, "Page.rfb") < 0) return 503;
  if (hdf_get_int_value(r->hdf, "Page.rfb.id", 0)) return 0;
  if (db_get(DB_Q(FB_DOSSIER, r->segment), of, 3, &o) != 1) return 503;
  char body[2000];
  size_t k = (size_t)snprintf(body, sizeof body, "%s", app_lang("Lang.rating.fb_body"));
  for (int c = 1; c <= STATS_CRITERIA && k < sizeof body; c++) {
    char key[32];
    snprintf(key, sizeof key, "Lang.rating.c%d", c);
    if (levels[c] == 1) k += (size_t)snprintf(body + k, sizeof body - k, "\n- %s", app_lang(key));
  }
  if (*comment && k < sizeof body) snprintf(body + k, sizeof body - k, "\n%s %s", app_lang("Lang.rating.comment"), comment);
  struct feedback_new f = { o.unit, o.id, "rating", body, "", o.name_masked, "", 0, NULL };
  long fid;
  return feedback_open(r, &f, &fid) == 0 ? 0 : 503;
}

/* The answers sent: one level (1-3) for each criterion asked. */
static int read_levels(struct req *r, const struct rating_ctx *x, int *levels)
{
  int bad = 0;
  for (int c = 1; c <= STATS_CRITERIA; c++) {
    const char *v = r->val[IN_RATE_C1 + c - 1];
    long l = 0;
    levels[c] = v && valid_int(v, 1, 3, &l) ? (int)l : 0;
    if ((x->final || !stats_criterion_needs_return(c)) && !levels[c]) {
      char field[16];
      snprintf(field, sizeof field, "c%d", c);
      app_error(r, field, "Lang.rating.err_choose");
      bad = 1;
    }
    if (!x->final && stats_criterion_needs_return(c)) levels[c] = 0;
  }
  return bad;
}

/* Writes the rating (replacing the one on record within its window) and its totals. */
static int save(struct req *r, struct rating_ctx *x, const int *levels, const char *comment)
{
  char now[24];
  cal_format_sql(now, sizeof now, r->now);
  if (x->exists) {
    if (stats_rating(x->id, x->month, x->old, -1) != 0) return 503;
    /* The window was checked above; 0 rows changed is the same answer in the same minute. */
    if (db_exec(DB_Q(RATING_CHANGE, now, comment, x->id, x->days), NULL) < 0) return 503;
    if (db_exec(DB_Q(RATING_ANSWERS_DEL, x->id), NULL) < 0) return 503;
  } else {
    if (db_exec(DB_Q(RATING_INSERT, x->id, now, now, r->val[IN_RATE_DESK] ? "counter" : "qr"), NULL) < 0) {
      if (db_errno() == DB_ER_DUP_ENTRY) { app_error(r, "c1", "Lang.rating.err_twice"); return 422; }
      return 503;
    }
    if (db_exec(DB_Q(RATING_CHANGE, now, comment, x->id, x->days), NULL) < 0) return 503;
    x->month = stats_month(now);
  }
  for (int c = 1; c <= STATS_CRITERIA; c++)
    if (levels[c] && db_exec(DB_Q(RATING_ANSWER_ADD, x->id, (long)c, (long)levels[c]), NULL) < 0) return 503;
  return stats_rating(x->id, x->month, levels, 1) == 0 ? 0 : 503;
}

/* POST /ho-so/{code}/danh-gia?k={token}  — c1..c9 (1 not satisfied, 2
 * satisfied, 3 very satisfied), y_kien (comment), quay (offered at the
 * counter). One rating per dossier, changeable for Setting rating.days
 * days; a "not satisfied" answer opens feedback for the unit. 303 back to
 * the page; 422 with messages. */
int page_rating_post(struct req *r)
{
  struct rating_ctx x;
  int levels[STATS_CRITERIA + 1] = { 0 };
  int st = dossier_load(r, r->val[IN_RATE_K]);
  if (!st) st = prepare(r, &x);
  if (st) return st;
  const char *comment = r->val[IN_RATE_COMMENT] ? r->val[IN_RATE_COMMENT] : "";
  if (!x.can) app_error(r, "c1", "Lang.rating.err_not_yet");
  else if (!x.open) app_error(r, "c1", "Lang.rating.err_closed");
  else if (read_levels(r, &x, levels) == 0) {
    st = save(r, &x, levels, comment);
    int unsat = 0;
    for (int c = 1; c <= STATS_CRITERIA; c++) unsat |= levels[c] == 1;
    if (!st && unsat) st = complain(r, &x, levels, comment);
    if (!st) return link_redirect(r, LINK_RATING, r->segment);
    if (st != 422) return st;
  }
  NEOERR *err = hdf_set_value(r->hdf, K_FORM ".y_kien", comment);
  nerr_ignore(&err);
  st = criteria(r, &x, levels);
  return st ? st : 422;
}
