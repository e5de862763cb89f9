/* png-write.h: a page of 8-bit grey written as a 4-bit grey PNG, fast where it is white. */
#ifndef MOTCUA_PNG_WRITE_H
#define MOTCUA_PNG_WRITE_H

#include <stddef.h>

/* 4-bit grey (16 levels are plenty for anti-aliased text on white; a QR
 * stays pure black and white), no row filters, and a deflate stream of its
 * own rather than libpng and zlib's compressor, which read every byte of
 * the page (zlib level 1 was half of a receipt's time, packing a fifth).
 * A row is packed only where it was drawn on; a row equal to the one above
 * is two matches; otherwise it is literals, runs of one byte (distance 1)
 * and stretches equal to the row above (distance one row), coded with
 * Huffman codes made for each block of 16,384 tokens (RFC 1951 dynamic
 * blocks). The file is about the size zlib's level 1 made of the receipt.
 * Adler-32 is zlib's over the drawn bytes, closed forms for the white. */
#define PNG_MAX_WIDTH 2048

/* width (even, at most PNG_MAX_WIDTH) × height pixels, 255 white; row y is
 * white outside columns [lo[y], hi[y]) (lo ≥ hi: all white), which alone
 * are read. Each pixel keeps its high four bits. */
struct png_page { const unsigned char *px; const short *lo, *hi; int width, height; };

/* 0 ok: *png (free() it) holds *len bytes; -1 on a bad size or no memory.
 * Not reentrant (per-process buffers). */
int png_grey4(const struct png_page *pg, unsigned char **png, size_t *len);

#endif
