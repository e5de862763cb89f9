/* weights.c: LIKE '%q%' and '=' decided as MariaDB's collation decides them, from its weights (WEIGHT_STRING). */
#include <stdlib.h>
#include <string.h>

#include "rules/weights.h"

/* The length of the UTF-8 character at s (of at most n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
  size_t k = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (!k || k > n || (k == 2 && s[0] < 0xC2)) return 0;
  for (size_t i = 1; i < k; i++) if ((s[i] & 0xC0) != 0x80) return 0;
  return k;
}

int weights_separate_into(const char *s, char **buf, size_t *len, size_t *cap, size_t *nchars)
{
  size_t n = strlen(s), sep = strlen(WEIGHTS_SEP);
  const unsigned char *p = (const unsigned char *)s;
  while (n) {
    size_t k = utf8_len(p, n);
    if (!k) return -1;
    if (*len + k + sep + 1 > *cap) {
      size_t c = (*cap ? *cap * 2 : 64) + k + sep + 1;
      char *b = realloc(*buf, c);
      if (!b) return -1;
      *buf = b;
      *cap = c;
    }
    memcpy(*buf + *len, p, k);
    memcpy(*buf + *len + k, WEIGHTS_SEP, sep);
    *len += k + sep;
    (*buf)[*len] = '\0';
    ++*nchars;
    p += k;
    n -= k;
  }
  return 0;
}

char *weights_separate(const char *s, size_t *nchars)
{
  char *buf = malloc(1);
  size_t len = 0, cap = 1;
  *nchars = 0;
  if (!buf) return NULL;
  *buf = '\0';
  if (weights_separate_into(s, &buf, &len, &cap, nchars) != 0) { free(buf); return NULL; }
  return buf;
}

static int hexval(char c)
{
  return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int weights_hex(const char *hex, uint16_t **u, size_t *n)
{
  size_t len = strlen(hex);
  *u = NULL;
  *n = 0;
  if (len % 4) return -1;
  uint16_t *w = malloc((len / 4 ? len / 4 : 1) * sizeof *w);
  if (!w) return -1;
  for (size_t i = 0; i < len / 4; i++) {
    unsigned v = 0;
    for (int j = 0; j < 4; j++) {
      int d = hexval(hex[4 * i + j]);
      if (d < 0) { free(w); return -1; }
      v = v << 4 | (unsigned)d;
    }
    w[i] = (uint16_t)v;
  }
  *u = w;
  *n = len / 4;
  return 0;
}

int weights_split(const char *hex, uint16_t sep, size_t n, struct wchars *out)
{
  size_t nu;
  memset(out, 0, sizeof *out);
  if (weights_hex(hex, &out->u, &nu) != 0) return -1;
  out->start = malloc((n + 1) * sizeof *out->start);
  if (!out->start) { weights_free(out); return -1; }
  /* Each separator ends a character; the separator's own unit is dropped
   * (the units of the characters move down over it). */
  size_t w = 0, c = 0;
  out->start[0] = 0;
  for (size_t i = 0; i < nu; i++) {
    if (out->u[i] != sep) { out->u[w++] = out->u[i]; continue; }
    if (c == n) { weights_free(out); return -1; }
    out->start[++c] = w;
  }
  /* Every character closed by its own separator, nothing after the last. */
  if (c != n || w != out->start[n]) { weights_free(out); return -1; }
  out->n = n;
  out->key = malloc((n ? n : 1) * sizeof *out->key);
  if (!out->key) { weights_free(out); return -1; }
  for (size_t i = 0; i < n; i++) {
    size_t a = out->start[i], b = out->start[i + 1];
    uint32_t h = 2166136261u;   /* FNV-1a over the units and their number */
    for (size_t k = a; k < b; k++) h = (h ^ out->u[k]) * 16777619u;
    h = (h ^ (uint32_t)(b - a)) * 16777619u;
    out->key[i] = b - a == 1 ? out->u[a] : 0x10000u | (h & 0x7FFFFFFFu);
  }
  return 0;
}

void weights_free(struct wchars *w)
{
  free(w->u);
  free(w->start);
  free(w->key);
  memset(w, 0, sizeof *w);
}

static int same_char(const struct wchars *a, size_t i, const struct wchars *b, size_t j)
{
  if (a->key[i] != b->key[j]) return 0;
  if (a->key[i] <= 0xFFFF) return 1;   /* one unit each, the same */
  size_t la = a->start[i + 1] - a->start[i], lb = b->start[j + 1] - b->start[j];
  return la == lb && memcmp(a->u + a->start[i], b->u + b->start[j], la * sizeof *a->u) == 0;
}

int weights_contains(const struct wchars *text, size_t from, size_t to, const struct wchars *q)
{
  if (q->n == 0) return 1;
  uint32_t first = q->key[0];
  for (size_t i = from; i + q->n <= to; i++) {
    if (text->key[i] != first || !same_char(text, i, q, 0)) continue;
    size_t j = 1;
    while (j < q->n && same_char(text, i + j, q, j)) j++;
    if (j == q->n) return 1;
  }
  return 0;
}

int weights_equal_pad(const uint16_t *a, size_t na, const uint16_t *b, size_t nb, uint16_t space)
{
  while (na && a[na - 1] == space) na--;
  while (nb && b[nb - 1] == space) nb--;
  return na == nb && (na == 0 || memcmp(a, b, na * sizeof *a) == 0);
}
