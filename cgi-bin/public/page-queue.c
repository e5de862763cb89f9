/* page-queue.c: the counter floor in public: the kiosk (take a number, check a booking in), the ticket, the hall display. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/link.h"
#include "domain/queue.h"
#include "public/public.h"
#include "rules/qr.h"
#include "rules/queue.h"
#include "rules/valid.h"

int queue_point_open(struct req *r, long *point)
{
  long id = 0;
  if (!valid_int(r->segment, 1, 999999999, &id)) return 404;
  int n = db_row(DB_Q(QUEUE_POINT, id), r->hdf, "Page.point");
  if (n < 0) return 503;
  if (n == 0) return 404;
  if (queue_now(r, id, "Page.now") < 0) return 503;
  *point = id;
  return 0;
}

static int kiosk_load(struct req *r, long *point)
{
  int st = queue_point_open(r, point);
  if (st) return st;
  return db_rows(DB_Q(QUEUE_SERVICES, *point), r->hdf, "Page.services") < 0 ? 503 : 0;
}

/* GET /xep-hang/{point}  — the kiosk (or a phone that scanned the poster):
 * the services with who waits for each, a priority box, the form that takes
 * a number; and the check-in of a number booked online. */
int page_queue_kiosk(struct req *r)
{
  long point;
  int st = kiosk_load(r, &point);
  return st ? st : 200;
}

/* POST /xep-hang/{point}  — dich_vu (a service's slug), uu_tien (1: the
 * priority queue). 303 to the ticket (the same one for the same form sent
 * twice); 422 when no service of this point was chosen. */
int page_queue_take(struct req *r)
{
  long point;
  int st = kiosk_load(r, &point);
  if (st) return st;
  const char *slug = r->val[IN_TAKE_SERVICE];
  long service = 0;
  for (HDF *s = hdf_get_child(r->hdf, "Page.services"); slug && s; s = hdf_obj_next(s))
    if (strcmp(hdf_get_value(s, "slug", ""), slug) == 0) service = hdf_get_int_value(s, "id", 0);
  if (!service) {
    app_error(r, "dich_vu", "Lang.queue.err_service");
    return 422;
  }
  long id = 0;
  if ((st = queue_issue(r, point, service, r->val[IN_TAKE_PRIORITY] != NULL, 0, &id)) != 0) return st;
  return queue_ticket_redirect(r, id);
}

/* Why a booking cannot check in now; NULL when it can. */
static const char *booking_refusal(struct req *r, long point, const char *idnumber)
{
  HDF *b = hdf_get_obj(r->hdf, "Page.booking");
  char person[32];
  queue_person(idnumber, person);
  if (!b || hdf_get_int_value(b, "point_id", 0) != point || strcmp(hdf_get_value(b, "person", ""), person) != 0)
    return "Lang.queue.err_checkin";
  int32_t day = 0;
  int open, close;
  if (cal_parse_date(hdf_get_value(b, "day", ""), &day) != 0 || queue_hours(&open, &close) != 0)
    return "Lang.queue.err_checkin";
  switch (queue_booking_when(day, r->now, open, close)) {
  case QUEUE_VALID: return NULL;
  case QUEUE_EARLY: return "Lang.queue.err_early";
  case QUEUE_LATER: return "Lang.queue.err_later";
  default: return "Lang.queue.err_lapsed";
  }
}

/* POST /xep-hang/{point}/den  — ma_dat (the booking's code), so_dinh_danh
 * (the identification number it was booked with). On its day, within the
 * hours, at its point: a number of its service joins the queue now (303 to
 * the ticket; the same ticket if it was checked in already). Otherwise 422
 * with why: unknown code or wrong number (one message for both), not yet,
 * or lapsed. */
int page_queue_checkin(struct req *r)
{
  long point;
  int st = kiosk_load(r, &point);
  if (st) return st;
  const char *code = r->val[IN_CHECKIN_CODE], *idnumber = r->val[IN_CHECKIN_ID];
  long booking = 0;
  if (!code || !valid_int(code, 1, 999999999, &booking) || !idnumber || !valid_idnumber(idnumber)) {
    app_error(r, "ma_dat", "Lang.queue.err_checkin");
    return 422;
  }
  if (db_row(DB_Q(QUEUE_BOOKING_GET, booking), r->hdf, "Page.booking") < 0) return 503;
  const char *why = booking_refusal(r, point, idnumber);
  if (why) {
    app_error(r, "ma_dat", why);
    return 422;
  }
  long ticket = hdf_get_int_value(r->hdf, "Page.booking.ticket", 0);
  if (!ticket && (st = queue_issue(r, point, hdf_get_int_value(r->hdf, "Page.booking.service_id", 0),
                                   hdf_get_int_value(r->hdf, "Page.booking.priority", 0), booking, &ticket)) != 0)
    return st;
  return queue_ticket_redirect(r, ticket);
}

/* The ticket's QR (its own link: the dossier's status once there is one). */
static int ticket_qr(struct req *r, long id)
{
  char url[512];
  struct qr q;
  if (queue_ticket_url(url, sizeof url, id, 1) != 0 || qr_make(url, &q) != 0) return 500;
  char *svg = NULL;
  size_t len = 0;
  int rc = qr_svg(&q, 4, &svg, &len);
  qr_free(&q);
  if (rc != 0 || hdf_set_buf(r->hdf, "Page.qr_svg", svg) != STATUS_OK) return 500;
  return hdf_set_value(r->hdf, "Page.ticket_url", url) == STATUS_OK ? 0 : 500;
}

/* GET /xep-hang/ve/{ticket}?k={token}  — the slip (80 mm when printed) and
 * the citizen's phone: the number, who is ahead, the expected wait, the
 * counter that calls it. Once a dossier was received for it, 303 to that
 * dossier's status (a list when there are several). 404 for a wrong token. */
int page_queue_ticket(struct req *r)
{
  long id = 0;
  if (!valid_int(r->segment, 1, 999999999999L, &id) || !queue_token_ok("ticket", id, r->val[IN_K])) return 404;
  int n = db_row(DB_Q(QUEUE_TICKET_VIEW, id), r->hdf, "Page.t");
  if (n < 0) return 503;
  if (n == 0) return 404;
  HDF *t = hdf_get_obj(r->hdf, "Page.t");
  if (hdf_get_int_value(t, "dossiers", 0) > 0) {
    n = db_rows(DB_Q(QUEUE_TICKET_DOSSIERS, id), r->hdf, "Page.dossiers");
    if (n < 0) return 503;
    if (n == 1) return link_redirect(r, LINK_STATUS, hdf_get_value(r->hdf, "Page.dossiers.0.code", ""));
    char path[512];
    for (HDF *d = hdf_get_child(r->hdf, "Page.dossiers"); d; d = hdf_obj_next(d))
      if (link_dossier(path, sizeof path, LINK_STATUS, hdf_get_value(d, "code", "")) != 0 ||
          hdf_set_value(d, "path", path) != STATUS_OK)
        return 500;
  }
  long m = queue_expected_min(hdf_get_int_value(t, "ahead", 0), hdf_get_int_value(t, "pace_s", 0),
                              hdf_get_int_value(t, "counters", 0));
  if (hdf_set_int_value(t, "expect", (int)m) != STATUS_OK) return 500;
  app_set_datetime(r->hdf, "Page.t.t_queued", hdf_get_value(t, "queued", NULL));
  return ticket_qr(r, id) ? 500 : 200;
}

/* GET /xep-hang/{point}/man-hinh  — the hall's screen: the number each
 * counter serves (a recalled one marked), and the next ones of each
 * service. Refreshes itself: by a timer in static/queue.js, else every
 * few seconds by <meta http-equiv=refresh> inside <noscript>. */
int page_queue_display(struct req *r)
{
  long point;
  int st = queue_point_open(r, &point);
  if (st) return st;
  if (db_rows(DB_Q(QUEUE_BOARD, point), r->hdf, "Page.board") < 0) return 503;
  HDF *up;
  if (hdf_init(&up) != STATUS_OK) return 500;
  int n = db_rows(DB_Q(QUEUE_UPCOMING, point), up, "u");
  /* Each service's next numbers under its row of Page.now. */
  for (HDF *s = hdf_get_child(r->hdf, "Page.now"); n > 0 && s; s = hdf_obj_next(s)) {
    int k = 0;
    for (HDF *u = hdf_get_child(up, "u"); u; u = hdf_obj_next(u)) {
      if (hdf_get_int_value(u, "service_id", 0) != hdf_get_int_value(s, "id", -1)) continue;
      NEOERR *err = hdf_set_valuef(s, "next.%d.label=%s", k, hdf_get_value(u, "label", ""));
      if (!err) err = hdf_set_valuef(s, "next.%d.priority=%s", k, hdf_get_value(u, "priority", "0"));
      nerr_ignore(&err);
      k++;
    }
  }
  hdf_destroy(&up);
  return n < 0 ? 503 : 200;
}
