/* queue.c: the counter floor: numbers issued gap-free, the links a ticket prints, the figures a point shows. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "core/log.h"
#include "domain/queue.h"
#include "rules/cal.h"
#include "rules/queue.h"
#include "rules/token.h"

int queue_issue(struct req *r, long point, long service, int priority, long booking, long *id)
{
  /* The sequence row stays locked until the request's transaction ends:
   * concurrent takes queue up behind it and each gets the next number; a
   * take that fails rolls its number back with it, so none is skipped. */
  if (db_exec(DB_Q(QUEUE_SEQ_BUMP, point, service), NULL) < 0) return 503;
  if (db_row(DB_Q(QUEUE_SEQ_GET, point, service), r->hdf, "Page.seq") != 1) return 503;
  long number = hdf_get_int_value(r->hdf, "Page.seq.last", 0);
  unsigned long long tid = 0;
  long n = db_exec(DB_Q(QUEUE_TICKET_INSERT, point, service, number, (long)(priority != 0), db_id_or_null(booking), r->fid, service),
                   &tid);
  if (n >= 0) { *id = (long)tid; return 0; }
  if (db_errno() != DB_ER_DUP_ENTRY) return 503;
  /* This form took a number already (a second click), or this booking was
   * checked in by another request: undo ours, show that number. */
  db_rollback();
  if (db_row(DB_Q(QUEUE_TICKET_BY_KEY, r->fid), r->hdf, "Page.had") == 1) {
    *id = hdf_get_int_value(r->hdf, "Page.had.id", 0);
    return 0;
  }
  if (booking && db_row(DB_Q(QUEUE_BOOKING_GET, booking), r->hdf, "Page.had") == 1) {
    *id = hdf_get_int_value(r->hdf, "Page.had.ticket", 0);
    return *id ? 0 : 503;
  }
  return 503;
}

static int url_of(char *buf, size_t n, const char *kind, const char *path, long id, int full)
{
  char name[32], tok[TOKEN_LEN + 1];
  snprintf(name, sizeof name, "%ld", id);
  token_of(app_key, kind, name, tok);
  int k = snprintf(buf, n, "%s/xep-hang/%s/%ld?k=%s", full ? app_conf("Site.base", "") : "", path, id, tok);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

int queue_ticket_url(char *buf, size_t n, long id, int full)
{
  return url_of(buf, n, "ticket", "ve", id, full);
}

int queue_booking_url(char *buf, size_t n, long id)
{
  return url_of(buf, n, "booking", "dat-truoc", id, 0);
}

int queue_ticket_redirect(struct req *r, long id)
{
  return queue_ticket_url(r->location, sizeof r->location, id, 0) == 0 ? 303 : 500;
}

int queue_token_ok(const char *kind, long id, const char *given)
{
  char name[32];
  snprintf(name, sizeof name, "%ld", id);
  return token_check_of(app_key, kind, name, given);
}

void queue_person(const char *idnumber, char out[32])
{
  token_of(app_key, "person", idnumber, out);
}

int queue_hours(int *open, int *close)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int rc = -1;
  *open = 480;
  *close = 960;
  if (db_rows(DB_Q0(SETTINGS), h, "s") >= 0) {
    rc = 0;
    for (HDF *s = hdf_get_child(h, "s"); s; s = hdf_obj_next(s))
      if (strcmp(hdf_get_value(s, "name", ""), "queue.hours") == 0 &&
          cal_parse_hhmm_range(hdf_get_value(s, "value", ""), open, close) != 0)
        log_err("setting queue.hours is not HH:MM-HH:MM; 08:00-16:00 applies");
  }
  hdf_destroy(&h);
  return rc;
}

int queue_now(struct req *r, long point, const char *prefix)
{
  int n = db_rows(DB_Q(QUEUE_NOW, point, point), r->hdf, prefix);
  if (n < 0) return -1;
  for (HDF *s = hdf_get_child(r->hdf, prefix); s; s = hdf_obj_next(s)) {
    long expect = queue_expected_min(hdf_get_int_value(s, "waiting", 0), hdf_get_int_value(s, "pace_s", 0),
                                     hdf_get_int_value(s, "counters", 0));
    NEOERR *err = hdf_set_int_value(s, "expect", (int)expect);
    if (!err) err = hdf_set_int_value(s, "wait_min", (hdf_get_int_value(s, "wait_s", 0) + 59) / 60);
    if (err) { nerr_ignore(&err); return -1; }
  }
  return n;
}

int queue_intake_check(struct req *r, long ticket, int post)
{
  int n = db_row(DB_Q(QUEUE_SERVED_AT, ticket, r->user_unit), r->hdf, "Page.ticket");
  if (n < 0) return -1;
  if (n == 0 && post) app_error(r, "so_thu_tu", "Lang.queue.err_intake");
  return n;
}

int queue_intake_link(struct req *r, long ticket, long dossier)
{
  (void)r;
  return db_exec(DB_Q(QUEUE_LINK, dossier, ticket), NULL) < 0 ? -1 : 0;
}
