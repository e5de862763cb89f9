/* page-bags.c: consignments: the office's paper dossiers to the agencies (the handover record), results from them. */
#include "agent/agent.h"
#include "core/db.h"
#include "domain/consign.h"

/* What waits to be sent, one choice per agency for the form (Page.agencies). */
static int pending_by_agency(struct req *r)
{
  if (db_rows(DB_Q(POSTAL_PENDING, r->user_unit), r->hdf, "Page.pending") < 0) return 503;
  long last = 0;
  int n = 0;
  for (HDF *d = hdf_get_child(r->hdf, "Page.pending"); d; d = hdf_obj_next(d)) {
    long a = hdf_get_int_value(d, "resolver_id", 0);
    if (a == last) continue;
    last = a;
    NEOERR *err = hdf_set_valuef(r->hdf, "Page.agencies.%d.id=%ld", n, a);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.agencies.%d.name=%s", n++, hdf_get_value(d, "resolver", ""));
    if (err) { nerr_ignore(&err); return 500; }
  }
  return 0;
}

/* GET /dai-ly/tui-ho-so  — the office's consignments (late ones flagged)
 * and the paper dossiers waiting for one, by agency. */
int page_bags_list(struct req *r)
{
  if (db_rows(DB_Q(CONSIGN_LIST_OFFICE, r->user_unit), r->hdf, "Page.bags") < 0) return 503;
  static const char *const times[] = { "created", "due", "received" };
  for (HDF *b = hdf_get_child(r->hdf, "Page.bags"); b; b = hdf_obj_next(b)) app_set_times(b, times, 3);
  int st = pending_by_agency(r);
  return st ? st : 200;
}

/* POST /dai-ly/tui-ho-so  — field: co_quan (an agency paper dossiers wait
 * for). Every one of them goes into one consignment; 303 to its handover
 * record, to print; 422 when none waits for that agency. */
int page_bags_make(struct req *r)
{
  int st = consign_make(r, "intake", r->id[IN_BAG_AGENCY], "co_quan");
  if (st != 422) return st;
  st = page_bags_list(r);
  return st == 200 ? 422 : st;
}

