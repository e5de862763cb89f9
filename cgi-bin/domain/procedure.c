/* procedure.c: loads one procedure of the catalogue, for its page and for the submission form. */
#include <string.h>

#include "core/db.h"
#include "domain/procedure.h"

static const struct db_field fields[] = {
  DB_INT_FIELD(struct procedure, id), DB_TEXT_FIELD(struct procedure, code),
  DB_TEXT_FIELD(struct procedure, level), DB_INT_FIELD(struct procedure, resolver_id),
  DB_INT_FIELD(struct procedure, has_limit), DB_INT_FIELD(struct procedure, days),
  DB_TEXT_FIELD(struct procedure, unit), DB_INT_FIELD(struct procedure, green),
  DB_INT_FIELD(struct procedure, green_days),
};

int procedure_load(struct req *r, const char *code, int with_fields, struct procedure *p)
{
  int n = db_row(DB_Q(PROC_GET, code), r->hdf, "Page.proc");
  if (n < 0) return 503;
  if (n == 0) return 404;
  struct procedure tmp;
  if (!p) p = &tmp;
  if (db_struct(hdf_get_obj(r->hdf, "Page.proc"), fields, sizeof fields / sizeof *fields, p) != 0) return 500;
  if (db_rows(DB_Q(PROC_DOCS, p->id), r->hdf, "Page.docs") < 0) return 503;
  if (with_fields && db_rows(DB_Q(PROC_FIELDS, p->id), r->hdf, "Page.pfields") < 0) return 503;
  return 200;
}
