/* page-bags.c: consignments at the counter: paper dossiers received by post (the clock starts at the signature), results handed to the post office. */
#include "core/db.h"
#include "domain/consign.h"
#include "domain/privacy.h"
#include "staff/staff.h"

/* GET /can-bo/tui-ho-so?ma={consignment code}  — the unit's consignments
 * (late ones flagged), the box to open one by its code (or its QR), and
 * the results that go back by post with the post offices to send them to. */
int page_bags_list(struct req *r)
{
  if (r->val[IN_BAGS_CODE]) return app_redirect(r, "/can-bo/tui-ho-so/%s", r->val[IN_BAGS_CODE]);
  if (db_rows(DB_Q(CONSIGN_LIST_AGENCY, r->user_unit), r->hdf, "Page.bags") < 0) return 503;
  static const char *const times[] = { "created", "due", "received" };
  for (HDF *b = hdf_get_child(r->hdf, "Page.bags"); b; b = hdf_obj_next(b)) app_set_times(b, times, 3);
  int ready = db_rows(DB_Q(RETURN_READY, r->user_unit), r->hdf, "Page.ready");
  if (ready < 0 || db_rows(DB_Q0(POST_OFFICES), r->hdf, "Page.offices") < 0) return 503;
  int st = privacy_show_rows(r, "Page.ready", "return-ready");
  if (st) return st;
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.ready_count", ready);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* POST /can-bo/tui-ho-so  — field: buu_dien (a post office). The results
 * ready to go back by post (an agent's dossier only to its own office)
 * leave in one return consignment, each with its S10 code; 303 to its
 * handover record; 422 when there is nothing to send there. */
int page_bags_make(struct req *r)
{
  int st = consign_make(r, "return", r->id[IN_BAGS_OFFICE], "buu_dien");
  return st == 422 && page_bags_list(r) != 200 ? 503 : st;
}

/* GET /can-bo/doi-soat-buu-dien?ngay=YYYY-MM-DD  — the Centre's daily
 * reconciliation of every post office (administrators). */
int page_bags_recon(struct req *r)
{
  char day[16];
  int st = consign_day(r, r->val[IN_RECON_DAY], day);
  if (st) return st;
  if (db_rows(DB_Q(RECON_OFFICES, day), r->hdf, "Page.rows") < 0) return 503;
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.centre", 1);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
