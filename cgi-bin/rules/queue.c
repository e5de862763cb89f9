/* queue.c: the counter floor's pure rules: the expected wait, when a booked number is valid, which days may be booked. */
#include "rules/queue.h"

long queue_expected_min(long ahead, long pace_s, long counters)
{
  if (counters < 1) return -1;
  if (ahead < 1) return 0;
  if (pace_s < 1) pace_s = QUEUE_DEFAULT_PACE_S;
  long secs = ahead * pace_s;
  long per = counters * 60;
  return (secs + per - 1) / per;
}

enum queue_when queue_booking_when(int32_t day, int64_t now, int open, int close)
{
  int32_t today = (int32_t)(now / 1440);
  int minute = (int)(now % 1440);
  if (day > today) return QUEUE_LATER;
  if (day < today || minute >= close) return QUEUE_LAPSED;
  return minute < open ? QUEUE_EARLY : QUEUE_VALID;
}

int queue_book_days(const struct cal_rules *r, int64_t now, int close, int32_t out[QUEUE_BOOK_DAYS])
{
  int32_t today = (int32_t)(now / 1440);
  int n = 0;
  for (int32_t d = today; d < today + QUEUE_BOOK_DAYS; d++) {
    if (d == today && (int)(now % 1440) >= close) continue;
    if (cal_is_working_day(r, d)) out[n++] = d;
  }
  return n;
}
