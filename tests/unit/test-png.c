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

/* What a caller keys a row by: a hash of its pixels from column x0 on (odd). */
static uint64_t row_key(const unsigned char *px, int w, int y, int x0)
{
  uint64_t h = 14695981039346656037ull;
  for (int x = x0; x < w; x++) h = (h ^ px[(size_t)y * w + x]) * 1099511628211ull;
  return h | 1;
}

/* Rows kept from one page and taken into another (png_known): the second,
 * its kept rows left white where the contract allows, reads back as drawn. */
static void kept_rows(void)
{
  enum { W = 900, H = 300, CUT = 40, CX = 2 * (CUT - 1) };   /* cut rows: bytes [0, CUT) = columns [0, CX) from the pixels */
  static unsigned char a[W * H], b[W * H], undrawn[W * H];
  static short lo[H], hi[H], lo2[H], hi2[H], cut[H];
  static uint64_t key[H];
  static const struct png_kept *kept[H];
  make(TEXTISH, W, H, a, lo, hi, 7);
  for (int y = 0; y < H; y++) {
    cut[y] = (short)(y >= 200 && y < 260 ? CUT : 0);
    key[y] = row_key(a, W, y, cut[y] ? CX : 0);
  }
  png_forget();
  png_known(W, key, cut, H, kept);
  int found = 0;
  for (int y = 0; y < H; y++) found += kept[y] != NULL;
  struct png_page pa = { a, lo, hi, W, H, key, kept, cut };
  unsigned char *png = NULL;
  size_t len = 0;
  CHECK(found == 0 && png_grey4(&pa, &png, &len) == 0 && reads_back(png, len, a, W, H), "a page with keys, none kept yet, reads back");
  free(png);
  /* The same page but rows 100-109 (not to keep: white where the row above is not, then noise) and the cut
   * rows' left part (a QR-like block) changed. */
  memcpy(b, a, sizeof b);
  for (int y = 0; y < H; y++) { lo2[y] = lo[y]; hi2[y] = hi[y]; }
  unsigned seed = 99;
  for (int y = 100; y < 110; y++) {
    for (int x = 0; x < W; x++) { seed = seed * 1103515245u + 12345u; b[y * W + x] = x < 400 ? 255 : (unsigned char)(seed >> 16); }
    lo2[y] = 0; hi2[y] = W;
    key[y] = 0;
  }
  for (int y = 200; y < 260; y++) {
    for (int x = 10; x < CX; x++) b[y * W + x] = ((x / 6) * 7 + (y / 6) * 13) % 5 < 2 ? 0 : 255;
    if (lo2[y] > 10) lo2[y] = 10;
    if (hi2[y] < CX) hi2[y] = CX;
  }
  png_known(W, key, cut, H, kept);
  found = 0;
  for (int y = 0; y < H; y++) found += kept[y] != NULL;
  CHECK(found > 250 && !kept[100] && !kept[110] && kept[99] && kept[111] && kept[230], "rows alike are found (%d of %d), not those changed nor below them", found, H);
  /* Rows kept and above a row kept are not drawn: junk there (but for what is left of a cut, theirs or the row's below). */
  memcpy(undrawn, b, sizeof undrawn);
  for (int y = 0; y < H; y++) {
    if (!kept[y] || (y + 1 < H && !kept[y + 1])) continue;
    int from = cut[y] || (y + 1 < H && cut[y + 1]) ? CX : 0;
    for (int x = from; x < W; x++) undrawn[(size_t)y * W + x] = (unsigned char)(x * 3 + y);   /* not to be read */
  }
  for (int pass = 0; pass < 2; pass++) {
    struct png_page pb = { undrawn, lo2, hi2, W, H, key, kept, cut };
    CHECK(png_grey4(&pb, &png, &len) == 0 && reads_back(png, len, b, W, H), "the page taking kept rows reads back as drawn in full (%s)", pass ? "again" : "first");
    free(png);
    png_known(W, key, cut, H, kept);
  }
  /* Nothing kept once forgotten: the same page must then be drawn in full. */
  png_forget();
  png_known(W, key, cut, H, kept);
  found = 0;
  for (int y = 0; y < H; y++) found += kept[y] != NULL;
  CHECK(found == 0, "png_forget forgets every row");
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
    struct png_page pg = { .px = px, .lo = lo, .hi = hi, .width = w, .height = h };
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
    struct png_page pg = { .px = px, .lo = lo, .hi = hi, .width = bad[i].w, .height = bad[i].h };
    unsigned char *png = (unsigned char *)"x";
    size_t len = 1;
    CHECK(png_grey4(&pg, &png, &len) == -1 && png == NULL && len == 0, "%s is refused", bad[i].what);
  }
  kept_rows();
  return tap_done();
}
