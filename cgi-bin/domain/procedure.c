/* procedure.c: loads one procedure of the catalogue, for its page and for the submission form; each
 * procedure read from MariaDB at most once a minute per worker (REFDATA_TTL), like the catalogue. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/db.h"
#include "domain/procedure.h"
#include "domain/refdata.h"

static const struct db_field fields[] = {
  DB_INT_FIELD(struct procedure, id), DB_TEXT_FIELD(struct procedure, code),
  DB_TEXT_FIELD(struct procedure, level), DB_INT_FIELD(struct procedure, resolver_id),
  DB_INT_FIELD(struct procedure, has_limit), DB_INT_FIELD(struct procedure, days),
  DB_TEXT_FIELD(struct procedure, unit), DB_INT_FIELD(struct procedure, green),
  DB_INT_FIELD(struct procedure, green_days),
};

/* The procedures this worker has read: their row, documents and fields
 * (proc, docs, pfields), when. Only procedures that exist are kept, so a
 * stream of unknown codes costs queries, never memory. */
#define KEPT_MAX 128
static struct kept { char code[64]; HDF *h; time_t loaded; } kept[KEPT_MAX];

static struct kept *find(const char *code, time_t now)
{
  struct kept *free_slot = NULL, *oldest = &kept[0];
  for (int i = 0; i < KEPT_MAX; i++) {
    struct kept *k = &kept[i];
    if (!k->h) { if (!free_slot) free_slot = k; continue; }
    if (strcmp(k->code, code) == 0) {
      if (refdata_fresh(k->loaded, now)) return k;
      hdf_destroy(&k->h);
      return k;
    }
    if (k->loaded < oldest->loaded) oldest = k;
  }
  if (free_slot) return free_slot;
  hdf_destroy(&oldest->h);
  return oldest;
}

/* Reads the procedure into k (0), 404 when there is none, 503 when MariaDB cannot answer. */
static int load(struct kept *k, const char *code, time_t now)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return 503;
  int n = db_row(DB_Q(PROC_GET, code), h, "proc");
  long id = hdf_get_int_value(h, "proc.id", 0);
  int st = n < 0 ? 503 : n == 0 ? 404 : 0;
  if (!st && (db_rows(DB_Q(PROC_DOCS, id), h, "docs") < 0 || db_rows(DB_Q(PROC_FIELDS, id), h, "pfields") < 0)) st = 503;
  if (st) { hdf_destroy(&h); return st; }
  snprintf(k->code, sizeof k->code, "%s", code);
  k->h = h;
  k->loaded = now;
  return 0;
}

static int copy(HDF *dst, const char *to, HDF *src, const char *from)
{
  HDF *o = hdf_get_obj(src, from);
  NEOERR *err = o ? hdf_copy(dst, to, o) : STATUS_OK;
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

/* The procedure as this worker keeps it, read first if need be: 0, 404 or 503. */
static int kept_of(const char *code, struct kept **out)
{
  if (!code || strlen(code) >= sizeof kept[0].code) return 404;
  time_t now = time(NULL);
  struct kept *k = find(code, now);
  if (!k->h) {
    int st = load(k, code, now);
    if (st) return st;
  }
  *out = k;
  return 0;
}

int procedure_docs(const char *code, HDF **docs)
{
  struct kept *k;
  int st = kept_of(code, &k);
  *docs = st ? NULL : hdf_get_obj(k->h, "docs");
  return st;
}

int procedure_load(struct req *r, const char *code, int with_fields, struct procedure *p)
{
  struct kept *k;
  int st = kept_of(code, &k);
  if (st) return st;
  struct procedure tmp;
  if (!p) p = &tmp;
  if (copy(r->hdf, "Page.proc", k->h, "proc") != 0 || copy(r->hdf, "Page.docs", k->h, "docs") != 0 ||
      (with_fields && copy(r->hdf, "Page.pfields", k->h, "pfields") != 0))
    return 500;
  if (db_struct(hdf_get_obj(r->hdf, "Page.proc"), fields, sizeof fields / sizeof *fields, p) != 0) return 500;
  return 200;
}
