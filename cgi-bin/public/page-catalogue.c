/* page-catalogue.c: the procedure catalogue: search and filter, and one procedure's page. */
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "core/log.h"
#include "public/public.h"

/* LIKE treats % and _ as wildcards: a citizen's "50%" must match text. */
static char *like_escape(const char *q)
{
  size_t n = strlen(q);
  char *out = malloc(2 * n + 1), *o = out;
  if (!out) return NULL;
  for (const char *p = q; *p; p++) {
    if (*p == '%' || *p == '_' || *p == '\\') *o++ = '\\';
    *o++ = *p;
  }
  *o = '\0';
  return out;
}

/* GET /thu-tuc?q=&linh-vuc=  — procedures whose name contains q (accents
 * and case ignored) or whose code is q, optionally in one field. */
int page_catalogue_list(struct req *r)
{
  const char *q = r->val[0] ? r->val[0] : "";
  const char *field = r->val[1] ? r->val[1] : "";
  char *like = like_escape(q);
  if (!like) return 500;
  int n = db_rows(SQL_PROC_SEARCH, r->hdf, "Page.procs", DB_ARGS(q, like, q, field, field));
  free(like);
  if (n < 0 || db_rows(SQL_FIELDS, r->hdf, "Page.fields", DB_NOARGS) < 0) return 503;
  if (hdf_set_int_value(r->hdf, "Page.count", n) != STATUS_OK) return 500;
  if (hdf_set_value(r->hdf, "Page.q", q) != STATUS_OK) return 500;
  if (hdf_set_value(r->hdf, "Page.field", field) != STATUS_OK) return 500;
  return 200;
}

/* Loads Page.proc, Page.docs and (with_fields) Page.pfields for a
 * procedure code. Returns 200, 404 or 503. */
int catalogue_load(struct req *r, const char *code, int with_fields)
{
  int n = db_row(SQL_PROC_GET, r->hdf, "Page.proc", DB_ARGS(code));
  if (n < 0) return 503;
  if (n == 0) return 404;
  const char *id = hdf_get_value(r->hdf, "Page.proc.id", "");
  if (db_rows(SQL_PROC_DOCS, r->hdf, "Page.docs", DB_ARGS(id)) < 0) return 503;
  if (with_fields && db_rows(SQL_PROC_FIELDS, r->hdf, "Page.pfields", DB_ARGS(id)) < 0) return 503;
  return 200;
}

/* GET /thu-tuc/{code}  — authority, limits, fee, documents, who, online. */
int page_catalogue_show(struct req *r)
{
  return catalogue_load(r, r->segment, 0);
}
