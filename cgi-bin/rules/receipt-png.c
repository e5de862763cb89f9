/* receipt-png.c: lays out form 01 on a white page with wrapped Vietnamese text and the QR code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gd.h>

#include "rules/qr.h"
#include "rules/receipt-png.h"

#define WIDTH 900
#define MARGIN 48
#define QR_PX 6

struct pen {
  gdImagePtr im;   /* NULL while measuring the height */
  int black, grey;
  int y;
  const struct receipt *r;
  int failed;
};

/* Width in pixels of s in the given font and size. */
static int text_width(const char *font, double size, const char *s)
{
  int br[8];
  if (gdImageStringFT(NULL, br, 0, (char *)font, size, 0, 0, 0, (char *)s) != NULL) return -1;
  return br[2] - br[0];
}

/* Draws s wrapped at word boundaries (spaces; never inside a UTF-8
 * sequence) within [x, x + w), advancing p->y by the line height. */
static void draw_wrapped(struct pen *p, const char *font, double size, int x, int w, const char *s, int centre)
{
  int line_h = (int)(size * 1.9);
  size_t n = strlen(s);
  char *line = malloc(n + 1);
  if (!line) { p->failed = 1; return; }
  const char *rest = s;
  while (*rest) {
    while (*rest == ' ') rest++;
    if (!*rest) break;
    /* Take as many words as fit. */
    size_t best = 0;
    const char *q = rest;
    for (;;) {
      const char *sp = strchr(q, ' ');
      size_t take = sp ? (size_t)(sp - rest) : strlen(rest);
      memcpy(line, rest, take);
      line[take] = '\0';
      int tw = text_width(font, size, line);
      if (tw < 0) { p->failed = 1; free(line); return; }
      if (tw <= w || best == 0) best = take;
      if (tw > w || !sp) break;
      q = sp + 1;
    }
    memcpy(line, rest, best);
    line[best] = '\0';
    p->y += line_h;
    if (p->im) {
      int lx = x;
      if (centre) lx = x + (w - text_width(font, size, line)) / 2;
      int br[8];
      if (gdImageStringFT(p->im, br, p->black, (char *)font, size, 0, lx, p->y - line_h / 4, line) != NULL)
        p->failed = 1;
    }
    rest += best;
  }
  free(line);
}

static void labelled(struct pen *p, const char *label, const char *value)
{
  char *s = malloc(strlen(label) + strlen(value) + 3);
  if (!s) { p->failed = 1; return; }
  snprintf(s, strlen(label) + strlen(value) + 3, "%s: %s", label, value ? value : "");
  draw_wrapped(p, p->r->font_regular, 15, MARGIN, WIDTH - 2 * MARGIN, s, 0);
  free(s);
}

static void layout(struct pen *p, const struct qr *q)
{
  const struct receipt *r = p->r;
  int half = (WIDTH - 2 * MARGIN) / 2;
  int y0 = p->y;
  draw_wrapped(p, r->font_regular, 13, MARGIN, half - 10, r->site_name, 1);
  draw_wrapped(p, r->font_bold, 13, MARGIN, half - 10, r->agency_name, 1);
  int yl = p->y;
  p->y = y0;
  draw_wrapped(p, r->font_bold, 13, MARGIN + half, half, r->l.nation, 1);
  draw_wrapped(p, r->font_bold, 13, MARGIN + half, half, r->l.motto, 1);
  if (yl > p->y) p->y = yl;
  p->y += 24;
  draw_wrapped(p, r->font_bold, 20, MARGIN, WIDTH - 2 * MARGIN, r->l.heading, 1);
  char code[128];
  snprintf(code, sizeof code, "%s: %s", r->l.code, r->code);
  draw_wrapped(p, r->font_bold, 17, MARGIN, WIDTH - 2 * MARGIN, code, 1);
  p->y += 16;
  labelled(p, r->l.from, r->applicant);
  labelled(p, r->l.procedure, r->procedure);
  labelled(p, r->l.point, r->point_name);
  labelled(p, r->l.channel, r->channel);
  char docs[200];
  snprintf(docs, sizeof docs, "%s:", r->l.docs);
  draw_wrapped(p, r->font_bold, 15, MARGIN, WIDTH - 2 * MARGIN, docs, 0);
  for (int i = 0; i < r->ndocs; i++) {
    char head[16];
    snprintf(head, sizeof head, "%d.", i + 1);
    size_t n = strlen(r->docs[i].name) + strlen(r->docs[i].copies) + 24;
    char *s = malloc(n);
    if (!s) { p->failed = 1; return; }
    snprintf(s, n, "%s %s (%s)", head, r->docs[i].name, r->docs[i].copies);
    draw_wrapped(p, r->font_regular, 14, MARGIN + 24, WIDTH - 2 * MARGIN - 24, s, 0);
    free(s);
  }
  labelled(p, r->l.received, r->received);
  labelled(p, r->l.due, r->due);
  labelled(p, r->l.return_method, r->return_method);
  p->y += 20;
  int qsize = (q->width + 8) * QR_PX;
  if (p->im) {
    int x0 = MARGIN, y0q = p->y;
    gdImageFilledRectangle(p->im, x0, y0q, x0 + qsize - 1, y0q + qsize - 1, gdTrueColor(255, 255, 255));
    for (int y = 0; y < q->width; y++)
      for (int x = 0; x < q->width; x++)
        if (q->dark[y * q->width + x])
          gdImageFilledRectangle(p->im, x0 + (x + 4) * QR_PX, y0q + (y + 4) * QR_PX,
                                 x0 + (x + 5) * QR_PX - 1, y0q + (y + 5) * QR_PX - 1, p->black);
  }
  int ytext = p->y;
  int tx = MARGIN + qsize + 20, tw = WIDTH - MARGIN - tx;
  draw_wrapped(p, r->font_regular, 13, tx, tw, r->l.scan, 0);
  size_t n = strlen(r->l.lookup) + strlen(r->lookup_url) + strlen(r->l.lookup2) + 3;
  char *s = malloc(n);
  if (!s) { p->failed = 1; return; }
  snprintf(s, n, "%s %s %s", r->l.lookup, r->lookup_url, r->l.lookup2);
  draw_wrapped(p, r->font_regular, 13, tx, tw, s, 0);
  free(s);
  if (p->y < ytext + qsize) p->y = ytext + qsize;
  p->y += MARGIN;
}

int receipt_png(const struct receipt *r, unsigned char **png, int *len)
{
  *png = NULL;
  *len = 0;
  struct qr q;
  if (qr_make(r->status_url, &q) != 0) return -1;
  /* Two passes: measure the height, then draw. */
  struct pen p = { .im = NULL, .y = MARGIN, .r = r };
  layout(&p, &q);
  if (p.failed) { qr_free(&q); return -1; }
  int height = p.y;
  gdImagePtr im = gdImageCreateTrueColor(WIDTH, height);
  if (!im) { qr_free(&q); return -1; }
  gdImageFilledRectangle(im, 0, 0, WIDTH - 1, height - 1, gdTrueColor(255, 255, 255));
  struct pen d = { .im = im, .black = gdTrueColor(0, 0, 0), .grey = gdTrueColor(90, 90, 90), .y = MARGIN, .r = r };
  layout(&d, &q);
  qr_free(&q);
  if (d.failed) { gdImageDestroy(im); return -1; }
  int size = 0;
  void *out = gdImagePngPtr(im, &size);
  gdImageDestroy(im);
  if (!out) return -1;
  *png = out;
  *len = size;
  return 0;
}
