/* case.c: a dossier as the back office acts on it, loaded into a C struct. */
#include <string.h>

#include "core/db.h"
#include "domain/case.h"

int case_load(const char *code, long unit, struct dossier_case *c)
{
  static const struct db_field cols[] = {
    DB_INT_FIELD(struct dossier_case, id), DB_TEXT_FIELD(struct dossier_case, code),
    DB_TEXT_FIELD(struct dossier_case, status), DB_INT_FIELD(struct dossier_case, version),
    DB_INT_FIELD(struct dossier_case, limit_days), DB_TEXT_FIELD(struct dossier_case, limit_unit),
    DB_INT_FIELD(struct dossier_case, holder_id), DB_INT_FIELD(struct dossier_case, point_id),
    DB_INT_FIELD(struct dossier_case, resolver_id), DB_INT_FIELD(struct dossier_case, origin_id),
    DB_INT_FIELD(struct dossier_case, assignee_id), DB_TEXT_FIELD(struct dossier_case, due),
    DB_TEXT_FIELD(struct dossier_case, step_due), DB_INT_FIELD(struct dossier_case, has_result),
    DB_INT_FIELD(struct dossier_case, draft),
  };
  memset(c, 0, sizeof *c);
  int n = db_get(DB_Q(CASE_CORE, code), cols, sizeof cols / sizeof *cols, c);
  if (n <= 0) return n;
  return case_involves(c, unit);
}

int case_involves(const struct dossier_case *c, long unit)
{
  if (strcmp(c->status, "not_received") == 0) return c->holder_id == unit;
  return c->holder_id == unit || c->point_id == unit || c->resolver_id == unit || c->origin_id == unit;
}

void case_ctx(const struct dossier_case *c, const struct req *r, struct wf_ctx *ctx)
{
  ctx->status = c->status;
  /* Acting needs holding: elsewhere no role of mine applies. */
  ctx->roles = c->holder_id == r->user_unit ? r->user_roles : 0;
  ctx->forwarded = c->origin_id != 0;
  ctx->assigned_other = c->assignee_id != 0 && c->assignee_id != r->user_id;
  ctx->draft = c->draft != 0;
}
