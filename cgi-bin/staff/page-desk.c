/* page-desk.c: the counter officer's desk: call the next number, recall, skip, transfer, close; receive the dossier for it. */
#include <string.h>

#include "core/db.h"
#include "domain/audit.h"
#include "domain/queue.h"
#include "rules/valid.h"
#include "staff/staff.h"

/* GET /can-bo/quay  — the counters of my reception point, to sit at one;
 * the links to the point's kiosk, hall display and figures. */
int page_desk_list(struct req *r)
{
  if (db_rows(DB_Q(QUEUE_COUNTERS, r->user_unit), r->hdf, "Page.counters") < 0) return 503;
  return hdf_set_int_value(r->hdf, "Page.point", (int)r->user_unit) == STATUS_OK ? 200 : 500;
}

/* The counter of the path, if it is at my point: Page.counter. 0, 404, 503. */
static int desk_open(struct req *r, long *counter)
{
  long id = 0;
  if (!valid_int(r->segment, 1, 999999999, &id)) return 404;
  int n = db_row(DB_Q(QUEUE_COUNTER_GET, id), r->hdf, "Page.counter");
  if (n < 0) return 503;
  if (n == 0 || hdf_get_int_value(r->hdf, "Page.counter.point_id", 0) != r->user_unit) return 404;
  *counter = id;
  return 0;
}

/* What the desk shows: the number served now, who waits, the services to
 * transfer to. 200, or 503. */
static int desk_show(struct req *r, long counter)
{
  NEOERR *err = hdf_remove_tree(r->hdf, "Page.current");
  nerr_ignore(&err);
  if (db_row(DB_Q(QUEUE_CURRENT, counter), r->hdf, "Page.current") < 0) return 503;
  if (db_rows(DB_Q(QUEUE_WAITING, counter), r->hdf, "Page.waiting") < 0) return 503;
  if (db_rows(DB_Q(QUEUE_SERVICES, r->user_unit), r->hdf, "Page.services") < 0) return 503;
  static const char *const times[] = { "queued", "called" };
  HDF *cur = hdf_get_obj(r->hdf, "Page.current");
  if (cur) app_set_times(cur, times, 2);
  for (HDF *w = hdf_get_child(r->hdf, "Page.waiting"); w; w = hdf_obj_next(w)) app_set_times(w, times, 1);
  return 200;
}

/* GET /can-bo/quay/{counter}  — the desk of one counter of my point. */
int page_desk_show(struct req *r)
{
  long counter;
  int st = desk_open(r, &counter);
  return st ? st : desk_show(r, counter);
}

/* One action on the desk: its statement ran on the number at this counter
 * (ticket), or found nothing to act on (0 rows): the message to show. */
struct desk_act {
  const char *name, *audit, *nothing;
};

static long act_next(struct req *r, long counter, long ticket, char *label, size_t n)
{
  (void)ticket;
  if (db_exec(DB_Q(QUEUE_DONE, counter), NULL) < 0) return -1;
  if (db_rows(DB_Q(QUEUE_PICK, counter), r->hdf, "Page.pick") < 0) return -1;
  /* The first still waiting: another counter may have claimed one since. */
  for (HDF *t = hdf_get_child(r->hdf, "Page.pick"); t; t = hdf_obj_next(t)) {
    long got = db_exec(DB_Q(QUEUE_CALL, counter, r->user_id, (long)hdf_get_int_value(t, "id", 0)), NULL);
    if (got != 0) {
      snprintf(label, n, "%s", hdf_get_value(t, "label", ""));
      return got;
    }
  }
  return 0;
}

/* The number now at the counter, if it is the one the page showed. */
static int current_is(struct req *r, long counter, long ticket, char *label, size_t n)
{
  int found = db_row(DB_Q(QUEUE_CURRENT, counter), r->hdf, "Page.was");
  if (found <= 0) return found;
  snprintf(label, n, "%s", hdf_get_value(r->hdf, "Page.was.label", ""));
  return hdf_get_int_value(r->hdf, "Page.was.id", 0) == ticket;
}

static long act_on_current(struct req *r, const char *what, long counter, long ticket, char *label, size_t n)
{
  int cur = current_is(r, counter, ticket, label, n);
  if (cur <= 0) return cur;
  if (strcmp(what, "goi-lai") == 0) return db_exec(DB_Q(QUEUE_RECALL, ticket, counter), NULL);
  if (strcmp(what, "vang") == 0) return db_exec(DB_Q(QUEUE_SKIP, ticket, counter), NULL);
  if (strcmp(what, "xong") == 0) return db_exec(DB_Q(QUEUE_DONE, counter), NULL);
  /* chuyen: to a service this point serves, other than its own. */
  long service = r->id[IN_DESK_SERVICE];
  int ok = 0;
  for (HDF *s = hdf_get_child(r->hdf, "Page.services"); s; s = hdf_obj_next(s))
    ok |= hdf_get_int_value(s, "id", 0) == service;
  if (!ok || service == hdf_get_int_value(r->hdf, "Page.was.service_id", 0)) return -2;
  return db_exec(DB_Q(QUEUE_TRANSFER, service, ticket, counter), NULL);
}

/* POST /can-bo/quay/{counter}  — viec: goi (the current number is done;
 * call the next for this counter's services, priority first, in the order
 * they joined), goi-lai (recall the current number), vang (a no-show: skip
 * it), chuyen (transfer it, with dich_vu, to another service's queue, its
 * place kept), xong (done). ve: the number the page showed, so an action
 * never lands on another. 303 back to the desk; 422 with why when there is
 * nobody to call or the number is no longer at this counter. Each action
 * is in the audit log. */
int page_desk_act(struct req *r)
{
  static const struct desk_act acts[] = {
    { "goi", "queue_call", "Lang.queue.err_nobody" }, { "goi-lai", "queue_recall", "Lang.queue.err_stale" },
    { "vang", "queue_skip", "Lang.queue.err_stale" }, { "chuyen", "queue_transfer", "Lang.queue.err_stale" },
    { "xong", "queue_done", "Lang.queue.err_stale" },
  };
  long counter;
  int st = desk_open(r, &counter);
  if (st) return st;
  const struct desk_act *a = NULL;
  for (size_t i = 0; i < sizeof acts / sizeof *acts; i++)
    if (r->val[IN_DESK_ACT] && strcmp(acts[i].name, r->val[IN_DESK_ACT]) == 0) a = &acts[i];
  if (!a) return 404;
  if (db_rows(DB_Q(QUEUE_SERVICES, r->user_unit), r->hdf, "Page.services") < 0) return 503;
  char label[16] = "";
  long n = a == &acts[0] ? act_next(r, counter, 0, label, sizeof label)
                         : act_on_current(r, a->name, counter, r->id[IN_DESK_TICKET], label, sizeof label);
  if (n == -1) return 503;
  if (n <= 0) {
    app_error(r, "viec", n == -2 ? "Lang.queue.err_transfer" : a->nothing);
    st = desk_show(r, counter);
    return st == 200 ? 422 : st;
  }
  if (audit_write(r, a->audit, 0, label) != 0) return 503;
  return app_redirect(r, "/can-bo/quay/%ld", counter);
}
