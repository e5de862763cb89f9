/* test-png.c: png_grey4's files read back with zlib (chunks, CRCs, Adler-32, every pixel), one page shape a row. */
#include <stdlib.h>
#include <string.h>

#include "png-check.h"
#include "rules/png-write.h"
#include "tap.h"

enum fill { WHITE, NOISE, TEXTISH, STRIPES, QRISH, GREYS };

/* A page of one kind; lo/hi say where each row was drawn on (white elsewhere). */
static void make(enum fill f, int w, int h, unsigned char *px, short *lo, short *hi, unsigned seed)
{
  memset(px, 255, (size_t)w * (size_t)h);
  for (int y = 0; y < h; y++) {
    int x0 = 0, x1 = 0;
    switch (f) {
    case WHITE: break;
    case NOISE: x0 = 0; x1 = w; break;
    case TEXTISH: if (y % 28 < 20) { x0 = 48 + y % 7; x1 = w - 48 - y % 5; } break;
    case STRIPES: x0 = 1; x1 = w - 1; break;
    case QRISH: if (y >= 10 && y < h - 10) { x0 = 47; x1 = 47 + 6 * ((w - 60) / 6); } break;
    case GREYS: x0 = y % w; x1 = x0 + 1; break;
    }
    for (int x = x0; x < x1; x++) {
      seed = seed * 1103515245u + 12345u;
      unsigned char v = 255;
      if (f == NOISE) v = (unsigned char)(seed >> 16);
      else if (f == TEXTISH) v = (seed >> 16) % 3 ? 255 : (unsigned char)(seed >> 8);
      else if (f == STRIPES) v = (x / 37) % 2 ? 0 : 255;
      else if (f == QRISH) v = ((x - x0) / 6 * 7 + (y - 10) / 6 * 13) % 5 < 2 ? 0 : 255;
      else if (f == GREYS) v = (unsigned char)(y * 17);
      px[(size_t)y * w + x] = v;
    }
    lo[y] = (short)(x1 > x0 ? x0 : w);
    hi[y] = (short)(x1 > x0 ? x1 : 0);
  }
}

int main(void)
{
  static const struct { const char *what; enum fill fill; int w, h; } cases[] = {
    { "one white row of two pixels", WHITE, 2, 1 },
    { "white rows of two pixels (a row again is 2 bytes, too short for a match; fuzz-png)", WHITE, 2, 5 },
    { "one grey pixel a row, two pixels wide", GREYS, 2, 6 },
    { "a white receipt-sized page (every row the one above again)", WHITE, 900, 900 },
    { "noise: literals only, several blocks of codes", NOISE, 900, 120 },
    { "noise on the widest page", NOISE, PNG_MAX_WIDTH, 40 },
    { "text-like rows with white margins of odd widths", TEXTISH, 900, 300 },
    { "stripes: long runs, rows alike", STRIPES, 900, 50 },
    { "a QR-like block: modules of 6 pixels, rows repeated", QRISH, 900, 280 },
    { "one grey pixel a row, at every column parity", GREYS, 64, 200 },
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    int w = cases[i].w, h = cases[i].h;
    unsigned char *px = malloc((size_t)w * (size_t)h);
    short *lo = malloc(sizeof *lo * (size_t)h), *hi = malloc(sizeof *hi * (size_t)h);
    make(cases[i].fill, w, h, px, lo, hi, (unsigned)i + 1);
    struct png_page pg = { px, lo, hi, w, h };
    unsigned char *png = NULL;
    size_t len = 0;
    int rc = png_grey4(&pg, &png, &len);
    CHECK(rc == 0 && reads_back(png, len, px, w, h), "%s: %d x %d reads back pixel for pixel (%zu bytes)", cases[i].what, w, h, len);
    free(png);
    free(px);
    free(lo);
    free(hi);
  }
  static const struct { const char *what; int w, h; } bad[] = {
    { "an odd width", 901, 10 }, { "too wide", PNG_MAX_WIDTH + 2, 10 }, { "no rows", 900, 0 }, { "no width", 0, 10 },
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    unsigned char px[4] = { 255, 255, 255, 255 };
    short lo[1] = { 0 }, hi[1] = { 0 };
    struct png_page pg = { px, lo, hi, bad[i].w, bad[i].h };
    unsigned char *png = (unsigned char *)"x";
    size_t len = 1;
    CHECK(png_grey4(&pg, &png, &len) == -1 && png == NULL && len == 0, "%s is refused", bad[i].what);
  }
  return tap_done();
}
