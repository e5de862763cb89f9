/* page-feedback.c: the unit's feedback (phản ánh, kiến nghị): what waits, by deadline; a leader answers, published when the sender allowed it. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/feedback.h"
#include "rules/cal.h"
#include "rules/stats.h"
#include "rules/valid.h"
#include "staff/staff.h"

/* GET /can-bo/phan-anh  — the unit's feedback, open and reopened first, by deadline. */
int page_feedback_list(struct req *r)
{
  if (db_rows(DB_Q(FB_LIST, r->user_unit), r->hdf, "Page.rows") < 0) return 503;
  static const char *const times[] = { "created", "due" };
  feedback_rows(hdf_get_obj(r->hdf, "Page.rows"), times, 2);
  return 200;
}

/* The item of the path, if it is my unit's: Page.f. 0, 404 or 503. */
static int load(struct req *r)
{
  long id = stats_fb_parse(r->segment);
  if (!id) return 404;
  NEOERR *err = hdf_remove_tree(r->hdf, "Page.f");
  nerr_ignore(&err);
  int n = db_row(DB_Q(FB_STAFF_GET, id, r->user_unit), r->hdf, "Page.f");
  if (n < 0) return 503;
  if (n == 0) return 404;
  static const char *const times[] = { "created", "due", "answered" };
  app_set_times(hdf_get_obj(r->hdf, "Page.f"), times, 3);
  err = hdf_set_value(r->hdf, "Page.f.code", r->segment);
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}

/* GET /can-bo/phan-anh/{code}  — the item with the sender's name and contact, and (for a leader) the answer form. */
int page_feedback_show(struct req *r)
{
  int st = load(r);
  return st ? st : 200;
}

/* POST /can-bo/phan-anh/{code}  — tra_loi (the answer), cong_khai (1:
 * publish it, masked, if the sender allowed), phien_ban (the version
 * shown). Leaders only. Recorded with the deadline it was held to, so an
 * answer after it counts as late. 303; 422. */
int page_feedback_answer(struct req *r)
{
  int st = load(r);
  if (st) return st;
  HDF *f = hdf_get_obj(r->hdf, "Page.f");
  const char *answer = r->val[IN_FB_ANSWER];
  long version = -1;
  if (r->val[IN_FB_VERSION] && !valid_int(r->val[IN_FB_VERSION], 0, LONG_MAX, &version)) version = -1;
  if (!answer || !*answer) {
    app_error(r, "tra_loi", "Lang.feedback.err_answer");
    return 422;
  }
  char now[24];
  cal_format_sql(now, sizeof now, r->now);
  long publish = r->val[IN_FB_PUBLISH] && strcmp(r->val[IN_FB_PUBLISH], "1") == 0;
  long id = hdf_get_int_value(f, "id", 0);
  long n = db_exec(DB_Q(FB_ANSWER, answer, now, r->user_id, publish, id, r->user_unit, version), NULL);
  if (n < 0) return 503;
  if (n == 0) {
    NEOERR *err = hdf_set_value(r->hdf, K_FORM ".tra_loi", answer);
    nerr_ignore(&err);
    app_error(r, "tra_loi", "Lang.feedback.err_answer_state");
    return 422;
  }
  if (db_exec(DB_Q(FB_EVENT, id, r->user_unit, now, "answered", hdf_get_value(f, "due_sql", NULL)), NULL) < 0) return 503;
  return app_redirect(r, "/can-bo/phan-anh/%s", r->segment);
}
