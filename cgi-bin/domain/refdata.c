/* refdata.c: the fields, the whole catalogue, the wards and the agencies' codes, read from MariaDB at most once a minute per worker. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/app.h"
#include "core/db.h"
#include "core/log.h"
#include "domain/refdata.h"

/* Each list: the rows as read, when, and how many. */
struct cached { HDF *h; time_t loaded; int n; };
static struct cached fields, catalogue, wards, codes;

static int load(struct cached *c, int which)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int n = which == 3 ? db_rows(DB_Q0(AGENCY_CODES), h, "r")
          : which == 2 ? db_rows(DB_Q0(WARDS), h, "r")
          : which ? db_rows(DB_Q(PROC_SEARCH, "", "", "", "", ""), h, "r") : db_rows(DB_Q0(FIELDS), h, "r");
  if (n < 0) { hdf_destroy(&h); return -1; }
  hdf_destroy(&c->h);
  c->h = h;
  c->n = n;
  c->loaded = time(NULL);
  return 0;
}

static int copy(struct cached *c, int which, HDF *dst, const char *prefix)
{
  time_t now = time(NULL);
  /* Stale or never read: read again (on failure, a worker that has the rows keeps them a while). */
  if ((!c->h || !refdata_fresh(c->loaded, now)) && load(c, which) != 0 && !c->h) return -1;
  HDF *rows = hdf_get_obj(c->h, "r");
  if (!rows) return 0;
  NEOERR *err = hdf_copy(dst, prefix, rows);
  if (err) { nerr_ignore(&err); return -1; }
  return c->n;
}

int refdata_fields(HDF *dst, const char *prefix)
{
  return copy(&fields, 0, dst, prefix);
}

int refdata_catalogue(HDF *dst, const char *prefix)
{
  return copy(&catalogue, 1, dst, prefix);
}

/* When the wards now in app_global were read (0: not there yet). */
static time_t shown;

int refdata_wards_shown(void)
{
  time_t now = time(NULL);
  if ((!wards.h || !refdata_fresh(wards.loaded, now)) && load(&wards, 2) != 0 && !wards.h) return -1;
  if (shown != wards.loaded) {
    HDF *rows = hdf_get_obj(wards.h, "r");
    NEOERR *err = hdf_remove_tree(app_global, REFDATA_WARDS);
    if (!err && rows) err = hdf_copy(app_global, REFDATA_WARDS, rows);
    if (err) { nerr_ignore(&err); shown = 0; return -1; }
    shown = wards.loaded;
  }
  return wards.n;
}

int refdata_is_ward(const char *id)
{
  time_t now = time(NULL);
  if ((!wards.h || !refdata_fresh(wards.loaded, now)) && load(&wards, 2) != 0 && !wards.h) return -1;
  for (HDF *w = hdf_get_child(wards.h, "r"); id && w; w = hdf_obj_next(w))
    if (strcmp(hdf_get_value(w, "id", ""), id) == 0) return 1;
  return 0;
}

int refdata_agency_code(long id, char *out, size_t n)
{
  int just_read = 0;
  if (!codes.h || !refdata_fresh(codes.loaded, time(NULL))) {
    if (load(&codes, 3) != 0 && !codes.h) return -1;
    just_read = 1;
  }
  for (;;) {
    for (HDF *a = hdf_get_child(codes.h, "r"); a; a = hdf_obj_next(a)) {
      if (strtol(hdf_get_value(a, "id", "0"), NULL, 10) != id) continue;
      const char *code = hdf_get_value(a, "code", "");
      if (strlen(code) >= n) return -1;
      memcpy(out, code, strlen(code) + 1);
      return 1;
    }
    if (just_read) return 0;
    /* An agency added since the last read: read again now, not a minute later. */
    if (load(&codes, 3) != 0) return -1;
    just_read = 1;
  }
}
