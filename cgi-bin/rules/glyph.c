/* glyph.c: the receipt's glyphs (FreeType), kept per worker; text measured and drawn with them. */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "rules/glyph.h"

/* Glyphs are rendered once per worker (FreeType, 8-bit anti-aliased, 96
 * dpi as libgd drew them) and kept, already turned into the grey they
 * leave on white: a receipt is then blits into an 8-bit grey page, kept
 * per worker and whitened again where it was drawn on. The page is
 * written as a 4-bit grey PNG by png-write.c. Drawing each glyph's
 * outline through the hinting interpreter on every request (twice:
 * measuring, then drawing) and deflating a 24-bit page was 99% of the
 * time. */
#define DPI 96
#define NGLYPHS 2048
#define NFONTS 4
static struct glyph glyphs[NGLYPHS];
static FT_Library ft;
static struct { char *path; FT_Face face; int size; } fonts[NFONTS];
static int nfonts;

/* A font's face, opened again if it was closed after a receipt; NULL when it cannot be. */
static FT_Face face_of(int f)
{
  if (fonts[f].face) return fonts[f].face;
  if (!ft && FT_Init_FreeType(&ft) != 0) return NULL;
  if (FT_New_Face(ft, fonts[f].path, 0, &fonts[f].face) != 0) fonts[f].face = NULL;
  fonts[f].size = 0;
  return fonts[f].face;
}

/* Once a receipt is drawn the faces are closed: the glyphs it needs are
 * kept, and a worker needs the font files again only for a letter it has
 * not drawn yet. Their mapped pages and FreeType's tables were 1.2 MiB of
 * the worker's RSS. */
void fonts_close(void)
{
  int closed = 0;
  for (int i = 0; i < nfonts; i++)
    if (fonts[i].face) { FT_Done_Face(fonts[i].face); fonts[i].face = NULL; closed = 1; }
  if (!closed) return;
  FT_Done_FreeType(ft);
  ft = NULL;
  malloc_trim(0);
}

/* The font at path (opened to check it); -1 when it cannot be. */
int font_of(const char *path)
{
  for (int i = 0; i < nfonts; i++)
    if (strcmp(fonts[i].path, path) == 0) return i;
  if (nfonts == NFONTS) return -1;
  char *copy = strdup(path);
  if (!copy) return -1;
  fonts[nfonts].path = copy;
  fonts[nfonts].face = NULL;
  if (!face_of(nfonts)) { free(copy); return -1; }
  return nfonts++;
}

/* One glyph of a font at a size (points), rendered the first time it is
 * asked for; bits holds the grey each pixel leaves (255 - coverage). */
const struct glyph *glyph_of(int f, int size, unsigned cp)
{
  unsigned h = (cp * 2654435761u ^ (unsigned)size * 40503u ^ (unsigned)f * 97u) % NGLYPHS;
  for (unsigned i = 0; i < NGLYPHS; i++, h = (h + 1) % NGLYPHS) {
    struct glyph *g = &glyphs[h];
    if (g->font == f && g->size == size && g->cp == cp) return g;
    if (g->size) continue;
    FT_Face face = face_of(f);
    if (!face) return NULL;
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
    *g = (struct glyph){ (unsigned char)f, (unsigned char)size, (unsigned short)w, (unsigned short)rows,
                         (short)((s->advance.x + 32) >> 6), (short)s->bitmap_left, (short)s->bitmap_top, cp, bits };
    return g;
  }
  return NULL;
}

/* The next code point of UTF-8 text (U+FFFD for a broken sequence). */
unsigned next_cp(const unsigned char **p, const unsigned char *end)
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

/* Width in pixels of the n bytes at s, or -1. */
int text_width(int f, int size, const char *s, size_t n)
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

int glyph_draw(const struct canvas *c, int f, int size, int x, int y, const char *s, size_t n)
{
  const unsigned char *q = (const unsigned char *)s, *end = q + n;
  while (q < end) {
    const struct glyph *g = glyph_of(f, size, next_cp(&q, end));
    if (!g) return -1;
    int gx = x + g->left, c0 = gx < 0 ? -gx : 0, c1 = gx + g->w > c->width ? c->width - gx : g->w;
    for (int row = 0; row < g->h && c0 < c1; row++) {
      int py = y - g->top + row;
      if (py < 0 || py >= c->rows) continue;
      unsigned char *dst = c->px + (size_t)py * (size_t)c->width + gx;
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
      if (gx + c0 < c->lo[py]) c->lo[py] = (short)(gx + c0);
      if (gx + c1 > c->hi[py]) c->hi[py] = (short)(gx + c1);
    }
    x += g->adv;
  }
  return 0;
}

