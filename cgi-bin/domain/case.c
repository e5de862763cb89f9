/* case.c: a dossier as the back office acts on it, loaded into a C struct. */
#include <string.h>

#include "core/db.h"
#include "domain/calendar.h"
#include "domain/case.h"
#include "rules/postal.h"

static const struct db_field case_cols[] = {
  DB_INT_FIELD(struct dossier_case, id), DB_TEXT_FIELD(struct dossier_case, code),
  DB_TEXT_FIELD(struct dossier_case, status), DB_INT_FIELD(struct dossier_case, version),
  DB_INT_FIELD(struct dossier_case, limit_days), DB_TEXT_FIELD(struct dossier_case, limit_unit),
  DB_INT_FIELD(struct dossier_case, holder_id), DB_INT_FIELD(struct dossier_case, point_id),
  DB_INT_FIELD(struct dossier_case, resolver_id), DB_INT_FIELD(struct dossier_case, origin_id),
  DB_INT_FIELD(struct dossier_case, assignee_id), DB_TEXT_FIELD(struct dossier_case, due),
  DB_TEXT_FIELD(struct dossier_case, step_due), DB_INT_FIELD(struct dossier_case, has_result),
  DB_INT_FIELD(struct dossier_case, draft), DB_TEXT_FIELD(struct dossier_case, channel),
  DB_TEXT_FIELD(struct dossier_case, post_tracking), DB_INT_FIELD(struct dossier_case, office_id),
  DB_INT_FIELD(struct dossier_case, failed), DB_TEXT_FIELD(struct dossier_case, first_failed),
  DB_TEXT_FIELD(struct dossier_case, last_failed),
};

int case_load(const char *code, long unit, struct dossier_case *c)
{
  memset(c, 0, sizeof *c);
  int n = db_get(DB_Q(CASE_CORE, code), case_cols, sizeof case_cols / sizeof *case_cols, c);
  if (n <= 0) return n;
  return case_involves(c, unit);
}

int case_from_row(HDF *row, long unit, struct dossier_case *c)
{
  memset(c, 0, sizeof *c);
  if (db_struct(row, case_cols, sizeof case_cols / sizeof *case_cols, c) != 0) return -1;
  return case_involves(c, unit);
}

int case_open(const char *code, long unit, struct dossier_case *c)
{
  int n = case_load(code, unit, c);
  return n < 0 ? 503 : n == 0 ? 404 : 0;
}

int case_involves(const struct dossier_case *c, long unit)
{
  if (strcmp(c->status, "not_received") == 0) return c->holder_id == unit || c->office_id == unit;
  return c->holder_id == unit || c->point_id == unit || c->resolver_id == unit || c->origin_id == unit ||
         c->office_id == unit;
}

/* Two failed deliveries, two working days apart (rules/postal.h)? */
static int tried_twice(const struct dossier_case *c)
{
  struct cal_rules rules;
  int64_t first, last;
  if (c->failed < 2 || cal_parse_sql(c->first_failed, &first) != 0 || cal_parse_sql(c->last_failed, &last) != 0 ||
      calendar_rules(&rules) != 0)
    return 0;
  return postal_may_return(&rules, (int)c->failed, (int32_t)(first / 1440), (int32_t)(last / 1440));
}

void case_ctx(const struct dossier_case *c, const struct req *r, struct wf_ctx *ctx)
{
  ctx->status = c->status;
  /* Acting needs holding: elsewhere no role of mine applies, except at
   * the competent unit while the post carries a paper dossier to it. */
  ctx->inbound = c->holder_id != r->user_unit && c->resolver_id == r->user_unit &&
                 strcmp(c->channel, "postal") == 0 && strcmp(c->status, "new") == 0;
  ctx->roles = c->holder_id == r->user_unit || ctx->inbound ? r->user_roles : 0;
  ctx->batch = 0;
  ctx->tried = c->holder_id == r->user_unit && tried_twice(c);
  ctx->forwarded = c->origin_id != 0;
  ctx->assigned_other = c->assignee_id != 0 && c->assignee_id != r->user_id;
  ctx->draft = c->draft != 0;
}
