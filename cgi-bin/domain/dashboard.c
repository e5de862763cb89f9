/* dashboard.c: the figures of /thong-ke and of a unit's back office, from the running totals (and the live "overdue now"). */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/dashboard.h"
#include "rules/cal.h"
#include "rules/stats.h"

/* The dossier figures every table shows, in the order of STAT_COLS. */
static const char *const figures[] = {
  "received", "resolved", "early", "on_time", "late", "supplement", "not_received", "refused", "withdrawn",
  "returned", "rated", "rated_unsat",
};
#define NFIG (sizeof figures / sizeof *figures)

int dash_period(struct req *r, const char *ky, struct dash_scope *s)
{
  int y, m, d;
  cal_civil_from_days((int32_t)(r->now / 1440), &y, &m, &d);
  char year[16];
  snprintf(year, sizeof year, "%04d", y);
  if (!ky || !*ky) ky = year;
  if (stats_period(ky, &s->from, &s->to) != 0) return 404;
  NEOERR *err = hdf_set_value(r->hdf, "Page.period.ky", ky);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.period.month", s->from == s->to);
  if (!err) err = hdf_set_valuef(r->hdf, "Page.period.label=%s%02ld/%ld", s->from == s->to ? "" : "",
                                 s->from % 100, s->from / 100);
  if (!err) err = hdf_set_valuef(r->hdf, "Page.period.year=%ld", s->from / 100);
  if (!err) err = hdf_set_valuef(r->hdf, "Page.period.this_year=%d", y);
  if (!err) err = hdf_set_valuef(r->hdf, "Page.period.this_month=%04d-%02d", y, m);
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}

/* Each row's shares: on time (early or on time) and late, of those resolved. */
static void derive(HDF *row)
{
  char pct[16];
  long resolved = hdf_get_int_value(row, "resolved", 0);
  long ok = hdf_get_int_value(row, "early", 0) + hdf_get_int_value(row, "on_time", 0);
  NEOERR *err = hdf_set_int_value(row, "ok", (int)ok);
  dash_pct(pct, sizeof pct, ok, resolved);
  if (!err) err = hdf_set_value(row, "p_ok", pct);
  dash_pct(pct, sizeof pct, hdf_get_int_value(row, "late", 0), resolved);
  if (!err) err = hdf_set_value(row, "p_late", pct);
  dash_pct(pct, sizeof pct, hdf_get_int_value(row, "rated_unsat", 0), hdf_get_int_value(row, "rated", 0));
  if (!err) err = hdf_set_value(row, "p_unsat", pct);
  nerr_ignore(&err);
}

static void derive_all(HDF *rows)
{
  for (HDF *r = hdf_obj_child(rows); r; r = hdf_obj_next(r)) derive(r);
}

/* Page.total: the months summed. */
static void totals(struct req *r)
{
  HDF *total;
  if (hdf_get_node(r->hdf, "Page.total", &total) != STATUS_OK) return;
  for (size_t i = 0; i < NFIG; i++) {
    long s = 0;
    for (HDF *m = hdf_get_child(r->hdf, "Page.months"); m; m = hdf_obj_next(m)) s += hdf_get_int_value(m, figures[i], 0);
    NEOERR *err = hdf_set_int_value(total, figures[i], (int)s);
    nerr_ignore(&err);
  }
  derive(total);
}

/* Overdue now, per unit, into the rows of Page.units (and Page.total.overdue). */
static int overdue(struct req *r, long unit)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return 500;
  int n = db_rows(DB_Q(STATS_OVERDUE, unit, unit), h, "o");
  long all = 0;
  for (HDF *o = hdf_get_child(h, "o"); n > 0 && o; o = hdf_obj_next(o)) {
    long k = hdf_get_int_value(o, "k1", 0), c = hdf_get_int_value(o, "n", 0);
    all += c;
    for (HDF *u = hdf_get_child(r->hdf, "Page.units"); u; u = hdf_obj_next(u))
      if (hdf_get_int_value(u, "k1", 0) == k) { NEOERR *err = hdf_set_int_value(u, "overdue", (int)c); nerr_ignore(&err); }
  }
  hdf_destroy(&h);
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.total.overdue", (int)all);
  nerr_ignore(&err);
  return n < 0 ? 503 : 0;
}

/* Feedback between the first day of s->from and the first day after s->to. */
int dash_feedback(struct req *r, const struct dash_scope *s)
{
  char from[48], to[48];
  long ty = s->to / 100, tm = s->to % 100 + 1;
  if (tm > 12) { tm = 1; ty++; }
  snprintf(from, sizeof from, "%04ld-%02ld-01 00:00:00", s->from / 100, s->from % 100);
  snprintf(to, sizeof to, "%04ld-%02ld-01 00:00:00", ty, tm);
  if (db_rows(DB_Q(STATS_FEEDBACK, from, to, s->unit, s->unit), r->hdf, "Page.fb") < 0) return 503;
  static const char *const f[] = { "received", "answered", "on_time", "late", "reopened", "closed", "unresolved" };
  for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
    long sum = 0;
    for (HDF *u = hdf_get_child(r->hdf, "Page.fb"); u; u = hdf_obj_next(u)) sum += hdf_get_int_value(u, f[i], 0);
    char key[48];
    snprintf(key, sizeof key, "Page.fb_total.%s", f[i]);
    NEOERR *err = hdf_set_int_value(r->hdf, key, (int)sum);
    nerr_ignore(&err);
  }
  char pct[16];
  dash_pct(pct, sizeof pct, hdf_get_int_value(r->hdf, "Page.fb_total.on_time", 0),
           hdf_get_int_value(r->hdf, "Page.fb_total.answered", 0));
  return hdf_set_value(r->hdf, "Page.fb_total.p_on_time", pct) == STATUS_OK ? 0 : 500;
}

/* Satisfaction per criterion, with each level's share. */
static int satisfaction(struct req *r, const struct dash_scope *s, const char *dim)
{
  if (db_rows(DB_Q(STATS_SAT, dim, s->unit, s->from, s->to), r->hdf, "Page.sat") < 0) return 503;
  for (HDF *c = hdf_get_child(r->hdf, "Page.sat"); c; c = hdf_obj_next(c)) {
    long v = hdf_get_int_value(c, "very", 0), st = hdf_get_int_value(c, "sat", 0), u = hdf_get_int_value(c, "unsat", 0);
    char pct[16];
    NEOERR *err = hdf_set_int_value(c, "total", (int)(v + st + u));
    dash_pct(pct, sizeof pct, v + st, v + st + u);
    if (!err) err = hdf_set_value(c, "p_sat", pct);
    nerr_ignore(&err);
  }
  HDF *sat, *meta;
  if (hdf_get_node(r->hdf, "Page.sat", &sat) != STATUS_OK || hdf_get_node(r->hdf, "Page.chart.sat", &meta) != STATUS_OK)
    return 500;
  dash_chart_stack(sat, meta, 400);
  return 0;
}

int dash_load(struct req *r, const struct dash_scope *s)
{
  const char *dim = s->unit ? "unit" : "all";
  HDF *node, *meta;
  if (db_rows(DB_Q(STATS_MONTHS, dim, s->unit, s->from, s->to), r->hdf, "Page.months") < 0) return 503;
  for (HDF *m = hdf_get_child(r->hdf, "Page.months"); m; m = hdf_obj_next(m)) {
    long ym = hdf_get_int_value(m, "month", 0);
    NEOERR *err = hdf_set_valuef(m, "label=%02ld/%04ld", ym % 100, ym / 100);
    if (!err) err = hdf_set_valuef(m, "ky=%04ld-%02ld", ym / 100, ym % 100);
    nerr_ignore(&err);
  }
  derive_all(hdf_get_obj(r->hdf, "Page.months"));
  totals(r);
  if (hdf_get_node(r->hdf, "Page.months", &node) != STATUS_OK || hdf_get_node(r->hdf, "Page.chart.months", &meta) != STATUS_OK)
    return 500;
  dash_chart_months(node, meta);
  if (!s->unit) {
    if (db_rows(DB_Q(STATS_BY_AGENCY, "unit", s->from, s->to), r->hdf, "Page.units") < 0) return 503;
    if (db_rows(DB_Q(STATS_BY_AGENCY, "point", s->from, s->to), r->hdf, "Page.points") < 0) return 503;
    if (db_rows(DB_Q(STATS_SAT_UNITS, s->from, s->to), r->hdf, "Page.sat_units") < 0) return 503;
    derive_all(hdf_get_obj(r->hdf, "Page.units"));
    derive_all(hdf_get_obj(r->hdf, "Page.points"));
    derive_all(hdf_get_obj(r->hdf, "Page.sat_units"));
  }
  if (db_rows(DB_Q(STATS_BY_PROC, s->unit ? "unit_proc" : "proc", s->unit, s->unit, s->from, s->to), r->hdf, "Page.procs") < 0)
    return 503;
  if (db_rows(DB_Q(STATS_BY_CHANNEL, s->unit ? "unit_channel" : "channel", s->unit, s->unit, s->from, s->to), r->hdf,
              "Page.channels") < 0)
    return 503;
  derive_all(hdf_get_obj(r->hdf, "Page.procs"));
  derive_all(hdf_get_obj(r->hdf, "Page.channels"));
  if (hdf_get_node(r->hdf, "Page.channels", &node) != STATUS_OK || hdf_get_node(r->hdf, "Page.chart.channels", &meta) != STATUS_OK)
    return 500;
  dash_chart_bars(node, meta, "received", 400);
  int st = overdue(r, s->unit);
  if (!st) st = satisfaction(r, s, dim);
  if (!st) st = dash_feedback(r, s);
  if (st) return st;
  char asof[24];
  cal_format_sql(asof, sizeof asof, r->now);
  return app_set_datetime(r->hdf, "Page.asof", asof) == 0 ? 0 : 500;
}
