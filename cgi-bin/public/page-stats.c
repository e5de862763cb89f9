/* page-stats.c: the public dashboard (/thong-ke), the service index, the open data, all from the record; no login, no JavaScript. */
#include <stdio.h>
#include <string.h>

#include "domain/dashboard.h"
#include "public/public.h"

/* GET /thong-ke?ky={YYYY|YYYY-MM}  — received, resolved (early, on time,
 * late), overdue now, supplements, returned for completion, refused, by
 * month, unit, reception point, procedure and channel; satisfaction;
 * feedback. Charts as SVG with their tables. 404 for a malformed period. */
int page_stats_show(struct req *r)
{
  struct dash_scope s = { 0, 0, 0 };
  int st = dash_period(r, r->val[IN_STATS_KY], &s);
  if (!st) st = dash_load(r, &s);
  return st ? st : 200;
}

/* GET /thong-ke/chi-so?ky={YYYY-MM}[&don-vi={id}]  — the service index
 * (Decision 766) of a month: every unit's total, or one unit's
 * sub-indicators with their formulas; weights and thresholds are data. */
int page_stats_index(struct req *r)
{
  struct dash_scope s = { 0, 0, 0 };
  const char *ky = r->val[IN_STATS_KY];
  char month[32] = "";
  int st = dash_period(r, ky, &s);
  if (st) return st;
  if (s.from != s.to) {
    /* A year asked for: its last month, or this month this year. */
    const char *now = hdf_get_value(r->hdf, "Page.period.this_month", "");
    snprintf(month, sizeof month, "%ld-12", s.from / 100);
    if (strncmp(now, month, 4) == 0) snprintf(month, sizeof month, "%s", now);
    if ((st = dash_period(r, month, &s)) != 0) return st;
  }
  s.unit = r->id[IN_STATS_UNIT];
  if ((st = dash_index(r, &s)) != 0) return st;
  if (s.unit && !hdf_get_obj(r->hdf, "Page.index.0")) {
    /* A unit without a dossier that month: its name, and no data. */
    NEOERR *err = hdf_set_int_value(r->hdf, "Page.unit_empty", 1);
    nerr_ignore(&err);
  }
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.unit", (int)s.unit);
  nerr_ignore(&err);
  return 200;
}

/* GET /thong-ke/du-lieu  — the open data: each CSV, its URL and its columns described. */
int page_stats_data(struct req *r)
{
  struct dash_scope s = { 0, 0, 0 };
  int st = dash_period(r, NULL, &s);
  if (st) return st;
  dash_datasets(r);
  return 200;
}

/* GET /thong-ke/{name}.csv?ky=  — one table as CSV (UTF-8, comma, CRLF, a
 * header row of stable column names). 404 for an unknown name. */
int page_stats_csv(struct req *r)
{
  char name[64];
  size_t n = strlen(r->segment);
  if (n < 5 || n >= sizeof name || strcmp(r->segment + n - 4, ".csv") != 0) return 404;
  memcpy(name, r->segment, n - 4);
  name[n - 4] = '\0';
  struct dash_scope s = { 0, 0, 0 };
  int st = dash_period(r, r->val[IN_STATS_KY], &s);
  return st ? st : dash_csv(r, name, &s);
}
