/* test-seal.c: a sealed value opens only with the secret key, in its own field and dossier, unaltered. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sodium.h>

#include "tap.h"
#include "rules/seal.h"

#define CODE "000.00.10.H26-251124-0001"

/* The bytes of a sealed value (after its prefix) into b (at most n): their count, or 0. */
static size_t bytes_of(const char *sealed, unsigned char *b, size_t n)
{
  size_t bl = 0;
  return sodium_base642bin(b, n, sealed + 3, strlen(sealed + 3), NULL, &bl, NULL,
                           sodium_base64_VARIANT_URLSAFE_NO_PADDING) == 0 ? bl : 0;
}

/* sealed again, from bytes b of n: "s3." + base64url. */
static void sealed_of(const unsigned char *b, size_t n, char *out, size_t on)
{
  memcpy(out, "s3.", 3);
  sodium_bin2base64(out + 3, on - 3, b, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

/* A value's ephemeral key (first 32 bytes) and stream index (next 4, "s3."). */
static unsigned long idx_of(const char *sealed, unsigned char epk[32])
{
  unsigned char b[2048];
  size_t n = bytes_of(sealed, b, sizeof b);
  if (n < 36) return 99999;
  memcpy(epk, b, 32);
  return (unsigned long)b[32] << 24 | (unsigned long)b[33] << 16 | (unsigned long)b[34] << 8 | b[35];
}

/* One dossier's sealing from the kept stream at time now: id_number to pk0, phone to pk1. */
static int kept_two(const unsigned char *pk0, const unsigned char *pk1, long now, const char *code, char *a, char *d, size_t n)
{
  struct sealer p[2];
  int rc = seal_begin_kept(p, pk0, pk1, now) != 0 || seal_with(&p[0], "id_number", code, "001090012345", a, n) != 0 ||
           seal_with(&p[1], "phone", code, "0912345678", d, n) != 0;
  seal_end(&p[0]);
  seal_end(&p[1]);
  return rc ? -1 : 0;
}

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

  /* The kept stream ("s3."): a worker's key pair serves many dossiers, each with its own key k_i. */
  long now = 1800000000L;
  unsigned char e0[32], e1[32], e2[32];
  char a2[SEAL_SIZE(1200)], d2[SEAL_SIZE(1200)];
  seal_forget();
  CHECK(kept_two(pk, pk2, now, CODE, a, d, sizeof a) == 0, "a sealing from the kept stream");
  CHECK(strncmp(a, "s3.", 3) == 0 && seal_is_sealed(a) && !strstr(a, "001090012345"), "kept: s3, not in clear");
  CHECK(seal_open(pk, sk, "id_number", CODE, a, out, sizeof out) == 0 && strcmp(out, "001090012345") == 0 &&
        seal_open(pk2, sk2, "phone", CODE, d, out, sizeof out) == 0 && strcmp(out, "0912345678") == 0,
        "each opens with its reader's key");
  CHECK(seal_open(pk2, sk2, "id_number", CODE, a, out, sizeof out) == -1 && seal_open(pk, sk, "phone", CODE, d, out, sizeof out) == -1,
        "the other reader's key does not open it");
  CHECK(seal_open(pk, sk, "birth_date", CODE, a, out, sizeof out) == -1 && out[0] == '\0',
        "moved to another column, it does not open");
  CHECK(seal_open(pk, sk, "id_number", "000.00.10.H26-251124-0002", a, out, sizeof out) == -1,
        "moved to another dossier, it does not open");
  CHECK(idx_of(a, e0) == 0 && idx_of(d, e1) == 0 && memcmp(e0, e1, 32) == 0, "both readers: one ephemeral key, index 0");
  CHECK(kept_two(pk, pk2, now + 1, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e1) == 1 && memcmp(e0, e1, 32) == 0,
        "the next dossier: the same ephemeral key (no X25519), index 1");
  CHECK(strcmp(a, a2) != 0 && strncmp(a + 3 + 48, a2 + 3 + 48, 20) != 0, "the same value in the same window seals differently (another key and nonce)");
  CHECK(seal_open(pk, sk, "id_number", CODE, a2, out, sizeof out) == 0 && strcmp(out, "001090012345") == 0 &&
        seal_open(pk2, sk2, "phone", CODE, d2, out, sizeof out) == 0 && strcmp(out, "0912345678") == 0,
        "the second sealing of the window opens");
  CHECK(strlen(a) <= strlen(seal_value(pk, "id_number", CODE, "001090012345", s, sizeof s) == 0 ? s : "") + 6,
        "4 bytes longer than a sealed box");

  /* Altered: the ephemeral key, the index, the box; relabelled. */
  unsigned char raw[2048], alt[2048];
  size_t rl = bytes_of(a2, raw, sizeof raw);
  static const struct { size_t at; const char *why; } flips[] = {
    { 0, "the ephemeral key" }, { 35, "the index (its last byte: another key and nonce)" }, { 32, "the index's first byte" },
    { 36, "the MAC" }, { 60, "the box" },
  };
  for (size_t i = 0; i < sizeof flips / sizeof *flips; i++) {
    memcpy(alt, raw, rl);
    alt[flips[i].at] ^= 1;
    sealed_of(alt, rl, t, sizeof t);
    CHECK(rl > 60 && seal_open(pk, sk, "id_number", CODE, t, out, sizeof out) == -1 && out[0] == '\0', "%s altered: it does not open",
          flips[i].why);
  }
  memcpy(alt, raw, rl);
  alt[35] = 0;   /* index 1 relabelled 0: the key of the window's first sealing */
  sealed_of(alt, rl, t, sizeof t);
  CHECK(seal_open(pk, sk, "id_number", CODE, t, out, sizeof out) == -1, "relabelled with another index of its stream, it does not open");
  memcpy(alt, raw, rl);
  alt[32] = 0x7f;   /* an index far beyond the bound: refused before any walk */
  sealed_of(alt, rl, t, sizeof t);
  CHECK(seal_open(pk, sk, "id_number", CODE, t, out, sizeof out) == -1, "an index beyond SEAL_KEEP_USES is refused");
  strcpy(t, a2);
  t[1] = '2';
  CHECK(seal_open(pk, sk, "id_number", CODE, t, out, sizeof out) == -1, "relabelled s2, it does not open");
  CHECK(seal_open(pk, sk, "phone", CODE, "s3.", out, sizeof out) == -1, "the s3 prefix alone does not open");
  sealed_of(raw, 40, t, sizeof t);
  CHECK(seal_open(pk, sk, "id_number", CODE, t, out, sizeof out) == -1, "shorter than its overhead does not open");

  /* The bounds: SEAL_KEEP_USES sealings, SEAL_KEEP_SECONDS, the reader keys, fork(). */
  int same = 1, opened = 1;
  for (unsigned long i = 2; i < SEAL_KEEP_USES; i++) {
    if (kept_two(pk, pk2, now + 2, CODE, a2, d2, sizeof a2) != 0 || idx_of(a2, e1) != i || memcmp(e0, e1, 32) != 0) same = 0;
    if (seal_open(pk, sk, "id_number", CODE, a2, out, sizeof out) != 0 || strcmp(out, "001090012345") != 0 ||
        seal_open(pk2, sk2, "phone", CODE, d2, out, sizeof out) != 0 || strcmp(out, "0912345678") != 0)
      opened = 0;
  }
  CHECK(same && opened, "one ephemeral key for %lu sealings (every leaf of the tree), each opens", SEAL_KEEP_USES);
  CHECK(kept_two(pk, pk2, now + 2, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e1) == 0 && memcmp(e0, e1, 32) != 0,
        "the next one: a new ephemeral key, index 0 (rotated after the bound)");
  CHECK(seal_open(pk, sk, "id_number", CODE, a2, out, sizeof out) == 0, "it opens");
  CHECK(kept_two(pk, pk2, now + 2 + SEAL_KEEP_SECONDS - 1, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e0) == 1 && memcmp(e0, e1, 32) == 0,
        "%d seconds less one later: the same key", SEAL_KEEP_SECONDS);
  CHECK(kept_two(pk, pk2, now + 2 + SEAL_KEEP_SECONDS, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e0) == 0 && memcmp(e0, e1, 32) != 0,
        "%d seconds later: a new key", SEAL_KEEP_SECONDS);
  CHECK(kept_two(pk, pk2, now, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e1) == 0 && memcmp(e0, e1, 32) != 0,
        "the clock gone backwards: a new key");
  CHECK(kept_two(pk2, pk, now, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e0) == 0 && memcmp(e0, e1, 32) != 0 &&
        seal_open(pk2, sk2, "id_number", CODE, a2, out, sizeof out) == 0 && seal_open(pk, sk, "phone", CODE, d2, out, sizeof out) == 0,
        "other reader keys: a new key, sealed to them");
  seal_forget();
  CHECK(kept_two(pk2, pk, now, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e1) == 0 && memcmp(e0, e1, 32) != 0,
        "after seal_forget: a new key");
  kept_two(pk, pk2, now, CODE, a2, d2, sizeof a2);
  idx_of(a2, e0);
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    /* The child must not continue its parent's stream (its index 1 would reuse the parent's key and nonce). */
    int ok = kept_two(pk, pk2, now, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e2) == 0 && memcmp(e0, e2, 32) != 0 &&
             seal_open(pk, sk, "id_number", CODE, a2, out, sizeof out) == 0;
    _exit(ok ? 0 : 1);
  }
  int st = -1;
  CHECK(child > 0 && waitpid(child, &st, 0) == child && WIFEXITED(st) && WEXITSTATUS(st) == 0,
        "after fork(): the child begins its own key (index 0), not its parent's");
  CHECK(kept_two(pk, pk2, now, CODE, a2, d2, sizeof a2) == 0 && idx_of(a2, e1) == 1 && memcmp(e0, e1, 32) == 0,
        "the parent goes on with its own (index 1)");
  seal_forget();
  return tap_done();
}
