/* refdata.c: the fields, the whole catalogue, the wards and the reception points, read from MariaDB at most once a minute per worker and copied into each page. */
#include <string.h>
#include <time.h>

#include "core/db.h"
#include "core/log.h"
#include "domain/refdata.h"

/* Each list: the rows as read, when, and how many. */
struct cached { HDF *h; time_t loaded; int n; };
static struct cached fields, catalogue, wards, points;

static int load(struct cached *c, int which)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int n = which == 3 ? db_rows(DB_Q0(POINTS), h, "r") : which == 2 ? db_rows(DB_Q0(WARDS), h, "r")
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

int refdata_wards(HDF *dst, const char *prefix)
{
  return copy(&wards, 2, dst, prefix);
}

int refdata_points(HDF *dst, const char *prefix)
{
  return copy(&points, 3, dst, prefix);
}

int refdata_is_ward(const char *id)
{
  time_t now = time(NULL);
  if ((!wards.h || !refdata_fresh(wards.loaded, now)) && load(&wards, 2) != 0 && !wards.h) return -1;
  for (HDF *w = hdf_get_child(wards.h, "r"); id && w; w = hdf_obj_next(w))
    if (strcmp(hdf_get_value(w, "id", ""), id) == 0) return 1;
  return 0;
}
