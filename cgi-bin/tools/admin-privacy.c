/* admin-privacy.c: motcua-admin seal (personal data written before db/015 sealed in place) and pubkey. */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "core/db.h"
#include "domain/privacy.h"
#include "tools/admin.h"

/* One batch of rows in clear (TOOL_PLAIN_ROWS), each sealed in place and
 * committed; the number sealed, or -1. */
static long seal_batch(HDF *h)
{
  NEOERR *err = hdf_remove_tree(h, "plain");
  nerr_ignore(&err);
  if (db_begin() != 0) return -1;
  int n = db_rows(DB_Q0(TOOL_PLAIN_ROWS), h, "plain");
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
  }
  sodium_memzero(&p, sizeof p);
  err = hdf_remove_tree(h, "plain");
  nerr_ignore(&err);
  return db_commit() == 0 ? done : -1;
}

int admin_seal(HDF *conf)
{
  if (app_privacy_load(conf, PERSONAL_SEAL) != 0) {
    fprintf(stderr, "motcua-admin: sealing needs the personal-data public and index keys (Privacy.*)\n");
    return 1;
  }
  long total = 0, n;
  while ((n = seal_batch(conf)) > 0) total += n;
  if (n < 0) return 1;
  if (total > 0 && db_exec(DB_Q(AUDIT, NULL, "motcua-admin", NULL, "seal_personal", NULL,
                                "personal data of dossiers written before 015 sealed", "cli", NULL), NULL) < 0)
    return 1;
  printf("seal: %ld dossiers sealed\n", total);
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
