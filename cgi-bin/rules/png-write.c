/* png-write.c: 4-bit grey PNGs of mostly white pages (the receipt), with a deflate coder of its own (deflate.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "rules/deflate.h"
#include "rules/png-write.h"

/* Why a coder of its own, and how it works: png-write.h. */
#define MAXROW (1 + PNG_MAX_WIDTH / 2)
static int ROW;   /* a row's bytes: the filter byte (0, none), then two pixels a byte */
#define MINMATCH 4

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

/* Row y packed into row as load() would, taken from the row above (up,
 * packed, its not-white bytes upspan) when their pixels are the same (a
 * QR's module is QR_PX rows of pixels alike): a compare instead of packing. */
static void load_like(const struct png_page *pg, unsigned char *row, int *span, const unsigned char *up, const int *upspan, int y)
{
  const unsigned char *a = pg->px + (size_t)y * (size_t)pg->width, *b = a - pg->width;
  int lo = pg->lo[y], hi = pg->hi[y];
  if (lo != pg->lo[y - 1] || hi != pg->hi[y - 1] || (lo < hi && memcmp(a + lo, b + lo, (size_t)(hi - lo)) != 0)) {
    load(pg, row, span, y);
    return;
  }
  memset(row + span[0], 255, (size_t)(span[1] - span[0]));
  memcpy(row + upspan[0], up + upspan[0], (size_t)(upspan[1] - upspan[0]));
  span[0] = upspan[0];
  span[1] = upspan[1];
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

/* The Adler-32 of a row: the filter byte, the white, the packed bytes [b0, b1) (zlib's adler32), the white. */
static uLong row_adler(const unsigned char *row, int b0, int b1)
{
  uint64_t a = 1, b = 1;
  adler_run(&a, &b, 255, (uint64_t)(b0 - 1));
  uLong ad = adler32((uLong)(b << 16 | a), row + b0, (uInt)(b1 - b0));
  a = ad & 0xffff;
  b = ad >> 16;
  adler_run(&a, &b, 255, (uint64_t)(ROW - b1));
  return (uLong)(b << 16 | a);
}

/* A cut row (png-write.h): bytes [0, c) from the pixels, the rest kept (k)
 * or to keep (under key below upk, if not 0); its Adler-32. */
static uLong cut_row(struct out *o, struct enc *e, const struct codes *fixed, int width, const unsigned char *row,
                     const unsigned char *up, int c, const struct png_kept *k, uint64_t key, uint64_t upk, uLong *left)
{
  /* *left: the Adler-32 of bytes [0, c) of the row above if it was cut at c too, else 0 (never an Adler-32). */
  if (up && c >= 3 && memcmp(row, up, (size_t)c) == 0) {
    tok_match(e, c, ROW);
    if (!*left) *left = adler32(1, row, (uInt)c);
  } else {
    tokens(e, row, up, 0, c);
    *left = adler32(1, row, (uInt)c);
  }
  flush_row(o, e, fixed, width, c, 0, 0, 0);
  uLong ad = *left, rest;
  if (k) {
    append(o, k);
    rest = k->adler;
  } else {
    tokens(e, row, up, c, ROW);
    rest = adler32(1, row + c, (uInt)(ROW - c));
    flush_row(o, e, fixed, width, c, key, upk, (uint32_t)rest);
  }
  return adler32_combine(ad, rest, ROW - c);
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
    if (fixed_row != ROW) { codes_make(&fixed, fixed_len, ROW); fixed_row = ROW; }
    if (out_room(o, 1024) == 0) block_header(o, fixed_len, 286, 30, 1);
  }
  uLong adler = 1;
  int loaded = 0;   /* whether rows[!cur] holds the row above, packed */
  uLong left = 0;   /* cut rows: the Adler-32 of the last one's bytes before its cut (cut_row) */
  for (int y = 0; y < pg->height; y++) {
    int cur = y & 1, c = cuts ? cuts[y] : 0;
    unsigned char *row = rows[cur], *up = y ? rows[!cur] : NULL;
    if (key) { if (out_room(o, (size_t)ROW * 6 + 64) != 0) break; }
    else if (e.ntok > NTOK - ROW - 2) block(o, &e, 0, ROW);
    const struct png_kept *k = kept ? kept[y] : NULL;
    if (k && !c) {   /* seen before: its bits again */
      append(o, k);
      adler = adler32_combine(adler, k->adler, ROW);
      loaded = 0;
      continue;
    }
    if (up && !loaded) load(pg, up, span[!cur], y - 1);   /* taken, not packed: drawn all the same */
    if (up) load_like(pg, row, span[cur], up, span[!cur], y);
    else load(pg, row, span[cur], y);
    loaded = 1;
    int b0 = span[cur][0], b1 = span[cur][1];
    uint64_t upk = key && key[y] ? up_key(key, cuts, y) : 0;   /* not 0: to keep */
    uLong ad;
    if (c) {
      if (!y || cuts[y - 1] != c) left = 0;
      ad = cut_row(o, &e, &fixed, pg->width, row, up, c, k, key[y], upk, &left);
    } else {
      if (up && ROW >= 3 && b0 == span[!cur][0] && b1 == span[!cur][1] && memcmp(row + b0, up + b0, (size_t)(b1 - b0)) == 0)
        tok_match(&e, ROW, ROW);   /* the same row again (a row of 2 bytes is below deflate's shortest match, 3) */
      else
        tokens(&e, row, up, 0, ROW);
      ad = row_adler(row, b0, b1);
      if (key) flush_row(o, &e, &fixed, pg->width, 0, key[y], upk, (uint32_t)ad);
    }
    adler = adler32_combine(adler, ad, ROW);
  }
  if (!key) block(o, &e, 1, ROW);
  else if (out_room(o, 64) == 0) put(o, fixed.lcode[256], fixed.len[256]);
  if (out_room(o, 64) == 0) png_tail(o, idat, (uint32_t)adler);
  if (o->failed) { free(o->b); return -1; }
  *png = o->b;
  *len = o->len;
  return 0;
}
