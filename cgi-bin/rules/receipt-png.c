/* receipt-png.c: lays out form 01 on a white page with wrapped Vietnamese text and the QR code. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/glyph.h"
#include "rules/png-write.h"
#include "rules/qr.h"
#include "rules/receipt-png.h"

#define WIDTH 900
#define MARGIN 48
#define QR_PX 6

/* The page, kept per worker: rows of WIDTH grey pixels (255 white), and
 * for each row the columns [lo, hi) drawn on since it was last white. Only
 * those are packed and whitened again; a receipt touches a third of its
 * rows' width, and a page taken from the system each time costs a page
 * fault every 4 KiB. */
static struct {
  unsigned char *px; short *lo, *hi; int cap;
  uint64_t *key;                   /* each row's key for png_known (png-write.h) */
  const struct png_kept **kept;    /* what is kept of it */
  unsigned char *own;              /* 1: the row shows this dossier's own text or QR */
  short *cut;                      /* the byte the QR ends at on the QR's rows, else 0 */
} page;

/* Rows [0, rows) exist and are white where not drawn on; 0, or -1. */
#define GROW(field, n) do { void *q_ = realloc(page.field, (size_t)(n) * sizeof *page.field); if (!q_) return -1; page.field = q_; } while (0)
static int page_reserve(int rows)
{
  if (rows <= page.cap) return 0;
  int cap = rows + 128;
  GROW(px, WIDTH * cap);
  GROW(lo, cap);
  GROW(hi, cap);
  GROW(key, cap);
  GROW(kept, cap);
  GROW(own, cap);
  GROW(cut, cap);
  memset(page.px + (size_t)WIDTH * (size_t)page.cap, 255, (size_t)WIDTH * (size_t)(cap - page.cap));
  for (int y = page.cap; y < cap; y++) { page.lo[y] = WIDTH; page.hi[y] = 0; }
  page.cap = cap;
  return 0;
}

static void page_mark(int y, int x0, int x1)
{
  if (x0 < page.lo[y]) page.lo[y] = (short)x0;
  if (x1 > page.hi[y]) page.hi[y] = (short)x1;
}

/* Every row drawn on white again. */
static void page_clear(void)
{
  for (int y = 0; y < page.cap; y++)
    if (page.lo[y] < page.hi[y]) {
      memset(page.px + (size_t)y * WIDTH + page.lo[y], 255, (size_t)(page.hi[y] - page.lo[y]));
      page.lo[y] = WIDTH;
      page.hi[y] = 0;
    }
}

/* The receipt is laid out first as lines of text (and the QR), then the
 * rows known from earlier receipts are found (png_known: a row's key is a
 * hash of the lines on it and where), and only the lines on the other rows
 * or just above them are drawn. A line of the dossier's own (its code, the
 * applicant, the two times) and the QR make their rows' key 0: those rows
 * are never kept, nor the row below them. */
struct line { int f, size, x, base, top, bot, left, own; size_t at, n, src; uint64_t h; };   /* src: where in its paragraph */
static struct { struct line *l; int n, cap; char *text; size_t len, room; } plan;

struct pen {
  int y;
  const struct receipt *r;
  int regular, bold;   /* fonts */
  int qr_y;            /* the top of the QR's quiet zone */
  int failed;
};

/* A 64-bit mix (MurmurHash3's finaliser). */
static uint64_t mix(uint64_t h)
{
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ h >> 33;
}

/* A line of the n bytes at s in font f at size, from x with its baseline
 * at base, added to the plan (its rows and hash not yet known); NULL when out of memory. */
static struct line *plan_add(struct pen *p, int f, int size, int x, int base, const char *s, size_t n, int own)
{
  if (plan.n == plan.cap) {
    int cap = plan.cap ? 2 * plan.cap : 64;
    struct line *l = realloc(plan.l, (size_t)cap * sizeof *l);
    if (!l) { p->failed = 1; return NULL; }
    plan.l = l;
    plan.cap = cap;
  }
  if (plan.len + n + 8 > plan.room) {
    size_t room = 2 * plan.room + n + 4096;
    char *t = realloc(plan.text, room);
    if (!t) { p->failed = 1; return NULL; }
    plan.text = t;
    plan.room = room;
  }
  struct line *l = &plan.l[plan.n++];
  *l = (struct line){ f, size, x, base, INT_MAX, INT_MIN, INT_MAX, own, plan.len, n, 0, 0 };
  memcpy(plan.text + plan.len, s, n);
  memset(plan.text + plan.len + n, 0, 8);
  plan.len += (n + 7) & ~(size_t)7;
  return l;
}

/* A line to be drawn later (plan_add): the rows its glyphs cover, and its hash. */
static void plan_line(struct pen *p, int f, int size, int x, int base, const char *s, size_t n, int own)
{
  struct line *l = plan_add(p, f, size, x, base, s, n, own);
  if (!l) return;
  /* The rows drawn on: those of each glyph with a column on the page (as draw_text). */
  const unsigned char *q = (const unsigned char *)s, *end = q + n;
  for (int gx0 = x; q < end;) {
    const struct glyph *g = glyph_of(f, size, next_cp(&q, end));
    if (!g) { p->failed = 1; return; }
    int gx = gx0 + g->left, c0 = gx < 0 ? -gx : 0, c1 = gx + g->w > WIDTH ? WIDTH - gx : g->w;
    if (c0 < c1 && g->h > 0) {
      if (base - g->top < l->top) l->top = base - g->top;
      if (base - g->top + g->h > l->bot) l->bot = base - g->top + g->h;
      if (gx + c0 < l->left) l->left = gx + c0;
    }
    gx0 += g->adv;
  }
  uint64_t h = mix((uint64_t)f << 56 ^ (uint64_t)size << 40 ^ (uint64_t)(uint16_t)(x + 32768) << 24 ^ (uint64_t)n);
  for (size_t i = 0; i < n; i += 8) {
    uint64_t w;
    memcpy(&w, plan.text + l->at + i, 8);
    h = mix(h ^ w);
  }
  l->h = h;
}

/* Paragraphs laid out before (never the dossier's own), per worker: the
 * lines plan_line made of them, so a recurring text is neither measured
 * nor broken into lines again. Forgotten all at once when full. */
#define NPARAS 128
struct para_line { size_t at, n; int x, top, bot, left; uint64_t h; };   /* top, bot: from the baseline */
static struct para { char *text; int f, size, x, w, centre, nlines; struct para_line *l; } paras[NPARAS];
static int nparas;

static const struct para *para_find(int f, int size, int x, int w, int centre, const char *s)
{
  for (int i = 0; i < nparas; i++) {
    const struct para *q = &paras[i];
    if (q->f == f && q->size == size && q->x == x && q->w == w && q->centre == centre && strcmp(q->text, s) == 0) return q;
  }
  return NULL;
}

static void paras_forget(void)
{
  for (int i = 0; i < nparas; i++) { free(paras[i].text); free(paras[i].l); }
  nparas = 0;
}

/* The lines plan.l[from, plan.n) kept as the layout of s; room allowing. */
static void para_keep(int f, int size, int x, int w, int centre, const char *s, int from)
{
  if (nparas == NPARAS) paras_forget();
  struct para *q = &paras[nparas];
  int n = plan.n - from;
  *q = (struct para){ strdup(s), f, size, x, w, centre, n, malloc(((size_t)n + 1) * sizeof *q->l) };
  if (!q->text || !q->l) { free(q->text); free(q->l); return; }
  for (int i = 0; i < n; i++) {
    const struct line *l = &plan.l[from + i];
    q->l[i] = (struct para_line){ l->src, l->n, l->x, l->top == INT_MAX ? INT_MAX : l->top - l->base,
                                  l->bot == INT_MIN ? INT_MIN : l->bot - l->base, l->left, l->h };
  }
  nparas++;
}

void receipt_forget(void)
{
  paras_forget();
  png_forget();
}

/* A kept line of paragraph s again, its baseline at base. */
static void plan_copy(struct pen *p, const struct para_line *k, int base, int f, int size, const char *s)
{
  struct line *l = plan_add(p, f, size, k->x, base, s + k->at, k->n, 0);
  if (!l) return;
  l->top = k->top == INT_MAX ? INT_MAX : base + k->top;
  l->bot = k->bot == INT_MIN ? INT_MIN : base + k->bot;
  l->left = k->left;
  l->src = k->at;
  l->h = k->h;
}

/* Lays out s wrapped at word boundaries (spaces; never inside a UTF-8
 * sequence) within [x, x + w), advancing p->y by the line height. */
static void draw_wrapped(struct pen *p, int f, int size, int x, int w, const char *s, int centre, int own)
{
  int line_h = (int)(size * 1.9);
  const struct para *kept = own ? NULL : para_find(f, size, x, w, centre, s);
  if (kept) {
    for (int i = 0; i < kept->nlines && !p->failed; i++) {
      const struct para_line *k = &kept->l[i];
      p->y += line_h;
      plan_copy(p, k, p->y - line_h / 4, f, size, s);
    }
    return;
  }
  int from = plan.n;
  const char *rest = s;
  while (*rest) {
    while (*rest == ' ') rest++;
    if (!*rest) break;
    /* Take as many words as fit (the widths of glyphs add up: no kerning). */
    size_t best = 0, done = 0;
    int best_w = 0, tw = 0;
    const char *q = rest;
    for (;;) {
      const char *sp = strchr(q, ' ');
      size_t take = sp ? (size_t)(sp - rest) : strlen(rest);
      int more = text_width(f, size, rest + done, take - done);
      if (more < 0) { p->failed = 1; return; }
      tw += more;
      done = take;
      if (tw <= w || best == 0) { best = take; best_w = tw; }
      if (tw > w || !sp) break;
      q = sp + 1;
    }
    p->y += line_h;
    plan_line(p, f, size, centre ? x + (w - best_w) / 2 : x, p->y - line_h / 4, rest, best, own);
    if (!p->failed) plan.l[plan.n - 1].src = (size_t)(rest - s);
    rest += best;
  }
  if (!own && !p->failed) para_keep(f, size, x, w, centre, s, from);
}

static void labelled(struct pen *p, const char *label, const char *value, int own)
{
  char *s = malloc(strlen(label) + strlen(value) + 3);
  if (!s) { p->failed = 1; return; }
  snprintf(s, strlen(label) + strlen(value) + 3, "%s: %s", label, value ? value : "");
  draw_wrapped(p, p->regular, 15, MARGIN, WIDTH - 2 * MARGIN, s, 0, own);
  free(s);
}

/* The QR's dark modules, QR_PX pixels each, inside its 4-module quiet zone at (x0, y0). */
static void draw_qr(const struct qr *q, int x0, int y0)
{
  int w = q->width * QR_PX;
  x0 += 4 * QR_PX;
  y0 += 4 * QR_PX;
  for (int my = 0; my < q->width; my++) {
    unsigned char *first = page.px + (size_t)(y0 + my * QR_PX) * WIDTH + x0;
    for (int mx = 0; mx < q->width; mx++)
      memset(first + mx * QR_PX, q->dark[my * q->width + mx] ? 0 : 255, QR_PX);
    for (int k = 0; k < QR_PX; k++) {
      if (k) memcpy(first + (size_t)k * WIDTH, first, (size_t)w);
      page_mark(y0 + my * QR_PX + k, x0, x0 + w);
    }
  }
}

static void layout(struct pen *p, const struct qr *q)
{
  const struct receipt *r = p->r;
  int half = (WIDTH - 2 * MARGIN) / 2;
  int y0 = p->y;
  draw_wrapped(p, p->regular, 13, MARGIN, half - 10, r->site_name, 1, 0);
  draw_wrapped(p, p->bold, 13, MARGIN, half - 10, r->agency_name, 1, 0);
  int yl = p->y;
  p->y = y0;
  draw_wrapped(p, p->bold, 13, MARGIN + half, half, r->l.nation, 1, 0);
  draw_wrapped(p, p->bold, 13, MARGIN + half, half, r->l.motto, 1, 0);
  if (yl > p->y) p->y = yl;
  p->y += 24;
  draw_wrapped(p, p->bold, 20, MARGIN, WIDTH - 2 * MARGIN, r->l.heading, 1, 0);
  char code[128];
  snprintf(code, sizeof code, "%s: %s", r->l.code, r->code);
  draw_wrapped(p, p->bold, 17, MARGIN, WIDTH - 2 * MARGIN, code, 1, 1);
  p->y += 16;
  labelled(p, r->l.from, r->applicant, 1);
  labelled(p, r->l.procedure, r->procedure, 0);
  labelled(p, r->l.point, r->point_name, 0);
  labelled(p, r->l.channel, r->channel, 0);
  char docs[200];
  snprintf(docs, sizeof docs, "%s:", r->l.docs);
  draw_wrapped(p, p->bold, 15, MARGIN, WIDTH - 2 * MARGIN, docs, 0, 0);
  for (int i = 0; i < r->ndocs; i++) {
    char head[16];
    snprintf(head, sizeof head, "%d.", i + 1);
    size_t n = strlen(r->docs[i].name) + strlen(r->docs[i].copies) + 24;
    char *s = malloc(n);
    if (!s) { p->failed = 1; return; }
    snprintf(s, n, "%s %s (%s)", head, r->docs[i].name, r->docs[i].copies);
    draw_wrapped(p, p->regular, 14, MARGIN + 24, WIDTH - 2 * MARGIN - 24, s, 0, 0);
    free(s);
  }
  labelled(p, r->l.received, r->received, 1);
  labelled(p, r->l.due, r->due, 1);
  labelled(p, r->l.return_method, r->return_method, 0);
  p->y += 20;
  int qsize = (q->width + 8) * QR_PX;
  p->qr_y = p->y;
  int ytext = p->y;
  int tx = MARGIN + qsize + 20, tw = WIDTH - MARGIN - tx;
  draw_wrapped(p, p->regular, 13, tx, tw, r->l.scan, 0, 0);
  size_t n = strlen(r->l.lookup) + strlen(r->lookup_url) + strlen(r->l.lookup2) + 3;
  char *s = malloc(n);
  if (!s) { p->failed = 1; return; }
  snprintf(s, n, "%s %s %s", r->l.lookup, r->lookup_url, r->l.lookup2);
  draw_wrapped(p, p->regular, 13, tx, tw, s, 0, 0);
  free(s);
  if (p->y < ytext + qsize) p->y = ytext + qsize;
  p->y += MARGIN;
}

/* Each row's key (png-write.h) from the lines on it: the sum of a hash of
 * each line and the row's offset from its baseline; 0 on a row of the
 * dossier's own (a line of its own, the QR). The QR's rows [qr_y0, qr_y1)
 * are cut where the QR ends (qr_x1), keyed by the text beside it alone: 0
 * if a line of the dossier's own or one reaching left of the cut is there. */
static void row_keys(int height, int qr_y0, int qr_y1, int qr_x1)
{
  memset(page.key, 0, (size_t)height * sizeof *page.key);
  memset(page.own, 0, (size_t)height);
  for (int i = 0; i < plan.n; i++) {
    const struct line *l = &plan.l[i];
    for (int y = l->top < 0 ? 0 : l->top; y < l->bot && y < height; y++) {
      page.key[y] += mix(l->h ^ (uint64_t)(y - l->base + 4096) * 0x9e3779b97f4a7c15ull);
      page.own[y] |= (unsigned char)(l->own || (y >= qr_y0 && y < qr_y1 && l->left < qr_x1));
    }
  }
  for (int y = 0; y < height; y++) {
    page.cut[y] = (short)(y >= qr_y0 && y < qr_y1 ? 1 + qr_x1 / 2 : 0);
    page.key[y] = page.own[y] ? 0 : mix(page.key[y] ^ 0x5851f42d4c957f2dull) | 1;
  }
}

/* Whether the line on rows [top, bot) from column left is drawn: a row of
 * it is not kept, or is above one not kept, or is above a cut row (png_known)
 * and reaches left of the cut. */
static int line_needed(int top, int bot, int left, int height)
{
  for (int y = top < 0 ? 0 : top; y < bot && y < height; y++)
    if (!page.kept[y] || (y + 1 < height && (!page.kept[y + 1] || (page.cut[y + 1] && left < 2 * (page.cut[y + 1] - 1)))))
      return 1;
  return 0;
}

int receipt_png(const struct receipt *r, unsigned char **png, int *len)
{
  *png = NULL;
  *len = 0;
  int regular = font_of(r->font_regular), bold = font_of(r->font_bold);
  if (regular < 0 || bold < 0) return -1;
  struct qr q;
  if (qr_make(r->status_url, &q) != 0) return -1;
  struct pen p = { .y = MARGIN, .r = r, .regular = regular, .bold = bold };
  plan.n = 0;
  plan.len = 0;
  layout(&p, &q);
  int height = p.y, qr_y0 = p.qr_y + 4 * QR_PX, qr_y1 = qr_y0 + q.width * QR_PX, rows = height + MARGIN;
  int qr_x1 = MARGIN + 4 * QR_PX + q.width * QR_PX;   /* even: a packed byte is all QR or none */
  for (int i = 0; i < plan.n; i++)
    if (plan.l[i].bot > rows) rows = plan.l[i].bot;
  if (qr_y1 > rows) rows = qr_y1;
  if (!p.failed && page_reserve(rows) != 0) p.failed = 1;
  if (!p.failed) {
    row_keys(height, qr_y0, qr_y1, qr_x1);
    png_known(WIDTH, page.key, page.cut, height, page.kept);
    draw_qr(&q, MARGIN, p.qr_y);
    for (int i = 0; i < plan.n && !p.failed; i++) {
      const struct line *l = &plan.l[i];
      if (l->top < l->bot && line_needed(l->top, l->bot, l->left, height))
        if (glyph_draw(&(struct canvas){ page.px, page.lo, page.hi, WIDTH, page.cap }, l->f, l->size, l->x, l->base, plan.text + l->at, l->n) != 0)
          p.failed = 1;
    }
  }
  qr_free(&q);
  struct png_page pg = { page.px, page.lo, page.hi, WIDTH, height, page.key, page.kept, page.cut };
  size_t n = 0;
  int rc = p.failed ? -1 : png_grey4(&pg, png, &n);
  page_clear();
  fonts_close();
  if (rc != 0 || n > INT_MAX) { free(*png); *png = NULL; return -1; }
  *len = (int)n;
  return 0;
}
