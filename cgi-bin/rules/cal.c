/* cal.c: working days, office hours and appointment dates; pure arithmetic, tested in tests/unit/test-cal.c. */
#include <stdio.h>
#include <string.h>

#include "rules/cal.h"

/* Howard Hinnant's days_from_civil / civil_from_days (public domain). */
int32_t cal_days_from_civil(int y, int m, int d)
{
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = (unsigned)(y - era * 400);
  const unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (int32_t)(era * 146097 + (int)doe - 719468);
}

void cal_civil_from_days(int32_t z, int *y, int *m, int *d)
{
  z += 719468;
  const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = (unsigned)(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int32_t yy = (int32_t)yoe + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (*m <= 2));
}

int cal_weekday(int32_t day)
{
  /* 1970-01-01 was a Thursday (4). */
  int w = (int)((day % 7 + 7 + 4) % 7);
  return w;
}

static int in_sorted(const int32_t *a, size_t n, int32_t v)
{
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a[mid] == v) return 1;
    if (a[mid] < v) lo = mid + 1; else hi = mid;
  }
  return 0;
}

int cal_is_working_day(const struct cal_rules *r, int32_t day)
{
  int w = cal_weekday(day);
  if (w == 0 || w == 6) return in_sorted(r->workdays, r->nworkdays, day);
  return !in_sorted(r->holidays, r->nholidays, day);
}

static int32_t next_working_day(const struct cal_rules *r, int32_t day)
{
  /* Bounded: no calendar has a year without working days. */
  for (int i = 0; i < 400; i++) {
    day++;
    if (cal_is_working_day(r, day)) return day;
  }
  return day;
}

static int64_t floor_div(int64_t a, int64_t b)
{
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

int64_t cal_open_from(const struct cal_rules *r, int64_t t)
{
  int32_t day = (int32_t)floor_div(t, 1440);
  int m = (int)(t - (int64_t)day * 1440);
  if (cal_is_working_day(r, day)) {
    if (m < r->am_open) return (int64_t)day * 1440 + r->am_open;
    if (m < r->am_close) return t;
    if (m < r->pm_open) return (int64_t)day * 1440 + r->pm_open;
    if (m < r->pm_close) return t;
  }
  return (int64_t)next_working_day(r, day) * 1440 + r->am_open;
}

int64_t cal_due(const struct cal_rules *r, int64_t received, int days, enum cal_unit unit)
{
  int64_t start = cal_open_from(r, received);
  int32_t day = (int32_t)floor_div(start, 1440);
  int m = (int)(start - (int64_t)day * 1440);
  if (days <= 0) {
    /* Same-day procedures: due at closing the day counting starts, unless
     * that start is at or after the cutoff (e.g. received after 15:00),
     * then at closing of the next working day. */
    if (m >= r->sameday_cutoff) day = next_working_day(r, day);
    return (int64_t)day * 1440 + r->pm_close;
  }
  if (unit == CAL_CALENDAR) {
    int32_t due = day + days;
    if (!cal_is_working_day(r, due)) return (int64_t)next_working_day(r, due) * 1440 + r->am_open;
    return (int64_t)due * 1440 + m;
  }
  for (int i = 0; i < days; i++) day = next_working_day(r, day);
  return (int64_t)day * 1440 + m;
}

static int two(const char *s)
{
  if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return -1;
  return (s[0] - '0') * 10 + (s[1] - '0');
}

int cal_parse_hhmm_range(const char *s, int *open, int *close)
{
  if (!s || strlen(s) != 11 || s[2] != ':' || s[5] != '-' || s[8] != ':') return -1;
  int h1 = two(s), m1 = two(s + 3), h2 = two(s + 6), m2 = two(s + 9);
  if (h1 < 0 || m1 < 0 || h2 < 0 || m2 < 0 || h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59) return -1;
  int a = h1 * 60 + m1, b = h2 * 60 + m2;
  if (a >= b) return -1;
  *open = a;
  *close = b;
  return 0;
}

static int days_in_month(int y, int m)
{
  static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return dm[m - 1];
}

int cal_parse_date(const char *s, int32_t *day)
{
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return -1;
  int c = two(s), yy = two(s + 2), m = two(s + 5), d = two(s + 8);
  if (c < 0 || yy < 0 || m < 0 || d < 0) return -1;
  int y = c * 100 + yy;
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return -1;
  *day = cal_days_from_civil(y, m, d);
  return 0;
}

enum cal_unit cal_unit_parse(const char *s)
{
  return s && strcmp(s, "calendar") == 0 ? CAL_CALENDAR : CAL_WORKING;
}

int cal_parse_sql(const char *s, int64_t *minutes)
{
  char date[11];
  if (!s || strlen(s) < 16 || s[10] != ' ' || s[13] != ':') return -1;
  memcpy(date, s, 10);
  date[10] = '\0';
  int32_t day;
  int h = two(s + 11), mi = two(s + 14);
  if (cal_parse_date(date, &day) != 0 || h < 0 || h > 23 || mi < 0 || mi > 59) return -1;
  *minutes = (int64_t)day * 1440 + h * 60 + mi;
  return 0;
}

int cal_format_date(int32_t day, char *buf, size_t n)
{
  int y, m, d;
  cal_civil_from_days(day, &y, &m, &d);
  int k = snprintf(buf, n, "%02d/%02d/%04d", d, m, y);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

int cal_format_sql(char *buf, size_t n, int64_t minutes)
{
  int32_t day = (int32_t)floor_div(minutes, 1440);
  int y, m, d;
  cal_civil_from_days(day, &y, &m, &d);
  int mins = (int)(minutes - (int64_t)day * 1440);
  int k = snprintf(buf, n, "%04d-%02d-%02d %02d:%02d:00", y, m, d, mins / 60, mins % 60);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}
