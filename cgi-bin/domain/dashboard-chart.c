/* dashboard-chart.c: the SVG charts' geometry (bars in pixels of a fixed viewBox), computed here so templates only place them. */
#include <stdio.h>

#include <ClearSilver.h>

#include "domain/dashboard.h"

void dash_pct(char *out, size_t n, long num, long den)
{
  if (den <= 0) { snprintf(out, n, "—"); return; }
  long tenths = (num * 1000 + den / 2) / den;
  snprintf(out, n, "%ld,%ld", tenths / 10, tenths % 10);
}

static void set_int(HDF *h, const char *name, long v)
{
  NEOERR *err = hdf_set_int_value(h, name, (int)v);
  nerr_ignore(&err);
}

/* A round scale maximum at or above v: 1, 2 or 5 times a power of ten. */
static long nice(long v)
{
  long p = 1;
  while (p * 10 <= v) p *= 10;
  if (v <= p) return p;
  if (v <= 2 * p) return 2 * p;
  if (v <= 5 * p) return 5 * p;
  return 10 * p;
}

/* Received and resolved side by side per month: a 640 x 240 viewBox, the
 * plot 40..620 across, 20..200 down. */
void dash_chart_months(HDF *months, HDF *meta)
{
  long max = 1, n = 0;
  for (HDF *m = hdf_obj_child(months); m; m = hdf_obj_next(m), n++) {
    long a = hdf_get_int_value(m, "received", 0), b = hdf_get_int_value(m, "resolved", 0);
    if (a > max) max = a;
    if (b > max) max = b;
  }
  max = nice(max);
  set_int(meta, "scale", max);
  set_int(meta, "scale_half", max / 2);
  if (!n) return;
  long slot = 580 / n, bar = slot * 2 / 5;
  long i = 0;
  for (HDF *m = hdf_obj_child(months); m; m = hdf_obj_next(m), i++) {
    long a = hdf_get_int_value(m, "received", 0), b = hdf_get_int_value(m, "resolved", 0);
    long ha = a * 180 / max, hb = b * 180 / max, x = 40 + i * slot + slot / 10;
    set_int(m, "g.x1", x);
    set_int(m, "g.h1", ha);
    set_int(m, "g.y1", 200 - ha);
    set_int(m, "g.x2", x + bar);
    set_int(m, "g.h2", hb);
    set_int(m, "g.y2", 200 - hb);
    set_int(m, "g.w", bar);
    set_int(m, "g.lx", x + bar);
  }
}

/* One horizontal bar per row for `field`, rows 28 px apart, the bar from
 * x 160 up to 160 + width. */
void dash_chart_bars(HDF *rows, HDF *meta, const char *field, int width)
{
  long max = 1, i = 0;
  for (HDF *r = hdf_obj_child(rows); r; r = hdf_obj_next(r))
    if (hdf_get_int_value(r, field, 0) > max) max = hdf_get_int_value(r, field, 0);
  for (HDF *r = hdf_obj_child(rows); r; r = hdf_obj_next(r), i++) {
    set_int(r, "g.y", 10 + i * 28);
    set_int(r, "g.ty", 10 + i * 28 + 15);
    set_int(r, "g.w", hdf_get_int_value(r, field, 0) * width / max);
    set_int(r, "g.tx", 165 + hdf_get_int_value(r, field, 0) * width / max);
  }
  set_int(meta, "height", 20 + i * 28);
}

/* Very satisfied, satisfied, not satisfied as shares of one bar per row. */
void dash_chart_stack(HDF *rows, HDF *meta, int width)
{
  long i = 0;
  for (HDF *r = hdf_obj_child(rows); r; r = hdf_obj_next(r), i++) {
    long v = hdf_get_int_value(r, "very", 0), s = hdf_get_int_value(r, "sat", 0), u = hdf_get_int_value(r, "unsat", 0);
    long t = v + s + u;
    long w3 = t ? v * width / t : 0, w2 = t ? s * width / t : 0, w1 = t ? width - w3 - w2 : 0;
    set_int(r, "g.y", 10 + i * 28);
    set_int(r, "g.ty", 10 + i * 28 + 15);
    set_int(r, "g.w3", w3);
    set_int(r, "g.x2", 160 + w3);
    set_int(r, "g.w2", w2);
    set_int(r, "g.x1", 160 + w3 + w2);
    set_int(r, "g.w1", w1);
  }
  set_int(meta, "height", 20 + i * 28);
}
