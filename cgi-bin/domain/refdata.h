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
/* The most procedures a list shows (PROC_SEARCH's LIMIT). */
#define REFDATA_LIST_MAX 300
/* The whole catalogue (CATALOGUE: what PROC_SEARCH gives with no words and
 * no field), its first REFDATA_LIST_MAX as prefix.N.*: how many, or -1. */
int refdata_catalogue(HDF *dst, const char *prefix);
/* The procedures PROC_SEARCH finds for q (squeezed) and field (a slug or
 * ""), in its order, found in the kept catalogue: the name contains q as
 * LIKE '%q%' decides under the collation, or the code equals q; one
 * statement without a table weighs q (none for an empty q, nor for one
 * of the worker's last 32 queries since the catalogue was read). As
 * prefix.N.*: how many, -1 on a database error, or REFDATA_ASK_SQL when
 * the worker cannot decide (the weights not read, a query with the
 * separator "|"): then run PROC_SEARCH. */
#define REFDATA_ASK_SQL (-2)
int refdata_search(HDF *dst, const char *prefix, const char *q, const char *field);

/* Where the wards and communes (WARDS: the competent agency of a
 * ward-level procedure's form, shown and checked) stand for the templates:
 * in the worker's global tree (app_global, which every render reads after
 * the request's own), as Ref.wards.N.{id,name}. A form's page does not copy
 * the 126 of them into its own tree; they are rewritten there when read again. */
#define REFDATA_WARDS "Ref.wards"
/* ... and their <option>s as the form writes them with no ward chosen, each
 * value escaped (refdata.c): written by submit.cs with uvar:. */
#define REFDATA_WARDS_OPTIONS "Ref.wards_options"
/* Makes Ref.wards the worker's fresh list: the number of rows, or -1. */
int refdata_wards_shown(void);
/* The reception points (POINTS: the back office's worklist filter) as
 * prefix.N.{id,name}: the number of rows, or -1. */
int refdata_points(HDF *dst, const char *prefix);
/* 1 when id (as typed) is the id of one of those wards, 0 when not, -1
 * when they cannot be read. */
int refdata_is_ward(const char *id);

/* The code of agency id (AGENCY_CODES) into out: 1, 0 when there is no
 * such agency, -1 when they cannot be read (or out is too small). */
int refdata_agency_code(long id, char *out, size_t n);
/* Its name and address (agency.name VARCHAR(200), address VARCHAR(255),
 * in bytes of UTF-8), the same way. */
struct agency_name { char name[801], address[1021]; };
int refdata_agency_name(long id, struct agency_name *out);

#endif
