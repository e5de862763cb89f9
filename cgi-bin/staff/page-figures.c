/* page-figures.c: the unit's own figures (the dashboard for its dossiers) and the dossiers behind each number. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/dashboard.h"
#include "rules/stats.h"
#include "staff/staff.h"

/* GET /can-bo/thong-ke?ky=  — the same figures as /thong-ke, for my unit as
 * the competent agency, every number linking to its dossiers. */
int page_figures_show(struct req *r)
{
  struct dash_scope s = { r->user_unit, 0, 0 };
  int st = dash_period(r, r->val[IN_FIG_KY], &s);
  if (!st) st = dash_load(r, &s);
  return st ? st : 200;
}

/* Is m a measure a figure links to (rules/stats.c, db/009)? */
static int known_measure(const char *m)
{
  static const char *const names[] = {
    "received", "resolved", "early", "on_time", "late", "ok_766", "supplement", "not_received", "refused", "withdrawn",
    "returned", "e_result", "e_return", "digitised", "rated", "rated_unsat", "overdue",
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strcmp(names[i], m) == 0) return 1;
  /* cN_L: an answer to criterion N at level L. */
  return strlen(m) == 4 && m[0] == 'c' && m[1] >= '1' && m[1] <= '9' && m[2] == '_' && m[3] >= '1' && m[3] <= '3';
}

/* GET /can-bo/thong-ke/ho-so?ky=&do={measure}  — the dossiers behind one of
 * my unit's figures, recounted from the raw rows (events, ratings), so a
 * figure can be checked. "overdue": those overdue now. 404 for an unknown measure. */
int page_figures_list(struct req *r)
{
  struct dash_scope s = { r->user_unit, 0, 0 };
  const char *m = r->val[IN_FIG_MEASURE];
  if (!m || !known_measure(m)) return 404;
  int st = dash_period(r, r->val[IN_FIG_KY], &s);
  if (st) return st;
  int n = strcmp(m, "overdue") == 0 ? db_rows(DB_Q(STAT_OVERDUE_LIST, r->user_unit), r->hdf, "Page.rows")
                                    : db_rows(DB_Q(STAT_DOSSIERS, "unit", r->user_unit, "unit", r->user_unit, m, s.from, s.to),
                                              r->hdf, "Page.rows");
  if (n < 0) return 503;
  static const char *const times[] = { "received", "due", "finished" };
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row; row = hdf_obj_next(row)) app_set_times(row, times, 3);
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.count", n);
  if (!err) err = hdf_set_value(r->hdf, "Page.measure", m);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
