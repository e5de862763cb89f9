/* page-worklist.c: what waits on my unit (or on me), by due date. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "domain/refdata.h"
#include "rules/valid.h"
#include "staff/staff.h"

/* GET /can-bo?trang_thai=&q=&thu_tuc=&diem=&cua_toi=  — what waits on my
 * unit (or on me), by due date; overdue and due within a day are marked,
 * with the apology (form 04) to draft a day ahead. */
int page_worklist_show(struct req *r)
{
  const char *st = r->val[IN_LIST_STATUS] ? r->val[IN_LIST_STATUS] : "";
  const char *q = r->val[IN_LIST_Q] ? r->val[IN_LIST_Q] : "";
  const char *proc = r->val[IN_LIST_PROC] ? r->val[IN_LIST_PROC] : "";
  const char *point = r->val[IN_LIST_POINT] ? r->val[IN_LIST_POINT] : "";
  int mine = r->val[IN_LIST_MINE] && strcmp(r->val[IN_LIST_MINE], "1") == 0;
  long me = mine ? r->user_id : 0;
  /* The URL says "supplement-requested"; the status is "supplement_requested". */
  char status[32];
  snprintf(status, sizeof status, "%s", st);
  for (char *p = status; *p; p++) if (*p == '-') *p = '_';
  /* A name holds no digit (valid_person_name) and a dossier code always
   * does: a search with a digit is a code, found by its unique index;
   * otherwise a name, compared inside the index of the unit's open
   * dossiers (db/029). A name containing % or _ means those characters,
   * not wildcards. */
  int n;
  if (!*q)
    n = db_rows(DB_Q(WORKLIST, r->user_unit, status, status, proc, proc, point, point, me, me), r->hdf, "Page.rows");
  else if (strpbrk(q, "0123456789"))
    n = db_rows(DB_Q(WORKLIST_CODE, q, r->user_unit, status, status, proc, proc, point, point, me, me), r->hdf,
                "Page.rows");
  else {
    char *like = valid_like_escape(q);
    if (!like) return 500;
    n = db_rows(DB_Q(WORKLIST_NAME, r->user_unit, status, status, like, proc, proc, point, point, me, me), r->hdf,
                "Page.rows");
    free(like);
  }
  if (n < 0) return 503;
  if (refdata_points(r->hdf, "Page.points") < 0) return 503;   /* kept a minute per worker */
  static const char *const times[] = { "due", "received" };
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row; row = hdf_obj_next(row))
    app_set_times(row, times, sizeof times / sizeof *times);
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.count", n);
  if (!err) err = hdf_set_value(r->hdf, "Page.q", q);
  if (!err) err = hdf_set_value(r->hdf, "Page.status_filter", status);
  if (!err) err = hdf_set_value(r->hdf, "Page.proc_filter", proc);
  if (!err) err = hdf_set_value(r->hdf, "Page.point_filter", point);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.mine", mine);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
