/* page-home.c: the agent's desk: his office's dossiers (found by code or phone), drafts, results to deliver. */
#include <string.h>

#include "agent/agent.h"
#include "core/db.h"
#include "domain/privacy.h"
#include "rules/valid.h"

/* GET /dai-ly?q={dossier code or phone}  — the office's dossiers, newest
 * first (those it took in and those it holds to deliver), my drafts, the
 * results waiting for delivery, the paper dossiers not yet sent. */
int page_home_show(struct req *r)
{
  const char *q = r->val[IN_HOME_Q] ? r->val[IN_HOME_Q] : "";
  char phone[16] = "", tag[TOKEN_LEN + 1] = "-";
  /* A phone number as the citizen says it ("0912 345 678") is normalised,
   * then found through its blind index (the column itself is sealed). */
  if (*q && valid_phone(q, phone, sizeof phone)) privacy_phone_tag(phone, tag);
  long office = r->user_unit;
  int n = db_rows(DB_Q(AGENT_LIST, office, office, office, q, q, tag), r->hdf, "Page.rows");
  if (n < 0) return 503;
  if (db_rows(DB_Q(DRAFT_LIST, r->user_id), r->hdf, "Page.drafts") < 0) return 503;
  if (db_rows(DB_Q(TO_DELIVER, office), r->hdf, "Page.deliver") < 0) return 503;
  int st = privacy_show_rows(r, "Page.deliver", "agent-deliver");
  if (st) return st;
  int pending = db_rows(DB_Q(POSTAL_PENDING, office), r->hdf, "Page.pending");
  if (pending < 0) return 503;
  static const char *const times[] = { "submitted", "saved" };
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row; row = hdf_obj_next(row)) app_set_times(row, times, 1);
  for (HDF *row = hdf_get_child(r->hdf, "Page.drafts"); row; row = hdf_obj_next(row)) app_set_times(row, times + 1, 1);
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.count", n);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.pending_count", pending);
  if (!err) err = hdf_set_value(r->hdf, "Page.q", q);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
