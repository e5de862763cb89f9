/* seal.c: personal data sealed to the back office's key: crypto_box_seal over "field 0x1f code 0x1f value", base64url. */
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

int seal_value(const unsigned char pk[SEAL_KEYBYTES], const char *field, const char *code, const char *value,
               char *out, size_t n)
{
  if (!ctx_ok(field, code) || !value) return -1;
  size_t fl = strlen(field), cl = strlen(code), vl = strlen(value), ml = fl + cl + 2 + vl;
  size_t cl_ = ml + crypto_box_SEALBYTES;
  size_t b64 = sodium_base64_ENCODED_LEN(cl_, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  if (n < sizeof SEAL_PREFIX - 1 + b64) return -1;
  unsigned char *m = malloc(ml), *c = malloc(cl_);
  int rc = -1;
  if (m && c) {
    memcpy(m, field, fl);
    m[fl] = SEP;
    memcpy(m + fl + 1, code, cl);
    m[fl + 1 + cl] = SEP;
    memcpy(m + fl + cl + 2, value, vl);
    if (crypto_box_seal(c, m, ml, pk) == 0) {
      memcpy(out, SEAL_PREFIX, sizeof SEAL_PREFIX - 1);
      sodium_bin2base64(out + sizeof SEAL_PREFIX - 1, n - (sizeof SEAL_PREFIX - 1), c, cl_,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING);
      rc = 0;
    }
  }
  wipe_free(m, ml);
  free(c);
  return rc;
}

int seal_is_sealed(const char *s)
{
  return s && strncmp(s, SEAL_PREFIX, sizeof SEAL_PREFIX - 1) == 0;
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

int seal_open(const unsigned char pk[SEAL_KEYBYTES], const unsigned char sk[SEAL_KEYBYTES], const char *field,
              const char *code, const char *sealed, char *out, size_t n)
{
  if (n) out[0] = '\0';
  if (!ctx_ok(field, code) || !seal_is_sealed(sealed) || n == 0) return -1;
  const char *b64 = sealed + sizeof SEAL_PREFIX - 1;
  size_t blen = strlen(b64), cmax = blen / 4 * 3 + 3, clen = 0;
  unsigned char *c = malloc(cmax + 1), *m = NULL;
  int rc = -1;
  if (c && sodium_base642bin(c, cmax, b64, blen, NULL, &clen, NULL, sodium_base64_VARIANT_URLSAFE_NO_PADDING) == 0 &&
      clen >= crypto_box_SEALBYTES && (m = malloc(clen - crypto_box_SEALBYTES + 1)) != NULL &&
      crypto_box_seal_open(m, c, clen, pk, sk) == 0)
    rc = unwrap(m, clen - crypto_box_SEALBYTES, field, code, out, n);
  free(c);
  wipe_free(m, m ? clen - crypto_box_SEALBYTES + 1 : 0);
  if (rc != 0 && n) out[0] = '\0';
  return rc;
}
