/* stats.h: the running totals of the dashboard, kept in the same transaction as each intake, step and rating. */
#ifndef MOTCUA_DOMAIN_STATS_H
#define MOTCUA_DOMAIN_STATS_H

#include "rules/stats.h"

/* A dossier event of `status` was just recorded at `at` ("YYYY-MM-DD
 * HH:MM:SS"): adds one to each measure it counts as (rules/stats.c), in
 * every dimension, in the caller's transaction. Statuses that count
 * nothing cost nothing. 0 or -1. */
int stats_event(long dossier_id, const char *status, const char *at);

/* A rating's answers (levels[1..STATS_CRITERIA], 0 when not asked) added
 * (delta 1) or taken back (delta -1, when it is changed) in the month it
 * counts in (YYYYMM). 0 or -1. */
int stats_rating(long dossier_id, long month, const int *levels, int delta);

#endif
