/* consign.c: consignments (the handover record): built from what waits, carried J+n, signed for; each dossier moves by its step row. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "core/log.h"
#include "domain/audit.h"
#include "domain/calendar.h"
#include "domain/case.h"
#include "domain/consign.h"
#include "domain/intake-agent.h"
#include "domain/link.h"
#include "domain/step.h"
#include "rules/cal.h"
#include "rules/postal.h"
#include "rules/valid.h"

struct office { long id, parent_id; };

int consign_open(struct req *r, const char *code, struct consignment *c)
{
  static const struct db_field f[] = {
    DB_INT_FIELD(struct consignment, id), DB_INT_FIELD(struct consignment, office_id),
    DB_INT_FIELD(struct consignment, agency_id), DB_INT_FIELD(struct consignment, late),
    DB_TEXT_FIELD(struct consignment, code), DB_TEXT_FIELD(struct consignment, kind),
    DB_TEXT_FIELD(struct consignment, received),
  };
  memset(c, 0, sizeof *c);
  if (!s10_valid(code)) return 404;
  NEOERR *err = hdf_remove_tree(r->hdf, "Page.k");
  nerr_ignore(&err);
  int n = db_row(DB_Q(CONSIGN_GET, code), r->hdf, "Page.k");
  if (n <= 0) return n < 0 ? 503 : 404;
  if (db_struct(hdf_get_obj(r->hdf, "Page.k"), f, sizeof f / sizeof *f, c) != 0) return 500;
  if (c->office_id != r->user_unit && c->agency_id != r->user_unit) return 404;
  static const char *const times[] = { "created", "due", "received" };
  app_set_times(hdf_get_obj(r->hdf, "Page.k"), times, sizeof times / sizeof *times);
  /* The record's QR opens the consignment at the agency's counter. */
  char url[256];
  snprintf(url, sizeof url, "%s/can-bo/tui-ho-so/%s", app_conf("Site.base", ""), c->code);
  if (link_qr(r, url, "Page.qr_svg") != 0) return 500;
  err = hdf_remove_tree(r->hdf, "Page.items");
  nerr_ignore(&err);
  if (db_rows(DB_Q(CONSIGN_ITEMS, c->id), r->hdf, "Page.items") < 0) return 503;
  int no = 0;
  for (HDF *it = hdf_get_child(r->hdf, "Page.items"); it; it = hdf_obj_next(it))
    if (hdf_set_int_value(it, "no", ++no) != STATUS_OK) return 500;
  /* Each side signs for what it receives: the agency an intake consignment, the post office a return one. */
  long taker = strcmp(c->kind, "intake") == 0 ? c->agency_id : c->office_id;
  err = hdf_set_int_value(r->hdf, "Page.may_sign", taker == r->user_unit && !c->received[0]);
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}

/* One dossier's step as part of a consignment (domain/step.c). */
static int move(struct req *r, const char *code, const char *step, long office, const char *s10)
{
  struct dossier_case dc;
  int n = case_load(code, r->user_unit, &dc);
  if (n <= 0) return n < 0 ? 503 : 422;
  struct step_in in;
  struct step_out out;
  memset(&in, 0, sizeof in);
  in.step = step;
  in.version = dc.version;
  in.note = "";
  in.agency = office;
  in.how = "post";
  in.tracking = s10;
  in.batch = 1;
  int st = step_run(r, &dc, &in, &out);
  if (st == 422) log_err("consignment: %s on %s refused: %s", step, code, out.msg ? out.msg : "");
  return st;
}

/* A new consignment between the office and the agency, due J+n working
 * days after today: J+1 to the ward the post office stands in, J+2
 * elsewhere in the city (rules/postal.h). Its id, or 0 on failure. */
static long open_bag(struct req *r, const char *kind, long office, long agency, char code[S10_MAX])
{
  static const struct db_field f[] = { DB_INT_FIELD(struct office, id), DB_INT_FIELD(struct office, parent_id) };
  struct office o;
  struct cal_rules rules;
  if (db_get(DB_Q(OFFICE_GET, office), f, 2, &o) != 1 || calendar_rules(&rules) != 0) return 0;
  int days = postal_limit_days(o.parent_id == agency ? POSTAL_DISTRICT : POSTAL_PROVINCE, 0);
  int32_t today = (int32_t)(r->now / 1440);
  char now_s[24], due_s[24];
  cal_format_sql(now_s, sizeof now_s, r->now);
  cal_format_sql(due_s, sizeof due_s, (int64_t)postal_due_day(&rules, today, days) * 1440 + rules.pm_close);
  unsigned long long id = 0;
  if (agent_s10_next(S10_BAG, code) != 0 ||
      db_exec(DB_Q(CONSIGN_INSERT, code, kind, office, agency, r->user_id, now_s, due_s, days), &id) < 0)
    return 0;
  return (long)id;
}

static int bag_intake(struct req *r, long agency, char code[S10_MAX])
{
  if (db_rows(DB_Q(POSTAL_PENDING, r->user_unit), r->hdf, "Page.pending") < 0) return 503;
  long bag = 0;
  for (HDF *d = hdf_get_child(r->hdf, "Page.pending"); d; d = hdf_obj_next(d)) {
    if (hdf_get_int_value(d, "resolver_id", 0) != agency) continue;
    if (!bag && !(bag = open_bag(r, "intake", r->user_unit, agency, code))) return 503;
    const char *s10 = hdf_get_value(d, "s10", "");
    if (db_exec(DB_Q(CONSIGN_ITEM_INSERT, bag, (long)hdf_get_int_value(d, "id", 0), s10), NULL) < 0) return 503;
    int st = move(r, hdf_get_value(d, "code", ""), "guibuudien", 0, s10);
    if (st) return st;
  }
  if (!bag) return 422;
  return audit_write(r, "consign_intake", 0, code) == 0 ? 0 : 503;
}

static int bag_return(struct req *r, long office, char code[S10_MAX])
{
  if (db_rows(DB_Q(RETURN_READY, r->user_unit), r->hdf, "Page.ready") < 0) return 503;
  long bag = 0;
  for (HDF *d = hdf_get_child(r->hdf, "Page.ready"); d; d = hdf_obj_next(d)) {
    long from = hdf_get_int_value(d, "office_id", 0);
    if (from && from != office) continue;   /* an agent's dossier goes back to his own post office */
    char s10[S10_MAX];
    if (!bag && !(bag = open_bag(r, "return", office, r->user_unit, code))) return 503;
    if (agent_s10_next(S10_RESULT, s10) != 0 ||
        db_exec(DB_Q(CONSIGN_ITEM_INSERT, bag, (long)hdf_get_int_value(d, "id", 0), s10), NULL) < 0)
      return 503;
    int st = move(r, hdf_get_value(d, "code", ""), "giaobuudien", office, s10);
    if (st) return st;
  }
  if (!bag) return 422;
  return audit_write(r, "consign_return", 0, code) == 0 ? 0 : 503;
}

/* At the agency: ticked, received (the clock starts now); else missing. */
static int sign_lines(struct req *r, const struct consignment *c, int got, int note)
{
  for (HDF *it = hdf_get_child(r->hdf, "Page.items"); it; it = hdf_obj_next(it)) {
    if (strcmp(hdf_get_value(it, "state", ""), "sent") != 0) continue;
    const char *id = hdf_get_value(it, "dossier_id", "0");
    const char *tick = app_field(r, got, id), *why = app_field(r, note, id);
    int here = tick && strcmp(tick, "1") == 0;
    if (why && !valid_text(why, 500, 0)) why = NULL;   /* V_RAW: checked here */
    if (!why || !*why) why = here ? "" : app_lang("Lang.agent.not_in_bag");
    char detail[600];
    snprintf(detail, sizeof detail, "%s %s: %s", c->code, hdf_get_value(it, "s10", ""), here ? "received" : why);
    if (here) {
      int st = move(r, hdf_get_value(it, "code", ""), "nhanbuudien", 0, "");
      if (st) return st;
    }
    if (db_exec(DB_Q(CONSIGN_ITEM_MARK, here ? "received" : "missing", why, c->id, (long)hdf_get_int_value(it, "dossier_id", 0)), NULL) < 0 ||
        audit_write(r, here ? "consign_received" : "consign_missing", hdf_get_int_value(it, "dossier_id", 0), detail) != 0)
      return 503;
  }
  return 0;
}

int consign_make(struct req *r, const char *kind, long other, const char *field)
{
  char code[S10_MAX];
  int st = !other ? 422 : strcmp(kind, "intake") == 0 ? bag_intake(r, other, code) : bag_return(r, other, code);
  if (st == 422) app_error(r, field, "Lang.agent.err_nothing");
  if (st) return st;
  return app_redirect(r, "%s/tui-ho-so/%s", hdf_get_value(r->hdf, "Page.area", ""), code);
}

static int consign_sign(struct req *r, const struct consignment *c, int got, int note)
{
  int intake = strcmp(c->kind, "intake") == 0;
  char now_s[24];
  cal_format_sql(now_s, sizeof now_s, r->now);
  long n = hdf_get_int_value(r->hdf, "Page.may_sign", 0) ? db_exec(DB_Q(CONSIGN_SIGN, now_s, r->user_id, c->id), NULL) : 0;
  if (n < 0) return 503;
  if (n == 0) {
    app_error(r, "ky", "Lang.agent.err_signed");
    return 422;
  }
  int st = intake ? sign_lines(r, c, got, note) : 0;
  if (st) return st;
  if (audit_write(r, intake ? "consign_sign" : "consign_sign_return", 0, c->code) != 0) return 503;
  return app_redirect(r, "%s/tui-ho-so/%s", hdf_get_value(r->hdf, "Page.area", ""), c->code);
}

int consign_page_show(struct req *r)
{
  struct consignment c;
  int st = consign_open(r, r->segment, &c);
  return st ? st : 200;
}

int consign_page_sign(struct req *r)
{
  struct consignment c;
  int st = consign_open(r, r->segment, &c);
  return st ? st : consign_sign(r, &c, IN_CONSIGN_GOT, IN_CONSIGN_NOTE);
}

int consign_day(struct req *r, const char *v, char day_s[16])
{
  int32_t day = (int32_t)(r->now / 1440);
  if (v && cal_parse_date(v, &day) != 0) return 404;
  char sql_s[24], shown[16];
  cal_format_sql(sql_s, sizeof sql_s, (int64_t)day * 1440);
  snprintf(day_s, 16, "%.10s", sql_s);
  cal_format_date(day, shown, sizeof shown);
  NEOERR *err = hdf_set_value(r->hdf, "Page.day", day_s);
  if (!err) err = hdf_set_value(r->hdf, "Page.day_shown", shown);
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}
