/* cal.h: the working-day calendar for legal deadlines (one-stop rules, Decree 118/2025/NĐ-CP). */
#ifndef MOTCUA_CAL_H
#define MOTCUA_CAL_H

#include <stddef.h>
#include <stdint.h>

/* Times are LOCAL (Hanoi) minutes since 1970-01-01 00:00; days are days
 * since 1970-01-01. No time zones inside: the database stores local time. */
struct cal_rules {
  int am_open, am_close, pm_open, pm_close;  /* minutes after midnight */
  int sameday_cutoff;                        /* a same-day procedure received at/after this is due next working day */
  const int32_t *holidays; size_t nholidays; /* weekdays off, sorted */
  const int32_t *workdays; size_t nworkdays; /* weekend days worked (make-up days), sorted */
};

enum cal_unit { CAL_WORKING, CAL_CALENDAR };

int32_t cal_days_from_civil(int y, int m, int d);
void cal_civil_from_days(int32_t z, int *y, int *m, int *d);
int cal_weekday(int32_t day);                                 /* 0 = Sunday … 6 = Saturday */
int cal_is_working_day(const struct cal_rules *r, int32_t day); /* 1 or 0 */
/* The first office minute at or after t. */
int64_t cal_open_from(const struct cal_rules *r, int64_t t);
/* The appointment for a dossier received at `received` with a limit of
 * `days` (0: same working day) counted in `unit`. */
int64_t cal_due(const struct cal_rules *r, int64_t received, int days, enum cal_unit unit);
/* A limit's unit as stored ("calendar" or "working"); anything else is working days. */
enum cal_unit cal_unit_parse(const char *s);
int cal_parse_hhmm_range(const char *s, int *open, int *close); /* "08:00-12:00" -> 0, else -1 */
int cal_parse_date(const char *s, int32_t *day);                /* strict "YYYY-MM-DD", 1900..2199 -> 0, else -1 */
/* "YYYY-MM-DD HH:MM" (seconds ignored) -> minutes; 0, or -1 when malformed. */
int cal_parse_sql(const char *s, int64_t *minutes);
int cal_format_date(int32_t day, char *buf, size_t n);          /* "dd/mm/yyyy" -> 0, else -1 */
/* A time as MariaDB DATETIME text, "YYYY-MM-DD HH:MM:00". Arguments: buf, n, minutes. 0 or -1. */
int cal_format_sql(char *buf, size_t n, int64_t minutes);

#endif
