/* calendar.c: loads office hours and the holiday table into a struct cal_rules, cached for CALENDAR_TTL seconds. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ClearSilver.h>

#include "core/db.h"
#include "core/log.h"
#include "domain/calendar.h"

static struct cal_rules cached;
static int32_t *hol, *work;
static time_t loaded;

static int load(void)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int rc = -1;
  int nh = db_rows(DB_Q0(HOLIDAYS), h, "h");
  int ns = db_rows(DB_Q0(SETTINGS), h, "s");
  if (nh < 0 || ns < 0) goto out;
  struct cal_rules r = { 480, 720, 780, 1020, 900, NULL, 0, NULL, 0 };
  for (HDF *s = hdf_get_child(h, "s"); s; s = hdf_obj_next(s)) {
    const char *name = hdf_get_value(s, "name", ""), *value = hdf_get_value(s, "value", "");
    int a, b;
    if (strcmp(name, "office.morning") == 0 && cal_parse_hhmm_range(value, &a, &b) == 0) { r.am_open = a; r.am_close = b; }
    else if (strcmp(name, "office.afternoon") == 0 && cal_parse_hhmm_range(value, &a, &b) == 0) { r.pm_open = a; r.pm_close = b; }
    else if (strcmp(name, "sameday.cutoff") == 0) {
      char range[16];
      snprintf(range, sizeof range, "%s-23:59", value);
      if (cal_parse_hhmm_range(range, &a, &b) == 0) r.sameday_cutoff = a;
    }
  }
  int32_t *nhol = calloc((size_t)nh + 1, sizeof *nhol), *nwork = calloc((size_t)nh + 1, sizeof *nwork);
  if (!nhol || !nwork) { free(nhol); free(nwork); goto out; }
  size_t ih = 0, iw = 0;
  for (HDF *d = hdf_get_child(h, "h"); d; d = hdf_obj_next(d)) {
    int32_t day;
    if (cal_parse_date(hdf_get_value(d, "day", ""), &day) != 0) continue;
    if (strcmp(hdf_get_value(d, "kind", ""), "workday") == 0) nwork[iw++] = day;
    else nhol[ih++] = day;
  }
  free(hol);
  free(work);
  hol = nhol;
  work = nwork;
  r.holidays = hol; r.nholidays = ih;
  r.workdays = work; r.nworkdays = iw;
  cached = r;
  rc = 0;
out:
  hdf_destroy(&h);
  return rc;
}

int calendar_rules(struct cal_rules *r)
{
  time_t now = time(NULL);
  if (!loaded || now - loaded >= CALENDAR_TTL) {
    if (load() != 0) {
      if (!loaded) return -1;
      log_err("rules: reload failed; keeping the rules loaded earlier");
    } else {
      loaded = now;
    }
  }
  *r = cached;
  return 0;
}
