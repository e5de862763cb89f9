/* test-queue.c: the counter floor's rules: expected waits, when a booked number is valid, which days may be booked. */
#include "rules/queue.h"
#include "tap.h"

#define D(y, m, d) cal_days_from_civil(y, m, d)
#define T(y, m, d, hh, mm) ((int64_t)D(y, m, d) * 1440 + (hh) * 60 + (mm))

int main(void)
{
  /* ahead, pace (s), counters -> minutes */
  static const struct { long ahead, pace, counters, want; const char *why; } waits[] = {
    { 0, 300, 2, 0, "nobody ahead: no wait" },
    { 1, 300, 1, 5, "one ahead at five minutes each" },
    { 3, 300, 2, 8, "three ahead, two counters: 7.5 rounds up to 8" },
    { 4, 0, 1, 28, "no pace yet today: the default seven minutes" },
    { 5, 60, 0, -1, "no counter serves it: unknown" },
    { 1, 1, 4, 1, "a second of work still shows as a minute" },
  };
  for (size_t i = 0; i < sizeof waits / sizeof *waits; i++) {
    long got = queue_expected_min(waits[i].ahead, waits[i].pace, waits[i].counters);
    CHECK(got == waits[i].want, "expected wait: %s (%ld, want %ld)", waits[i].why, got, waits[i].want);
  }

  /* 8:00-16:00 on Monday 1 December 2025 */
  int32_t mon = D(2025, 12, 1);
  const struct { int64_t now; enum queue_when want; const char *why; } whens[] = {
    { T(2025, 12, 1, 7, 59), QUEUE_EARLY, "its day, a minute before eight" },
    { T(2025, 12, 1, 8, 0), QUEUE_VALID, "its day at eight" },
    { T(2025, 12, 1, 15, 59), QUEUE_VALID, "its day, a minute before four" },
    { T(2025, 12, 1, 16, 0), QUEUE_LAPSED, "its day at four: lapsed" },
    { T(2025, 11, 30, 10, 0), QUEUE_LATER, "the day before" },
    { T(2025, 12, 2, 9, 0), QUEUE_LAPSED, "the day after" },
  };
  for (size_t i = 0; i < sizeof whens / sizeof *whens; i++)
    CHECK(queue_booking_when(mon, whens[i].now, 480, 960) == whens[i].want, "booking: %s", whens[i].why);

  /* Days open for booking: weekdays, Tết 2026 (16-20/2) off. */
  int32_t hol[5];
  for (int d = 16; d <= 20; d++) hol[d - 16] = D(2026, 2, d);
  struct cal_rules r = { 480, 720, 780, 1020, 900, hol, 5, NULL, 0 };
  int32_t out[QUEUE_BOOK_DAYS];
  int n = queue_book_days(&r, T(2025, 12, 1, 9, 0), 960, out);
  CHECK(n == 5 && out[0] == mon && out[4] == D(2025, 12, 5), "Monday morning: Monday to Friday (%d days)", n);
  n = queue_book_days(&r, T(2025, 12, 1, 16, 0), 960, out);
  CHECK(n == 4 && out[0] == D(2025, 12, 2) && out[3] == D(2025, 12, 5), "Monday at four: today is gone, Tuesday to Friday (%d days)", n);
  n = queue_book_days(&r, T(2025, 12, 6, 9, 0), 960, out);
  CHECK(n == 5 && out[0] == D(2025, 12, 8) && out[4] == D(2025, 12, 12), "Saturday: the next week (%d days)", n);
  n = queue_book_days(&r, T(2026, 2, 13, 9, 0), 960, out);
  CHECK(n == 1 && out[0] == D(2026, 2, 13), "before Tết: only that Friday (%d days)", n);
  return tap_done();
}
