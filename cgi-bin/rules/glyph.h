/* glyph.h: the glyphs of the receipt's fonts, rendered with FreeType once per worker and kept; text measured and drawn with them. */
#ifndef MOTCUA_GLYPH_H
#define MOTCUA_GLYPH_H

#include <stddef.h>

/* bits: the grey each pixel leaves on white (255 - coverage), w × h. */
struct glyph {
  unsigned char font, size;   /* size 0: a free slot */
  unsigned short w, h;
  short adv, left, top;
  unsigned cp;
  unsigned char *bits;
};

/* The font at path (opened to check it): its number, or -1 when it cannot be. */
int font_of(const char *path);
/* Font f's glyph for code point cp at size (points), rendered the first time; NULL when it cannot be. */
const struct glyph *glyph_of(int f, int size, unsigned cp);
/* The font files closed (after a receipt): opened again only for a glyph not yet kept. */
void fonts_close(void);
/* The next code point of UTF-8 text (U+FFFD for a broken sequence). */
unsigned next_cp(const unsigned char **p, const unsigned char *end);
/* Width in pixels of the n bytes at s, or -1. */
int text_width(int f, int size, const char *s, size_t n);

/* Grey pixels, width a row, rows [0, rows); lo/hi: each row's columns drawn on, widened by glyph_draw. */
struct canvas { unsigned char *px; short *lo, *hi; int width, rows; };
/* The n bytes at s with their baseline at y from x: each glyph darkens the canvas. 0, or -1 (a glyph missing). */
int glyph_draw(const struct canvas *c, int f, int size, int x, int y, const char *s, size_t n);

#endif
