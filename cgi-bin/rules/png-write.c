/* png-write.c: 4-bit grey PNGs of mostly white pages (the receipt), with a deflate coder of its own. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "rules/png-write.h"

/* Why a coder of its own, and how it works: png-write.h. */
#define MAXROW (1 + PNG_MAX_WIDTH / 2)
#define LE (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
static int ROW;   /* a row's bytes: the filter byte (0, none), then two pixels a byte */
#define NTOK 16384                /* tokens a block */
#define MINMATCH 4

struct out { unsigned char *b; size_t len, cap; uint64_t bits; int nbits; int failed; };

static int out_room(struct out *o, size_t n)
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

/* n ≤ 32 bits, least significant first (room ensured by the caller). */
static inline void put(struct out *o, uint32_t v, int n)
{
  o->bits |= (uint64_t)v << o->nbits;
  o->nbits += n;
  if (o->nbits >= 32) {
    uint32_t w = (uint32_t)o->bits;
    if (LE) { memcpy(o->b + o->len, &w, 4); o->len += 4; }
    else for (int k = 0; k < 4; k++) o->b[o->len++] = (unsigned char)(w >> 8 * k);
    o->bits >>= 32;
    o->nbits -= 32;
  }
}

static void put_bytes(struct out *o, const void *p, size_t n)
{
  memcpy(o->b + o->len, p, n);
  o->len += n;
}

static void put_be32(struct out *o, uint32_t v)
{
  for (int k = 3; k >= 0; k--) o->b[o->len++] = (unsigned char)(v >> 8 * k);
}

/* Tokens of the block being made: a literal byte, or 1 << 31 | length << 16 | distance (1 or ROW). */
struct enc {
  uint32_t tok[NTOK];
  int ntok;
  uint32_t lfreq[286], dfreq[30];
};

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

static inline void tok_lit(struct enc *e, unsigned c)
{
  e->tok[e->ntok++] = c;
  e->lfreq[c]++;
}

static void tok_match(struct enc *e, int len, int dist)
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
static void block_header(struct out *o, const unsigned char *len, int nl, int nd, int last)
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

static void enc_reset(struct enc *e)
{
  e->ntok = 0;
  memset(e->lfreq, 0, sizeof e->lfreq);
  memset(e->dfreq, 0, sizeof e->dfreq);
}

/* A code for the tokens: each literal's and length's, and each match's
 * length and distance (1 or ROW) with their extra bits as one code (at most
 * 28 bits). */
struct codes {
  unsigned char len[286 + 30];
  uint16_t lcode[286];
  uint32_t mlen[259], mdist[2];
  unsigned char nmlen[259], nmdist[2];
};

static void codes_make(struct codes *c, const unsigned char *len)
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
  const int dists[2] = { 1, ROW };
  for (int k = 0; k < 2; k++) {
    int sym, n, x;
    dist_code(dists[k], &sym, &n, &x);
    c->mdist[k] = dcode[sym] | (uint32_t)x << len[286 + sym];
    c->nmdist[k] = (unsigned char)(len[286 + sym] + n);
  }
}

/* n tokens in code c (room ensured by the caller). */
static void emit(struct out *o, const struct codes *c, const uint32_t *tok, int n)
{
  for (int i = 0; i < n; i++) {
    uint32_t t = tok[i];
    if (!(t >> 31)) { put(o, c->lcode[t], c->len[t]); continue; }
    int l = (int)(t >> 16 & 0x7fff), k = (t & 0xffff) != 1;
    put(o, c->mlen[l], c->nmlen[l]);
    put(o, c->mdist[k], c->nmdist[k]);
  }
}

/* The tokens as one dynamic block; the counts start again. */
static void block(struct out *o, struct enc *e, int last)
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
  codes_make(&c, len);
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
static const unsigned char fixed_len[286 + 30] = {
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

/* How many bytes from i on (below n) a and b have alike, compared a word at a time. */
static inline int alike(const unsigned char *a, const unsigned char *b, int i, int n)
{
  int k = i;
  for (; k + 8 <= n; k += 8) {
    uint64_t x, y;
    memcpy(&x, a + k, 8);
    memcpy(&y, b + k, 8);
    if (x != y) { if (LE) return k + (__builtin_ctzll(x ^ y) >> 3) - i; break; }   /* else the bytes below find where */
  }
  while (k < n && a[k] == b[k]) k++;
  return k - i;
}

/* Tokens for bytes [from, to) of a row: runs and stretches equal to the row above (up, or NULL) as matches. */
static void tokens(struct enc *e, const unsigned char *row, const unsigned char *up, int from, int to)
{
  int i = from;
  while (i < to) {
    int u = up && row[i] == up[i] ? alike(row, up, i, to) : 0;
    int r = i + 1 < to && row[i + 1] == row[i] ? alike(row + 1, row, i, to - 1) : 0;  /* bytes after i equal to it */
    if (u >= MINMATCH && u >= r) { tok_match(e, u, ROW); i += u; }
    else if (r >= MINMATCH) { tok_lit(e, row[i]); tok_match(e, r, 1); i += r + 1; }
    else tok_lit(e, row[i++]);
  }
}

#define ADLER 65521u
/* Adler-32 of the stream so far with n bytes of value v appended (closed form). */
static void adler_run(uint64_t *a, uint64_t *b, unsigned v, uint64_t n)
{
  *b = (*b + n * *a + v * (n * (n + 1) / 2)) % ADLER;
  *a = (*a + v * n) % ADLER;
}

static void crc_chunk(struct out *o, size_t start)
{
  put_be32(o, (uint32_t)crc32(0, o->b + start, (uInt)(o->len - start)));
}

/* The signature, IHDR and the start of IDAT (its length written at the
 * end, at the offset returned) with the zlib header. */
static size_t png_head(struct out *o, int width, int height)
{
  put_bytes(o, "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  put_be32(o, (uint32_t)width);
  put_be32(o, (uint32_t)height);
  put_bytes(o, "\x04\x00\x00\x00\x00", 5);  /* 4-bit grey, deflate, filters of method 0, no interlace */
  crc_chunk(o, 12);
  size_t idat = o->len;
  put_bytes(o, "\0\0\0\0IDAT\x78\x01", 10);   /* its length later; zlib: deflate, 32 KiB window */
  return idat;
}

/* The last bits to whole bytes, the Adler-32, IDAT's length and CRC, IEND. */
static void png_tail(struct out *o, size_t idat, uint32_t adler)
{
  int tail = o->nbits;   /* the last word, less its unused bytes */
  if (tail) {
    put(o, 0, 32 - tail);
    o->len -= (size_t)(32 - tail) / 8;
  }
  put_be32(o, adler);
  size_t n = o->len - idat - 8;
  o->len = idat;
  put_be32(o, (uint32_t)n);
  o->len = idat + 8 + n;
  crc_chunk(o, idat + 4);
  put_bytes(o, "\0\0\0\0IEND", 8);
  crc_chunk(o, o->len - 4);
}

/* Bytes [b0, b1) of a row from the page's row y: two pixels a byte, the high nibbles. */
static void pack(const struct png_page *pg, unsigned char *row, int y, int b0, int b1)
{
  const unsigned char *px = pg->px + (size_t)y * (size_t)pg->width - 2;  /* byte i packs px[2i], px[2i + 1] */
  int i = b0;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (; i + 4 <= b1; i += 4) {   /* four bytes from eight pixels at once */
    uint64_t v;
    memcpy(&v, px + 2 * i, 8);
    v = (v & 0x00f000f000f000f0ull) | (v >> 12 & 0x000f000f000f000full);
    v = (v | v >> 8) & 0x0000ffff0000ffffull;
    uint32_t w = (uint32_t)(v | v >> 16);
    memcpy(row + i, &w, 4);
  }
#endif
  for (; i < b1; i++) row[i] = (unsigned char)((px[2 * i] & 0xf0) | px[2 * i + 1] >> 4);
}

/* The rows kept (png-write.h): entries in one arena, found by their keys
 * through a table a quarter empty at least. A row is kept as its bits in
 * the fixed code (nbits of them, 32 a word, least significant first). */
struct png_kept { uint64_t key, up; uint32_t adler; int width, cut, nbits; uint32_t w[]; };
#define KEEP_SLOTS 4096
#define KEEP_TOP 2u   /* the "key" above the first row (keys are odd) */
static unsigned char *arena;
static size_t arena_used;
static struct png_kept *slot[KEEP_SLOTS];
static int nkept, keep_full;

void png_forget(void)
{
  memset(slot, 0, sizeof slot);
  nkept = 0;
  arena_used = 0;
  keep_full = 0;
}

int png_kept_rows(void)
{
  return nkept;
}

static unsigned keep_slot(int width, int cut, uint64_t key, uint64_t up)
{
  uint64_t h = (key ^ (up + (uint64_t)width + ((uint64_t)cut << 16)) * 0x9e3779b97f4a7c15ull) * 0xff51afd7ed558ccdull;
  return (unsigned)(h >> 32) & (KEEP_SLOTS - 1);
}

static const struct png_kept *keep_find(int width, int cut, uint64_t key, uint64_t up)
{
  for (unsigned h = keep_slot(width, cut, key, up);; h = (h + 1) & (KEEP_SLOTS - 1)) {
    const struct png_kept *k = slot[h];
    if (!k) return NULL;
    if (k->key == key && k->up == up && k->width == width && k->cut == cut) return k;
  }
}

/* A row's bits from byte cut on (those of s: whole words, then s->bits) and their Adler-32 kept, room allowing. */
static void keep_add(int width, int cut, uint64_t key, uint64_t up, uint32_t adler, const struct out *s)
{
  if (keep_full || keep_find(width, cut, key, up)) return;
  int words = (int)(s->len / 4) + (s->nbits > 0);
  size_t size = (sizeof(struct png_kept) + (size_t)words * 4 + 7) & ~(size_t)7;
  if (!arena && !(arena = malloc(PNG_KEEP))) { keep_full = 1; return; }
  if (arena_used + size > PNG_KEEP || nkept >= KEEP_SLOTS * 3 / 4) { keep_full = 1; return; }
  struct png_kept *k = (struct png_kept *)(void *)(arena + arena_used);
  arena_used += size;
  *k = (struct png_kept){ key, up, adler, width, cut, (int)s->len * 8 + s->nbits };
  for (size_t i = 0; i < s->len / 4; i++)
    k->w[i] = (uint32_t)s->b[4 * i] | (uint32_t)s->b[4 * i + 1] << 8 | (uint32_t)s->b[4 * i + 2] << 16 | (uint32_t)s->b[4 * i + 3] << 24;
  if (s->nbits) k->w[words - 1] = (uint32_t)s->bits;
  unsigned h = keep_slot(width, cut, key, up);
  while (slot[h]) h = (h + 1) & (KEEP_SLOTS - 1);
  slot[h] = k;
  nkept++;
}

/* A kept row's bits again (room ensured by the caller). */
static void append(struct out *o, const struct png_kept *k)
{
  int i = 0, n = k->nbits;
  for (; n >= 32; n -= 32) put(o, k->w[i++], 32);
  if (n) put(o, k->w[i], n);
}

/* The key of the row above y that row y may be kept under: 0 if none. */
static uint64_t up_key(const uint64_t *key, const short *cut, int y)
{
  if (!y) return KEEP_TOP;
  int c = cut ? cut[y] : 0, cu = cut ? cut[y - 1] : 0;
  return cu == 0 || cu == c ? key[y - 1] : 0;   /* a whole row needs the whole row above */
}

void png_known(int width, const uint64_t *key, const short *cut, int height, const struct png_kept **kept)
{
  if (keep_full) png_forget();   /* forgotten here, never while a page taken from it is written */
  for (int y = 0; y < height; y++) {
    uint64_t up = key[y] ? up_key(key, cut, y) : 0;
    kept[y] = up ? keep_find(width, cut ? cut[y] : 0, key[y], up) : NULL;
  }
}

/* Row y of the page packed into row (whose bytes [span[0], span[1]) are
 * not white): the filter byte, white, then the drawn bytes [b0, b1). */
static void load(const struct png_page *pg, unsigned char *row, int *span, int y)
{
  int b0 = 1, b1 = 1;
  if (pg->lo[y] < pg->hi[y]) {
    b0 = 1 + pg->lo[y] / 2;
    b1 = 1 + (pg->hi[y] + 1) / 2;
  }
  memset(row + span[0], 255, (size_t)(span[1] - span[0]));
  pack(pg, row, y, b0, b1);
  span[0] = b0;
  span[1] = b1;
}

/* The tokens of a row (or of its bytes from cut on) written in the fixed
 * code, and kept under key below up when up is not 0. */
static void flush_row(struct out *o, struct enc *e, const struct codes *c, int width, int cut, uint64_t key, uint64_t up, uint32_t adler)
{
  if (up) {
    static unsigned char sb[4 * MAXROW + 64];
    struct out s = { sb, 0, sizeof sb, 0, 0, 0 };
    emit(&s, c, e->tok, e->ntok);
    keep_add(width, cut, key, up, adler, &s);
    for (size_t i = 0; i < s.len; i += 4) put(o, (uint32_t)sb[i] | (uint32_t)sb[i + 1] << 8 | (uint32_t)sb[i + 2] << 16 | (uint32_t)sb[i + 3] << 24, 32);
    if (s.nbits) put(o, (uint32_t)s.bits, s.nbits);
  } else {
    emit(o, c, e->tok, e->ntok);
  }
  e->ntok = 0;
}

int png_grey4(const struct png_page *pg, unsigned char **png, size_t *len)
{
  static struct enc e;
  static unsigned char rows[2][MAXROW];
  static int span[2][2];   /* each row buffer's packed bytes [b0, b1) not white */
  static struct codes fixed;
  static int fixed_row;
  *png = NULL;
  *len = 0;
  if (pg->width < 2 || pg->width > PNG_MAX_WIDTH || pg->width % 2 || pg->height < 1) return -1;
  ROW = 1 + pg->width / 2;
  struct out o0 = { 0 }, *o = &o0;
  if (out_room(o, 128) != 0) return -1;
  size_t idat = png_head(o, pg->width, pg->height);
  for (int k = 0; k < 2; k++) {
    memset(rows[k], 255, ROW);
    rows[k][0] = 0;
    span[k][0] = span[k][1] = 1;
  }
  enc_reset(&e);
  const uint64_t *key = pg->key;   /* with keys: the fixed code, rows kept and taken */
  const struct png_kept *const *kept = key ? pg->kept : NULL;
  const short *cuts = key ? pg->cut : NULL;
  if (key) {
    if (fixed_row != ROW) { codes_make(&fixed, fixed_len); fixed_row = ROW; }
    if (out_room(o, 1024) == 0) block_header(o, fixed_len, 286, 30, 1);
  }
  uLong adler = 1;
  int loaded = 0;   /* whether rows[!cur] holds the row above, packed */
  for (int y = 0; y < pg->height; y++) {
    int cur = y & 1, c = cuts ? cuts[y] : 0;
    unsigned char *row = rows[cur], *up = y ? rows[!cur] : NULL;
    if (key) { if (out_room(o, (size_t)ROW * 6 + 64) != 0) break; }
    else if (e.ntok > NTOK - ROW - 2) block(o, &e, 0);
    const struct png_kept *k = kept ? kept[y] : NULL;
    if (k && !c) {   /* seen before: its bits again */
      append(o, k);
      adler = adler32_combine(adler, k->adler, ROW);
      loaded = 0;
      continue;
    }
    if (up && !loaded) load(pg, up, span[!cur], y - 1);   /* taken, not packed: drawn all the same */
    load(pg, row, span[cur], y);
    loaded = 1;
    int b0 = span[cur][0], b1 = span[cur][1];
    uint64_t upk = key && key[y] ? up_key(key, cuts, y) : 0;   /* not 0: to keep */
    uLong ad;
    if (c) {   /* bytes [0, c) from the pixels, the rest kept or to keep */
      if (up && c >= 3 && memcmp(row, up, (size_t)c) == 0) tok_match(&e, c, ROW);
      else tokens(&e, row, up, 0, c);
      flush_row(o, &e, &fixed, pg->width, c, 0, 0, 0);
      ad = adler32(1, row, (uInt)c);
      uLong rest;
      if (k) {
        append(o, k);
        rest = k->adler;
      } else {
        tokens(&e, row, up, c, ROW);
        rest = adler32(1, row + c, (uInt)(ROW - c));
        flush_row(o, &e, &fixed, pg->width, c, key[y], upk, (uint32_t)rest);
      }
      ad = adler32_combine(ad, rest, ROW - c);
    } else {
      if (up && ROW >= 3 && b0 == span[!cur][0] && b1 == span[!cur][1] && memcmp(row + b0, up + b0, (size_t)(b1 - b0)) == 0)
        tok_match(&e, ROW, ROW);   /* the same row again (a row of 2 bytes is below deflate's shortest match, 3) */
      else
        tokens(&e, row, up, 0, ROW);
      /* The row's Adler-32: the filter byte, the white, the packed bytes (zlib's adler32), the white. */
      uint64_t a = 1, b = 1;
      adler_run(&a, &b, 255, (uint64_t)(b0 - 1));
      ad = adler32((uLong)(b << 16 | a), row + b0, (uInt)(b1 - b0));
      a = ad & 0xffff;
      b = ad >> 16;
      adler_run(&a, &b, 255, (uint64_t)(ROW - b1));
      ad = (uLong)(b << 16 | a);
      if (key) flush_row(o, &e, &fixed, pg->width, 0, key[y], upk, (uint32_t)ad);
    }
    adler = adler32_combine(adler, ad, ROW);
  }
  if (!key) block(o, &e, 1);
  else if (out_room(o, 64) == 0) put(o, fixed.lcode[256], fixed.len[256]);
  if (out_room(o, 64) == 0) png_tail(o, idat, (uint32_t)adler);
  if (o->failed) { free(o->b); return -1; }
  *png = o->b;
  *len = o->len;
  return 0;
}
