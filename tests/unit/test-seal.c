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
  return tap_done();
}
