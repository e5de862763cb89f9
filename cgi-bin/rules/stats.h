/* stats.h: what each recorded event counts as, on-time rules, the service index's scores, feedback codes (pure, unit-tested). */
#ifndef MOTCUA_STATS_H
#define MOTCUA_STATS_H

#include <stddef.h>
#include <stdint.h>

/* What a dossier event needs to know of its dossier (SQL STAT_CASE). */
struct stats_case {
  const char *finished, *due, *first_due;  /* "YYYY-MM-DD HH:MM"; first_due "" when never extended */
  long supplements;                         /* supplement requests so far */
  long has_result;                          /* an electronic result is attached */
  long docs;                                /* documents received as files (attachments of the reception) */
  const char *returned_how;                 /* "electronic", "counter", "post" or "" */
};

/* Finished early (before the appointment's day), on time (by the
 * appointment) or late. The appointment is the first one: an apology moves
 * the date the citizen is told, not the record. Time waiting for a
 * supplement is never counted against the agency: the supplement restarts
 * the limit (db/004_supplement.sql), so the appointment already leaves it
 * out. NULL when a time is malformed. */
const char *stats_timing(const char *finished, const char *due, const char *first_due);

#define STATS_MAX_MEASURES 6
/* The measures an event of `status` adds one to (the running totals, SQL
 * view stat_fact says the same from the raw rows); returns how many. */
int stats_measures(const char *status, const struct stats_case *c, const char **out, int max);
/* YYYYMM of "YYYY-MM-DD..."; 0 when malformed. */
long stats_month(const char *sql_time);
/* A period from ?ky=: "YYYY" (the year) or "YYYY-MM": first and last
 * month as YYYYMM. 0 or -1. */
int stats_period(const char *s, long *from, long *to);

/* The nine criteria of the one-stop assessment; levels 1 not satisfied,
 * 2 satisfied, 3 very satisfied. Criteria 1-4 and 8 judge the whole
 * process: asked only once the result was returned. */
#define STATS_CRITERIA 9
int stats_criterion_needs_return(int criterion);   /* 1 or 0 */

/* Feedback codes: "PA-" and the id on six digits or more. */
int stats_fb_code(long id, char *out, size_t n);   /* 0 or -1 */
long stats_fb_parse(const char *code);             /* the id, 0 when not a code */

/* One figure of the service index: named counts (the unit's month). */
struct stats_bag { const char *name[48]; long value[48]; int n; };
void stats_bag_add(struct stats_bag *b, const char *name, long value);   /* adds to an existing name */
long stats_bag_get(const struct stats_bag *b, const char *name);

/* A sub-indicator's score. rate and score in hundredths (of a percent,
 * of a point). status: measured, no data (nothing to count this month),
 * not measured (the record cannot support it: threshold < 0). */
enum { STATS_MEASURED, STATS_NO_DATA, STATS_NOT_MEASURED };
struct stats_score { int status; long num, den, rate, score; };
/* Score = min(rate / threshold, 1) x max. Unknown code: not measured. */
void stats_index_item(const char *code, int max_points, int threshold, const struct stats_bag *b,
                      struct stats_score *out);

#endif
