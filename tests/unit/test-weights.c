/* test-weights.c: LIKE '%q%' and '=' from the collation's weights, as MariaDB decides them (weights as WEIGHT_STRING gives them). */
#include <stdlib.h>
#include <string.h>

#include "rules/weights.h"
#include "tap.h"

/* Weights of utf8mb4_uca1400_ai_ci on MariaDB 10.11 (HEX(WEIGHT_STRING(...))). */
#define SEP 0x06A5    /* | */
#define SPACE 0x0209
#define D "20BF"      /* d, D, đ, Đ */
#define A "2075"      /* a, á, ă, Ă ... */
#define N "219C"
#define G "2125"
#define S "22B6"
#define BAR "06A5"
#define SP "0209"

static int split(const char *hex, size_t n, struct wchars *w) { return weights_split(hex, SEP, n, w); }

int main(void)
{
  size_t n;
  char *s = weights_separate("Đăng", &n);
  CHECK(s && n == 4 && strcmp(s, "Đ|ă|n|g|") == 0, "each character followed by the separator (%s, %zu)", s ? s : "NULL", n);
  free(s);
  s = weights_separate("", &n);
  CHECK(s && n == 0 && *s == '\0', "no characters, nothing");
  free(s);
  CHECK(weights_separate("a\xff", &n) == NULL, "invalid UTF-8 refused");
  CHECK(weights_separate("\xc0\x80", &n) == NULL, "an overlong form refused");

  uint16_t *u;
  CHECK(weights_hex("20BF2075", &u, &n) == 0 && n == 2 && u[0] == 0x20BF && u[1] == 0x2075, "hex into 2-byte units");
  free(u);
  CHECK(weights_hex("20B", &u, &n) == -1, "an odd hex refused");
  CHECK(weights_hex("20BG", &u, &n) == -1, "a bad digit refused");

  struct wchars name, q;
  /* "Đăng" and "ß" (one character, two units), "ng": */
  CHECK(split(D BAR A BAR N BAR G BAR S S BAR, 5, &name) == 0 && name.n == 5, "split into 5 characters");
  CHECK(split(N BAR G BAR, 2, &q) == 0, "a query split");
  CHECK(weights_contains(&name, 0, 5, &q), "'ng' in 'Đăngß'");
  CHECK(!weights_contains(&name, 0, 3, &q), "not within the first 3 characters");
  weights_free(&q);
  CHECK(split(S BAR, 1, &q) == 0 && !weights_contains(&name, 0, 5, &q), "'s' is not in 'ß' (an expansion matches whole, as LIKE)");
  weights_free(&q);
  CHECK(split(S BAR S BAR, 2, &q) == 0 && !weights_contains(&name, 0, 5, &q), "nor 'ss'");
  weights_free(&q);
  CHECK(split(S S BAR, 1, &q) == 0 && weights_contains(&name, 0, 5, &q), "'ß' in it");
  weights_free(&q);
  CHECK(split("", 0, &q) == 0 && weights_contains(&name, 0, 5, &q), "no characters: contained");
  weights_free(&q);
  /* An ignorable character (no weights) matches only an ignorable one. */
  CHECK(split(A BAR BAR N BAR, 3, &q) == 0 && q.start[2] - q.start[1] == 0, "an ignorable character has no units");
  CHECK(!weights_contains(&name, 0, 5, &q), "'a', ignorable, 'n' not in 'Đăng'");
  weights_free(&q);
  weights_free(&name);

  CHECK(split(A BAR BAR, 1, &q) == -1, "more separators than characters: undecided");
  CHECK(split(A BAR, 2, &q) == -1, "fewer: undecided (truncated)");
  CHECK(split(A BAR A, 1, &q) == -1, "units after the last separator: undecided");
  CHECK(split(A "06A", 1, &q) == -1, "bad hex: undecided");

  uint16_t code[] = { 0x1E, 0x20 }, qq[] = { 0x1E, 0x20, SPACE, SPACE }, other[] = { 0x1E };
  CHECK(weights_equal_pad(code, 2, qq, 4, SPACE), "'=' leaves trailing spaces off");
  CHECK(!weights_equal_pad(code, 2, other, 1, SPACE), "'=' needs every unit");
  CHECK(weights_equal_pad(qq + 2, 2, NULL, 0, SPACE), "spaces alone equal ''");
  CHECK(weights_equal_pad(NULL, 0, NULL, 0, SPACE), "'' equals ''");
  (void)SP;
  return tap_done();
}
