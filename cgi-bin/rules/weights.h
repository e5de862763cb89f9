/* weights.h: LIKE '%q%' and '=' decided as MariaDB's collation decides them, from its weights (WEIGHT_STRING). */
#ifndef MOTCUA_WEIGHTS_H
#define MOTCUA_WEIGHTS_H

#include <stddef.h>
#include <stdint.h>

/* The separator put after each character so that WEIGHT_STRING tells where
 * each character's weights end (and no two characters form a contraction):
 * it weighs one unit, which the caller learns from MariaDB. */
#define WEIGHTS_SEP "|"

/* s with WEIGHTS_SEP after each of its characters (UTF-8, as MariaDB counts
 * them); *nchars gets how many. malloc'd; NULL for invalid UTF-8 or no memory. */
char *weights_separate(const char *s, size_t *nchars);
/* Appends the same to a growing buffer (*buf of *len bytes, *cap allocated):
 * 0, or -1 (invalid UTF-8, no memory). */
int weights_separate_into(const char *s, char **buf, size_t *len, size_t *cap, size_t *nchars);

/* HEX(WEIGHT_STRING(...)) as 16-bit units (MariaDB's UCA collations weigh
 * in 2-byte units): malloc'd into *u (n units), 0; -1 for a bad hex. */
int weights_hex(const char *hex, uint16_t **u, size_t *n);

/* A text's characters, each with its own weights (possibly none: an
 * ignorable character): character i has units u[start[i]] .. u[start[i+1]-1]. */
struct wchars {
  uint16_t *u; size_t *start; size_t n;
  uint32_t *key;   /* character i's one unit, or (above 0xFFFF) a hash of its units: a quick "not equal" */
};
/* The weights of a separated text (HEX of WEIGHT_STRING of what
 * weights_separate made) cut at each separator unit sep: 0 when they cut
 * into exactly n characters; -1 otherwise (a character that weighs like
 * the separator, a truncated weight string): the caller cannot decide. */
int weights_split(const char *hex, uint16_t sep, size_t n, struct wchars *out);
void weights_free(struct wchars *w);

/* Does text's characters from .. to-1 contain q's characters as a run, each
 * equal to its counterpart? What MariaDB's LIKE '%q%' decides under a UCA
 * collation: character by character, each character's weights as a whole
 * (no contractions; an expansion such as ß matches only itself; an
 * ignorable character matches only an ignorable one). q of no characters
 * is contained everywhere. */
int weights_contains(const struct wchars *text, size_t from, size_t to, const struct wchars *q);

/* '=' under a PAD SPACE collation: equal weights once trailing space units
 * are left off either side. */
int weights_equal_pad(const uint16_t *a, size_t na, const uint16_t *b, size_t nb, uint16_t space);

#endif
