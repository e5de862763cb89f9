/* admin-privacy.c: motcua-admin seal (personal data written before db/015 sealed in place) and pubkey. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/db.h"
#include "domain/intake-agent.h"
#include "domain/intake-form.h"
#include "domain/privacy.h"
#include "tools/admin.h"

/* The dossiers seal looks at: past the mark (db/030), up to the last. */
static long seal_after, seal_through;
struct seal_mark { long last_id, top_id; };

/* One batch of rows in clear (TOOL_PLAIN_ROWS), each sealed in place and
 * committed; the number sealed, or -1. The next batch starts past it. */
static long seal_batch(HDF *h)
{
  NEOERR *err = hdf_remove_tree(h, "plain");
  nerr_ignore(&err);
  if (db_begin() != 0) return -1;
  int n = db_rows(DB_Q(TOOL_PLAIN_ROWS, seal_after, seal_through), h, "plain");
  if (n < 0) { db_rollback(); return -1; }
  static struct privacy_sealed p;
  long done = 0;
  for (HDF *row = hdf_get_child(h, "plain"); row; row = hdf_obj_next(row)) {
    const char *code = hdf_get_value(row, "code", "");
    const struct privacy_clear c = {
      hdf_get_value(row, "id_number", ""), hdf_get_value(row, "birth_date", ""), hdf_get_value(row, "phone", ""),
      hdf_get_value(row, "email", ""), hdf_get_value(row, "address", ""),
    };
    if (privacy_seal(code, &c, &p) != 0 ||
        db_exec(DB_Q(TOOL_SEAL_ROW, p.id_number, p.id_last4, p.birth_date, p.phone, p.phone_tag, p.email, p.address,
                     (long)hdf_get_int_value(row, "id", 0)), NULL) < 0) {
      fprintf(stderr, "motcua-admin: cannot seal dossier %s\n", code);
      db_rollback();
      return -1;
    }
    done++;
    seal_after = hdf_get_int_value(row, "id", 0);
  }
  sodium_memzero(&p, sizeof p);
  err = hdf_remove_tree(h, "plain");
  nerr_ignore(&err);
  return db_commit() == 0 ? done : -1;
}

/* One batch of agents' drafts in clear (db/017): each sealed, its files
 * listed; committed. The number sealed, or -1. */
static long seal_drafts(HDF *h)
{
  static char files[FORM_MAX_DOCS * 65 + 1];
  if (db_begin() != 0) return -1;
  int n = db_rows(DB_Q0(TOOL_PLAIN_DRAFTS), h, "plain");
  long done = 0;
  for (HDF *row = n > 0 ? hdf_get_child(h, "plain") : NULL; row; row = hdf_obj_next(row), done++) {
    const char *data = hdf_get_value(row, "data", "");
    char *sealed = agent_draft_seal(hdf_get_int_value(row, "agent_id", 0), data);
    agent_draft_files(data, files, sizeof files);
    long rc = sealed ? db_exec(DB_Q(TOOL_SEAL_DRAFT, sealed, files, (long)hdf_get_int_value(row, "id", 0)), NULL) : -1;
    free(sealed);
    if (rc < 0) { n = -1; break; }
  }
  NEOERR *err = hdf_remove_tree(h, "plain");
  nerr_ignore(&err);
  if (n < 0) { fprintf(stderr, "motcua-admin: cannot seal the drafts\n"); db_rollback(); return -1; }
  return db_commit() == 0 ? done : -1;
}

/* One batch of queue bookings whose phone is in clear (db/017). */
static long seal_bookings(HDF *h)
{
  char sealed[SEAL_SIZE(16)];
  if (db_begin() != 0) return -1;
  int n = db_rows(DB_Q0(TOOL_PLAIN_BOOKINGS), h, "plain");
  long done = 0;
  for (HDF *row = n > 0 ? hdf_get_child(h, "plain") : NULL; row; row = hdf_obj_next(row), done++)
    if (seal_value(app_privacy.pk, "queue_booking.phone", hdf_get_value(row, "submit_key", ""),
                   hdf_get_value(row, "phone", ""), sealed, sizeof sealed) != 0 ||
        db_exec(DB_Q(TOOL_SEAL_BOOKING, sealed, (long)hdf_get_int_value(row, "id", 0)), NULL) < 0) {
      n = -1;
      break;
    }
  NEOERR *err = hdf_remove_tree(h, "plain");
  nerr_ignore(&err);
  if (n < 0) { fprintf(stderr, "motcua-admin: cannot seal the bookings\n"); db_rollback(); return -1; }
  return db_commit() == 0 ? done : -1;
}

/* Runs batch until it finds nothing: the total, or -1. */
static long all_batches(long (*batch)(HDF *h), HDF *h)
{
  long total = 0, n;
  while ((n = batch(h)) > 0) total += n;
  return n < 0 ? -1 : total;
}

int admin_seal(HDF *conf)
{
  if (app_privacy_load(conf, PERSONAL_SEAL) != 0) {
    fprintf(stderr, "motcua-admin: sealing needs the personal-data public and index keys (Privacy.*)\n");
    return 1;
  }
  struct seal_mark mark;
  static const struct db_field mark_f[] = { DB_INT_FIELD(struct seal_mark, last_id), DB_INT_FIELD(struct seal_mark, top_id) };
  if (db_get(DB_Q0(TOOL_SEAL_MARK), mark_f, 2, &mark) != 1) {
    fprintf(stderr, "motcua-admin: cannot read how far sealing has looked (seal_mark, db/030)\n");
    return 1;
  }
  seal_after = mark.last_id;
  seal_through = mark.top_id;
  long total = all_batches(seal_batch, conf);
  if (total >= 0 && db_exec(DB_Q(TOOL_SEAL_MARK_SET, seal_through), NULL) < 0) total = -1;
  long drafts = all_batches(seal_drafts, conf);
  long bookings = all_batches(seal_bookings, conf);
  seal_forget();
  if (total < 0 || drafts < 0 || bookings < 0) return 1;
  char what[160];
  snprintf(what, sizeof what, "personal data sealed: %ld dossiers (before 015), %ld drafts, %ld bookings (before 017)",
           total, drafts, bookings);
  if (total + drafts + bookings > 0 &&
      db_exec(DB_Q(AUDIT, NULL, "motcua-admin", NULL, "seal_personal", NULL, what, "cli", NULL), NULL) < 0)
    return 1;
  printf("seal: %ld dossiers sealed, %ld drafts, %ld bookings\n", total, drafts, bookings);
  return 0;
}

int admin_pubkey(void)
{
  char hex[130];
  unsigned char sk[SEAL_KEYBYTES], pk[SEAL_KEYBYTES];
  if (sodium_init() < 0 || !fgets(hex, sizeof hex, stdin)) return 1;
  hex[strcspn(hex, "\r\n")] = '\0';
  int rc = token_key_from_hex(hex, sk);
  sodium_memzero(hex, sizeof hex);
  if (rc != 0) { fprintf(stderr, "motcua-admin: a secret key is 64 hex digits\n"); return 1; }
  seal_public_key(sk, pk);
  sodium_memzero(sk, sizeof sk);
  sodium_bin2hex(hex, sizeof hex, pk, sizeof pk);
  printf("%s\n", hex);
  return 0;
}
