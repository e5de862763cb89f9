/* png-write.h: a page of 8-bit grey written as a 4-bit grey PNG, fast where it is white. */
#ifndef MOTCUA_PNG_WRITE_H
#define MOTCUA_PNG_WRITE_H

#include <stddef.h>
#include <stdint.h>

/* 4-bit grey (16 levels are plenty for anti-aliased text on white; a QR
 * stays pure black and white), no row filters, and a deflate stream of its
 * own rather than libpng and zlib's compressor, which read every byte of
 * the page (zlib level 1 was half of a receipt's time, packing a fifth).
 * A row is packed only where it was drawn on; a row equal to the one above
 * is two matches; otherwise it is literals, runs of one byte (distance 1)
 * and stretches equal to the row above (distance one row), coded with
 * Huffman codes made for each block of 16,384 tokens (RFC 1951 dynamic
 * blocks), or, for a page with keys (below), one block of a code fixed for
 * receipts (deflate.c). The file is about the size zlib's level 1 made of
 * the receipt.
 * Adler-32 is zlib's over the drawn bytes, closed forms for the white. */
#define PNG_MAX_WIDTH 2048

/* Rows seen before. A caller that knows what is drawn on each row gives a
 * key for it (a hash of what is drawn there, odd; 0 for a row that must not
 * be kept: a dossier's own text, its QR). A row of a given key below a row
 * of a given key (or at the top) always packs to the same bytes and tokens,
 * so the first time such a pair is written its bits and its Adler-32 are
 * kept (per process, at most PNG_KEEP bytes, forgotten all at once when
 * full) and later pages take them instead of packing and matching it.
 * A row may also be cut (cut[y] > 0, a byte of the packed row, the filter
 * byte being 0): then only bytes [cut, end) are kept and taken, key[y] is
 * the hash of those alone and bytes [0, cut) are always written from the
 * pixels (the QR beside the text). A row cut alike, or whole, may be above
 * it; a whole row must be below a whole row to be kept. */
#define PNG_KEEP (256 * 1024)
struct png_kept;

/* width (even, at most PNG_MAX_WIDTH) × height pixels, 255 white; row y is
 * white outside columns [lo[y], hi[y]) (lo ≥ hi: all white), which alone
 * are read. Each pixel keeps its high four bits. key (or NULL) as above;
 * kept (or NULL) what png_known found: a row kept need not be drawn (but
 * the bytes before its cut must be, and those of the row above it), every
 * other row must be, and so must the row above it; cut (or NULL) as above. */
struct png_page {
  const unsigned char *px; const short *lo, *hi; int width, height;
  const uint64_t *key;
  const struct png_kept *const *kept;
  const short *cut;
};

/* For each of the height rows of a page of this width with these keys,
 * what is kept of it, or NULL. Valid until the next png_known. */
void png_known(int width, const uint64_t *key, const short *cut, int height, const struct png_kept **kept);

/* Everything kept forgotten (the tests draw a page cold with it). */
void png_forget(void);

/* How many rows are kept now. */
int png_kept_rows(void);

/* 0 ok: *png (free() it) holds *len bytes; -1 on a bad size or no memory.
 * Not reentrant (per-process buffers). */
int png_grey4(const struct png_page *pg, unsigned char **png, size_t *len);

#endif
