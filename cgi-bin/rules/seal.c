/* seal.c: personal data sealed to the back office's key: crypto_box_seal over "field 0x1f code 0x1f value" (s1), or several values with one ephemeral key (s2), base64url. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "rules/seal.h"

/* Why a sealed box and not a symmetric AEAD: the public program (and the
 * counter, and the migration) only ever writes personal data. With a
 * sealed box it holds the public key alone, so a compromised public
 * program cannot read one dossier's data, past or future beyond what it
 * is sent. A sealed box has no additional data: the field and the
 * dossier code go inside, and opening checks them, which binds the value
 * to its place as additional data would. */

#define SEP '\x1f'

/* Plaintext buffers are wiped before they are freed (plain malloc: the
 * register opens hundreds of values per page, sodium_malloc's guard
 * pages cost system calls each). */
static void wipe_free(unsigned char *p, size_t n)
{
  if (p) sodium_memzero(p, n);
  free(p);
}

void seal_public_key(const unsigned char sk[SEAL_KEYBYTES], unsigned char pk[SEAL_KEYBYTES])
{
  crypto_scalarmult_base(pk, sk);
}

static int ctx_ok(const char *field, const char *code)
{
  return field && code && strlen(field) + strlen(code) <= SEAL_CTX_MAX && !strchr(field, SEP) && !strchr(code, SEP);
}

/* "field SEP code SEP value" in a new buffer of *ml bytes (wipe_free it), or NULL. */
static unsigned char *plain(const char *field, const char *code, const char *value, size_t *ml)
{
  size_t fl = strlen(field), cl = strlen(code), vl = strlen(value);
  *ml = fl + cl + 2 + vl;
  unsigned char *m = malloc(*ml);
  if (!m) return NULL;
  memcpy(m, field, fl);
  m[fl] = SEP;
  memcpy(m + fl + 1, code, cl);
  m[fl + 1 + cl] = SEP;
  memcpy(m + fl + cl + 2, value, vl);
  return m;
}

/* prefix + base64url of c into out of n bytes (checked by the caller). */
static void encode(const char *prefix, const unsigned char *c, size_t cl, char *out, size_t n)
{
  memcpy(out, prefix, 3);
  sodium_bin2base64(out + 3, n - 3, c, cl, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

static int fits(const char *field, const char *code, const char *value, size_t n)
{
  size_t cl = strlen(field) + strlen(code) + 2 + strlen(value) + crypto_box_SEALBYTES;
  return n >= sizeof SEAL_PREFIX - 1 + sodium_base64_ENCODED_LEN(cl, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

int seal_value(const unsigned char pk[SEAL_KEYBYTES], const char *field, const char *code, const char *value,
               char *out, size_t n)
{
  if (!ctx_ok(field, code) || !value || !fits(field, code, value, n)) return -1;
  size_t ml;
  unsigned char *m = plain(field, code, value, &ml), *c = malloc(ml + crypto_box_SEALBYTES);
  int rc = -1;
  if (m && c && crypto_box_seal(c, m, ml, pk) == 0) {
    encode(SEAL_PREFIX, c, ml + crypto_box_SEALBYTES, out, n);
    rc = 0;
  }
  wipe_free(m, ml);
  free(c);
  return rc;
}

/* The nonce of one field in a sealing: BLAKE2b-192(epk pk field). */
static void nonce_of(const unsigned char epk[SEAL_KEYBYTES], const unsigned char pk[SEAL_KEYBYTES], const char *field,
                     unsigned char nonce[crypto_box_NONCEBYTES])
{
  crypto_generichash_state st;
  crypto_generichash_init(&st, NULL, 0, crypto_box_NONCEBYTES);
  crypto_generichash_update(&st, epk, SEAL_KEYBYTES);
  crypto_generichash_update(&st, pk, SEAL_KEYBYTES);
  crypto_generichash_update(&st, (const unsigned char *)field, strlen(field));
  crypto_generichash_final(&st, nonce, crypto_box_NONCEBYTES);
}

int seal_begin_pair(struct sealer s[2], const unsigned char pk0[SEAL_KEYBYTES], const unsigned char pk1[SEAL_KEYBYTES])
{
  unsigned char esk[crypto_box_SECRETKEYBYTES];
  const unsigned char *pk[2] = { pk0, pk1 };
  int rc = 0;
  memset(s, 0, 2 * sizeof *s);
  crypto_box_keypair(s[0].epk, esk);
  for (int i = 0; i < 2; i++) {
    memcpy(s[i].epk, s[0].epk, SEAL_KEYBYTES);
    memcpy(s[i].pk, pk[i], SEAL_KEYBYTES);
    rc |= crypto_box_beforenm(s[i].k, pk[i], esk);
  }
  sodium_memzero(esk, sizeof esk);
  return rc == 0 ? 0 : -1;
}

int seal_with(struct sealer *s, const char *field, const char *code, const char *value, char *out, size_t n)
{
  if (!ctx_ok(field, code) || !value || !fits(field, code, value, n) || s->n >= SEAL_BATCH_MAX) return -1;
  for (int i = 0; i < s->n; i++)
    if (strcmp(s->used[i], field) == 0) return -1;
  size_t ml;
  unsigned char nonce[crypto_box_NONCEBYTES];
  unsigned char *m = plain(field, code, value, &ml), *c = malloc(ml + crypto_box_SEALBYTES);
  int rc = -1;
  nonce_of(s->epk, s->pk, field, nonce);
  if (m && c && crypto_box_easy_afternm(c + SEAL_KEYBYTES, m, ml, nonce, s->k) == 0) {
    memcpy(c, s->epk, SEAL_KEYBYTES);
    encode(SEAL_PREFIX2, c, ml + crypto_box_SEALBYTES, out, n);
    s->used[s->n++] = field;
    rc = 0;
  }
  wipe_free(m, ml);
  free(c);
  return rc;
}

void seal_end(struct sealer *s)
{
  sodium_memzero(s->k, sizeof s->k);
}

int seal_is_sealed(const char *s)
{
  return s && (strncmp(s, SEAL_PREFIX, sizeof SEAL_PREFIX - 1) == 0 || strncmp(s, SEAL_PREFIX2, sizeof SEAL_PREFIX2 - 1) == 0);
}

/* The plaintext m of ml bytes starts with field SEP code SEP: the rest, in out. */
static int unwrap(const unsigned char *m, size_t ml, const char *field, const char *code, char *out, size_t n)
{
  size_t fl = strlen(field), cl = strlen(code), head = fl + cl + 2;
  if (ml < head || memcmp(m, field, fl) != 0 || m[fl] != SEP || memcmp(m + fl + 1, code, cl) != 0 ||
      m[fl + 1 + cl] != SEP || ml - head >= n || memchr(m + head, '\0', ml - head))
    return -1;
  memcpy(out, m + head, ml - head);
  out[ml - head] = '\0';
  return 0;
}

/* Opens c (clen bytes, at least crypto_box_SEALBYTES) of either format into m. */
static int open_box(int v2, unsigned char *m, const unsigned char *c, size_t clen, const unsigned char pk[SEAL_KEYBYTES],
                    const unsigned char sk[SEAL_KEYBYTES], const char *field)
{
  if (!v2) return crypto_box_seal_open(m, c, clen, pk, sk);
  unsigned char k[crypto_box_BEFORENMBYTES], nonce[crypto_box_NONCEBYTES];
  if (crypto_box_beforenm(k, c, sk) != 0) return -1;
  nonce_of(c, pk, field, nonce);
  int rc = crypto_box_open_easy_afternm(m, c + SEAL_KEYBYTES, clen - SEAL_KEYBYTES, nonce, k);
  sodium_memzero(k, sizeof k);
  return rc;
}

int seal_open(const unsigned char pk[SEAL_KEYBYTES], const unsigned char sk[SEAL_KEYBYTES], const char *field,
              const char *code, const char *sealed, char *out, size_t n)
{
  if (n) out[0] = '\0';
  if (!ctx_ok(field, code) || !seal_is_sealed(sealed) || n == 0) return -1;
  int v2 = sealed[1] == '2';
  const char *b64 = sealed + sizeof SEAL_PREFIX - 1;
  size_t blen = strlen(b64), cmax = blen / 4 * 3 + 3, clen = 0;
  unsigned char *c = malloc(cmax + 1), *m = NULL;
  int rc = -1;
  if (c && sodium_base642bin(c, cmax, b64, blen, NULL, &clen, NULL, sodium_base64_VARIANT_URLSAFE_NO_PADDING) == 0 &&
      clen >= crypto_box_SEALBYTES && (m = malloc(clen - crypto_box_SEALBYTES + 1)) != NULL &&
      open_box(v2, m, c, clen, pk, sk, field) == 0)
    rc = unwrap(m, clen - crypto_box_SEALBYTES, field, code, out, n);
  free(c);
  wipe_free(m, m ? clen - crypto_box_SEALBYTES + 1 : 0);
  if (rc != 0 && n) out[0] = '\0';
  return rc;
}
