/* test-cal.c: working days, office hours and appointment dates against Vietnam's 2025 calendar. */
#include <string.h>

#include "rules/cal.h"
#include "tap.h"

#define D(y, m, d) cal_days_from_civil(y, m, d)
#define T(y, m, d, hh, mm) ((int64_t)D(y, m, d) * 1440 + (hh) * 60 + (mm))

static int32_t hol[16], work[4];

static struct cal_rules rules(void)
{
  size_t n = 0;
  /* Tết 2025 (27-31/1), 30/4, 1/5, 2/5 (moved), 1/9, 2/9. */
  for (int d = 27; d <= 31; d++) hol[n++] = D(2025, 1, d);
  hol[n++] = D(2025, 4, 30); hol[n++] = D(2025, 5, 1); hol[n++] = D(2025, 5, 2);
  hol[n++] = D(2025, 9, 1); hol[n++] = D(2025, 9, 2);
  work[0] = D(2025, 4, 26); /* Saturday worked in exchange for 2/5 */
  struct cal_rules r = { 480, 720, 780, 1020, 900, hol, n, work, 1 };
  return r;
}

static void show(int64_t t, char *buf, size_t n)
{
  int y, m, d;
  int32_t day = (int32_t)(t / 1440);
  cal_civil_from_days(day, &y, &m, &d);
  snprintf(buf, n, "%04d-%02d-%02d %02d:%02d", y, m, d, (int)(t % 1440) / 60, (int)(t % 1440) % 60);
}

int main(void)
{
  struct cal_rules r = rules();
  char got[32], want[32];

  /* civil <-> days round trips and known weekdays */
  static const struct { int y, m, d, wd; } days[] = {
    { 1970, 1, 1, 4 }, { 2000, 2, 29, 2 }, { 2024, 2, 29, 4 }, { 2025, 11, 24, 1 }, { 2025, 11, 29, 6 },
    { 2100, 3, 1, 1 }, { 1900, 1, 1, 1 }, { 2199, 12, 31, 2 },
  };
  for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
    int32_t z = D(days[i].y, days[i].m, days[i].d);
    int y, m, d;
    cal_civil_from_days(z, &y, &m, &d);
    CHECK(y == days[i].y && m == days[i].m && d == days[i].d, "round trip %04d-%02d-%02d", days[i].y, days[i].m, days[i].d);
    CHECK(cal_weekday(z) == days[i].wd, "weekday of %04d-%02d-%02d is %d", days[i].y, days[i].m, days[i].d, days[i].wd);
  }

  /* working days */
  static const struct { int y, m, d, working; const char *why; } wd[] = {
    { 2025, 11, 24, 1, "an ordinary Monday" }, { 2025, 11, 29, 0, "a Saturday" }, { 2025, 11, 30, 0, "a Sunday" },
    { 2025, 4, 30, 0, "Reunification Day" }, { 2025, 5, 2, 0, "the day moved off" }, { 2025, 4, 26, 1, "the Saturday worked in exchange" },
    { 2025, 1, 29, 0, "Tết" }, { 2025, 9, 2, 0, "National Day" }, { 2025, 9, 3, 1, "the day after National Day" },
  };
  for (size_t i = 0; i < sizeof wd / sizeof *wd; i++)
    CHECK(cal_is_working_day(&r, D(wd[i].y, wd[i].m, wd[i].d)) == wd[i].working, "%s (%04d-%02d-%02d) working=%d",
          wd[i].why, wd[i].y, wd[i].m, wd[i].d, wd[i].working);

  /* appointment dates: received, limit, unit -> due */
  const struct { int64_t recv; int days; enum cal_unit unit; int64_t due; const char *why; } due[] = {
    { T(2025, 11, 24, 9, 30), 3, CAL_WORKING, T(2025, 11, 27, 9, 30), "Monday 09:30 + 3 working days = Thursday 09:30" },
    { T(2025, 11, 27, 10, 0), 3, CAL_WORKING, T(2025, 12, 2, 10, 0), "Thursday + 3 skips the weekend" },
    { T(2025, 11, 24, 7, 15), 1, CAL_WORKING, T(2025, 11, 25, 8, 0), "before opening counts from 08:00" },
    { T(2025, 11, 24, 12, 30), 1, CAL_WORKING, T(2025, 11, 25, 13, 0), "lunch break counts from 13:00" },
    { T(2025, 11, 24, 17, 5), 1, CAL_WORKING, T(2025, 11, 26, 8, 0), "after closing counts from the next morning" },
    { T(2025, 11, 28, 18, 0), 2, CAL_WORKING, T(2025, 12, 3, 8, 0), "Friday evening counts from Monday 08:00" },
    { T(2025, 11, 29, 10, 0), 1, CAL_WORKING, T(2025, 12, 2, 8, 0), "received on Saturday" },
    { T(2025, 4, 29, 9, 0), 1, CAL_WORKING, T(2025, 5, 5, 9, 0), "30/4, 1/5, 2/5 and the weekend are skipped" },
    { T(2025, 4, 25, 9, 0), 1, CAL_WORKING, T(2025, 4, 26, 9, 0), "the worked Saturday counts" },
    { T(2025, 8, 29, 9, 0), 1, CAL_WORKING, T(2025, 9, 3, 9, 0), "National Day holidays are skipped" },
    { T(2025, 1, 24, 9, 0), 2, CAL_WORKING, T(2025, 2, 4, 9, 0), "Tết is skipped" },
    { T(2025, 11, 24, 14, 59), 0, CAL_WORKING, T(2025, 11, 24, 17, 0), "same day, before 15:00: today 17:00" },
    { T(2025, 11, 24, 15, 0), 0, CAL_WORKING, T(2025, 11, 25, 17, 0), "same day, at 15:00: next working day" },
    { T(2025, 11, 28, 16, 0), 0, CAL_WORKING, T(2025, 12, 1, 17, 0), "same day, Friday 16:00: Monday" },
    { T(2025, 11, 24, 20, 0), 0, CAL_WORKING, T(2025, 11, 25, 17, 0), "same day, evening: next day 17:00" },
    { T(2025, 11, 24, 9, 0), 10, CAL_CALENDAR, T(2025, 12, 4, 9, 0), "10 calendar days" },
    { T(2025, 4, 20, 9, 0), 10, CAL_CALENDAR, T(2025, 5, 5, 8, 0), "calendar days landing on 1/5 move to the next working morning" },
    { T(2025, 11, 21, 9, 0), 8, CAL_CALENDAR, T(2025, 12, 1, 8, 0), "calendar days landing on a Saturday" },
    /* The rules around the arithmetic: a green-lane dossier is counted with the shortened limit; a
     * supplement stops the clock and the full limit restarts from the complete dossier's arrival. */
    { T(2025, 11, 24, 9, 30), 2, CAL_WORKING, T(2025, 11, 26, 9, 30), "green lane: 2 working days instead of 5" },
    { T(2025, 11, 28, 16, 30), 3, CAL_WORKING, T(2025, 12, 3, 16, 30), "supplement arriving Friday 16:30 restarts 3 days: Wednesday 16:30" },
    { T(2025, 11, 29, 11, 0), 3, CAL_WORKING, T(2025, 12, 4, 8, 0), "supplement arriving on a Saturday restarts from Monday 08:00" },
  };
  for (size_t i = 0; i < sizeof due / sizeof *due; i++) {
    int64_t d = cal_due(&r, due[i].recv, due[i].days, due[i].unit);
    show(d, got, sizeof got);
    show(due[i].due, want, sizeof want);
    CHECK(d == due[i].due, "%s: got %s, want %s", due[i].why, got, want);
  }

  /* parsing */
  static const struct { const char *s; int ok; } dates[] = {
    { "2025-11-24", 1 }, { "2024-02-29", 1 }, { "2000-02-29", 1 }, { "2100-02-29", 0 }, { "2025-02-29", 0 },
    { "2025-13-01", 0 }, { "2025-00-10", 0 }, { "2025-04-31", 0 }, { "2025-1-1", 0 }, { "abcd-ef-gh", 0 },
    { "", 0 }, { "1899-12-31", 0 }, { "2200-01-01", 0 }, { "2025-11-24 ", 0 }, { "2025/11/24", 0 },
  };
  for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
    int32_t z;
    CHECK((cal_parse_date(dates[i].s, &z) == 0) == dates[i].ok, "parse date '%s' ok=%d", dates[i].s, dates[i].ok);
  }
  static const struct { const char *s; int ok, a, b; } ranges[] = {
    { "08:00-12:00", 1, 480, 720 }, { "13:00-17:00", 1, 780, 1020 }, { "12:00-08:00", 0, 0, 0 },
    { "8:00-12:00", 0, 0, 0 }, { "08:60-12:00", 0, 0, 0 }, { "24:00-25:00", 0, 0, 0 }, { "", 0, 0, 0 },
  };
  for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++) {
    int a = -1, b = -1;
    int rc = cal_parse_hhmm_range(ranges[i].s, &a, &b);
    CHECK((rc == 0) == ranges[i].ok && (!ranges[i].ok || (a == ranges[i].a && b == ranges[i].b)), "range '%s'", ranges[i].s);
  }
  char buf[16];
  CHECK(cal_format_date(D(2025, 11, 4), buf, sizeof buf) == 0 && strcmp(buf, "04/11/2025") == 0, "format dd/mm/yyyy (%s)", buf);
  CHECK(cal_format_date(D(2025, 11, 4), buf, 5) == -1, "format into a short buffer fails");
  char sqlbuf[24];
  CHECK(cal_format_sql(sqlbuf, sizeof sqlbuf, T(2025, 11, 24, 9, 5)) == 0 && strcmp(sqlbuf, "2025-11-24 09:05:00") == 0, "DATETIME text (%s)", sqlbuf);
  CHECK(cal_format_sql(sqlbuf, 8, T(2025, 11, 24, 9, 5)) == -1, "DATETIME into a short buffer fails");
  CHECK(cal_unit_parse("calendar") == CAL_CALENDAR && cal_unit_parse("working") == CAL_WORKING &&
        cal_unit_parse(NULL) == CAL_WORKING && cal_unit_parse("") == CAL_WORKING, "limit units as stored");
  int64_t m = 0;
  CHECK(cal_parse_sql("2025-11-24 09:05", &m) == 0 && m == T(2025, 11, 24, 9, 5), "DATETIME text back to minutes");
  CHECK(cal_parse_sql("2025-11-24 09:05:59", &m) == 0 && m == T(2025, 11, 24, 9, 5), "seconds are ignored");
  CHECK(cal_parse_sql("2025-11-24 24:00", &m) == -1 && cal_parse_sql("2025-11-24", &m) == -1 &&
        cal_parse_sql("2025-02-30 08:00", &m) == -1 && cal_parse_sql(NULL, &m) == -1, "malformed DATETIME text is refused");
  return tap_done();
}
