/* png-check.h: whether a PNG is png_grey4's file of given pixels, read back with zlib (chunks, CRCs, Adler-32,
 * every pixel); shared by tests/unit/test-png.c and tests/fuzz/fuzz-png.c. */
#ifndef MOTCUA_PNG_CHECK_H
#define MOTCUA_PNG_CHECK_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

static uint32_t be32(const unsigned char *p)
{
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* What the file must hold once inflated: per row the filter byte 0, then two pixels a byte (high nibbles). */
static unsigned char *expected(const unsigned char *px, int w, int h, size_t *n)
{
  size_t row = 1 + (size_t)w / 2;
  unsigned char *raw = malloc(row * (size_t)h);
  for (int y = 0; y < h; y++) {
    unsigned char *r = raw + row * (size_t)y;
    r[0] = 0;
    for (int x = 0; x < w; x += 2) r[1 + x / 2] = (unsigned char)((px[(size_t)y * w + x] & 0xf0) | px[(size_t)y * w + x + 1] >> 4);
  }
  *n = row * (size_t)h;
  return raw;
}

/* 1 when png is a valid PNG of w × h 4-bit grey whose pixels are px's. */
static int reads_back(const unsigned char *png, size_t len, const unsigned char *px, int w, int h)
{
  if (len < 8 + 25 + 12 + 12 || memcmp(png, "\x89PNG\r\n\x1a\n", 8) != 0) return 0;
  unsigned char *idat = NULL;
  size_t nidat = 0, at = 8;
  int ok = 1, seen_end = 0;
  while (ok && at + 12 <= len && !seen_end) {
    uint32_t n = be32(png + at);
    if (at + 12 + n > len) { ok = 0; break; }
    const unsigned char *type = png + at + 4, *data = png + at + 8;
    if ((uint32_t)crc32(crc32(0, type, 4), data, n) != be32(data + n)) ok = 0;
    if (at == 8 && (memcmp(type, "IHDR", 4) != 0 || n != 13 || be32(data) != (uint32_t)w || be32(data + 4) != (uint32_t)h ||
                    memcmp(data + 8, "\x04\x00\x00\x00\x00", 5) != 0)) ok = 0;
    if (memcmp(type, "IDAT", 4) == 0) {
      idat = realloc(idat, nidat + n);
      memcpy(idat + nidat, data, n);
      nidat += n;
    }
    if (memcmp(type, "IEND", 4) == 0) seen_end = at + 12 + n == len;
    at += 12 + n;
  }
  size_t want_n;
  unsigned char *want = expected(px, w, h, &want_n);
  uLongf got_n = (uLongf)want_n + 16;
  unsigned char *got = malloc(got_n);
  /* uncompress checks the zlib header and the Adler-32. */
  ok = ok && seen_end && idat && uncompress(got, &got_n, idat, (uLong)nidat) == Z_OK && got_n == want_n &&
       memcmp(got, want, want_n) == 0;
  free(idat);
  free(want);
  free(got);
  return ok;
}

#endif
