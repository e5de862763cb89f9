/* dashboard.h: the figures of /thong-ke (the city) and of a unit (the back office), read from the running totals, with charts and CSV. */
#ifndef MOTCUA_DASHBOARD_H
#define MOTCUA_DASHBOARD_H

#include "core/app.h"

/* Whose figures: the city (unit 0) or one unit, as the competent unit. */
struct dash_scope {
  long unit;           /* 0: the whole city */
  long from, to;       /* months, YYYYMM */
};

/* The period of ?ky= ("YYYY" or "YYYY-MM"; absent: this year) into s and
 * Page.period.*; 0, or 404 when malformed. */
int dash_period(struct req *r, const char *ky, struct dash_scope *s);
/* Everything the dashboard shows for the scope: Page.months (with the
 * month chart), Page.total, Page.units (with overdue now), Page.points,
 * Page.procs, Page.channels (chart), Page.sat (per criterion, chart),
 * Page.sat_units, Page.fb, Page.fb_total, Page.asof. 0 or 503. */
int dash_load(struct req *r, const struct dash_scope *s);
/* Page.fb (per unit) and Page.fb_total: feedback events of the scope's months. 0 or 503. */
int dash_feedback(struct req *r, const struct dash_scope *s);
/* The service index of one month (s->from) for every unit, or s->unit
 * alone with each sub-indicator: Page.index.N.{name,k1,total,items.M.*}.
 * 0 or 503. */
int dash_index(struct req *r, const struct dash_scope *s);
/* The CSV of dataset `name` (Lang.stats.csv.<name>): r->body, 201; 404
 * for an unknown name. Loads what it needs. */
int dash_csv(struct req *r, const char *name, const struct dash_scope *s);

/* The datasets and their columns, for the open-data page (Page.datasets). */
void dash_datasets(struct req *r);

/* dashboard-chart.c: geometry of the SVG charts, from rows already loaded. */
/* The rows get g.* (their bars); meta (Page.chart.<name>) the scale and height. */
void dash_chart_months(HDF *months, HDF *meta);
void dash_chart_bars(HDF *rows, HDF *meta, const char *field, int width);
void dash_chart_stack(HDF *rows, HDF *meta, int width);
/* "97,5" (a percent with one decimal, Vietnamese comma) of num/den; "—" when den is 0. */
void dash_pct(char *out, size_t n, long num, long den);

#endif
