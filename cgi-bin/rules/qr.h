/* qr.h: QR symbols from libqrencode, as a bit matrix and as inline SVG. */
#ifndef MOTCUA_QR_H
#define MOTCUA_QR_H

#include <stddef.h>

struct qr { int width; unsigned char *dark; /* width*width, 1 = dark */ };

int qr_make(const char *text, struct qr *out);   /* level M, 8-bit; 0 ok, -1 on failure (e.g. empty text) */
void qr_free(struct qr *q);
/* A standalone <svg> element with a 4-module quiet zone, one <path> of
 * merged horizontal runs; *out is malloc'd. 0 ok, -1 on failure. */
int qr_svg(const struct qr *q, int module_px, char **out, size_t *len);

#endif
