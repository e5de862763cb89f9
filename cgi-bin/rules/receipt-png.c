/* receipt-png.c: lays out form 01 on a white page with wrapped Vietnamese text and the QR code. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <zlib.h>

#include "rules/qr.h"
#include "rules/receipt-png.h"

#define WIDTH 900
#define MARGIN 48
#define QR_PX 6

/* Glyphs are rendered once per worker (FreeType, 8-bit anti-aliased, 96
 * dpi as libgd drew them) and kept, already turned into the grey they
 * leave on white: a receipt is then blits into an 8-bit grey page, kept
 * per worker and whitened again where it was drawn on. The page is
 * written as a 4-bit grey PNG by the encoder below. Drawing each glyph's
 * outline through the hinting interpreter on every request (twice:
 * measuring, then drawing) and deflating a 24-bit page was 99% of the
 * time. */
#define DPI 96
#define NGLYPHS 4096
#define NFONTS 4
struct glyph { const void *face; int size; unsigned cp; int adv, left, top, w, h; unsigned char *bits; };
static struct glyph glyphs[NGLYPHS];
static FT_Library ft;
static struct { char *path; FT_Face face; int size; } fonts[NFONTS];
static int nfonts;

/* The font at path, opened once; -1 when it cannot be. */
static int font_of(const char *path)
{
  for (int i = 0; i < nfonts; i++)
    if (strcmp(fonts[i].path, path) == 0) return i;
  if (nfonts == NFONTS || (!ft && FT_Init_FreeType(&ft) != 0)) return -1;
  FT_Face face;
  if (FT_New_Face(ft, path, 0, &face) != 0) return -1;
  char *copy = strdup(path);
  if (!copy) { FT_Done_Face(face); return -1; }
  fonts[nfonts].path = copy;
  fonts[nfonts].face = face;
  fonts[nfonts].size = 0;
  return nfonts++;
}

/* One glyph of a font at a size (points), rendered the first time it is
 * asked for; bits holds the grey each pixel leaves (255 - coverage). */
static const struct glyph *glyph_of(int f, int size, unsigned cp)
{
  FT_Face face = fonts[f].face;
  unsigned h = (cp * 2654435761u ^ (unsigned)size * 40503u ^ (unsigned)f * 97u) % NGLYPHS;
  for (unsigned i = 0; i < NGLYPHS; i++, h = (h + 1) % NGLYPHS) {
    struct glyph *g = &glyphs[h];
    if (g->face == face && g->size == size && g->cp == cp) return g;
    if (g->face) continue;
    if (fonts[f].size != size && FT_Set_Char_Size(face, 0, size * 64, DPI, DPI) != 0) return NULL;
    fonts[f].size = size;
    if (FT_Load_Char(face, cp, FT_LOAD_RENDER) != 0) return NULL;
    FT_GlyphSlot s = face->glyph;
    int w = (int)s->bitmap.width, rows = (int)s->bitmap.rows;
    size_t area = (size_t)w * (size_t)rows;
    unsigned char *bits = area ? malloc(area) : NULL;
    if (area && !bits) return NULL;
    for (int y = 0; y < rows; y++)
      for (int x = 0; x < w; x++) bits[(size_t)y * (size_t)w + (size_t)x] = (unsigned char)(255 - s->bitmap.buffer[y * s->bitmap.pitch + x]);
    *g = (struct glyph){ face, size, cp, (int)((s->advance.x + 32) >> 6), s->bitmap_left, s->bitmap_top, w, rows, bits };
    return g;
  }
  return NULL;
}

/* The next code point of UTF-8 text (U+FFFD for a broken sequence). */
static unsigned next_cp(const unsigned char **p, const unsigned char *end)
{
  const unsigned char *s = *p;
  unsigned c = *s++;
  int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
  if (c >= 0x80 && !more) { *p = s; return 0xfffd; }
  c &= more == 3 ? 0x07 : more == 2 ? 0x0f : more == 1 ? 0x1f : 0x7f;
  for (; more; more--, s++) {
    if (s >= end || (*s & 0xc0) != 0x80) { *p = s; return 0xfffd; }
    c = (c << 6) | (*s & 0x3f);
  }
  *p = s;
  return c;
}

/* The page, kept per worker: rows of WIDTH grey pixels (255 white), and
 * for each row the columns [lo, hi) drawn on since it was last white. Only
 * those are packed and whitened again; a receipt touches a third of its
 * rows' width, and a page taken from the system each time costs a page
 * fault every 4 KiB. */
static struct { unsigned char *px; short *lo, *hi; int cap; } page;

/* Rows [0, rows) exist and are white where not drawn on; 0, or -1. */
static int page_reserve(int rows)
{
  if (rows <= page.cap) return 0;
  int cap = rows + 128;
  unsigned char *px = realloc(page.px, (size_t)WIDTH * (size_t)cap);
  if (!px) return -1;
  page.px = px;
  short *lo = realloc(page.lo, (size_t)cap * sizeof *lo);
  if (!lo) return -1;
  page.lo = lo;
  short *hi = realloc(page.hi, (size_t)cap * sizeof *hi);
  if (!hi) return -1;
  page.hi = hi;
  memset(px + (size_t)WIDTH * (size_t)page.cap, 255, (size_t)WIDTH * (size_t)(cap - page.cap));
  for (int y = page.cap; y < cap; y++) { lo[y] = WIDTH; hi[y] = 0; }
  page.cap = cap;
  return 0;
}

static void page_mark(int y, int x0, int x1)
{
  if (x0 < page.lo[y]) page.lo[y] = (short)x0;
  if (x1 > page.hi[y]) page.hi[y] = (short)x1;
}

/* Every row drawn on white again. */
static void page_clear(void)
{
  for (int y = 0; y < page.cap; y++)
    if (page.lo[y] < page.hi[y]) {
      memset(page.px + (size_t)y * WIDTH + page.lo[y], 255, (size_t)(page.hi[y] - page.lo[y]));
      page.lo[y] = WIDTH;
      page.hi[y] = 0;
    }
}

struct pen {
  int y;
  const struct receipt *r;
  int regular, bold;   /* fonts */
  int failed;
};

/* Width in pixels of the n bytes at s, or -1. */
static int text_width(int f, int size, const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *)s, *end = p + n;
  int w = 0;
  while (p < end) {
    const struct glyph *g = glyph_of(f, size, next_cp(&p, end));
    if (!g) return -1;
    w += g->adv;
  }
  return w;
}

typedef unsigned char v8 __attribute__((vector_size(8)));

/* Draws the n bytes at s with its baseline at y: each glyph darkens the page. */
static void draw_text(struct pen *p, int f, int size, int x, int y, const char *s, size_t n)
{
  const unsigned char *q = (const unsigned char *)s, *end = q + n;
  while (q < end) {
    const struct glyph *g = glyph_of(f, size, next_cp(&q, end));
    if (!g) { p->failed = 1; return; }
    int gx = x + g->left, c0 = gx < 0 ? -gx : 0, c1 = gx + g->w > WIDTH ? WIDTH - gx : g->w;
    for (int row = 0; row < g->h && c0 < c1; row++) {
      int py = y - g->top + row;
      if (py < 0 || py >= page.cap) continue;
      unsigned char *dst = page.px + (size_t)py * WIDTH + gx;
      const unsigned char *src = g->bits + (size_t)row * (size_t)g->w;
      int col = c0;
      for (; col + 8 <= c1; col += 8) {   /* eight pixels at once (the compiler's vectors) */
        v8 a, b;
        memcpy(&a, src + col, 8);
        memcpy(&b, dst + col, 8);
        v8 lt = (v8)(a < b);
        a = (a & lt) | (b & ~lt);
        memcpy(dst + col, &a, 8);
      }
      for (; col < c1; col++)
        dst[col] = src[col] < dst[col] ? src[col] : dst[col];
      page_mark(py, gx + c0, gx + c1);
    }
    x += g->adv;
  }
}

/* Draws s wrapped at word boundaries (spaces; never inside a UTF-8
 * sequence) within [x, x + w), advancing p->y by the line height. */
static void draw_wrapped(struct pen *p, int f, int size, int x, int w, const char *s, int centre)
{
  int line_h = (int)(size * 1.9);
  const char *rest = s;
  while (*rest) {
    while (*rest == ' ') rest++;
    if (!*rest) break;
    /* Take as many words as fit (the widths of glyphs add up: no kerning). */
    size_t best = 0, done = 0;
    int best_w = 0, tw = 0;
    const char *q = rest;
    for (;;) {
      const char *sp = strchr(q, ' ');
      size_t take = sp ? (size_t)(sp - rest) : strlen(rest);
      int more = text_width(f, size, rest + done, take - done);
      if (more < 0) { p->failed = 1; return; }
      tw += more;
      done = take;
      if (tw <= w || best == 0) { best = take; best_w = tw; }
      if (tw > w || !sp) break;
      q = sp + 1;
    }
    p->y += line_h;
    if (page_reserve(p->y + line_h) != 0) { p->failed = 1; return; }
    draw_text(p, f, size, centre ? x + (w - best_w) / 2 : x, p->y - line_h / 4, rest, best);
    rest += best;
  }
}

static void labelled(struct pen *p, const char *label, const char *value)
{
  char *s = malloc(strlen(label) + strlen(value) + 3);
  if (!s) { p->failed = 1; return; }
  snprintf(s, strlen(label) + strlen(value) + 3, "%s: %s", label, value ? value : "");
  draw_wrapped(p, p->regular, 15, MARGIN, WIDTH - 2 * MARGIN, s, 0);
  free(s);
}

/* The QR's dark modules, QR_PX pixels each, inside its 4-module quiet zone at (x0, y0). */
static void draw_qr(const struct qr *q, int x0, int y0)
{
  int w = q->width * QR_PX;
  x0 += 4 * QR_PX;
  y0 += 4 * QR_PX;
  for (int my = 0; my < q->width; my++) {
    unsigned char *first = page.px + (size_t)(y0 + my * QR_PX) * WIDTH + x0;
    for (int mx = 0; mx < q->width; mx++)
      memset(first + mx * QR_PX, q->dark[my * q->width + mx] ? 0 : 255, QR_PX);
    for (int k = 0; k < QR_PX; k++) {
      if (k) memcpy(first + (size_t)k * WIDTH, first, (size_t)w);
      page_mark(y0 + my * QR_PX + k, x0, x0 + w);
    }
  }
}

static void layout(struct pen *p, const struct qr *q)
{
  const struct receipt *r = p->r;
  int half = (WIDTH - 2 * MARGIN) / 2;
  int y0 = p->y;
  draw_wrapped(p, p->regular, 13, MARGIN, half - 10, r->site_name, 1);
  draw_wrapped(p, p->bold, 13, MARGIN, half - 10, r->agency_name, 1);
  int yl = p->y;
  p->y = y0;
  draw_wrapped(p, p->bold, 13, MARGIN + half, half, r->l.nation, 1);
  draw_wrapped(p, p->bold, 13, MARGIN + half, half, r->l.motto, 1);
  if (yl > p->y) p->y = yl;
  p->y += 24;
  draw_wrapped(p, p->bold, 20, MARGIN, WIDTH - 2 * MARGIN, r->l.heading, 1);
  char code[128];
  snprintf(code, sizeof code, "%s: %s", r->l.code, r->code);
  draw_wrapped(p, p->bold, 17, MARGIN, WIDTH - 2 * MARGIN, code, 1);
  p->y += 16;
  labelled(p, r->l.from, r->applicant);
  labelled(p, r->l.procedure, r->procedure);
  labelled(p, r->l.point, r->point_name);
  labelled(p, r->l.channel, r->channel);
  char docs[200];
  snprintf(docs, sizeof docs, "%s:", r->l.docs);
  draw_wrapped(p, p->bold, 15, MARGIN, WIDTH - 2 * MARGIN, docs, 0);
  for (int i = 0; i < r->ndocs; i++) {
    char head[16];
    snprintf(head, sizeof head, "%d.", i + 1);
    size_t n = strlen(r->docs[i].name) + strlen(r->docs[i].copies) + 24;
    char *s = malloc(n);
    if (!s) { p->failed = 1; return; }
    snprintf(s, n, "%s %s (%s)", head, r->docs[i].name, r->docs[i].copies);
    draw_wrapped(p, p->regular, 14, MARGIN + 24, WIDTH - 2 * MARGIN - 24, s, 0);
    free(s);
  }
  labelled(p, r->l.received, r->received);
  labelled(p, r->l.due, r->due);
  labelled(p, r->l.return_method, r->return_method);
  p->y += 20;
  int qsize = (q->width + 8) * QR_PX;
  if (page_reserve(p->y + qsize + MARGIN) != 0) { p->failed = 1; return; }
  draw_qr(q, MARGIN, p->y);
  int ytext = p->y;
  int tx = MARGIN + qsize + 20, tw = WIDTH - MARGIN - tx;
  draw_wrapped(p, p->regular, 13, tx, tw, r->l.scan, 0);
  size_t n = strlen(r->l.lookup) + strlen(r->lookup_url) + strlen(r->l.lookup2) + 3;
  char *s = malloc(n);
  if (!s) { p->failed = 1; return; }
  snprintf(s, n, "%s %s %s", r->l.lookup, r->lookup_url, r->l.lookup2);
  draw_wrapped(p, p->regular, 13, tx, tw, s, 0);
  free(s);
  if (p->y < ytext + qsize) p->y = ytext + qsize;
  p->y += MARGIN;
}

/* The PNG encoder: 4-bit grey (16 levels are plenty for anti-aliased text
 * on white; the QR stays pure black and white), no row filters, and a
 * deflate stream of its own rather than libpng and zlib's compressor,
 * which read every byte of the page (zlib level 1 was half of a
 * receipt's time, packing a fifth). Here a row is packed only where it
 * was drawn on; a row equal to the one above is two matches; otherwise
 * it is literals, runs of one byte (distance 1) and stretches equal to
 * the row above (distance one row), coded with Huffman codes made for
 * each block (RFC 1951, dynamic blocks). The file is about the size
 * zlib's level 1 made. Adler-32 is summed row by row, closed forms for
 * the white. */
#define ROW (1 + WIDTH / 2)       /* a row: the filter byte (0, none), then two pixels a byte */
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
    o->b[o->len] = (unsigned char)w;
    o->b[o->len + 1] = (unsigned char)(w >> 8);
    o->b[o->len + 2] = (unsigned char)(w >> 16);
    o->b[o->len + 3] = (unsigned char)(w >> 24);
    o->len += 4;
    o->bits >>= 32;
    o->nbits -= 32;
  }
}

static void put_be32(struct out *o, uint32_t v)
{
  unsigned char *p = o->b + o->len;
  p[0] = (unsigned char)(v >> 24); p[1] = (unsigned char)(v >> 16); p[2] = (unsigned char)(v >> 8); p[3] = (unsigned char)v;
  o->len += 4;
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

/* The tokens as one dynamic block; the counts start again. */
static void block(struct out *o, struct enc *e, int last)
{
  static const unsigned char order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };
  e->lfreq[256] = 1;
  /* Two distance codes at least: a complete code every inflater takes. */
  if (!e->dfreq[0]) e->dfreq[0] = 1;
  if (!e->dfreq[1]) e->dfreq[1] = 1;
  unsigned char len[286 + 30], clen[19];
  uint16_t lcode[286], dcode[30], ccode[19];
  huff_lengths(e->lfreq, 286, 15, len);
  huff_lengths(e->dfreq, 30, 15, len + 286);
  int nl = 286, nd = 30;
  while (nl > 257 && !len[nl - 1]) nl--;
  while (nd > 1 && !len[286 + nd - 1]) nd--;
  huff_codes(len, 286, lcode);
  huff_codes(len + 286, 30, dcode);
  /* The lengths, run-length coded (16: repeat the last 3-6 times, 17 and 18: zeros). */
  unsigned char all[286 + 30], rle[286 + 30], rlx[286 + 30];
  int na = 0, nr = 0;
  for (int i = 0; i < nl; i++) all[na++] = len[i];
  for (int i = 0; i < nd; i++) all[na++] = len[286 + i];
  uint32_t cfreq[19] = { 0 };
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
  for (int i = 0; i < nr; i++) cfreq[rle[i]]++;
  if (nr && cfreq[rle[0]] == (uint32_t)nr) cfreq[rle[0] == 0 ? 1 : 0] = 1;
  huff_lengths(cfreq, 19, 7, clen);
  huff_codes(clen, 19, ccode);
  int nc = 19;
  while (nc > 4 && !clen[order[nc - 1]]) nc--;
  if (out_room(o, (size_t)e->ntok * 6 + 1024) != 0) return;
  put(o, last ? 1 : 0, 1);
  put(o, 2, 2);
  put(o, (uint32_t)(nl - 257), 5);
  put(o, (uint32_t)(nd - 1), 5);
  put(o, (uint32_t)(nc - 4), 4);
  for (int i = 0; i < nc; i++) put(o, clen[order[i]], 3);
  for (int i = 0; i < nr; i++) {
    put(o, ccode[rle[i]], clen[rle[i]]);
    if (rle[i] == 16) put(o, rlx[i], 2);
    else if (rle[i] == 17) put(o, rlx[i], 3);
    else if (rle[i] == 18) put(o, rlx[i], 7);
  }
  /* Each literal, and each match's length and distance with their extra bits, as one code (at most 28 bits). */
  uint32_t lit[256], mlen[259], mdist[2];
  unsigned char nlit[256], nmlen[259], nmdist[2];
  for (int c = 0; c < 256; c++) { lit[c] = lcode[c]; nlit[c] = len[c]; }
  for (int l = 3; l <= 258; l++) {
    int sym, n, x;
    len_code(l, &sym, &n, &x);
    mlen[l] = lcode[sym] | (uint32_t)x << len[sym];
    nmlen[l] = (unsigned char)(len[sym] + n);
  }
  static const int dists[2] = { 1, ROW };
  for (int k = 0; k < 2; k++) {
    int sym, n, x;
    dist_code(dists[k], &sym, &n, &x);
    mdist[k] = dcode[sym] | (uint32_t)x << len[286 + sym];
    nmdist[k] = (unsigned char)(len[286 + sym] + n);
  }
  for (int i = 0; i < e->ntok; i++) {
    uint32_t t = e->tok[i];
    if (!(t >> 31)) { put(o, lit[t], nlit[t]); continue; }
    int l = (int)(t >> 16 & 0x7fff), k = (t & 0xffff) != 1;
    put(o, mlen[l], nmlen[l]);
    put(o, mdist[k], nmdist[k]);
  }
  put(o, lcode[256], len[256]);
  e->ntok = 0;
  memset(e->lfreq, 0, sizeof e->lfreq);
  memset(e->dfreq, 0, sizeof e->dfreq);
}

/* How many bytes from i on (below n) a and b have alike, compared a word at a time. */
static inline int alike(const unsigned char *a, const unsigned char *b, int i, int n)
{
  int k = i;
  for (; k + 8 <= n; k += 8) {
    uint64_t x, y;
    memcpy(&x, a + k, 8);
    memcpy(&y, b + k, 8);
    if (x != y) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      return k + (__builtin_ctzll(x ^ y) >> 3) - i;
#else
      break;
#endif
    }
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

/* Rows [0, height) of the page as a PNG into o. 0, or -1. */
static int encode(int height, struct out *o)
{
  static struct enc e;
  static unsigned char rows[2][ROW];
  static int span[2][2];   /* each row buffer's packed bytes [b0, b1) not white */
  if (out_room(o, 128) != 0) return -1;
  memcpy(o->b, "\x89PNG\r\n\x1a\n", 8);
  o->len = 8;
  put_be32(o, 13);
  size_t c = o->len;
  memcpy(o->b + o->len, "IHDR", 4);
  o->len += 4;
  put_be32(o, WIDTH);
  put_be32(o, (uint32_t)height);
  memcpy(o->b + o->len, "\x04\x00\x00\x00\x00", 5);  /* 4-bit grey, deflate, filters of method 0, no interlace */
  o->len += 5;
  crc_chunk(o, c);
  size_t idat = o->len;
  o->len += 4;
  memcpy(o->b + o->len, "IDAT\x78\x01", 6);
  o->len += 6;
  for (int k = 0; k < 2; k++) {
    memset(rows[k], 255, ROW);
    rows[k][0] = 0;
    span[k][0] = span[k][1] = 1;
  }
  e.ntok = 0;
  memset(e.lfreq, 0, sizeof e.lfreq);
  memset(e.dfreq, 0, sizeof e.dfreq);
  uint64_t a = 1, b = 0;
  for (int y = 0; y < height; y++) {
    int cur = y & 1, b0 = 1, b1 = 1;
    unsigned char *row = rows[cur], *up = y ? rows[!cur] : NULL;
    if (page.lo[y] < page.hi[y]) {
      b0 = 1 + page.lo[y] / 2;
      b1 = 1 + (page.hi[y] + 1) / 2;
    }
    memset(row + span[cur][0], 255, (size_t)(span[cur][1] - span[cur][0]));
    const unsigned char *px = page.px + (size_t)y * WIDTH - 2;  /* byte i packs px[2i], px[2i + 1] */
    int i = b0;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; i + 4 <= b1; i += 4) {   /* four bytes from eight pixels: the high nibbles of each pair */
      uint64_t v;
      memcpy(&v, px + 2 * i, 8);
      v = (v & 0x00f000f000f000f0ull) | (v >> 12 & 0x000f000f000f000full);
      v = (v | v >> 8) & 0x0000ffff0000ffffull;
      uint32_t w = (uint32_t)(v | v >> 16);
      memcpy(row + i, &w, 4);
    }
#endif
    for (; i < b1; i++) row[i] = (unsigned char)((px[2 * i] & 0xf0) | px[2 * i + 1] >> 4);
    span[cur][0] = b0;
    span[cur][1] = b1;
    if (e.ntok > NTOK - ROW - 2) block(o, &e, 0);
    if (up && b0 == span[!cur][0] && b1 == span[!cur][1] && memcmp(row + b0, up + b0, (size_t)(b1 - b0)) == 0)
      tok_match(&e, ROW, ROW);   /* the same row again */
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
  if (out_room(o, 64) != 0) return -1;
  int tail = o->nbits;   /* to whole bytes: the last word, less its unused bytes */
  if (tail) {
    put(o, 0, 32 - tail);
    o->len -= (size_t)(32 - tail) / 8;
  }
  put_be32(o, (uint32_t)(b << 16 | a));
  size_t n = o->len - idat - 8;
  o->len = idat;
  put_be32(o, (uint32_t)n);
  o->len = idat + 8 + n;
  crc_chunk(o, idat + 4);
  put_be32(o, 0);
  c = o->len;
  memcpy(o->b + o->len, "IEND", 4);
  o->len += 4;
  crc_chunk(o, c);
  return o->failed ? -1 : 0;
}

int receipt_png(const struct receipt *r, unsigned char **png, int *len)
{
  *png = NULL;
  *len = 0;
  int regular = font_of(r->font_regular), bold = font_of(r->font_bold);
  if (regular < 0 || bold < 0) return -1;
  struct qr q;
  if (qr_make(r->status_url, &q) != 0) return -1;
  struct pen p = { .y = MARGIN, .r = r, .regular = regular, .bold = bold };
  if (page_reserve(2 * MARGIN) != 0) p.failed = 1;
  else layout(&p, &q);
  qr_free(&q);
  struct out o = { 0 };
  int rc = p.failed ? -1 : encode(p.y, &o);
  page_clear();
  if (rc != 0 || o.len > INT_MAX) { free(o.b); return -1; }
  *png = o.b;
  *len = (int)o.len;
  return 0;
}
