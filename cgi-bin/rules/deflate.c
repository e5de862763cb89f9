/* deflate.c: deflate's tokens, Huffman codes and blocks for png-write.c (RFC 1951). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules/deflate.h"

int out_room(struct out *o, size_t n)
{
  if (o->failed) return -1;
  if (o->len + n <= o->cap) return 0;
  size_t cap = o->cap * 2 + n + 4096;
  unsigned char *b = realloc(o->b, cap);
  if (!b) { o->failed = 1; return -1; }
  o->b = b;
  o->cap = cap;
  return 0;
}

/* Deflate's length and distance codes: symbol (257 + code, or code) and extra bits. */
static inline void len_code(int len, int *sym, int *nextra, int *extra)
{
  int l = len - 3;
  if (len == 258) { *sym = 285; *nextra = 0; *extra = 0; return; }
  if (l < 8) { *sym = 257 + l; *nextra = 0; *extra = 0; return; }
  int nb = 31 - __builtin_clz((unsigned)l), top = (l >> (nb - 2)) & 3;
  *sym = 257 + 4 * (nb - 1) + top;
  *nextra = nb - 2;
  *extra = l - ((4 + top) << (nb - 2));
}

static inline void dist_code(int d, int *sym, int *nextra, int *extra)
{
  int v = d - 1;
  if (v < 4) { *sym = v; *nextra = 0; *extra = 0; return; }
  int nb = 31 - __builtin_clz((unsigned)v), top = (v >> (nb - 1)) & 1;
  *sym = 2 * nb + top;
  *nextra = nb - 1;
  *extra = v - ((2 + top) << (nb - 1));
}

void tok_match(struct enc *e, int len, int dist)
{
  while (len > 0) {
    int t = len > 258 ? 258 : len;
    if (len - t > 0 && len - t < 3) t = len - 3;
    int sym, n, x;
    len_code(t, &sym, &n, &x);
    e->lfreq[sym]++;
    dist_code(dist, &sym, &n, &x);
    e->dfreq[sym]++;
    e->tok[e->ntok++] = 1u << 31 | (uint32_t)t << 16 | (uint32_t)dist;
    len -= t;
  }
}

static int by_key(const void *a, const void *b)
{
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Huffman code lengths (at most limit bits) for n symbols of these frequencies. */
static void huff_lengths(const uint32_t *freq, int n, int limit, unsigned char *len)
{
  uint32_t f[286], w[2 * 286];
  uint64_t key[286];
  int sym[286], parent[2 * 286], depth[2 * 286];
  for (int i = 0; i < n; i++) f[i] = freq[i];
  for (;;) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      len[i] = 0;
      if (f[i]) key[m++] = (uint64_t)f[i] << 16 | (unsigned)i;
    }
    qsort(key, (size_t)m, sizeof *key, by_key);
    for (int i = 0; i < m; i++) sym[i] = (int)(key[i] & 0xffff);
    if (m == 1) { len[sym[0]] = 1; return; }
    for (int i = 0; i < m; i++) w[i] = f[sym[i]];
    /* Two queues: the sorted leaves, and the inner nodes in the order made. */
    int a = 0, b = m;
    for (int k = m; k < 2 * m - 1; k++) {
      int pick[2];
      for (int t = 0; t < 2; t++)
        pick[t] = (a < m && (b >= k || w[a] <= w[b])) ? a++ : b++;
      w[k] = w[pick[0]] + w[pick[1]];
      parent[pick[0]] = parent[pick[1]] = k;
    }
    depth[2 * m - 2] = 0;
    int max = 0;
    for (int k = 2 * m - 3; k >= 0; k--) {
      depth[k] = depth[parent[k]] + 1;
      if (k < m && depth[k] > max) max = depth[k];
    }
    if (max <= limit) {
      for (int i = 0; i < m; i++) len[sym[i]] = (unsigned char)depth[i];
      return;
    }
    for (int i = 0; i < n; i++) if (f[i]) f[i] = (f[i] >> 1) | 1;
  }
}

/* Canonical codes from lengths, bit-reversed as deflate sends them. */
static void huff_codes(const unsigned char *len, int n, uint16_t *code)
{
  int count[16] = { 0 }, next[16];
  for (int i = 0; i < n; i++) count[len[i]]++;
  count[0] = 0;
  for (int b = 1, c = 0; b < 16; b++) { c = (c + count[b - 1]) << 1; next[b] = c; }
  for (int i = 0; i < n; i++) {
    if (!len[i]) continue;
    unsigned c = (unsigned)next[len[i]]++, r = 0;
    for (int k = 0; k < len[i]; k++) { r = r << 1 | (c & 1); c >>= 1; }
    code[i] = (uint16_t)r;
  }
}

/* A dynamic block's header: its code lengths (len[0, nl) for literals and
 * lengths, len[286, 286 + nd) for distances), run-length coded (16: the
 * last again 3-6 times, 17 and 18: zeros) with a code of their own. */
void block_header(struct out *o, const unsigned char *len, int nl, int nd, int last)
{
  static const unsigned char order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
  unsigned char all[286 + 30], rle[286 + 30], rlx[286 + 30], clen[19];
  uint16_t ccode[19];
  int na = 0, nr = 0;
  for (int i = 0; i < nl; i++) all[na++] = len[i];
  for (int i = 0; i < nd; i++) all[na++] = len[286 + i];
  for (int i = 0; i < na;) {
    int v = all[i], run = 1;
    while (i + run < na && all[i + run] == v) run++;
    i += run;
    if (v == 0) {
      while (run >= 11) { int t = run > 138 ? 138 : run; rle[nr] = 18; rlx[nr++] = (unsigned char)(t - 11); run -= t; }
      if (run >= 3) { rle[nr] = 17; rlx[nr++] = (unsigned char)(run - 3); run = 0; }
    } else {
      rle[nr] = (unsigned char)v; rlx[nr++] = 0; run--;
      while (run >= 3) { int t = run > 6 ? 6 : run; rle[nr] = 16; rlx[nr++] = (unsigned char)(t - 3); run -= t; }
    }
    while (run-- > 0) { rle[nr] = (unsigned char)v; rlx[nr++] = 0; }
  }
  uint32_t cfreq[19] = { 0 };
  for (int i = 0; i < nr; i++) cfreq[rle[i]]++;
  if (nr && cfreq[rle[0]] == (uint32_t)nr) cfreq[rle[0] == 0 ? 1 : 0] = 1;   /* two codes at least */
  huff_lengths(cfreq, 19, 7, clen);
  huff_codes(clen, 19, ccode);
  int nc = 19;
  while (nc > 4 && !clen[order[nc - 1]]) nc--;
  /* BFINAL, BTYPE 2 (dynamic), HLIT, HDIST, HCLEN. */
  put(o, (last ? 1u : 0u) | 2u << 1 | (uint32_t)(nl - 257) << 3 | (uint32_t)(nd - 1) << 8 | (uint32_t)(nc - 4) << 13, 17);
  for (int i = 0; i < nc; i++) put(o, clen[order[i]], 3);
  for (int i = 0; i < nr; i++) {
    static const unsigned char nx[19] = { [16] = 2, [17] = 3, [18] = 7 };
    put(o, ccode[rle[i]], clen[rle[i]]);
    if (nx[rle[i]]) put(o, rlx[i], nx[rle[i]]);
  }
}

void enc_reset(struct enc *e)
{
  e->ntok = 0;
  memset(e->lfreq, 0, sizeof e->lfreq);
  memset(e->dfreq, 0, sizeof e->dfreq);
}

void codes_make(struct codes *c, const unsigned char *len, int row)
{
  uint16_t dcode[30];
  memcpy(c->len, len, sizeof c->len);
  huff_codes(len, 286, c->lcode);
  huff_codes(len + 286, 30, dcode);
  for (int l = 3; l <= 258; l++) {
    int sym, n, x;
    len_code(l, &sym, &n, &x);
    c->mlen[l] = c->lcode[sym] | (uint32_t)x << len[sym];
    c->nmlen[l] = (unsigned char)(len[sym] + n);
  }
  const int dists[2] = { 1, row };
  for (int k = 0; k < 2; k++) {
    int sym, n, x;
    dist_code(dists[k], &sym, &n, &x);
    c->mdist[k] = dcode[sym] | (uint32_t)x << len[286 + sym];
    c->nmdist[k] = (unsigned char)(len[286 + sym] + n);
  }
}

void emit(struct out *o, const struct codes *c, const uint32_t *tok, int n)
{
  for (int i = 0; i < n; i++) {
    uint32_t t = tok[i];
    if (!(t >> 31)) { put(o, c->lcode[t], c->len[t]); continue; }
    int l = (int)(t >> 16 & 0x7fff), k = (t & 0xffff) != 1;
    put(o, c->mlen[l], c->nmlen[l]);
    put(o, c->mdist[k], c->nmdist[k]);
  }
}

void block(struct out *o, struct enc *e, int last, int row)
{
  e->lfreq[256] = 1;
  /* Two distance codes at least: a complete code every inflater takes. */
  if (!e->dfreq[0]) e->dfreq[0] = 1;
  if (!e->dfreq[1]) e->dfreq[1] = 1;
  unsigned char len[286 + 30];
  huff_lengths(e->lfreq, 286, 15, len);
  huff_lengths(e->dfreq, 30, 15, len + 286);
  int nl = 286, nd = 30;
  while (nl > 257 && !len[nl - 1]) nl--;
  while (nd > 1 && !len[286 + nd - 1]) nd--;
  static struct codes c;
  codes_make(&c, len, row);
  if (out_room(o, (size_t)e->ntok * 6 + 1024) != 0) return;
  block_header(o, len, nl, nd, last);
  emit(o, &c, e->tok, e->ntok);
  put(o, c.lcode[256], len[256]);
  enc_reset(e);
}

/* The code of pages with keys (png-write.h), one block for the whole page:
 * fixed, so that a row kept is kept as its bits. The lengths of the codes
 * zlib's-like dynamic blocks chose over 200 receipts of different dossiers
 * (every symbol given a code: any page can be written). */
const unsigned char fixed_len[286 + 30] = {
  3, 7, 7, 7, 7, 7, 8, 7, 7, 7, 7, 8, 8, 8, 7, 8, 7, 9, 10, 10, 9, 9, 10, 11, 12, 11, 11, 12, 11, 10, 10, 7,
  7, 10, 11, 12, 12, 11, 11, 11, 10, 10, 12, 11, 13, 12, 11, 8, 7, 11, 11, 13, 12, 14, 12, 12, 11, 11, 10, 10, 10, 11, 12, 8,
  8, 8, 12, 13, 11, 13, 15, 13, 14, 14, 12, 12, 10, 10, 11, 7, 7, 8, 11, 14, 13, 13, 14, 14, 14, 12, 11, 13, 12, 10, 10, 7,
  7, 9, 10, 13, 13, 14, 11, 13, 13, 14, 11, 13, 13, 10, 10, 8, 8, 10, 11, 12, 14, 12, 12, 15, 15, 13, 14, 11, 14, 11, 11, 7,
  7, 11, 11, 12, 11, 12, 13, 15, 15, 13, 15, 12, 11, 12, 11, 7, 7, 12, 12, 11, 13, 12, 12, 15, 14, 15, 14, 12, 13, 12, 10, 7,
  8, 10, 12, 11, 12, 11, 14, 14, 15, 15, 13, 14, 13, 11, 11, 7, 7, 11, 12, 11, 13, 12, 14, 12, 15, 12, 15, 14, 14, 15, 11, 7,
  7, 10, 12, 10, 12, 10, 10, 13, 12, 13, 12, 15, 13, 14, 13, 7, 8, 10, 11, 11, 12, 10, 10, 11, 13, 11, 12, 12, 15, 12, 11, 7,
  8, 10, 10, 11, 11, 9, 10, 10, 10, 10, 11, 12, 12, 12, 9, 6, 8, 8, 8, 8, 8, 8, 8, 8, 7, 7, 8, 7, 6, 7, 7, 2,
  15, 14, 6, 6, 7, 7, 7, 8, 8, 7, 8, 8, 8, 8, 8, 8, 8, 8, 9, 8, 9, 9, 10, 9, 9, 9, 6, 11, 10, 6,
  2, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 1, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6,
};

