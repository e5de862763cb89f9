/* rules.h: the deadline rules in force (office hours, holidays), read from the database and cached per worker. */
#ifndef MOTCUA_RULES_H
#define MOTCUA_RULES_H

#include "cal.h"

/* Fills r with the current rules; the arrays stay valid until the next
 * call. Reloaded from the database at most every RULES_TTL seconds, so an
 * edited holiday table is in force within that time. Returns 0 or -1. */
int rules_get(struct cal_rules *r);

#define RULES_TTL 60

#endif
