/* privacy.c: a dossier's personal data: sealed on the way in, opened for the back office and (phone, address) the post-office agents, each view on the audit log; tagged for the lookups. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "core/log.h"
#include "domain/audit.h"
#include "domain/privacy.h"

/* The sealed columns: their name in the database (the seal's field, so
 * a value moved to another column does not open), in a fetched row, and
 * the key pair they are sealed to: the back office's, or the delivery
 * pair, which the post-office agents hold too (phone and address: what
 * delivering a result needs). */
static const struct { const char *column, *row; int delivery; } sealed_cols[] = {
  { "id_number", "id_number", 0 }, { "birth_date", "birth", 0 }, { "phone", "phone", 1 },
  { "email", "email", 0 }, { "address", "address", 1 },
};

int privacy_seal(const char *code, const struct privacy_clear *in, struct privacy_sealed *out)
{
  const char *v[] = { in->id_number, in->birth_date, in->phone, in->email ? in->email : "", in->address };
  struct { char *buf; size_t n; } o[] = {
    { out->id_number, sizeof out->id_number }, { out->birth_date, sizeof out->birth_date },
    { out->phone, sizeof out->phone }, { out->email, sizeof out->email }, { out->address, sizeof out->address },
  };
  /* The five values from the worker's kept key stream ("s3."): three X25519
   * operations each SEAL_KEEP_USES dossiers or SEAL_KEEP_SECONDS, not three
   * a dossier ("s2.") nor ten ("s1."); what the stream keeps opens only the
   * dossiers still to come (rules/seal.c). */
  struct sealer s[2];
  int rc = seal_begin_kept(s, app_privacy.pk, app_privacy.dpk, (long)time(NULL));
  for (size_t i = 0; !rc && i < sizeof o / sizeof *o; i++)
    if (!v[i] || seal_with(&s[sealed_cols[i].delivery], sealed_cols[i].column, code, v[i], o[i].buf, o[i].n) != 0) {
      log_err("privacy: cannot seal %s of %s", sealed_cols[i].column, code);
      rc = -1;
    }
  seal_end(&s[0]);
  seal_end(&s[1]);
  if (rc) return -1;
  size_t len = strlen(in->id_number);
  if (len < 4) { log_err("privacy: identification number of %s too short", code); return -1; }
  privacy_last4_tag(code, in->id_number + len - 4, out->id_last4);
  privacy_phone_tag(in->phone, out->phone_tag);
  return 0;
}

void privacy_phone_tag(const char *phone, char out[TOKEN_LEN + 1])
{
  token_tag(app_privacy.index, "phone", phone, out);
}

void privacy_last4_tag(const char *code, const char *last4, char out[TOKEN_LEN + 1])
{
  char what[128];
  snprintf(what, sizeof what, "%s|%s", code, last4);
  token_tag(app_privacy.index, "id_last4", what, out);
}

/* "YYYY-MM-DD" as the back office reads a date: "DD/MM/YYYY". */
static void birth_shown(char *v, size_t n)
{
  if (strlen(v) != 10 || v[4] != '-' || v[7] != '-' || n < 11) return;
  char d[11];
  snprintf(d, sizeof d, "%.2s/%.2s/%.4s", v + 8, v + 5, v);
  memcpy(v, d, sizeof d);
}

int privacy_open_row(HDF *row, const char *code)
{
  static char clear[1300];
  int rc = 0;
  if (!row) return -1;
  for (size_t i = 0; i < sizeof sealed_cols / sizeof *sealed_cols; i++) {
    const char *s = hdf_get_value(row, sealed_cols[i].row, NULL);
    if (!s || !*s) continue;   /* erased by motcua-admin purge (db/018): nothing to open */
    int d = sealed_cols[i].delivery;
    if (!(d ? app_privacy.has_dsk : app_privacy.has_sk) ||
        seal_open(d ? app_privacy.dpk : app_privacy.pk, d ? app_privacy.dsk : app_privacy.sk, sealed_cols[i].column, code, s,
                  clear, sizeof clear) != 0) {
      log_err("privacy: %s of %s does not open", sealed_cols[i].column, code);
      clear[0] = '\0';
      rc = -1;
    }
    if (i == 1) birth_shown(clear, sizeof clear);
    NEOERR *err = hdf_set_value(row, sealed_cols[i].row, clear);
    if (err) { nerr_ignore(&err); rc = -1; }
  }
  sodium_memzero(clear, sizeof clear);
  return rc;
}

int privacy_show(struct req *r, long dossier_id, const char *code, const char *page)
{
  if (privacy_open_row(hdf_get_obj(r->hdf, "Page.c"), code) != 0) return 500;
  return audit_write(r, "view_personal", dossier_id, page) == 0 ? 0 : 503;
}

int privacy_show_rows(struct req *r, const char *list, const char *page)
{
  char what[96];
  int n = 0;
  for (HDF *row = hdf_get_child(r->hdf, list); row; row = hdf_obj_next(row), n++)
    if (privacy_open_row(row, hdf_get_value(row, "code", "")) != 0) return 500;
  snprintf(what, sizeof what, "%s: %d dossiers", page, n);
  return n == 0 || audit_write(r, "view_personal", 0, what) == 0 ? 0 : 503;
}

char *privacy_seal_text(int delivery, const char *field, const char *code, const char *value)
{
  size_t n = SEAL_SIZE(strlen(value));
  char *out = malloc(n);
  if (!out || seal_value(delivery ? app_privacy.dpk : app_privacy.pk, field, code, value, out, n) != 0) {
    log_err("privacy: cannot seal %s of %s", field, code);
    free(out);
    return NULL;
  }
  return out;
}

char *privacy_open_text(int delivery, const char *field, const char *code, const char *sealed)
{
  size_t n = strlen(sealed) + 1;   /* the clear text is shorter than its sealed form */
  char *out = malloc(n);
  if (!out || !(delivery ? app_privacy.has_dsk : app_privacy.has_sk) ||
      seal_open(delivery ? app_privacy.dpk : app_privacy.pk, delivery ? app_privacy.dsk : app_privacy.sk, field, code,
                sealed, out, n) != 0) {
    log_err("privacy: %s of %s does not open", field, code);
    privacy_free_text(out);
    return NULL;
  }
  return out;
}

void privacy_free_text(char *s)
{
  if (s) sodium_memzero(s, strlen(s));
  free(s);
}
