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

/* The tokens as one dynamic block; the counts start again. */
static void block(struct out *o, struct enc *e, int last)
{
  e->lfreq[256] = 1;
  /* Two distance codes at least: a complete code every inflater takes. */
  if (!e->dfreq[0]) e->dfreq[0] = 1;
  if (!e->dfreq[1]) e->dfreq[1] = 1;
  unsigned char len[286 + 30];
  uint16_t lcode[286], dcode[30];
  huff_lengths(e->lfreq, 286, 15, len);
  huff_lengths(e->dfreq, 30, 15, len + 286);
  int nl = 286, nd = 30;
  while (nl > 257 && !len[nl - 1]) nl--;
  while (nd > 1 && !len[286 + nd - 1]) nd--;
  huff_codes(len, 286, lcode);
  huff_codes(len + 286, 30, dcode);
  if (out_room(o, (size_t)e->ntok * 6 + 1024) != 0) return;
  block_header(o, len, nl, nd, last);
  /* Each match's length and distance with their extra bits as one code (at most 28 bits). */
  uint32_t mlen[259], mdist[2];
  unsigned char nmlen[259], nmdist[2];
  for (int l = 3; l <= 258; l++) {
    int sym, n, x;
    len_code(l, &sym, &n, &x);
    mlen[l] = lcode[sym] | (uint32_t)x << len[sym];
    nmlen[l] = (unsigned char)(len[sym] + n);
  }
  const int dists[2] = { 1, ROW };
  for (int k = 0; k < 2; k++) {
    int sym, n, x;
    dist_code(dists[k], &sym, &n, &x);
    mdist[k] = dcode[sym] | (uint32_t)x << len[286 + sym];
    nmdist[k] = (unsigned char)(len[286 + sym] + n);
  }
  for (int i = 0; i < e->ntok; i++) {
    uint32_t t = e->tok[i];
    if (!(t >> 31)) { put(o, lcode[t], len[t]); continue; }
    int l = (int)(t >> 16 & 0x7fff), k = (t & 0xffff) != 1;
    put(o, mlen[l], nmlen[l]);
    put(o, mdist[k], nmdist[k]);
  }
  put(o, lcode[256], len[256]);
  enc_reset(e);
}

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

/* Tokens for a row: runs and stretches equal to the row above (up, or NULL) as matches. */
static void tokens(struct enc *e, const unsigned char *row, const unsigned char *up)
{
  int i = 0;
  while (i < ROW) {
    int u = up && row[i] == up[i] ? alike(row, up, i, ROW) : 0;
    int r = i + 1 < ROW && row[i + 1] == row[i] ? alike(row + 1, row, i, ROW - 1) : 0;  /* bytes after i equal to it */
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

int png_grey4(const struct png_page *pg, unsigned char **png, size_t *len)
{
  static struct enc e;
  static unsigned char rows[2][MAXROW];
  static int span[2][2];   /* each row buffer's packed bytes [b0, b1) not white */
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
  uint64_t a = 1, b = 0;
  for (int y = 0; y < pg->height; y++) {
    int cur = y & 1, b0 = 1, b1 = 1;
    unsigned char *row = rows[cur], *up = y ? rows[!cur] : NULL;
    if (pg->lo[y] < pg->hi[y]) {
      b0 = 1 + pg->lo[y] / 2;
      b1 = 1 + (pg->hi[y] + 1) / 2;
    }
    memset(row + span[cur][0], 255, (size_t)(span[cur][1] - span[cur][0]));
    pack(pg, row, y, b0, b1);
    span[cur][0] = b0;
    span[cur][1] = b1;
    if (e.ntok > NTOK - ROW - 2) block(o, &e, 0);
    if (up && ROW >= 3 && b0 == span[!cur][0] && b1 == span[!cur][1] && memcmp(row + b0, up + b0, (size_t)(b1 - b0)) == 0)
      tok_match(&e, ROW, ROW);   /* the same row again (a row of 2 bytes is below deflate's shortest match, 3) */
    else
      tokens(&e, row, up);
    /* The filter byte, the white, the packed bytes (zlib's adler32), the white. */
    b = (b + a) % ADLER;
    adler_run(&a, &b, 255, (uint64_t)(b0 - 1));
    uLong ad = adler32((uLong)(b << 16 | a), row + b0, (uInt)(b1 - b0));
    a = ad & 0xffff;
    b = ad >> 16;
    adler_run(&a, &b, 255, (uint64_t)(ROW - b1));
  }
  block(o, &e, 1);
  if (out_room(o, 64) == 0) png_tail(o, idat, (uint32_t)(b << 16 | a));
  if (o->failed) { free(o->b); return -1; }
  *png = o->b;
  *len = o->len;
  return 0;
}

