/* queue.h: the counter floor's pure rules: the expected wait, when a booked number is valid, which days may be booked. */
#ifndef MOTCUA_QUEUE_RULES_H
#define MOTCUA_QUEUE_RULES_H

#include <stdint.h>

#include "rules/cal.h"

/* Today and the next six days (Hanoi's booking window). */
#define QUEUE_BOOK_DAYS 7
/* At most this many bookings a person a day (one per service). */
#define QUEUE_BOOK_PER_DAY 2
/* The time a number takes at a counter before any was served today (seconds). */
#define QUEUE_DEFAULT_PACE_S 420

/* Minutes until a number with `ahead` people before it is called, with
 * `counters` counters serving at `pace_s` seconds a number (0: the
 * default pace); rounded up. 0 when nobody is ahead; -1 with no counter. */
long queue_expected_min(long ahead, long pace_s, long counters);

/* Where a booking for `day` stands at local time `now` (minutes), when
 * booked numbers are valid from `open` to `close` (minutes after midnight). */
enum queue_when {
  QUEUE_VALID,     /* its day, within the hours: it may check in */
  QUEUE_EARLY,     /* its day, before the hours */
  QUEUE_LATER,     /* a later day */
  QUEUE_LAPSED,    /* its day is past, or its hours are */
};
enum queue_when queue_booking_when(int32_t day, int64_t now, int open, int close);

/* The days that may be booked at `now`: today while its hours last, and
 * the following days up to six ahead, working days only. Returns how many
 * were written to out (at most QUEUE_BOOK_DAYS). */
int queue_book_days(const struct cal_rules *r, int64_t now, int close, int32_t out[QUEUE_BOOK_DAYS]);

#endif
