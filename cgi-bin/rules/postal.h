/* postal.h: the public postal service's limits: delivery in working days from acceptance (J+n), and when an undelivered result goes back. */
#ifndef MOTCUA_POSTAL_H
#define MOTCUA_POSTAL_H

#include <stdint.h>

#include "rules/cal.h"

/* How far an item travels (Circular 17/2017/TT-BTTTT): within one district,
 * within one province, between special/type-I cities, anywhere else. Since
 * 1/7/2025 Hanoi has no districts: motcua counts the post office's own ward
 * as "one district" and the rest of the city as "one province" (provisional). */
enum postal_zone { POSTAL_DISTRICT, POSTAL_PROVINCE, POSTAL_CITIES, POSTAL_OTHER };

/* The limit in working days after the day of acceptance J: 1, 2, 3, 4;
 * twice that when an appointment slip must also be delivered. */
int postal_limit_days(enum postal_zone z, int with_slip);
/* The day an item accepted on `accepted` must arrive: the n-th working
 * day after it (n >= 1), or `accepted` itself for n <= 0. */
int32_t postal_due_day(const struct cal_rules *r, int32_t accepted, int n);
/* Working days after `from` up to and including `to` (0 when to <= from). */
int postal_working_days_after(const struct cal_rules *r, int32_t from, int32_t to);
/* May an undelivered result go back to the agency? At least two failed
 * attempts, the last at least two working days after the first: 1 or 0. */
int postal_may_return(const struct cal_rules *r, int failed, int32_t first, int32_t last);

#endif
