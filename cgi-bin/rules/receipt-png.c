/* receipt-png.c: lays out form 01 on a white page with wrapped Vietnamese text and the QR code. */
#include <limits.h>
#include <malloc.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <png.h>

#include "rules/qr.h"
#include "rules/receipt-png.h"

#define WIDTH 900
#define MARGIN 48
#define QR_PX 6

/* Glyphs are rendered once per worker (FreeType, 8-bit anti-aliased, 96
 * dpi as libgd drew them) and kept: a receipt is then blits into an 8-bit
 * grey page, written as a 4-bit grey PNG at zlib's fastest level. Drawing
 * each glyph's outline through the hinting interpreter on every request
 * (twice: measuring, then drawing) and deflating a 24-bit page was 99% of
 * the time. */
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

/* One glyph of a font at a size (points), rendered the first time it is asked for. */
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
    for (int y = 0; y < rows; y++) memcpy(bits + (size_t)y * (size_t)w, s->bitmap.buffer + y * s->bitmap.pitch, (size_t)w);
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

struct pen {
  unsigned char *px;   /* the grey page (255 white), NULL while measuring the height */
  int height;
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

/* Draws the n bytes at s with its baseline at y: each glyph darkens the page. */
static void draw_text(struct pen *p, int f, int size, int x, int y, const char *s, size_t n)
{
  const unsigned char *q = (const unsigned char *)s, *end = q + n;
  while (q < end) {
    const struct glyph *g = glyph_of(f, size, next_cp(&q, end));
    if (!g) { p->failed = 1; return; }
    for (int row = 0; row < g->h; row++) {
      int py = y - g->top + row;
      if (py < 0 || py >= p->height) continue;
      unsigned char *dst = p->px + (size_t)py * WIDTH;
      const unsigned char *src = g->bits + (size_t)row * (size_t)g->w;
      for (int col = 0; col < g->w; col++) {
        int px = x + g->left + col, ink = 255 - src[col];
        if (px >= 0 && px < WIDTH && ink < dst[px]) dst[px] = (unsigned char)ink;
      }
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
    /* Take as many words as fit. */
    size_t best = 0;
    const char *q = rest;
    for (;;) {
      const char *sp = strchr(q, ' ');
      size_t take = sp ? (size_t)(sp - rest) : strlen(rest);
      int tw = text_width(f, size, rest, take);
      if (tw < 0) { p->failed = 1; return; }
      if (tw <= w || best == 0) best = take;
      if (tw > w || !sp) break;
      q = sp + 1;
    }
    p->y += line_h;
    if (p->px) {
      int lx = centre ? x + (w - text_width(f, size, rest, best)) / 2 : x;
      draw_text(p, f, size, lx, p->y - line_h / 4, rest, best);
    }
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
  if (p->px) {
    int x0 = MARGIN, y0q = p->y;
    for (int y = 0; y < q->width * QR_PX + 8 * QR_PX && y0q + y < p->height; y++) {
      unsigned char *row = p->px + (size_t)(y0q + y) * WIDTH + x0;
      int my = y / QR_PX - 4;
      for (int x = 0; x < qsize; x++) {
        int mx = x / QR_PX - 4;
        int dark = my >= 0 && my < q->width && mx >= 0 && mx < q->width && q->dark[my * q->width + mx];
        row[x] = dark ? 0 : 255;
      }
    }
  }
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

/* The PNG written into a growing buffer. */
struct membuf { unsigned char *b; size_t len, cap; int failed; };

static void write_cb(png_structp png, png_bytep data, size_t n)
{
  struct membuf *m = png_get_io_ptr(png);
  if (m->failed) return;
  if (m->len + n > m->cap) {
    size_t cap = (m->cap ? m->cap * 2 : 65536) + n;
    unsigned char *b = realloc(m->b, cap);
    if (!b) { m->failed = 1; return; }
    m->b = b;
    m->cap = cap;
  }
  memcpy(m->b + m->len, data, n);
  m->len += n;
}

/* The grey page as a 4-bit grey PNG (16 levels are plenty for anti-aliased
 * text on white; the QR stays pure black and white), zlib's fastest level,
 * no row filters (Z_RLE was no faster and a third larger). 0, or -1. */
static int encode(const unsigned char *px, int height, struct membuf *m)
{
  static unsigned char row[(WIDTH + 1) / 2];
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png ? png_create_info_struct(png) : NULL;
  if (!png || !info) { png_destroy_write_struct(&png, &info); return -1; }
  if (setjmp(png_jmpbuf(png))) { png_destroy_write_struct(&png, &info); return -1; }
  png_set_write_fn(png, m, write_cb, NULL);
  png_set_IHDR(png, info, WIDTH, (png_uint_32)height, 4, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level(png, 1);
  png_set_filter(png, 0, PNG_FILTER_NONE);
  png_write_info(png, info);
  for (int y = 0; y < height; y++) {
    const unsigned char *src = px + (size_t)y * WIDTH;
    for (int x = 0; x < WIDTH; x += 2)
      row[x / 2] = (unsigned char)((src[x] & 0xf0) | (x + 1 < WIDTH ? src[x + 1] >> 4 : 0));
    png_write_row(png, row);
  }
  png_write_end(png, NULL);
  png_destroy_write_struct(&png, &info);
  return m->failed ? -1 : 0;
}

int receipt_png(const struct receipt *r, unsigned char **png, int *len)
{
  *png = NULL;
  *len = 0;
  int regular = font_of(r->font_regular), bold = font_of(r->font_bold);
  if (regular < 0 || bold < 0) return -1;
  struct qr q;
  if (qr_make(r->status_url, &q) != 0) return -1;
  /* Two passes: measure the height, then draw. */
  struct pen p = { .px = NULL, .y = MARGIN, .r = r, .regular = regular, .bold = bold };
  layout(&p, &q);
  if (p.failed) { qr_free(&q); return -1; }
  int height = p.y;
  unsigned char *px = malloc((size_t)WIDTH * (size_t)height);
  if (!px) { qr_free(&q); return -1; }
  memset(px, 255, (size_t)WIDTH * (size_t)height);
  struct pen d = { .px = px, .height = height, .y = MARGIN, .r = r, .regular = regular, .bold = bold };
  layout(&d, &q);
  qr_free(&q);
  struct membuf m = { 0 };
  int rc = d.failed ? -1 : encode(px, height, &m);
  free(px);
  /* zlib's and libpng's working memory (half a megabyte) goes back to the
   * system, not kept in the worker's heap between receipts. */
  malloc_trim(0);
  if (rc != 0 || m.len > INT_MAX) { free(m.b); return -1; }
  *png = m.b;
  *len = (int)m.len;
  return 0;
}
