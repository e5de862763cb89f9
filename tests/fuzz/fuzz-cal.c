/* fuzz-cal.c: the calendar's parsers (dates, times, office hours) and deadline arithmetic on what they accept. */
#include "fuzz.h"
#include "rules/cal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  int k = fuzz_pick(&data, &size, 3);
  char *s = fuzz_str(data, size);
  int32_t day;
  int64_t t;
  int a, b;
  char out[32];
  static const int32_t hol[] = { 20454, 20455 };
  struct cal_rules r = { 480, 720, 780, 1020, 900, hol, 2, NULL, 0 };
  switch (k) {
  case 0:
    if (cal_parse_date(s, &day) == 0) {
      /* A parsed day prints and parses back to itself. */
      int y, m, d;
      cal_civil_from_days(day, &y, &m, &d);
      if (cal_days_from_civil(y, m, d) != day || cal_format_date(day, out, sizeof out) != 0) abort();
      (void)cal_due(&r, (int64_t)day * 1440 + 600, (int)((uint32_t)day % 90), day % 2 ? CAL_WORKING : CAL_CALENDAR);
    }
    break;
  case 1:
    if (cal_parse_sql(s, &t) == 0 && (cal_format_sql(out, sizeof out, t) != 0 || cal_open_from(&r, t) < t)) abort();
    break;
  case 2:
    if (cal_parse_hhmm_range(s, &a, &b) == 0 && (a < 0 || b > 24 * 60 || a > b)) abort();
    (void)cal_unit_parse(s);
    break;
  }
  free(s);
  return 0;
}
