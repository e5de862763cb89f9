/* page-booking.c: a queue number booked online for today or the next six days, with Hanoi's limits, and the booking's page. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/calendar.h"
#include "domain/intake-form.h"
#include "domain/privacy.h"
#include "domain/queue.h"
#include "public/public.h"
#include "rules/queue.h"
#include "rules/valid.h"

/* What the form offers: the points, the services, the days open for
 * booking now (Page.days.N.{value,date,wd}). 0, or 503. */
static int offer(struct req *r)
{
  if (db_rows(DB_Q0(QUEUE_POINTS), r->hdf, "Page.points") < 0) return 503;
  if (db_rows(DB_Q0(QUEUE_SERVICE_ALL), r->hdf, "Page.services") < 0) return 503;
  struct cal_rules rules;
  int open, close;
  if (calendar_rules(&rules) != 0 || queue_hours(&open, &close) != 0) return 503;
  int32_t days[QUEUE_BOOK_DAYS];
  int n = queue_book_days(&rules, r->now, close, days);
  NEOERR *err = hdf_set_valuef(r->hdf, "Page.hours=%02d:%02d - %02d:%02d", open / 60, open % 60, close / 60, close % 60);
  for (int i = 0; !err && i < n; i++) {
    int y, m, d;
    cal_civil_from_days(days[i], &y, &m, &d);
    err = hdf_set_valuef(r->hdf, "Page.days.%d.value=%04d-%02d-%02d", i, y, m, d);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.days.%d.date=%02d/%02d/%04d", i, d, m, y);
    if (!err) err = hdf_set_valuef(r->hdf, "Page.days.%d.wd=%d", i, cal_weekday(days[i]));
  }
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}

/* GET /xep-hang/dat-truoc?diem={point}  — the booking form: point (the one
 * given preselected), service, day, identification number and phone. */
int page_booking_form(struct req *r)
{
  int st = offer(r);
  if (st) return st;
  if (r->id[IN_BOOK_POINT] && hdf_set_int_value(r->hdf, K_FORM ".diem", (int)r->id[IN_BOOK_POINT]) != STATUS_OK)
    return 500;
  return 200;
}

struct booking {
  long point, service;
  const char *day, *idnumber;
  char phone[16], person[32];
  char sealed_phone[SEAL_SIZE(16)];   /* the phone at rest: sealed to the back office's pair, bound to the form */
  int priority;
};

/* The value of `col` in the row of `list` whose `key` is v (kept as
 * Page.form.<name> for the form), or 0 with a message next to the field. */
static long pick(struct req *r, const char *name, const char *v, const char *list, const char *key, const char *col)
{
  if (v && hdf_set_valuef(r->hdf, "%s.%s=%s", K_FORM, name, v) != STATUS_OK) return 0;
  for (HDF *row = hdf_get_child(r->hdf, list); v && row; row = hdf_obj_next(row))
    if (strcmp(hdf_get_value(row, key, ""), v) == 0) return hdf_get_int_value(row, col, 1);
  app_error(r, name, "Lang.err.option");
  return 0;
}

static void read_booking(struct req *r, struct booking *b)
{
  b->point = pick(r, "diem", r->val[IN_BOOK_POINT], "Page.points", "id", "id");
  b->service = pick(r, "dich_vu", r->val[IN_BOOK_SERVICE], "Page.services", "slug", "id");
  b->day = pick(r, "ngay", r->val[IN_BOOK_DAY], "Page.days", "value", "value") ? r->val[IN_BOOK_DAY] : NULL;
  b->idnumber = form_text(r, "so_dinh_danh", r->val[IN_BOOK_ID], 12, 0, 1);
  if (b->idnumber && !valid_idnumber(b->idnumber)) { app_error(r, "so_dinh_danh", "Lang.err.idnumber"); b->idnumber = NULL; }
  else if (b->idnumber) queue_person(b->idnumber, b->person);
  const char *phone = form_text(r, "dien_thoai", r->val[IN_BOOK_PHONE], 20, 0, 1);
  if (phone && !valid_phone(phone, b->phone, sizeof b->phone)) app_error(r, "dien_thoai", "Lang.err.phone");
  b->priority = r->val[IN_BOOK_PRIORITY] != NULL;
  if (b->priority && hdf_set_value(r->hdf, K_FORM ".uu_tien", "1") != STATUS_OK) b->priority = 0;
}

static int to_booking(struct req *r, long id)
{
  return queue_booking_url(r->location, sizeof r->location, id) == 0 ? 303 : 500;
}

/* POST /xep-hang/dat-truoc  — diem, dich_vu, ngay, so_dinh_danh, dien_thoai,
 * uu_tien. Hanoi's limits, each refused with its message: a day offered
 * (today while its hours last, up to six days ahead, working days), one
 * number a service a day, two a day in all (a person is the keyed hash of
 * the identification number; unique keys hold the limits even for two
 * bookings sent at once). 303 to the booking (the same one for the same
 * form sent twice); 422 with the messages. */
int page_booking_post(struct req *r)
{
  int st = offer(r);
  if (st) return st;
  if (db_row(DB_Q(QUEUE_BOOKING_BY_KEY, r->fid), r->hdf, "Page.had") > 0)
    return to_booking(r, hdf_get_int_value(r->hdf, "Page.had.id", 0));
  struct booking b;
  memset(&b, 0, sizeof b);
  read_booking(r, &b);
  if (hdf_get_obj(r->hdf, K_ERRORS)) return 422;
  if (db_row(DB_Q(QUEUE_BOOKED, b.service, b.person, b.day), r->hdf, "Page.booked") != 1) return 503;
  long n = hdf_get_int_value(r->hdf, "Page.booked.n", 0);
  if (hdf_get_int_value(r->hdf, "Page.booked.same", 0) > 0) app_error(r, "dich_vu", "Lang.queue.err_same");
  else if (n >= QUEUE_BOOK_PER_DAY) app_error(r, "ngay", "Lang.queue.err_two");
  if (hdf_get_obj(r->hdf, K_ERRORS)) return 422;
  unsigned long long id = 0;
  if (seal_value(app_privacy.pk, "queue_booking.phone", r->fid, b.phone, b.sealed_phone, sizeof b.sealed_phone) != 0)
    return 500;
  if (db_exec(DB_Q(QUEUE_BOOK_INSERT, b.point, b.service, b.day, b.person, n + 1, b.sealed_phone, (long)b.priority, r->fid),
              &id) >= 0)
    return to_booking(r, (long)id);
  if (db_errno() != DB_ER_DUP_ENTRY) return 503;
  /* A second click of this form, or another booking of this person that
   * won the same slot or service a moment ago. */
  db_rollback();
  if (db_row(DB_Q(QUEUE_BOOKING_BY_KEY, r->fid), r->hdf, "Page.had") > 0)
    return to_booking(r, hdf_get_int_value(r->hdf, "Page.had.id", 0));
  app_error(r, "ngay", "Lang.queue.err_two");
  return 422;
}

/* GET /xep-hang/dat-truoc/{booking}?k={token}  — the booking: its code,
 * point, service, day and hours, and where it stands (booked: check in at
 * the point's kiosk with the code and the identification number; checked
 * in: its ticket; lapsed). 404 for a wrong token. */
int page_booking_show(struct req *r)
{
  long id = 0;
  if (!valid_int(r->segment, 1, 999999999, &id) || !queue_token_ok("booking", id, r->val[IN_K])) return 404;
  int n = db_row(DB_Q(QUEUE_BOOKING_GET, id), r->hdf, "Page.b");
  if (n < 0) return 503;
  if (n == 0) return 404;
  HDF *b = hdf_get_obj(r->hdf, "Page.b");
  int32_t day = 0;
  int open, close;
  if (cal_parse_date(hdf_get_value(b, "day", ""), &day) != 0 || queue_hours(&open, &close) != 0) return 503;
  static const char *const when[] = { [QUEUE_VALID] = "valid", [QUEUE_EARLY] = "early", [QUEUE_LATER] = "later",
                                      [QUEUE_LAPSED] = "lapsed" };
  long ticket = hdf_get_int_value(b, "ticket", 0);
  char url[512] = "", date[16];
  if (ticket && queue_ticket_url(url, sizeof url, ticket, 0) != 0) return 500;
  cal_format_date(day, date, sizeof date);
  NEOERR *err = hdf_set_value(b, "state", ticket ? "checked_in" : when[queue_booking_when(day, r->now, open, close)]);
  if (!err) err = hdf_set_value(b, "ticket_path", url);
  if (!err) err = hdf_set_value(b, "date", date);
  if (!err) err = hdf_set_int_value(b, "wd", cal_weekday(day));
  if (!err) err = hdf_set_valuef(r->hdf, "Page.hours=%02d:%02d - %02d:%02d", open / 60, open % 60, close / 60, close % 60);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
