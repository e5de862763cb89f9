/* admin-purge.c: motcua-admin purge: personal data kept past its retention period erased (db/018), then the orphaned files collected. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "tools/admin.h"

/* The periods in force (settings retention.*, days): every one must be set. */
struct periods { long contact, identity, booking, draft; };

static int periods_read(HDF *h, struct periods *p)
{
  const struct { const char *name; long *v; } want[] = {
    { "retention.contact_days", &p->contact }, { "retention.identity_days", &p->identity },
    { "retention.booking_days", &p->booking }, { "retention.draft_days", &p->draft },
  };
  if (db_rows(DB_Q0(PURGE_SETTINGS), h, "retention") < 0) return -1;
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    *want[i].v = -1;
    for (HDF *s = hdf_get_child(h, "retention"); s; s = hdf_obj_next(s))
      if (strcmp(hdf_get_value(s, "name", ""), want[i].name) == 0) *want[i].v = strtol(hdf_get_value(s, "value", ""), NULL, 10);
    if (*want[i].v < 1) { fprintf(stderr, "motcua-admin: setting %s missing or below 1 day\n", want[i].name); return -1; }
  }
  return 0;
}

static int audit(long dossier, const char *detail)
{
  return db_exec(DB_Q(AUDIT, NULL, "motcua-admin", NULL, "purge_personal", db_id_or_null(dossier), detail, "cli", NULL),
                 NULL) < 0 ? -1 : 0;
}

/* One transaction: a batch of the dossiers due (identity: all five values;
 * else the contact data), each erased and audited. The number found (0:
 * none left), or -1; *done counts those erased. */
static long dossier_batch(HDF *h, const struct periods *p, int identity, long batch, long *done)
{
  if (db_begin() != 0) return -1;
  long n = identity ? db_rows(DB_Q(PURGE_IDENTITY_FIND, p->contact, p->identity, batch), h, "due")
                    : db_rows(DB_Q(PURGE_CONTACT_FIND, p->contact, p->contact, p->identity, batch), h, "due");
  for (HDF *row = n > 0 ? hdf_get_child(h, "due") : NULL; row; row = hdf_obj_next(row)) {
    long id = hdf_get_int_value(row, "id", 0);
    long k = identity ? db_exec(DB_Q(PURGE_IDENTITY, id), NULL) : db_exec(DB_Q(PURGE_CONTACT, id), NULL);
    if (k < 0 || (k > 0 && audit(id, identity ? "identity: id number, birth date, phone, email, address erased"
                                               : "contact: phone, email, address erased") != 0)) {
      n = -1;
      break;
    }
    *done += k;
  }
  NEOERR *err = hdf_remove_tree(h, "due");
  nerr_ignore(&err);
  if (n < 0) { db_rollback(); return -1; }
  return db_commit() == 0 ? n : -1;
}

/* One transaction: a batch of bookings' phones or drafts (what), audited. The number changed, or -1. */
static long row_batch(int drafts, long days, long batch)
{
  if (db_begin() != 0) return -1;
  long k = drafts ? db_exec(DB_Q(PURGE_DRAFTS, days, batch), NULL) : db_exec(DB_Q(PURGE_BOOKINGS, days, batch), NULL);
  char what[80];
  snprintf(what, sizeof what, drafts ? "drafts: %ld deleted" : "bookings: %ld phones erased", k);
  if (k < 0 || (k > 0 && audit(0, what) != 0)) { db_rollback(); return -1; }
  return db_commit() == 0 ? k : -1;
}

struct tally { long identity, contact, bookings, drafts, batches; };

static int purge_all(HDF *h, const struct periods *p, long batch, struct tally *t)
{
  long n = 0;
  /* Identity first: a dossier due for both loses all five at once. */
  for (int identity = 1; identity >= 0 && n >= 0; identity--)
    while ((n = dossier_batch(h, p, identity, batch, identity ? &t->identity : &t->contact)) > 0) t->batches++;
  for (int drafts = 0; drafts <= 1 && n >= 0; drafts++)
    while ((n = row_batch(drafts, drafts ? p->draft : p->booking, batch)) > 0) {
      *(drafts ? &t->drafts : &t->bookings) += n;
      t->batches++;
    }
  return n < 0 ? -1 : 0;
}

struct count { long n; };

static long count(enum sql_id id, int nargs, const struct db_arg *args)
{
  static const struct db_field f[] = { DB_INT_FIELD(struct count, n) };
  struct count c = { 0 };
  return db_get(id, nargs, args, f, 1, &c) == 1 ? c.n : -1;
}

static int count_all(const struct periods *p, struct tally *t)
{
  t->identity = count(DB_Q(PURGE_IDENTITY_COUNT, p->contact, p->identity));
  t->contact = count(DB_Q(PURGE_CONTACT_COUNT, p->contact, p->contact, p->identity));
  t->bookings = count(DB_Q(PURGE_BOOKINGS_COUNT, p->booking));
  t->drafts = count(DB_Q(PURGE_DRAFTS_COUNT, p->draft));
  return t->identity < 0 || t->contact < 0 || t->bookings < 0 || t->drafts < 0 ? -1 : 0;
}

int admin_purge(HDF *conf, int argc, char **argv)
{
  int dry = 0;
  long batch = 200;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--dry-run") == 0) dry = 1;
    else if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc && (batch = strtol(argv[++i], NULL, 10)) >= 1) continue;
    else { fprintf(stderr, "usage: motcua-admin -c CONFIG purge [--dry-run] [--batch N]\n"); return 2; }
  }
  struct periods p;
  struct tally t = { 0 };
  struct upload_gc gc = { .dry = dry };
  if (periods_read(conf, &p) != 0) return 1;
  if ((dry ? count_all(&p, &t) : purge_all(conf, &p, batch, &t)) != 0) {
    fprintf(stderr, "motcua-admin: purge failed%s\n", dry ? "" : "; what was committed stays, run it again");
    return 1;
  }
  if (admin_collect(conf, &gc) != 0) return 1;
  printf("purge%s: identity %ld, contact %ld, bookings %ld, drafts %ld, files %ld", dry ? " (dry run)" : "", t.identity,
         t.contact, t.bookings, t.drafts, gc.files);
  if (!dry) printf(" (%ld transactions)", t.batches);
  printf("\n");
  return 0;
}
