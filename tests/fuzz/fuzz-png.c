/* fuzz-png.c: png_grey4 (the receipt's own PNG and deflate coder) on pages made from the input, read back with zlib. */
#include "fuzz.h"
#include "../unit/png-check.h"
#include "rules/png-write.h"

/* The input's bytes one at a time, then a generator seeded from them (so short inputs still make whole pages). */
struct src { const uint8_t *p; size_t n; uint32_t s; };

static unsigned next(struct src *r)
{
  if (r->n) { r->n--; r->s = r->s * 31u + *r->p; return *r->p++; }
  r->s ^= r->s << 13;
  r->s ^= r->s >> 17;
  r->s ^= r->s << 5;
  return r->s >> 24;
}

static unsigned next16(struct src *r) { unsigned h = next(r); return h << 8 | next(r); }

/* A pixel: mostly values whose high nibbles repeat (white, black, one grey), sometimes any byte. */
static unsigned char shade(struct src *r, unsigned char grey)
{
  unsigned k = next(r);
  switch (k & 3) {
  case 0: return 255;
  case 1: return 0;
  case 2: return grey;
  default: return (unsigned char)next(r);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct src r = { data, size, 0x9e3779b9u };
  /* Width: even, 2 … PNG_MAX_WIDTH (one selector in 16 is the widest); height up to what keeps runs quick,
   * narrow pages taller (many blocks of tokens either way). Now and then a size png_grey4 must refuse. */
  unsigned ws = next16(&r), hs = next16(&r), flags = next(&r);
  int w = (ws & 15) == 15 ? PNG_MAX_WIDTH : 2 * (1 + (int)(ws >> 4) % (PNG_MAX_WIDTH / 2));
  int maxh = (1 << 19) / w;
  if (maxh > 2000) maxh = 2000;
  int h = 1 + (int)hs % maxh;
  if ((flags & 0xe0) == 0xe0) {   /* bad sizes: odd, too wide, empty */
    static const int bw[] = { 1, 3, 901, PNG_MAX_WIDTH + 1, PNG_MAX_WIDTH + 2, 0, -2, 900 };
    static const int bh[] = { 1, 5, 10, 1, 1, 1, 1, 0 };
    int k = (int)(flags & 7);
    unsigned char px[4] = { 255, 255, 255, 255 };
    short lo[1] = { 0 }, hi[1] = { 2 };
    struct png_page pg = { .px = px, .lo = lo, .hi = hi, .width = bw[k], .height = bh[k] };
    unsigned char *png = (unsigned char *)"x";
    size_t len = 1;
    if (png_grey4(&pg, &png, &len) != -1 || png != NULL || len != 0) abort();
    return 0;
  }
  /* Pixels outside a row's drawn span are not to be read: the page holds junk there (whole pixel pairs
   * outside it, as the caller's page is white at the odd pixel next to the span), the expected copy white. */
  int junk = flags & 1;
  unsigned char grey = (unsigned char)next(&r);
  size_t npx = (size_t)w * (size_t)h;
  unsigned char *px = malloc(npx), *want = malloc(npx);
  short *lo = malloc(sizeof *lo * (size_t)h), *hi = malloc(sizeof *hi * (size_t)h);
  if (!px || !want || !lo || !hi) abort();
  for (int y = 0; y < h; y++) {
    unsigned char *row = want + (size_t)y * w, *up = y ? row - w : NULL;
    unsigned op = next(&r) % 11;
    int x0 = (int)(next16(&r) % (unsigned)(w + 1)), x1 = (int)(next16(&r) % (unsigned)(w + 1));
    if (op >= 2 && op != 9 && x0 > x1) { int t = x0; x0 = x1; x1 = t; }
    if (op >= 2 && (flags & 2) && next(&r) < 64) { x0 = 0; x1 = w; }   /* rows drawn edge to edge */
    memset(row, 255, (size_t)w);
    switch (op) {
    case 0: case 1:   /* nothing drawn: lo ≥ hi */
      if (x0 < x1) { int t = x0; x0 = x1; x1 = t; }
      break;
    case 2:   /* the row above again, same span (or the span of this row drawn but equal) */
      if (up) { memcpy(row, up, (size_t)w); x0 = lo[y - 1]; x1 = hi[y - 1]; if (next(&r) & 1) { x0 = 0; x1 = w; } }
      break;
    case 3:   /* the row above with a few pixels changed (maybe only in their low nibbles) */
      if (up) memcpy(row, up, (size_t)w);
      for (int k = next(&r) % 4; k >= 0 && x0 < x1; k--) {
        int x = x0 + (int)(next16(&r) % (unsigned)(x1 - x0));
        row[x] = next(&r) & 1 ? (unsigned char)(row[x] ^ 0x0f) : shade(&r, grey);
      }
      x0 = 0; x1 = w;
      break;
    case 4:   /* runs of one value, of lengths from 1 to hundreds */
      for (int x = x0; x < x1;) {
        unsigned char v = shade(&r, grey);
        int n = 1 + (int)(next(&r) & 1 ? next(&r) % 8 : next16(&r) % 600);
        for (; n > 0 && x < x1; n--) row[x++] = v;
      }
      break;
    case 5:   /* noise */
      for (int x = x0; x < x1; x++) row[x] = (unsigned char)next(&r);
      break;
    case 6:   /* stretches of the row above between runs and noise */
      for (int x = x0; x < x1;) {
        int n = 1 + (int)(next16(&r) % 300), k = next(&r) % 3;
        unsigned char v = shade(&r, grey);
        for (; n > 0 && x < x1; n--, x++) row[x] = k == 0 && up ? up[x] : k == 1 ? v : (unsigned char)next(&r);
      }
      break;
    case 7:   /* text-like: greys on white */
      for (int x = x0; x < x1; x++) row[x] = next(&r) % 3 ? 255 : shade(&r, grey);
      break;
    case 8:   /* the row above shifted by a pixel pair or more (no match at distance one row) */
      if (up) {
        int s = 2 * (1 + (int)(next(&r) % 8));
        for (int x = x0; x < x1; x++) row[x] = x >= s ? up[x - s] : 255;
      }
      break;
    case 10:   /* bytes of skewed frequencies (near 0.618^k): deep Huffman trees, cut to 15 bits */
      for (int x = x0 & ~1; x + 1 < x1; x += 2) {
        int k = 0;
        while (k < 40 && next(&r) < 158) k++;
        row[x] = (unsigned char)(k & 0xf0);
        row[x + 1] = (unsigned char)(k << 4);
      }
      if (x0 & 1) x0--;
      if (x1 & 1) x1--;
      break;
    case 9:   /* a span that is not a pixel pair: odd ends, or one pixel */
      if (x0 > x1) { int t = x0; x0 = x1; x1 = t; }
      if (x1 == x0 && x1 < w) x1++;
      for (int x = x0; x < x1; x++) row[x] = shade(&r, grey);
      break;
    }
    /* The pixels outside [x0, x1) white in the page as in what is expected. */
    for (int x = 0; x < w; x++) if (x < x0 || x >= x1) row[x] = 255;
    lo[y] = (short)x0;
    hi[y] = (short)x1;
    memcpy(px + (size_t)y * w, row, (size_t)w);
    if (junk) {
      int a = x0 < x1 ? x0 & ~1 : w, b = x0 < x1 ? (x1 + 1) & ~1 : w;
      if (x0 >= x1) a = 0;
      unsigned char *p = px + (size_t)y * w;
      for (int x = 0; x < a; x++) p[x] = (unsigned char)(x * 7 + y);
      for (int x = b; x < w; x++) p[x] = (unsigned char)(x * 5 + y);
    }
  }
  struct png_page pg = { .px = px, .lo = lo, .hi = hi, .width = w, .height = h };
  unsigned char *png = NULL;
  size_t len = 0;
  if (png_grey4(&pg, &png, &len) != 0 || !reads_back(png, len, want, w, h)) abort();
  free(png);
  if (flags & 4) {   /* the same page with keys: once kept, once taken with the rows kept not drawn (junk there) */
    int row = 1 + w / 2, c = 1 + (int)(next16(&r) % (unsigned)(row - 1)), ya = (int)(next16(&r) % (unsigned)h);
    int yb = ya + (int)(next16(&r) % (unsigned)(h - ya + 1)), cx = 2 * (c - 1);
    uint64_t *key = malloc(sizeof *key * (size_t)h);
    short *cut = malloc(sizeof *cut * (size_t)h), *lo2 = malloc(sizeof *lo2 * (size_t)h), *hi2 = malloc(sizeof *hi2 * (size_t)h);
    const struct png_kept **kept = malloc(sizeof *kept * (size_t)h);
    unsigned char *bare = malloc(npx);
    if (!key || !cut || !lo2 || !hi2 || !kept || !bare) abort();
    for (int y = 0; y < h; y++) {
      cut[y] = (short)(y >= ya && y < yb ? c : 0);
      uint64_t k = 14695981039346656037ull;
      for (int x = cut[y] ? cx : 0; x < w; x++) k = (k ^ (want[(size_t)y * w + x] >> 4)) * 1099511628211ull;
      key[y] = next(&r) < 16 ? 0 : k | 1;
    }
    png_forget();
    for (int pass = 0; pass < 2; pass++) {
      png_known(w, key, cut, h, kept);
      memcpy(bare, px, npx);
      for (int y = 0; y < h; y++) {
        lo2[y] = lo[y];
        hi2[y] = hi[y];
        if (!kept[y] || (y + 1 < h && !kept[y + 1])) continue;
        int from = cut[y] || (y + 1 < h && cut[y + 1]) ? cx : 0;
        for (int x = from; x < w; x++) bare[(size_t)y * w + x] = (unsigned char)(x * 3 + y);
        if (!from) { lo2[y] = (short)w; hi2[y] = 0; }
      }
      struct png_page pk = { .px = bare, .lo = lo2, .hi = hi2, .width = w, .height = h, .key = key, .kept = kept, .cut = cut };
      if (png_grey4(&pk, &png, &len) != 0 || !reads_back(png, len, want, w, h)) abort();
      free(png);
    }
    free(key);
    free(cut);
    free(lo2);
    free(hi2);
    free(kept);
    free(bare);
  }
  free(px);
  free(want);
  free(lo);
  free(hi);
  return 0;
}
