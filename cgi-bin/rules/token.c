/* token.c: QR capability tokens and CSRF tokens: HMAC-SHA-512/256 and random bytes from libsodium. */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "rules/token.h"

int token_init(void)
{
  return sodium_init() < 0 ? -1 : 0;
}

int token_key_from_hex(const char *hex, unsigned char key[TOKEN_KEYBYTES])
{
  size_t len = 0;
  if (!hex || strlen(hex) != 2 * TOKEN_KEYBYTES) return -1;
  if (sodium_hex2bin(key, TOKEN_KEYBYTES, hex, strlen(hex), NULL, &len, NULL) != 0 || len != TOKEN_KEYBYTES)
    return -1;
  return 0;
}

static void b64(const unsigned char *bin, size_t n, char *out, size_t outn)
{
  sodium_bin2base64(out, outn, bin, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

/* An HMAC-SHA-512/256 under key, started. A worker uses one key for its
 * life: the state after the key's inner and outer pads (two of the four
 * SHA-512 blocks of a short message) is kept and copied for each MAC instead
 * of being worked out again; the result is crypto_auth_hmacsha512256()'s. */
static void mac_start(const unsigned char key[TOKEN_KEYBYTES], crypto_auth_hmacsha512256_state *st)
{
  static unsigned char kept_key[TOKEN_KEYBYTES];
  static crypto_auth_hmacsha512256_state kept;
  static int have;
  if (!have || sodium_memcmp(kept_key, key, TOKEN_KEYBYTES) != 0) {
    crypto_auth_hmacsha512256_init(&kept, key, TOKEN_KEYBYTES);
    memcpy(kept_key, key, TOKEN_KEYBYTES);
    have = 1;
  }
  *st = kept;
}

static void mac(const unsigned char key[TOKEN_KEYBYTES], const char *msg, unsigned char out[crypto_auth_hmacsha512256_BYTES])
{
  crypto_auth_hmacsha512256_state st;
  mac_start(key, &st);
  crypto_auth_hmacsha512256_update(&st, (const unsigned char *)msg, strlen(msg));
  crypto_auth_hmacsha512256_final(&st, out);
}

void token_of(const unsigned char key[TOKEN_KEYBYTES], const char *kind, const char *name, char out[TOKEN_LEN + 1])
{
  char msg[160];
  unsigned char h[crypto_auth_hmacsha512256_BYTES];
  snprintf(msg, sizeof msg, "%s:%s", kind, name);
  mac(key, msg, h);
  b64(h, 16, out, TOKEN_LEN + 1);
}

void token_tag(const unsigned char key[TOKEN_KEYBYTES], const char *label, const char *value, char out[TOKEN_LEN + 1])
{
  unsigned char h[crypto_auth_hmacsha512256_BYTES];
  crypto_auth_hmacsha512256_state st;
  mac_start(key, &st);
  crypto_auth_hmacsha512256_update(&st, (const unsigned char *)label, strlen(label));
  crypto_auth_hmacsha512256_update(&st, (const unsigned char *)"\0", 1);
  crypto_auth_hmacsha512256_update(&st, (const unsigned char *)value, strlen(value));
  crypto_auth_hmacsha512256_final(&st, h);
  b64(h, 16, out, TOKEN_LEN + 1);
}

int token_check_of(const unsigned char key[TOKEN_KEYBYTES], const char *kind, const char *name, const char *given)
{
  if (!given || strlen(given) != TOKEN_LEN) return 0;
  char want[TOKEN_LEN + 1];
  token_of(key, kind, name, want);
  return sodium_memcmp(want, given, TOKEN_LEN) == 0;
}

void token_for(const unsigned char key[TOKEN_KEYBYTES], const char *code, char out[TOKEN_LEN + 1])
{
  token_of(key, "dossier", code, out);
}

int token_check(const unsigned char key[TOKEN_KEYBYTES], const char *code, const char *given)
{
  return token_check_of(key, "dossier", code, given);
}

int token_shape_ok(const char *s)
{
  if (!s || strlen(s) != TOKEN_LEN) return 0;
  for (const char *p = s; *p; p++)
    if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
      return 0;
  return 1;
}

void token_random(char out[TOKEN_LEN + 1])
{
  unsigned char r[16];
  randombytes_buf(r, sizeof r);
  b64(r, sizeof r, out, TOKEN_LEN + 1);
}

static int csrf_mac(const unsigned char key[TOKEN_KEYBYTES], const char *cookie_id, const char *fid,
                    long long expires, char out[64])
{
  char msg[256];
  int k = snprintf(msg, sizeof msg, "csrf:%s|%s|%lld", cookie_id, fid, expires);
  if (k < 0 || (size_t)k >= sizeof msg) return -1;
  unsigned char h[crypto_auth_hmacsha512256_BYTES];
  mac(key, msg, h);
  b64(h, sizeof h, out, 64);
  return 0;
}

int csrf_make(const unsigned char key[TOKEN_KEYBYTES], const char *cookie_id, const char *fid,
              int64_t expires, char *out, size_t n)
{
  char m[64];
  if (!cookie_id || !fid || strlen(fid) != TOKEN_LEN || csrf_mac(key, cookie_id, fid, (long long)expires, m) != 0)
    return -1;
  int k = snprintf(out, n, "%s.%lld.%s", fid, (long long)expires, m);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

int csrf_check(const unsigned char key[TOKEN_KEYBYTES], const char *cookie_id, const char *token,
               int64_t now, char fid_out[TOKEN_LEN + 1])
{
  if (!token || !cookie_id || strlen(token) >= CSRF_LEN) return -1;
  const char *dot1 = strchr(token, '.');
  if (!dot1 || dot1 - token != TOKEN_LEN) return -1;
  const char *dot2 = strchr(dot1 + 1, '.');
  /* At most 12 digits (minutes until the year 3000 and more): 19 would
   * overflow the signed sum below. */
  if (!dot2 || dot2 == dot1 + 1 || dot2 - dot1 - 1 > 12) return -1;
  long long expires = 0;
  for (const char *p = dot1 + 1; p < dot2; p++) {
    if (*p < '0' || *p > '9') return -1;
    expires = expires * 10 + (*p - '0');
  }
  char fid[TOKEN_LEN + 1];
  memcpy(fid, token, TOKEN_LEN);
  fid[TOKEN_LEN] = '\0';
  char want[64];
  if (csrf_mac(key, cookie_id, fid, expires, want) != 0) return -1;
  size_t wl = strlen(want);
  if (strlen(dot2 + 1) != wl || sodium_memcmp(want, dot2 + 1, wl) != 0) return -2;
  if (expires < now) return -3;
  memcpy(fid_out, fid, TOKEN_LEN + 1);
  return 0;
}
