/* refdata.h: reference data every page shows alike (the fields, the whole catalogue, the wards, the reception points), read once a minute per worker. */
#ifndef MOTCUA_REFDATA_H
#define MOTCUA_REFDATA_H

#include <time.h>

#include <ClearSilver.h>

/* How long a worker keeps them: a change to the catalogue shows within it. */
#define REFDATA_TTL 60
/* Whether what a worker read at `loaded` may still be shown at `now` (a
 * clock that went back counts as stale). The one rule for every list kept. */
static inline int refdata_fresh(time_t loaded, time_t now) { return now >= loaded && now - loaded < REFDATA_TTL; }

/* The fields (FIELDS) as prefix.N.{slug,name}: the number of rows, or -1. */
int refdata_fields(HDF *dst, const char *prefix);
/* The whole catalogue (PROC_SEARCH with no words and no field), as
 * prefix.N.*: the number of rows, or -1. */
int refdata_catalogue(HDF *dst, const char *prefix);

/* The wards and communes (WARDS: the competent agency of a ward-level
 * procedure's form, shown and checked) as prefix.N.{id,name}: the number of
 * rows, or -1. */
int refdata_wards(HDF *dst, const char *prefix);
/* The reception points (POINTS: the back office's worklist filter) as
 * prefix.N.{id,name}: the number of rows, or -1. */
int refdata_points(HDF *dst, const char *prefix);
/* 1 when id (as typed) is the id of one of those wards, 0 when not, -1
 * when they cannot be read. */
int refdata_is_ward(const char *id);

#endif
