/* calendar.h: the deadline rules in force (office hours, holidays), read from the database and cached per worker. */
#ifndef MOTCUA_CALENDAR_H
#define MOTCUA_CALENDAR_H

#include "rules/cal.h"

/* Fills r with the current rules; the arrays stay valid until the next
 * call. Reloaded from the database at most every CALENDAR_TTL seconds, so an
 * edited holiday table is in force within that time. Returns 0 or -1. */
int calendar_rules(struct cal_rules *r);

#define CALENDAR_TTL 60

#endif
