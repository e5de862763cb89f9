/* qr.c: encodes a URL as a QR symbol (libqrencode) and draws it as SVG markup for the HTML receipt. */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <qrencode.h>

#include "rules/qr.h"

/* libqrencode's encoder with a given mask: exported (Debian's libqrencode4
 * symbols file lists it since 3.2.0) but not declared in qrencode.h. */
extern QRcode *QRcode_encodeMask(QRinput *input, int mask);

/* Choosing the mask. libqrencode draws the symbol under each of the eight
 * masks and scores each with the penalty rules of ISO/IEC 18004 (byte by
 * byte over the whole symbol, eight times: 0.82 of the receipt's 3.2
 * million instructions); the least wins, the first of equals. Here the
 * symbol comes from libqrencode once, with mask 0, and the eight
 * candidates are scored as rows and columns of bits, by the same rules
 * and the same arithmetic as libqrencode's Mask_mask (mask.c, 4.x), so
 * the same mask wins and the symbol is the one QRcode_encodeString8bit
 * gives (tests/unit/test-qr.c compares them over thousands of URLs).
 * Symbols wider than 64 modules (version 12 and up, over 287 bytes at
 * level M) are left to libqrencode's own search. */
#define QRW 64
typedef uint64_t qrow;

/* What depends only on the width, per worker: each mask's pattern (1
 * where it turns a module) as rows and as columns, and where the format
 * information's 30 modules are. */
static struct {
  int width;
  qrow pat[8][QRW], patc[8][QRW];
  unsigned char fx[30], fy[30];
} qk;

static int mask_turns(int k, int x, int y)
{
  switch (k) {
  case 0: return ((x + y) & 1) == 0;
  case 1: return (y & 1) == 0;
  case 2: return x % 3 == 0;
  case 3: return (x + y) % 3 == 0;
  case 4: return ((y / 2 + x / 3) & 1) == 0;
  case 5: return ((x * y) & 1) + (x * y) % 3 == 0;
  case 6: return ((((x * y) & 1) + (x * y) % 3) & 1) == 0;
  default: return ((((x * y) % 3) + ((x + y) & 1)) & 1) == 0;
  }
}

static void qk_make(int w)
{
  memset(&qk, 0, sizeof qk);
  qk.width = w;
  for (int k = 0; k < 8; k++)
    for (int y = 0; y < w; y++)
      for (int x = 0; x < w; x++)
        if (mask_turns(k, x, y)) { qk.pat[k][y] |= (qrow)1 << x; qk.patc[k][x] |= (qrow)1 << y; }
  /* The format information's bit i is at (fx[i], fy[i]) and (fx[15 + i], fy[15 + i]) (ISO/IEC 18004 7.9.1). */
  for (int i = 0; i < 15; i++) {
    qk.fx[i] = (unsigned char)(i < 8 ? w - 1 - i : 8);
    qk.fy[i] = (unsigned char)(i < 8 ? 8 : w - 15 + i);
    qk.fx[15 + i] = (unsigned char)(i < 8 ? 8 : i == 8 ? 7 : 14 - i);
    qk.fy[15 + i] = (unsigned char)(i < 6 ? i : i < 8 ? i + 1 : 8);
  }
}

/* The format information of level M with mask k: BCH(15, 5), masked with 0x5412. */
static unsigned format_m(int k)
{
  unsigned d = (unsigned)k, v = d << 10;   /* level M's two bits are 00 */
  for (int i = 14; i >= 10; i--)
    if (v >> i & 1) v ^= 0x537u << (i - 10);
  return (d << 10 | v) ^ 0x5412u;
}

/* k bits from a of v (a + k ≤ 64): all of them light (0) or dark (1). */
static inline qrow bits(qrow v, int a, int k)
{
  return v >> a & (k >= 64 ? ~(qrow)0 : ((qrow)1 << k) - 1);
}
/* The dark modules of v (without -mpopcnt, ones is a call to libgcc's table). */
static inline int ones(qrow x)
{
  x -= x >> 1 & 0x5555555555555555ull;
  x = (x & 0x3333333333333333ull) + (x >> 2 & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
  return (int)(x * 0x0101010101010101ull >> 56);
}
#define LIGHT(v, a, k) (bits(v, a, k) == 0)
#define DARK(v, a, k) (bits(v, a, k) == bits(~(qrow)0, 0, k))

/* N1 and N3 of a row or column of w modules (bit i: module i dark),
 * exactly as libqrencode's Mask_calcN1N3 counts them over run lengths.
 * N1: a run of L ≥ 5 alike costs L - 2: one for each of its L - 4
 * stretches of five alike, and 2. N3: 40 for a dark run of 3f between
 * light runs of f, those between dark runs of f (1:1:3:1:1), with before
 * the first of them a light run of 4f or more or none but light to the
 * edge, or after the last one the same (libqrencode's i == 3 and
 * i + 4 >= length: its run lengths start with -1 when the first module
 * is dark, so dark runs are at odd places). */
static int runs_penalty(qrow v, int w)
{
  qrow lim = ((qrow)1 << (w - 1)) - 1, e = ~(v ^ v >> 1) & lim;   /* e: modules i, i + 1 alike */
  qrow e4 = e & e >> 1 & e >> 2 & e >> 3;                           /* modules i to i + 4 alike */
  int d = ones(e4) + 2 * ones(e4 & ~(e4 << 1));
  for (qrow st = v & ~(v << 1), en = v & ~(v >> 1); st; st &= st - 1, en &= en - 1) {   /* each dark run [s, z] */
    int s = __builtin_ctzll(st), z = __builtin_ctzll(en), len = z - s + 1, f = len / 3;
    if (len % 3 || s < 2 * f || z + 2 * f >= w) continue;
    if (!LIGHT(v, s - f, f) || !DARK(v, s - 2 * f, f) || (s > 2 * f && !LIGHT(v, s - 2 * f - 1, 1))) continue;
    if (!LIGHT(v, z + 1, f) || !DARK(v, z + f + 1, f) || (z + 2 * f + 1 < w && !LIGHT(v, z + 2 * f + 1, 1))) continue;
    int a = s - 2 * f, b = z + 2 * f + 1;   /* the pattern is [a, b) */
    if (LIGHT(v, 0, a) || (a >= 4 * f && LIGHT(v, a - 4 * f, 4 * f)) ||
        b == w || LIGHT(v, b, w - b) || (b + 4 * f <= w && LIGHT(v, b, 4 * f)))
      d += 40;
  }
  return d;
}

/* The symbol c (drawn with mask 0) under the mask libqrencode would have
 * chosen, into dark[]. */
static void best_mask(const QRcode *c, unsigned char *dark)
{
  int w = c->width;
  if (qk.width != w) qk_make(w);
  /* The symbol without its mask and format information, and which modules the masks turn. */
  qrow base[QRW] = { 0 }, basec[QRW] = { 0 }, data[QRW] = { 0 }, datac[QRW] = { 0 };
  for (int y = 0; y < w; y++)
    for (int x = 0; x < w; x++) {
      unsigned m = c->data[y * w + x];
      int isdata = !(m & 0x80), on = (m & 1) ^ (isdata & ~(x + y) & 1);   /* mask 0 undone */
      if (on) { base[y] |= (qrow)1 << x; basec[x] |= (qrow)1 << y; }
      if (isdata) { data[y] |= (qrow)1 << x; datac[x] |= (qrow)1 << y; }
    }
  for (int i = 0; i < 30; i++) {
    base[qk.fy[i]] &= ~((qrow)1 << qk.fx[i]);
    basec[qk.fx[i]] &= ~((qrow)1 << qk.fy[i]);
  }
  qrow row[QRW], col[QRW], best[QRW];
  int min = INT_MAX, w2 = w * w;
  qrow pair = ((qrow)1 << (w - 1)) - 1;
  for (int k = 0; k < 8; k++) {
    for (int y = 0; y < w; y++) {
      row[y] = base[y] ^ (qk.pat[k][y] & data[y]);
      col[y] = basec[y] ^ (qk.patc[k][y] & datac[y]);
    }
    unsigned f = format_m(k);
    for (int i = 0; i < 30; i++)
      if (f >> (i % 15) & 1) { row[qk.fy[i]] |= (qrow)1 << qk.fx[i]; col[qk.fx[i]] |= (qrow)1 << qk.fy[i]; }
    int blacks = 0, d = 0;
    for (int y = 0; y < w; y++) blacks += ones(row[y]);
    int ratio = (200 * blacks + w2) / w2 / 2;
    d = abs(ratio - 50) / 5 * 10;
    for (int y = 1; y < w; y++) {   /* N2: 2 × 2 blocks of one colour */
      qrow a = row[y], b = row[y - 1];
      d += 3 * ones(~(a ^ b) & ~(a ^ a >> 1) & ~(b ^ b >> 1) & pair);
    }
    for (int y = 0; y < w && d < min; y++) d += runs_penalty(row[y], w) + runs_penalty(col[y], w);
    if (d < min) { min = d; memcpy(best, row, sizeof row); }
  }
  for (int y = 0; y < w; y++)
    for (int x = 0; x < w; x++) dark[y * w + x] = (unsigned char)(best[y] >> x & 1);
}

int qr_make(const char *text, struct qr *out)
{
  out->width = 0;
  out->dark = NULL;
  if (!text || !*text) return -1;
  QRinput *in = QRinput_new2(0, QR_ECLEVEL_M);
  if (!in) return -1;
  QRcode *c = QRinput_append(in, QR_MODE_8, (int)strlen(text), (const unsigned char *)text) == 0 ? QRcode_encodeMask(in, 0) : NULL;
  QRinput_free(in);
  if (c && c->width > QRW) {   /* libqrencode's own search */
    QRcode_free(c);
    c = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M);
  }
  if (!c) return -1;
  size_t n = (size_t)c->width * (size_t)c->width;
  out->dark = malloc(n);
  if (!out->dark) { QRcode_free(c); return -1; }
  if (c->width <= QRW) best_mask(c, out->dark);
  else for (size_t i = 0; i < n; i++) out->dark[i] = c->data[i] & 1;
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
