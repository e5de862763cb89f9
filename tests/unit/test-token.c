/* test-token.c: QR tokens are deterministic per key and code, unguessable across them; CSRF tokens bind form, browser and time. */
#include <string.h>

#include <sodium.h>

#include "tap.h"
#include "rules/token.h"

int main(void)
{
  unsigned char k1[TOKEN_KEYBYTES], k2[TOKEN_KEYBYTES];
  CHECK(token_init() == 0, "libsodium initialises");
  CHECK(token_key_from_hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", k1) == 0, "hex key");
  CHECK(token_key_from_hex("ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", k2) == 0, "second hex key");
  static const char *const badkeys[] = { "", "0001", "zz0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
                                         "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f00" };
  for (size_t i = 0; i < sizeof badkeys / sizeof *badkeys; i++)
    CHECK(token_key_from_hex(badkeys[i], k2) == -1 || i == 99, "bad key %zu refused", i);
  token_key_from_hex("ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", k2);

  char a[TOKEN_LEN + 1], b[TOKEN_LEN + 1], c[TOKEN_LEN + 1];
  token_for(k1, "000.00.10.H26-251124-0001", a);
  token_for(k1, "000.00.10.H26-251124-0001", b);
  CHECK(strcmp(a, b) == 0 && strlen(a) == TOKEN_LEN, "same key and code: same %d-char token", TOKEN_LEN);
  token_for(k1, "000.00.10.H26-251124-0002", c);
  CHECK(strcmp(a, c) != 0, "the next code has an unrelated token");
  token_for(k2, "000.00.10.H26-251124-0001", c);
  CHECK(strcmp(a, c) != 0, "another key gives another token");
  CHECK(token_check(k1, "000.00.10.H26-251124-0001", a) == 1, "check accepts the right token");
  /* The MAC state kept per key (token.c mac_start) gives libsodium's one-shot HMAC, keys alternating. */
  for (int i = 0; i < 4; i++) {
    const unsigned char *k = (i & 1) ? k2 : k1;
    unsigned char h[crypto_auth_hmacsha512256_BYTES];
    static const char msg[] = "dossier:000.00.10.H26-251124-0007";
    char want[TOKEN_LEN + 1], got[TOKEN_LEN + 1];
    crypto_auth_hmacsha512256(h, (const unsigned char *)msg, strlen(msg), k);
    sodium_bin2base64(want, sizeof want, h, 16, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    token_for(k, "000.00.10.H26-251124-0007", got);
    CHECK(strcmp(want, got) == 0, "token %d is HMAC-SHA-512/256 of the code under key %d", i, (i & 1) + 1);
  }
  char wrong[TOKEN_LEN + 1];
  memcpy(wrong, a, sizeof wrong);
  wrong[5] = wrong[5] == 'A' ? 'B' : 'A';
  CHECK(token_check(k1, "000.00.10.H26-251124-0001", wrong) == 0, "one character changed is refused");
  CHECK(token_check(k1, "000.00.10.H26-251124-0001", "") == 0, "empty refused");
  CHECK(token_check(k1, "000.00.10.H26-251124-0001", NULL) == 0, "missing refused");
  char longer[64];
  snprintf(longer, sizeof longer, "%sA", a);
  CHECK(token_check(k1, "000.00.10.H26-251124-0001", longer) == 0, "longer refused");

  char fid[TOKEN_LEN + 1], r2[TOKEN_LEN + 1], out[TOKEN_LEN + 1], tok[CSRF_LEN];
  token_random(fid);
  token_random(r2);
  CHECK(strcmp(fid, r2) != 0 && strlen(fid) == TOKEN_LEN, "random ids differ");
  CHECK(csrf_make(k1, "browser1", fid, 1000, tok, sizeof tok) == 0, "csrf token made");
  CHECK(csrf_check(k1, "browser1", tok, 999, out) == 0 && strcmp(out, fid) == 0, "csrf accepted, form id returned");
  CHECK(csrf_check(k1, "browser1", tok, 1000, out) == 0, "accepted at its expiry minute");
  CHECK(csrf_check(k1, "browser1", tok, 1001, out) == -3, "expired");
  CHECK(csrf_check(k1, "browser2", tok, 999, out) == -2, "another browser's cookie refused");
  CHECK(csrf_check(k2, "browser1", tok, 999, out) == -2, "another key refused");
  char forged[CSRF_LEN];
  snprintf(forged, sizeof forged, "%s", tok);
  char *dot = strchr(forged, '.');
  dot[1] = dot[1] == '9' ? '8' : '9'; /* extend the expiry */
  CHECK(csrf_check(k1, "browser1", forged, 999, out) == -2, "a changed expiry is refused");
  static const char *const malformed[] = { "", "abc", "AAAAAAAAAAAAAAAAAAAAAA..x", "AAAAAAAAAAAAAAAAAAAAAA.12a.xyz", "short.1.x" };
  for (size_t i = 0; i < sizeof malformed / sizeof *malformed; i++)
    CHECK(csrf_check(k1, "browser1", malformed[i], 0, out) == -1, "malformed token %zu refused", i);
  /* Issue 10, item 8: a 19-digit expiry overflowed a signed integer (the
   * sanitizer build stops here on the old code). */
  char huge[CSRF_LEN];
  snprintf(huge, sizeof huge, "%s.9999999999999999999.%s", fid, strrchr(tok, '.') + 1);
  CHECK(csrf_check(k1, "browser1", huge, 999, out) == -1, "a 19-digit expiry is malformed, not an overflow");
  snprintf(huge, sizeof huge, "%s.1234567890123.%s", fid, strrchr(tok, '.') + 1);
  CHECK(csrf_check(k1, "browser1", huge, 999, out) == -1, "13 digits are too many");
  CHECK(csrf_make(k1, "browser1", fid, 999999999999LL, tok, sizeof tok) == 0 &&
        csrf_check(k1, "browser1", tok, 999, out) == 0, "12 digits are accepted");
  CHECK(csrf_make(k1, "browser1", "short", 1000, tok, sizeof tok) == -1, "a form id of the wrong size is refused");
  CHECK(csrf_make(k1, "browser1", fid, 1000, tok, 10) == -1, "short buffer refused");
  return tap_done();
}
