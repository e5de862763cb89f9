/* dashboard-index.c: the service index (Decision 766) per unit and month: weights and thresholds from svc_index_item, rates from the record. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/dashboard.h"
#include "rules/stats.h"

/* The counts of INDEX_MEASURES a rate may use (rules/stats.c names them). */
static const char *const counts[] = {
  "received", "online", "resolved", "ok_766", "late", "e_result", "digitised", "rated_unsat", "c6_1", "c6_2", "c6_3",
};

static void hundredths(HDF *h, const char *name, long v)
{
  NEOERR *err = hdf_set_valuef(h, "%s=%ld,%02ld", name, v / 100, v % 100);
  nerr_ignore(&err);
}

/* The unit's feedback counts (Page.fb rows are per unit). */
static void feedback_of(struct req *r, long unit, struct stats_bag *b)
{
  static const char *const names[][2] = {
    { "received", "fb_received" }, { "answered", "fb_answered" }, { "on_time", "fb_on_time" }, { "reopened", "fb_reopened" },
  };
  for (HDF *f = hdf_get_child(r->hdf, "Page.fb"); f; f = hdf_obj_next(f))
    if (hdf_get_int_value(f, "unit_id", 0) == unit)
      for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        stats_bag_add(b, names[i][1], hdf_get_int_value(f, names[i][0], 0));
}

/* Every sub-indicator for one unit: items.M.{code,grp,max,threshold,state,num,den,rate,score}. */
static void score_unit(struct req *r, HDF *u)
{
  struct stats_bag b = { .n = 0 };
  for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) stats_bag_add(&b, counts[i], hdf_get_int_value(u, counts[i], 0));
  feedback_of(r, hdf_get_int_value(u, "k1", 0), &b);
  long total = 0, measured = 0, unmeasured = 0;
  int m = 0;
  static const char *const state[] = { "measured", "no_data", "not_measured" };
  for (HDF *it = hdf_get_child(r->hdf, "Page.items"); it; it = hdf_obj_next(it), m++) {
    const char *code = hdf_get_value(it, "code", "");
    int max = hdf_get_int_value(it, "max_points", 0), thr = hdf_get_int_value(it, "threshold", 0);
    struct stats_score s;
    stats_index_item(code, max, thr, &b, &s);
    HDF *o;
    char key[32];
    snprintf(key, sizeof key, "items.%d", m);
    if (hdf_get_node(u, key, &o) != STATUS_OK) return;
    NEOERR *err = hdf_set_value(o, "code", code);
    if (!err) err = hdf_set_value(o, "grp", hdf_get_value(it, "grp", ""));
    if (!err) err = hdf_set_int_value(o, "max", max);
    if (!err) err = hdf_set_int_value(o, "threshold", thr);
    if (!err) err = hdf_set_value(o, "state", state[s.status]);
    if (!err) err = hdf_set_int_value(o, "num", (int)s.num);
    if (!err) err = hdf_set_int_value(o, "den", (int)s.den);
    nerr_ignore(&err);
    if (s.status == STATS_MEASURED) {
      hundredths(o, "rate", s.rate);
      hundredths(o, "score", s.score);
      total += s.score;
      measured += max;
    } else if (s.status == STATS_NOT_MEASURED) {
      unmeasured += max;
    }
  }
  hundredths(u, "total", total);
  NEOERR *err = hdf_set_int_value(u, "total_h", (int)total);
  if (!err) err = hdf_set_int_value(u, "measured_max", (int)measured);
  if (!err) err = hdf_set_int_value(u, "not_measured", (int)unmeasured);
  if (!err) err = hdf_set_int_value(u, "g.w", (int)(total * 400 / 10000));
  nerr_ignore(&err);
}

int dash_index(struct req *r, const struct dash_scope *s)
{
  char day[48];
  snprintf(day, sizeof day, "%04ld-%02ld-01", s->from / 100 % 10000, s->from % 100);
  if (db_rows(DB_Q(INDEX_ITEMS, day), r->hdf, "Page.items") < 0) return 503;
  if (db_rows(DB_Q(INDEX_MEASURES, s->from, s->unit, s->unit), r->hdf, "Page.index") < 0) return 503;
  struct dash_scope month = *s;
  month.to = s->from;
  int st = dash_feedback(r, &month);
  if (st) return st;
  long i = 0;
  for (HDF *u = hdf_get_child(r->hdf, "Page.index"); u; u = hdf_obj_next(u), i++) {
    score_unit(r, u);
    NEOERR *err = hdf_set_int_value(u, "g.y", (int)(10 + i * 28));
    if (!err) err = hdf_set_int_value(u, "g.ty", (int)(25 + i * 28));
    if (!err) err = hdf_set_int_value(u, "g.tx", 165 + hdf_get_int_value(u, "g.w", 0));
    nerr_ignore(&err);
  }
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.index_height", (int)(20 + i * 28));
  nerr_ignore(&err);
  return 0;
}
