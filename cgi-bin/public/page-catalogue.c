/* page-catalogue.c: the procedure catalogue: search and filter, and one procedure's page. */
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "domain/procedure.h"
#include "domain/refdata.h"
#include "public/public.h"
#include "rules/valid.h"

/* GET /thu-tuc?q=&linh-vuc=  — procedures whose name contains q (accents
 * and case ignored) or whose code is q, optionally in one field. */
int page_catalogue_list(struct req *r)
{
  const char *q = r->val[IN_SEARCH_Q] ? r->val[IN_SEARCH_Q] : "";
  const char *field = r->val[IN_SEARCH_FIELD] ? r->val[IN_SEARCH_FIELD] : "";
  int n;
  if (!*q && !*field) {
    /* The whole catalogue, the same for everyone: read once a minute per worker. */
    n = refdata_catalogue(r->hdf, "Page.procs");
  } else {
    /* Searched in the worker's catalogue, MariaDB's collation deciding (refdata.c). */
    n = refdata_search(r->hdf, "Page.procs", q, field);
    if (n == REFDATA_ASK_SQL) {
      char *like = valid_like_escape(q);
      if (!like) return 500;
      n = db_rows(DB_Q(PROC_SEARCH, q, like, q, field, field), r->hdf, "Page.procs");
      free(like);
    }
  }
  if (n < 0 || refdata_fields(r->hdf, "Page.fields") < 0) return 503;
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.count", n);
  if (!err) err = hdf_set_value(r->hdf, "Page.q", q);
  if (!err) err = hdf_set_value(r->hdf, "Page.field", field);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* GET /thu-tuc/{code}  — authority, limits, fee, documents, who, online. */
int page_catalogue_show(struct req *r)
{
  return procedure_load(r, r->segment, 0, NULL);
}
