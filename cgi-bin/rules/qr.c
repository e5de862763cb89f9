/* qr.c: encodes a URL as a QR symbol (libqrencode) and draws it as SVG markup for the HTML receipt. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <qrencode.h>

#include "rules/qr.h"

int qr_make(const char *text, struct qr *out)
{
  out->width = 0;
  out->dark = NULL;
  if (!text || !*text) return -1;
  QRcode *c = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M);
  if (!c) return -1;
  size_t n = (size_t)c->width * (size_t)c->width;
  out->dark = malloc(n);
  if (!out->dark) { QRcode_free(c); return -1; }
  for (size_t i = 0; i < n; i++) out->dark[i] = c->data[i] & 1;
  out->width = c->width;
  QRcode_free(c);
  return 0;
}

void qr_free(struct qr *q)
{
  free(q->dark);
  q->dark = NULL;
  q->width = 0;
}

struct buf { char *p; size_t len, cap; int failed; };

static void add(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(struct buf *b, const char *fmt, ...)
{
  char tmp[160];
  va_list ap;
  va_start(ap, fmt);
  int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (k < 0 || (size_t)k >= sizeof tmp || b->failed) { b->failed = 1; return; }
  if (b->len + (size_t)k + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 4096;
    while (cap < b->len + (size_t)k + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) { b->failed = 1; return; }
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->len, tmp, (size_t)k + 1);
  b->len += (size_t)k;
}

int qr_svg(const struct qr *q, int module_px, char **out, size_t *len)
{
  if (!q || !q->dark || q->width <= 0 || module_px <= 0) return -1;
  const int quiet = 4, size = q->width + 2 * quiet;
  struct buf b = { 0 };
  add(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\"", size, size, size * module_px);
  add(&b, " height=\"%d\" role=\"img\" aria-label=\"Mã QR tra cứu hồ sơ\" shape-rendering=\"crispEdges\">", size * module_px);
  add(&b, "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>", size, size);
  add(&b, "%s", "<path fill=\"#000\" d=\"");
  for (int y = 0; y < q->width; y++) {
    for (int x = 0; x < q->width;) {
      if (!q->dark[y * q->width + x]) { x++; continue; }
      int run = 1;
      while (x + run < q->width && q->dark[y * q->width + x + run]) run++;
      add(&b, "M%d %dh%dv1h-%dz", x + quiet, y + quiet, run, run);
      x += run;
    }
  }
  add(&b, "%s", "\"/></svg>");
  if (b.failed) { free(b.p); return -1; }
  *out = b.p;
  *len = b.len;
  return 0;
}
