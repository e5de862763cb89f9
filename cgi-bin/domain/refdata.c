/* refdata.c: the fields, the whole catalogue, the wards, the reception points and the agencies' codes, read from MariaDB at most once a minute per worker; search on the kept catalogue. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/app.h"
#include "core/db.h"
#include "core/log.h"
#include "domain/refdata.h"
#include "rules/weights.h"

/* Each list: its statement (no values), the rows as read, when, and how many. */
struct cached { enum sql_id q; int nargs; HDF *h; time_t loaded; int n; };
#define LIST(id) { SQL_##id, DB_COUNTED(id, 0), NULL, 0, 0 }
static struct cached fields = LIST(FIELDS), catalogue = LIST(CATALOGUE), wards = LIST(WARDS),
                     codes = LIST(AGENCY_CODES), points = LIST(POINTS);

/* The catalogue's weights under the collation (rules/weights.h), read with
 * it: what search compares a query with. ok 0: not known, search asks
 * MariaDB (PROC_SEARCH). */
static struct {
  int ok, n;
  uint16_t sep, space;       /* the separator's unit; a space's unit (PAD SPACE) */
  struct wchars names;       /* every name's characters, one name after another */
  size_t *from;              /* procedure i's name: characters from[i] .. from[i+1]-1 */
  uint16_t **code;           /* procedure i's code, whole */
  size_t *ncode;
  HDF **row;                 /* procedure i's row in catalogue.h */
} cw;

static void memo_drop(void);

static void weights_drop(void)
{
  memo_drop();
  for (int i = 0; cw.code && i < cw.n; i++) free(cw.code[i]);
  free(cw.code);
  free(cw.ncode);
  free(cw.from);
  free(cw.row);
  weights_free(&cw.names);
  memset(&cw, 0, sizeof cw);
}

/* The rows just read into h (CATALOGUE: each with its code_w, taken out):
 * the names' characters weighed in one statement. 0, or -1 (search will
 * ask MariaDB). */
static int weights_load(HDF *h, int n)
{
  char *all = NULL;
  size_t len = 0, cap = 0, nchars = 0;
  int rc = -1;
  weights_drop();
  cw.n = n;
  cw.from = calloc((size_t)n + 1, sizeof *cw.from);
  cw.code = calloc((size_t)n + 1, sizeof *cw.code);
  cw.ncode = calloc((size_t)n + 1, sizeof *cw.ncode);
  cw.row = calloc((size_t)n + 1, sizeof *cw.row);
  if (!cw.from || !cw.code || !cw.ncode || !cw.row) goto out;
  /* First a space, to learn its weight; then every name. */
  if (weights_separate_into(" ", &all, &len, &cap, &nchars) != 0) goto out;
  int i = 0;
  for (HDF *row = hdf_get_child(h, "r"); row && i < n; row = hdf_obj_next(row), i++) {
    cw.row[i] = row;
    cw.from[i] = nchars - 1;
    if (weights_hex(hdf_get_value(row, "code_w", ""), &cw.code[i], &cw.ncode[i]) != 0) goto out;
    NEOERR *err = hdf_remove_tree(row, "code_w");
    if (err) { nerr_ignore(&err); goto out; }
    if (weights_separate_into(hdf_get_value(row, "name", ""), &all, &len, &cap, &nchars) != 0) goto out;
  }
  if (i != n) goto out;
  cw.from[n] = nchars - 1;
  HDF *w;
  if (hdf_init(&w) != STATUS_OK) goto out;
  uint16_t *sep = NULL;
  size_t nsep = 0;
  struct wchars chars;
  if (db_row(DB_Q(WEIGHTS, WEIGHTS_SEP, all), w, "w") == 1 &&
      weights_hex(hdf_get_value(w, "w.whole", ""), &sep, &nsep) == 0 && nsep == 1 &&
      weights_split(hdf_get_value(w, "w.chars", ""), sep[0], nchars, &chars) == 0) {
    if (chars.start[1] - chars.start[0] == 1) {
      cw.sep = sep[0];
      cw.space = chars.u[0];
      /* The names without the leading space. */
      for (size_t c = 0; c < nchars; c++) chars.start[c] = chars.start[c + 1];
      for (size_t c = 0; c + 1 < nchars; c++) chars.key[c] = chars.key[c + 1];
      chars.n = nchars - 1;
      cw.names = chars;
      rc = 0;
    } else {
      weights_free(&chars);
    }
  }
  free(sep);
  hdf_destroy(&w);
out:
  free(all);
  if (rc != 0) {
    log_err("refdata: the catalogue's weights could not be read: search asks MariaDB");
    weights_drop();
  } else {
    cw.ok = 1;
  }
  return rc;
}

static int load(struct cached *c)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int n = db_rows(c->q, c->nargs, NULL, h, "r");
  if (n < 0) { hdf_destroy(&h); return -1; }
  if (c == &catalogue) weights_load(h, n);   /* on failure, search asks MariaDB */
  hdf_destroy(&c->h);
  c->h = h;
  c->n = n;
  c->loaded = time(NULL);
  return 0;
}

/* The list, read again when stale: 0, or -1 when never read. */
static int fresh(struct cached *c)
{
  time_t now = time(NULL);
  /* Stale or never read: read again (on failure, a worker that has the rows keeps them a while). */
  if ((!c->h || !refdata_fresh(c->loaded, now)) && load(c) != 0 && !c->h) return -1;
  return 0;
}

static int copy(struct cached *c, HDF *dst, const char *prefix)
{
  if (fresh(c) != 0) return -1;
  HDF *rows = hdf_get_obj(c->h, "r");
  if (!rows) return 0;
  NEOERR *err = hdf_copy(dst, prefix, rows);
  if (err) { nerr_ignore(&err); return -1; }
  return c->n;
}

/* Row src as prefix.k. */
static int copy_row(HDF *dst, const char *prefix, int k, HDF *src)
{
  char name[96];
  snprintf(name, sizeof name, "%s.%d", prefix, k);
  NEOERR *err = hdf_copy(dst, name, src);
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

int refdata_fields(HDF *dst, const char *prefix)
{
  return copy(&fields, dst, prefix);
}

int refdata_catalogue(HDF *dst, const char *prefix)
{
  if (fresh(&catalogue) != 0) return -1;
  int k = 0;
  for (HDF *row = hdf_get_child(catalogue.h, "r"); row && k < REFDATA_LIST_MAX; row = hdf_obj_next(row), k++)
    if (copy_row(dst, prefix, k, row) != 0) return -1;
  return k;
}

/* The weights of the latest queries, each as the collation gave them:
 * they do not change, so a query searched again sends no statement. Kept
 * with the catalogue's (forgotten when it is read again, with them). */
#define MEMO_N 32
static struct memo { char *q; uint16_t *whole; size_t nwhole; struct wchars qc; } memo[MEMO_N];
static unsigned memo_next;

static void memo_drop(void)
{
  for (int i = 0; i < MEMO_N; i++) {
    free(memo[i].q);
    free(memo[i].whole);
    weights_free(&memo[i].qc);
  }
  memset(memo, 0, sizeof memo);
  memo_next = 0;
}

/* q's weights (q not empty): from the memo, or one statement. The entry,
 * or NULL with *rc -1 (a database error) or REFDATA_ASK_SQL. */
static const struct memo *query_weights(const char *q, int *rc)
{
  static HDF *w;
  for (int i = 0; i < MEMO_N; i++)
    if (memo[i].q && strcmp(memo[i].q, q) == 0) return &memo[i];
  *rc = REFDATA_ASK_SQL;
  size_t nq;
  char *sq = weights_separate(q, &nq);
  if (!sq) return NULL;
  if (!w && hdf_init(&w) != STATUS_OK) { free(sq); *rc = -1; return NULL; }
  int got = db_row(DB_Q(WEIGHTS, q, sq), w, "w");
  free(sq);
  if (got != 1) { *rc = -1; return NULL; }
  struct memo m = { strdup(q), NULL, 0, { NULL, NULL, 0, NULL } };
  if (!m.q || weights_hex(hdf_get_value(w, "w.whole", ""), &m.whole, &m.nwhole) != 0 ||
      weights_split(hdf_get_value(w, "w.chars", ""), cw.sep, nq, &m.qc) != 0) {
    free(m.q);
    free(m.whole);
    return NULL;
  }
  struct memo *slot = &memo[memo_next++ % MEMO_N];
  free(slot->q);
  free(slot->whole);
  weights_free(&slot->qc);
  *slot = m;
  return slot;
}

int refdata_search(HDF *dst, const char *prefix, const char *q, const char *field)
{
  if (fresh(&catalogue) != 0) return -1;
  if (!cw.ok) return REFDATA_ASK_SQL;
  static const struct memo none = { NULL, NULL, 0, { NULL, NULL, 0, NULL } };
  const struct memo *m = &none;
  int rc;
  /* The query's weights: whole for '=' and "weighs nothing", and each character's. */
  if (*q && !(m = query_weights(q, &rc))) return rc;
  /* PROC_SEARCH's "? = ''" under PAD SPACE: a query of spaces or of
   * characters that weigh nothing is no query. */
  int any = weights_equal_pad(m->whole, m->nwhole, NULL, 0, cw.space);
  int k = 0;
  for (int i = 0; i < cw.n && k < REFDATA_LIST_MAX; i++) {
    if (*field && strcmp(hdf_get_value(cw.row[i], "field_slug", ""), field) != 0) continue;
    if (!any && !weights_contains(&cw.names, cw.from[i], cw.from[i + 1], &m->qc) &&
        !weights_equal_pad(cw.code[i], cw.ncode[i], m->whole, m->nwhole, cw.space))
      continue;
    if (copy_row(dst, prefix, k++, cw.row[i]) != 0) return -1;
  }
  return k;
}

/* When the wards now in app_global were read (0: not there yet). */
static time_t shown;

/* The form's <option> of each ward, rendered once per reading of the list
 * instead of on every form GET (the template's loop over the 126 of them
 * was ~0.49 M of the GET's 1.02 M instructions): the same bytes the loop
 * wrote for a form with no ward chosen (its first newline is the
 * template's, before the uvar:), each id and name escaped here by
 * ClearSilver's own HTML escape (neos_html_escape: what
 * Config.VarEscapeMode = html applies to every var:). submit.cs writes it
 * with uvar: (lint's allow-list); a form with a ward chosen still loops. */
static int wards_options(HDF *rows)
{
  STRING s;
  string_init(&s);
  NEOERR *err = STATUS_OK;
  for (HDF *w = rows ? hdf_obj_child(rows) : NULL; w && !err; w = hdf_obj_next(w)) {
    const char *id = hdf_get_value(w, "id", ""), *name = hdf_get_value(w, "name", "");
    char *eid = NULL, *ename = NULL;
    err = neos_html_escape(id, (int)strlen(id), &eid);
    if (!err) err = neos_html_escape(name, (int)strlen(name), &ename);
    if (!err) err = string_appendf(&s, "%s<option value=\"%s\">%s</option>", s.len ? "\n" : "", eid, ename);
    free(eid);
    free(ename);
  }
  if (!err) err = hdf_set_value(app_global, REFDATA_WARDS_OPTIONS, s.buf ? s.buf : "");
  string_clear(&s);
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

int refdata_wards_shown(void)
{
  if (fresh(&wards) != 0) return -1;
  if (shown != wards.loaded) {
    HDF *rows = hdf_get_obj(wards.h, "r");
    NEOERR *err = hdf_remove_tree(app_global, REFDATA_WARDS);
    if (!err && rows) err = hdf_copy(app_global, REFDATA_WARDS, rows);
    if (err) { nerr_ignore(&err); shown = 0; return -1; }
    if (wards_options(rows) != 0) { shown = 0; return -1; }
    shown = wards.loaded;
  }
  return wards.n;
}

int refdata_points(HDF *dst, const char *prefix)
{
  return copy(&points, dst, prefix);
}

int refdata_is_ward(const char *id)
{
  if (fresh(&wards) != 0) return -1;
  for (HDF *w = hdf_get_child(wards.h, "r"); id && w; w = hdf_obj_next(w))
    if (strcmp(hdf_get_value(w, "id", ""), id) == 0) return 1;
  return 0;
}

/* Agency id's row of AGENCY_CODES (until the next read): 1, 0 when there
 * is no such agency, -1 when they cannot be read. */
static int agency_row(long id, HDF **row)
{
  time_t before = codes.loaded;
  if (fresh(&codes) != 0) return -1;
  int just_read = codes.loaded != before;
  for (;;) {
    for (HDF *a = hdf_get_child(codes.h, "r"); a; a = hdf_obj_next(a))
      if (strtol(hdf_get_value(a, "id", "0"), NULL, 10) == id) { *row = a; return 1; }
    if (just_read) return 0;
    /* An agency added since the last read: read again now, not a minute later. */
    if (load(&codes) != 0) return -1;
    just_read = 1;
  }
}

static int copy_value(HDF *row, const char *name, char *out, size_t n)
{
  const char *v = hdf_get_value(row, name, "");
  if (strlen(v) >= n) return -1;
  memcpy(out, v, strlen(v) + 1);
  return 0;
}

int refdata_agency_code(long id, char *out, size_t n)
{
  HDF *row;
  int k = agency_row(id, &row);
  return k <= 0 ? k : copy_value(row, "code", out, n) != 0 ? -1 : 1;
}

int refdata_agency_name(long id, struct agency_name *out)
{
  HDF *row;
  int k = agency_row(id, &row);
  if (k <= 0) return k;
  return copy_value(row, "name", out->name, sizeof out->name) != 0 ||
         copy_value(row, "address", out->address, sizeof out->address) != 0 ? -1 : 1;
}
