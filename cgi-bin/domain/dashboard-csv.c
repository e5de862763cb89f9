/* dashboard-csv.c: every dashboard table as CSV at a stable URL (open data); columns described in Lang.stats.col.*. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain/dashboard.h"

enum { NEEDS_DASH = 1, NEEDS_INDEX = 2 };

/* A dataset: its name in the URL (/thong-ke/<name>.csv), the rows it
 * prints and their columns, in order. The column names are stable: open
 * data users depend on them. */
static const struct dataset {
  const char *name, *rows;
  int needs;
  const char *cols[16];
} sets[] = {
  { "thang", "Page.months", NEEDS_DASH,
    { "month", "received", "resolved", "early", "on_time", "late", "p_ok", "supplement", "not_received", "refused",
      "withdrawn", "returned" } },
  { "don-vi", "Page.units", NEEDS_DASH,
    { "k1", "name", "received", "resolved", "early", "on_time", "late", "p_ok", "overdue", "supplement", "not_received",
      "refused", "withdrawn" } },
  { "diem", "Page.points", NEEDS_DASH,
    { "k1", "name", "received", "resolved", "early", "on_time", "late", "p_ok", "not_received" } },
  { "thu-tuc", "Page.procs", NEEDS_DASH,
    { "code", "name", "received", "resolved", "early", "on_time", "late", "p_ok", "supplement", "refused" } },
  { "kenh", "Page.channels", NEEDS_DASH, { "ch", "received", "resolved", "early", "on_time", "late", "p_ok" } },
  { "hai-long", "Page.sat", NEEDS_DASH, { "criterion", "very", "sat", "unsat", "p_sat" } },
  { "hai-long-don-vi", "Page.sat_units", NEEDS_DASH, { "k1", "name", "rated", "rated_unsat", "p_unsat", "very", "sat", "unsat" } },
  { "phan-anh", "Page.fb", NEEDS_DASH,
    { "unit_id", "name", "received", "answered", "on_time", "late", "reopened", "closed", "unresolved" } },
  { "chi-so", "Page.index", NEEDS_INDEX,
    { "k1", "name", "month", "code", "max", "threshold", "state", "num", "den", "rate", "score" } },
};

/* One field, quoted when it holds a comma, quote or line break; decimals
 * ("97,5") written with a point, as spreadsheets and programs read them. */
static void field(STRING *out, const char *v, int first)
{
  NEOERR *err = first ? STATUS_OK : string_append_char(out, ',');
  int number = *v && strspn(v, "0123456789,") == strlen(v);
  if (number) {
    for (const char *p = v; !err && *p; p++) err = string_append_char(out, *p == ',' ? '.' : *p);
  } else if (strpbrk(v, ",\"\r\n")) {
    if (!err) err = string_append_char(out, '"');
    for (const char *p = v; !err && *p; p++) {
      if (*p == '"') err = string_append_char(out, '"');
      if (!err) err = string_append_char(out, *p);
    }
    if (!err) err = string_append_char(out, '"');
  } else if (!err) {
    err = string_append(out, v);
  }
  nerr_ignore(&err);
}

static void line(STRING *out, const struct dataset *d, HDF *row, HDF *item, const char *month)
{
  for (int c = 0; c < 16 && d->cols[c]; c++) {
    const char *col = d->cols[c], *v;
    if (strcmp(col, "month") == 0 && month) v = month;
    else if (item && hdf_get_value(item, col, NULL)) v = hdf_get_value(item, col, "");
    else v = hdf_get_value(row, col, "");
    field(out, v, c == 0);
  }
  NEOERR *err = string_append(out, "\r\n");
  nerr_ignore(&err);
}

int dash_csv(struct req *r, const char *name, const struct dash_scope *s)
{
  const struct dataset *d = NULL;
  for (size_t i = 0; i < sizeof sets / sizeof *sets; i++)
    if (strcmp(sets[i].name, name) == 0) d = &sets[i];
  if (!d) return 404;
  int st = d->needs == NEEDS_INDEX ? dash_index(r, s) : dash_load(r, s);
  if (st) return st;
  STRING out;
  string_init(&out);
  for (int c = 0; c < 16 && d->cols[c]; c++) field(&out, d->cols[c], c == 0);
  NEOERR *err = string_append(&out, "\r\n");
  nerr_ignore(&err);
  char month[24];
  snprintf(month, sizeof month, "%ld", s->from);
  for (HDF *row = hdf_get_child(r->hdf, d->rows); row; row = hdf_obj_next(row)) {
    if (d->needs != NEEDS_INDEX) { line(&out, d, row, NULL, NULL); continue; }
    for (HDF *it = hdf_get_child(row, "items"); it; it = hdf_obj_next(it)) line(&out, d, row, it, month);
  }
  if (!out.buf) { string_clear(&out); return 500; }
  r->ctype = "text/csv; charset=utf-8";
  r->body = (unsigned char *)out.buf;   /* r owns the buffer now */
  r->body_len = (size_t)out.len;
  r->body_free = free;
  return 201;
}

/* The datasets and their columns, for the open-data page: Page.datasets.N.{name,cols.M}. */
void dash_datasets(struct req *r)
{
  for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) {
    char key[32];
    snprintf(key, sizeof key, "%s", sets[i].name);
    for (char *p = key; *p; p++) if (*p == '-') *p = '_';   /* HDF names have no '-' */
    NEOERR *err = hdf_set_valuef(r->hdf, "Page.datasets.%zu.name=%s", i, sets[i].name);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.datasets.%zu.key=%s", i, key);
    for (int c = 0; !err && c < 16 && sets[i].cols[c]; c++)
      err = hdf_set_valuef(r->hdf, "Page.datasets.%zu.cols.%d=%s", i, c, sets[i].cols[c]);
    nerr_ignore(&err);
  }
}
