/* test-stats.c: what each event counts as, the on-time rule, the index's scores, feedback codes. */
#include <string.h>

#include "rules/stats.h"
#include "tap.h"

static int has(const char **m, int n, const char *want)
{
  for (int i = 0; i < n; i++) if (strcmp(m[i], want) == 0) return 1;
  return 0;
}

int main(void)
{
  static const struct { const char *fin, *due, *first, *want, *why; } timing[] = {
    { "2026-11-20 10:00", "2026-11-24 17:00", "", "early", "a day before the appointment's day" },
    { "2026-11-24 09:00", "2026-11-24 17:00", "", "on_time", "on the appointment's day" },
    { "2026-11-24 17:00", "2026-11-24 17:00", "", "on_time", "at the appointment itself" },
    { "2026-11-24 17:01", "2026-11-24 17:00", "", "late", "a minute after" },
    { "2026-11-26 10:00", "2026-11-27 17:00", "2026-11-24 17:00", "late", "an apology moves the date told, not the record" },
    { "2026-11-23 10:00", "2026-11-27 17:00", "2026-11-24 17:00", "early", "before the first appointment" },
  };
  for (size_t i = 0; i < sizeof timing / sizeof *timing; i++) {
    const char *t = stats_timing(timing[i].fin, timing[i].due, timing[i].first);
    CHECK(t && strcmp(t, timing[i].want) == 0, "timing: %s -> %s (got %s)", timing[i].why, timing[i].want, t ? t : "NULL");
  }
  CHECK(stats_timing("2026-11-24", "2026-11-24 17:00", "") == NULL, "timing: a malformed time gives NULL");

  const char *m[STATS_MAX_MEASURES];
  struct stats_case c = { "2026-11-24 09:00", "2026-11-24 17:00", "", 1, 1, 2, "" };
  int n = stats_measures("resolved", &c, m, STATS_MAX_MEASURES);
  CHECK(n == 4 && has(m, n, "resolved") && has(m, n, "on_time") && has(m, n, "ok_766") && has(m, n, "e_result"),
        "resolved on time, one supplement, a result: resolved on_time ok_766 e_result (%d)", n);
  c.supplements = 2;
  n = stats_measures("resolved", &c, m, STATS_MAX_MEASURES);
  CHECK(n == 3 && has(m, n, "on_time") && !has(m, n, "ok_766"), "two supplement requests: on time, but not for the index");
  c.supplements = 0; c.finished = "2026-11-25 08:00"; c.has_result = 0;
  n = stats_measures("resolved", &c, m, STATS_MAX_MEASURES);
  CHECK(n == 2 && has(m, n, "late") && !has(m, n, "ok_766"), "late: late, not ok_766");
  n = stats_measures("received", &c, m, STATS_MAX_MEASURES);
  CHECK(n == 2 && has(m, n, "digitised"), "received with its documents as files: received, digitised");
  c.docs = 0;
  CHECK(stats_measures("received", &c, m, STATS_MAX_MEASURES) == 1, "received on paper only: received");
  c.returned_how = "electronic";
  n = stats_measures("returned", &c, m, STATS_MAX_MEASURES);
  CHECK(n == 2 && has(m, n, "e_return"), "returned electronically: returned, e_return");
  CHECK(stats_measures("stopped", &c, m, STATS_MAX_MEASURES) == 1 && strcmp(m[0], "refused") == 0, "stopped counts as refused");
  CHECK(stats_measures("supplement_requested", &c, m, STATS_MAX_MEASURES) == 1 && strcmp(m[0], "supplement") == 0, "a supplement request");
  CHECK(stats_measures("processing", &c, m, STATS_MAX_MEASURES) == 0, "processing counts nothing");
  CHECK(stats_measures("resolved", &c, m, 1) == 1, "never more than max");

  CHECK(stats_month("2026-11-24 17:00") == 202611, "month of a time");
  CHECK(stats_month("2026-13-01") == 0, "no month 13");
  long f, t;
  CHECK(stats_period("2026", &f, &t) == 0 && f == 202601 && t == 202612, "a year");
  CHECK(stats_period("2026-03", &f, &t) == 0 && f == 202603 && t == 202603, "a month");
  CHECK(stats_period("2026-3", &f, &t) == -1 && stats_period("26", &f, &t) == -1 && stats_period("2026-00", &f, &t) == -1
        && stats_period("2026-12x", &f, &t) == -1, "malformed periods refused");

  char code[16];
  CHECK(stats_fb_code(42, code, sizeof code) == 0 && strcmp(code, "PA-000042") == 0, "feedback code PA-000042");
  CHECK(stats_fb_parse("PA-000042") == 42 && stats_fb_parse("PA-1234567") == 1234567, "codes parse back");
  CHECK(stats_fb_parse("PA-0000042") == 0 && stats_fb_parse("PA-00004x") == 0 && stats_fb_parse("XA-000042") == 0
        && stats_fb_parse("PA-000000") == 0, "not codes: padded twice, letters, other prefix, zero");
  CHECK(stats_criterion_needs_return(1) && !stats_criterion_needs_return(5) && stats_criterion_needs_return(8),
        "the whole-process criteria wait for the return");

  struct stats_bag b = { .n = 0 };
  stats_bag_add(&b, "received", 10);
  stats_bag_add(&b, "online", 4);
  stats_bag_add(&b, "resolved", 8);
  stats_bag_add(&b, "ok_766", 6);
  stats_bag_add(&b, "late", 1);
  stats_bag_add(&b, "rated_unsat", 1);
  struct stats_score s;
  stats_index_item("online_share", 12, 50, &b, &s);
  CHECK(s.status == STATS_MEASURED && s.rate == 4000 && s.score == 960, "online 40%% of a 50%% threshold: 9.60 of 12 (%ld)", s.score);
  stats_bag_add(&b, "online", 2);
  stats_index_item("online_share", 12, 50, &b, &s);
  CHECK(s.rate == 6000 && s.score == 1200, "above the threshold: full marks (%ld)", s.score);
  stats_index_item("progress", 20, 100, &b, &s);
  CHECK(s.rate == 7500 && s.score == 1500, "progress 6 of 8: 15.00 of 20 (%ld)", s.score);
  stats_index_item("satisfaction", 6, 90, &b, &s);
  CHECK(s.rate == 7500 && s.score == 500, "satisfaction 100%% - (1 late + 1 unsatisfied)/8 = 75%% of 90%%: 5.00 (%ld)", s.score);
  stats_index_item("fb_on_time", 6, 100, &b, &s);
  CHECK(s.status == STATS_NO_DATA, "no feedback answered: no data, not zero");
  stats_index_item("pub_portal", 9, 0, &b, &s);
  CHECK(s.status == STATS_NOT_MEASURED, "no threshold: not measured");
  stats_index_item("invented", 9, 50, &b, &s);
  CHECK(s.status == STATS_NOT_MEASURED, "an unknown code is not measured, never made up");
  return tap_done();
}
