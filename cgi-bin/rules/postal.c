/* postal.c: J+n delivery limits and the two-attempt rule, on the working-day calendar (pure). */
#include "rules/postal.h"

int postal_limit_days(enum postal_zone z, int with_slip)
{
  int n;
  switch (z) {
  case POSTAL_DISTRICT: n = 1; break;
  case POSTAL_PROVINCE: n = 2; break;
  case POSTAL_CITIES: n = 3; break;
  default: n = 4; break;
  }
  return with_slip ? 2 * n : n;
}

int32_t postal_due_day(const struct cal_rules *r, int32_t accepted, int n)
{
  int32_t d = accepted;
  /* A year of days off in a row does not exist; the bound keeps a broken
   * holiday table from looping. */
  for (int guard = 0; n > 0 && guard < 4000; guard++) {
    d++;
    if (cal_is_working_day(r, d)) n--;
  }
  return d;
}

int postal_working_days_after(const struct cal_rules *r, int32_t from, int32_t to)
{
  int n = 0;
  for (int32_t d = from + 1; d <= to && d - from < 4000; d++) n += cal_is_working_day(r, d);
  return n;
}

int postal_may_return(const struct cal_rules *r, int failed, int32_t first, int32_t last)
{
  return failed >= 2 && postal_working_days_after(r, first, last) >= 2;
}
