/* page-queue-info.c: public waiting figures: the points nearest a ward with their wait now, and one point by hour and weekday. */
#include <stdio.h>

#include "core/db.h"
#include "domain/queue.h"
#include "public/public.h"
#include "rules/queue.h"

/* GET /xep-hang?phuong={ward id}  — pick your ward; the reception points
 * nearest it, each with the people waiting now and the expected wait, so
 * that one can go where it is quieter (reception does not depend on where
 * one lives). Without a ward: the form alone. */
int page_queue_points(struct req *r)
{
  if (db_rows(DB_Q0(WARDS), r->hdf, "Page.wards") < 0) return 503;
  long ward = r->id[IN_WARD];
  if (!ward) return 200;
  if (hdf_set_int_value(r->hdf, "Page.ward", (int)ward) != STATUS_OK) return 500;
  if (db_rows(DB_Q(QUEUE_NEAR, ward), r->hdf, "Page.near") < 0) return 503;
  for (HDF *p = hdf_get_child(r->hdf, "Page.near"); p; p = hdf_obj_next(p)) {
    long m = queue_expected_min(hdf_get_int_value(p, "waiting", 0), hdf_get_int_value(p, "pace_s", 0),
                                hdf_get_int_value(p, "counters", 0));
    if (hdf_set_int_value(p, "expect", (int)m) != STATUS_OK) return 500;
  }
  return 200;
}

/* The largest value of `col` among the rows of `list`, as <list>_max (a
 * <meter>'s max; at least 1). */
static int set_max(struct req *r, const char *list, const char *col)
{
  int max = 1;
  char key[64];
  snprintf(key, sizeof key, "Page.%s", list);
  for (HDF *row = hdf_get_child(r->hdf, key); row; row = hdf_obj_next(row))
    if (hdf_get_int_value(row, col, 0) > max) max = hdf_get_int_value(row, col, 0);
  NEOERR *err = hdf_set_valuef(r->hdf, "Page.%s_max=%d", list, max);
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

/* GET /xep-hang/{point}/so-lieu  — one point's waiting figures: now, per
 * service (waiting, expected wait, numbers called today, average wait so
 * far), and over the last eight weeks by hour of the day and by weekday
 * (numbers a day, average wait): when to come. */
int page_queue_figures(struct req *r)
{
  long point;
  int st = queue_point_open(r, &point);
  if (st) return st;
  if (db_rows(DB_Q(QUEUE_BY_HOUR, point), r->hdf, "Page.hours") < 0) return 503;
  if (db_rows(DB_Q(QUEUE_BY_WEEKDAY, point), r->hdf, "Page.weekdays") < 0) return 503;
  if (set_max(r, "hours", "wait_min") || set_max(r, "weekdays", "wait_min")) return 500;
  /* WEEKDAY() counts from Monday; the language file's days from Sunday. */
  for (HDF *d = hdf_get_child(r->hdf, "Page.weekdays"); d; d = hdf_obj_next(d))
    if (hdf_set_int_value(d, "dow", (hdf_get_int_value(d, "wd", 0) + 1) % 7) != STATUS_OK) return 500;
  return 200;
}
