/* test-seal.c: a sealed value opens only with the secret key, in its own field and dossier, unaltered. */
#include <string.h>

#include <sodium.h>

#include "tap.h"
#include "rules/seal.h"

#define CODE "000.00.10.H26-251124-0001"

int main(void)
{
  CHECK(sodium_init() >= 0, "libsodium initialises");
  unsigned char sk[SEAL_KEYBYTES], pk[SEAL_KEYBYTES], sk2[SEAL_KEYBYTES], pk2[SEAL_KEYBYTES];
  randombytes_buf(sk, sizeof sk);
  randombytes_buf(sk2, sizeof sk2);
  seal_public_key(sk, pk);
  seal_public_key(sk2, pk2);
  char s[SEAL_SIZE(1200)], t[SEAL_SIZE(1200)], out[1300];

  /* Round trips, one row per kind of value, boundaries included. */
  static const struct { const char *field, *value, *why; } ok[] = {
    { "id_number", "001090012345", "a 12-digit identification number" },
    { "birth_date", "1990-05-17", "a date" },
    { "email", "", "an empty value (no email given)" },
    { "address", "Số 12 phố Hàng Bài, phường Hoàn Kiếm", "UTF-8 with diacritics" },
  };
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
    int sealed = seal_value(pk, ok[i].field, CODE, ok[i].value, s, sizeof s) == 0;
    CHECK(sealed && seal_is_sealed(s) && !strstr(s, ok[i].value[0] ? ok[i].value : "\x01"), "%s: sealed, not in clear", ok[i].why);
    CHECK(seal_open(pk, sk, ok[i].field, CODE, s, out, sizeof out) == 0 && strcmp(out, ok[i].value) == 0,
          "%s: opens to the same value", ok[i].why);
  }
  char big[1201];
  memset(big, 'a', 1200);
  big[1200] = '\0';
  CHECK(seal_value(pk, "address", CODE, big, s, sizeof s) == 0, "1200 bytes fit SEAL_SIZE(1200)");
  CHECK(seal_value(pk, "address", CODE, big, s, SEAL_SIZE(1000)) == -1, "a buffer too small is refused, not overrun");

  /* Refused: each row says why. */
  seal_value(pk, "phone", CODE, "0912345678", s, sizeof s);
  seal_value(pk, "phone", CODE, "0912345678", t, sizeof t);
  CHECK(strcmp(s, t) != 0, "the same value sealed twice differs (no equality leaks)");
  CHECK(seal_open(pk2, sk2, "phone", CODE, s, out, sizeof out) == -1 && out[0] == '\0', "another key does not open it");
  CHECK(seal_open(pk, sk, "email", CODE, s, out, sizeof out) == -1, "moved to another column, it does not open");
  CHECK(seal_open(pk, sk, "phone", "000.00.10.H26-251124-0002", s, out, sizeof out) == -1,
        "moved to another dossier, it does not open");
  strcpy(t, s);
  t[20] = t[20] == 'A' ? 'B' : 'A';
  CHECK(seal_open(pk, sk, "phone", CODE, t, out, sizeof out) == -1, "one character altered does not open");
  strcpy(t, s);
  t[strlen(t) - 4] = '\0';
  CHECK(seal_open(pk, sk, "phone", CODE, t, out, sizeof out) == -1, "truncated does not open");
  CHECK(seal_open(pk, sk, "phone", CODE, "0912345678", out, sizeof out) == -1 && !seal_is_sealed("0912345678"),
        "a value in clear is not a sealed value");
  CHECK(seal_open(pk, sk, "phone", CODE, "s1.", out, sizeof out) == -1, "the prefix alone does not open");
  CHECK(seal_open(pk, sk, "phone", CODE, "s1.!!!!", out, sizeof out) == -1, "not base64 does not open");
  CHECK(seal_open(pk, sk, "phone", CODE, s, out, 5) == -1 && out[0] == '\0', "an output too small is refused, empty");
  CHECK(seal_value(pk, "pho\x1fne", CODE, "x", t, sizeof t) == -1, "a field holding the separator is refused");
  CHECK(seal_value(pk, "phone", CODE "\x1f", "x", t, sizeof t) == -1, "a code holding the separator is refused");

  /* Several values sealed together (one ephemeral key pair): each opens alone, bound to its field and code. */
  struct sealer pair[2], *sl = &pair[0];
  char a[SEAL_SIZE(1200)], b[SEAL_SIZE(1200)], c[SEAL_SIZE(1200)], d[SEAL_SIZE(1200)];
  CHECK(seal_begin_pair(pair, pk, pk2) == 0, "a sealing to two keys begins");
  CHECK(seal_with(sl, "id_number", CODE, "001090012345", a, sizeof a) == 0 &&
        seal_with(sl, "birth_date", CODE, "1990-05-17", b, sizeof b) == 0 &&
        seal_with(sl, "email", CODE, "", c, sizeof c) == 0, "three values sealed together");
  CHECK(seal_with(sl, "email", CODE, "x", t, sizeof t) == -1, "the same field twice in one sealing is refused (nonce reuse)");
  CHECK(seal_with(sl, "address", CODE, big, t, SEAL_SIZE(1000)) == -1, "a buffer too small is refused, not overrun");
  CHECK(seal_with(sl, "address", CODE, big, t, sizeof t) == 0, "1200 bytes fit SEAL_SIZE(1200) sealed together");
  CHECK(seal_with(&pair[1], "phone", CODE, "0912345678", d, sizeof d) == 0, "the second key's sealing");
  seal_end(&pair[0]);
  seal_end(&pair[1]);
  CHECK(seal_is_sealed(a) && strncmp(a, "s2.", 3) == 0 && !strstr(a, "001090012345"), "sealed together: s2, not in clear");
  CHECK(strlen(a) == strlen(seal_value(pk, "id_number", CODE, "001090012345", s, sizeof s) == 0 ? s : ""),
        "as long as the same value sealed alone");
  CHECK(seal_open(pk, sk, "id_number", CODE, a, out, sizeof out) == 0 && strcmp(out, "001090012345") == 0 &&
        seal_open(pk, sk, "birth_date", CODE, b, out, sizeof out) == 0 && strcmp(out, "1990-05-17") == 0 &&
        seal_open(pk, sk, "email", CODE, c, out, sizeof out) == 0 && strcmp(out, "") == 0 &&
        seal_open(pk, sk, "address", CODE, t, out, sizeof out) == 0 && strcmp(out, big) == 0, "each opens alone to its value");
  CHECK(strncmp(a + 3, b + 3, 42) == 0, "one ephemeral key for the sealing (its first 32 bytes: 42 characters)");
  CHECK(seal_open(pk, sk, "birth_date", CODE, a, out, sizeof out) == -1 && out[0] == '\0',
        "moved to another column of the same sealing, it does not open");
  CHECK(seal_open(pk, sk, "id_number", "000.00.10.H26-251124-0002", a, out, sizeof out) == -1,
        "moved to another dossier, it does not open");
  CHECK(seal_open(pk2, sk2, "id_number", CODE, a, out, sizeof out) == -1, "another key does not open it");
  strcpy(t, a);
  t[60] = t[60] == 'A' ? 'B' : 'A';
  CHECK(seal_open(pk, sk, "id_number", CODE, t, out, sizeof out) == -1, "one character altered does not open");
  strcpy(t, a);
  t[1] = '1';
  CHECK(seal_open(pk, sk, "id_number", CODE, t, out, sizeof out) == -1, "relabelled s1, it does not open");
  CHECK(seal_open(pk, sk, "phone", CODE, "s2.", out, sizeof out) == -1, "the s2 prefix alone does not open");
  CHECK(seal_open(pk2, sk2, "phone", CODE, d, out, sizeof out) == 0 && strcmp(out, "0912345678") == 0,
        "the second key's value opens with its key");
  CHECK(strncmp(a + 3, d + 3, 42) == 0 && seal_open(pk, sk, "phone", CODE, d, out, sizeof out) == -1,
        "one ephemeral key for both keys; the first key does not open the second's value");
  return tap_done();
}
