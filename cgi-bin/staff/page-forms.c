/* page-forms.c: the printed forms: control sheet (06), refusal slip, apology (04), stop notice (05), register (07). */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/audit.h"
#include "domain/privacy.h"
#include "rules/cal.h"
#include "staff/staff.h"

/* GET /can-bo/ho-so/{code}/phieu-kiem-soat  — form 06, the process control sheet: every hand-off
 * with its time, who held the dossier and from which unit, and whether it was on time. */
int page_forms_sheet(struct req *r)
{
  struct dossier_case c;
  int st = staff_case_open(r, &c, NULL);
  if (st) return st;
  int n = db_rows(DB_Q(CASE_AUDIT, r->segment), r->hdf, "Page.steps_done");
  if (n < 0) return 503;
  for (HDF *e = hdf_get_child(r->hdf, "Page.steps_done"); e; e = hdf_obj_next(e)) {
    app_set_datetime(e, "t", hdf_get_value(e, "at", NULL));
    app_set_datetime(e, "td", hdf_get_value(e, "due", NULL));
  }
  return 200;
}

/* Which document staff-doc.cs prints. */
static int set_doc(struct req *r, const char *kind)
{
  NEOERR *err = hdf_set_value(r->hdf, "Page.doc", kind);
  if (!err) err = hdf_set_value(r->hdf, "Page.body_class", "doc");
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* GET /can-bo/ho-so/{code}/phieu-tu-choi  — the slip for a dossier not
 * received: everything missing, listed once, to hand to the citizen. */
int page_forms_slip(struct req *r)
{
  struct dossier_case c;
  int st = staff_case_open(r, &c, "refusal-slip");
  if (st) return st;
  if (strcmp(c.status, "not_received") != 0) return 404;
  return set_doc(r, "refusal");
}

/* GET /can-bo/ho-so/{code}/xin-loi  — form 04, the apology with the new
 * appointment (marked as a draft until a leader signs it). */
int page_forms_apology(struct req *r)
{
  struct dossier_case c;
  int st = staff_case_open(r, &c, "apology");
  if (st) return st;
  int n = db_row(DB_Q(APOLOGY_LAST, c.id), r->hdf, "Page.ap");
  if (n < 0) return 503;
  if (n == 0) return 404;
  app_set_datetime(r->hdf, "Page.ap.t_new", hdf_get_value(r->hdf, "Page.ap.new_due", NULL));
  app_set_datetime(r->hdf, "Page.ap.t_old", hdf_get_value(r->hdf, "Page.ap.old_due", NULL));
  app_set_datetime(r->hdf, "Page.ap.t_signed", hdf_get_value(r->hdf, "Page.ap.signed", NULL));
  return set_doc(r, "apology");
}

/* GET /can-bo/ho-so/{code}/dung-xu-ly  — form 05: the notice that the
 * dossier was refused or stopped, with the reason. */
int page_forms_stop(struct req *r)
{
  struct dossier_case c;
  int st = staff_case_open(r, &c, "stop-notice");
  if (st) return st;
  if (strcmp(c.status, "stopped") != 0 && strcmp(c.status, "withdrawn") != 0) return 404;
  if (db_rows(DB_Q(DOSSIER_VIEW, r->segment), r->hdf, "Page.events") < 0) return 503;
  const char *reason = app_last_match(hdf_get_obj(r->hdf, "Page.events"), "ev_status", c.status, "ev_note");
  NEOERR *err = hdf_set_value(r->hdf, "Page.reason", reason ? reason : "");
  if (err) { nerr_ignore(&err); return 500; }
  return set_doc(r, "stop");
}

/* The register's range, this month by default, as typed (Page.form.tu,
 * .den); 0, or 422 with the message next to the field. */
static int register_range(struct req *r, char *from_s, char *to_s, size_t n, int32_t *from, int32_t *to)
{
  int y, m, d;
  cal_civil_from_days((int32_t)(r->now / 1440), &y, &m, &d);
  snprintf(from_s, n, "%04d-%02d-01", y, m);
  snprintf(to_s, n, "%04d-%02d-%02d", y, m, d);
  if (r->val[IN_REG_FROM]) snprintf(from_s, n, "%s", r->val[IN_REG_FROM]);
  if (r->val[IN_REG_TO]) snprintf(to_s, n, "%s", r->val[IN_REG_TO]);
  NEOERR *err = hdf_set_value(r->hdf, K_FORM ".tu", from_s);
  if (!err) err = hdf_set_value(r->hdf, K_FORM ".den", to_s);
  if (err) { nerr_ignore(&err); return 500; }
  if (cal_parse_date(from_s, from) != 0) { app_error(r, "tu", "Lang.err.date"); return 422; }
  if (cal_parse_date(to_s, to) != 0) { app_error(r, "den", "Lang.err.date"); return 422; }
  if (*to < *from || *to - *from > 366) { app_error(r, "den", "Lang.staff.err_range"); return 422; }
  return 0;
}

/* The register on screen, a page at a time (so_dong= rows, at most
 * REG_ROWS_MAX); printed (in=1), the whole period up to REG_PRINT_MAX
 * rows. Each row opens one sealed address (about 0.03 ms) and becomes a
 * few dozen HDF nodes: a page costs its rows, not the month's. */
#define REG_ROWS 200
#define REG_ROWS_MAX 500
#define REG_PRINT_MAX 5000

/* GET /can-bo/so-theo-doi?tu=&den=&trang=&so_dong=&in=  — form 07, the
 * register of the dossiers my unit received or resolved, by reception
 * date (this month by default; at most a year), a page at a time, or the
 * whole period to print. */
int page_forms_register(struct req *r)
{
  char from_s[16], to_s[16];
  int32_t from, to;
  int st = register_range(r, from_s, to_s, sizeof from_s, &from, &to);
  if (st) return st;
  long unit = r->user_unit, rows = r->id[IN_REG_ROWS] ? r->id[IN_REG_ROWS] : REG_ROWS, page = r->id[IN_REG_PAGE];
  int print = r->val[IN_REG_PRINT] && strcmp(r->val[IN_REG_PRINT], "1") == 0;
  if (rows > REG_ROWS_MAX) rows = REG_ROWS_MAX;
  struct reg_count { long n; } total;
  static const struct db_field total_f[] = { DB_INT_FIELD(struct reg_count, n) };
  if (db_get(DB_Q(REGISTER_COUNT, unit, from_s, to_s, unit, from_s, to_s, unit), total_f, 1, &total) != 1) return 503;
  long pages = total.n ? (total.n + rows - 1) / rows : 1;
  if (page < 1) page = 1;
  if (page > pages) page = pages;
  if (print) { rows = REG_PRINT_MAX; page = 1; }
  long skip = (page - 1) * rows, reach = skip + rows;   /* each range is read only as far as the page */
  int n = db_rows(DB_Q(REGISTER, unit, from_s, to_s, reach, unit, from_s, to_s, unit, reach, rows, skip), r->hdf,
                  "Page.rows");
  if (n < 0) return 503;
  static const char *const times[] = { "received", "due", "new_due", "finished", "returned" };
  long no = skip;
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row; row = hdf_obj_next(row)) {
    if (privacy_open_row(row, hdf_get_value(row, "code", "")) != 0) return 500;
    app_set_times(row, times, sizeof times / sizeof *times);
    NEOERR *e = hdf_set_int_value(row, "no", (int)++no);
    if (e) { nerr_ignore(&e); return 500; }
  }
  char a[16], b[16], what[96];
  cal_format_date(from, a, sizeof a);
  cal_format_date(to, b, sizeof b);
  /* The register shows each dossier's address: one audit row for the
   * page, with its range (the dossiers are those of the range). */
  snprintf(what, sizeof what, "register %s..%s, from no. %ld: %d dossiers", from_s, to_s, skip + 1, n);
  if (n > 0 && audit_write(r, "view_personal", 0, what) != 0) return 503;
  /* Page.count: the period's dossiers; Page.first..Page.last: those shown. */
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.count", (int)total.n);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.first", (int)(n ? skip + 1 : 0));
  if (!err) err = hdf_set_int_value(r->hdf, "Page.last", (int)(skip + n));
  if (!err) err = hdf_set_int_value(r->hdf, "Page.page", (int)page);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.pages", print ? 1 : (int)pages);
  if (!err && rows != REG_ROWS && !print) err = hdf_set_int_value(r->hdf, "Page.so_dong", (int)rows);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.print", print);
  if (!err) err = hdf_set_value(r->hdf, "Page.from", a);
  if (!err) err = hdf_set_value(r->hdf, "Page.to", b);
  if (!err) err = hdf_set_value(r->hdf, "Page.body_class", "doc");
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
