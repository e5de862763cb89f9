/* page-feedback.c: feedback (phản ánh, kiến nghị) from anyone: sent, followed through its own QR link, answered, reopened once. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "domain/feedback.h"
#include "domain/link.h"
#include "public/public.h"
#include "rules/cal.h"
#include "rules/dcode.h"
#include "rules/mask.h"
#include "rules/stats.h"
#include "rules/token.h"
#include "rules/valid.h"

struct owner { long id, unit; char name_masked[128]; };
struct found { long id; };

/* The form's choices and the answers published with their senders' leave. */
static int form_page(struct req *r)
{
  if (db_rows(DB_Q0(FB_UNITS), r->hdf, "Page.units") < 0) return 503;
  if (db_rows(DB_Q0(FB_PUBLISHED), r->hdf, "Page.published") < 0) return 503;
  static const char *const times[] = { "created", "answered" };
  feedback_rows(hdf_get_obj(r->hdf, "Page.published"), times, 2);
  return 200;
}

/* GET /phan-anh[?ma={dossier code}]  — the feedback form, and the answers published. */
int page_feedback_form(struct req *r)
{
  if (r->val[IN_FB_CODE]) {
    NEOERR *err = hdf_set_value(r->hdf, K_FORM ".ma", r->val[IN_FB_CODE]);
    nerr_ignore(&err);
  }
  return form_page(r);
}

static const char *keep(struct req *r, const char *name, int slot)
{
  const char *v = r->val[slot];
  char key[64];
  snprintf(key, sizeof key, "%s.%s", K_FORM, name);
  NEOERR *err = hdf_set_value(r->hdf, key, v ? v : "");
  nerr_ignore(&err);
  return v && *v ? v : NULL;
}

/* Who it goes to: the competent unit of the dossier named, else the unit chosen. */
static int route_to(struct req *r, struct owner *o)
{
  const char *code = keep(r, "ma", IN_FB_CODE);
  static const struct db_field of[] = {
    DB_INT_FIELD(struct owner, id), DB_INT_FIELD(struct owner, unit), DB_TEXT_FIELD(struct owner, name_masked),
  };
  memset(o, 0, sizeof *o);
  if (code) {
    int got = dcode_valid(code) ? db_get(DB_Q(FB_DOSSIER, code), of, 3, o) : 0;
    if (got < 0) return 503;
    if (!got) app_error(r, "ma", "Lang.feedback.err_code");
    return 0;
  }
  static const struct db_field idf[] = { DB_INT_FIELD(struct found, id) };
  struct found f;
  keep(r, "don_vi", IN_FB_UNIT);
  int got = r->id[IN_FB_UNIT] ? db_get(DB_Q(FB_UNIT_OK, r->id[IN_FB_UNIT]), idf, 1, &f) : 0;
  if (got < 0) return 503;
  if (!got) app_error(r, "don_vi", "Lang.feedback.err_unit");
  o->unit = got ? f.id : 0;
  return 0;
}

/* POST /phan-anh  — ma (dossier code, optional), ho_ten, lien_he (phone or
 * email), don_vi (when no dossier), noi_dung, cong_khai (1: may be
 * published, masked). 303 to the item's own page (its QR link); 422. */
int page_feedback_post(struct req *r)
{
  static const struct db_field idf[] = { DB_INT_FIELD(struct found, id) };
  struct found f;
  int got = db_get(DB_Q(FB_BY_KEY, r->fid), idf, 1, &f);
  if (got < 0) return 503;
  char code[24], masked[160], phone[16];
  if (got == 1 && stats_fb_code(f.id, code, sizeof code) == 0) return link_redirect(r, LINK_FEEDBACK, code);
  struct owner o;
  int st = route_to(r, &o);
  if (st) return st;
  const char *name = keep(r, "ho_ten", IN_FB_NAME), *contact = keep(r, "lien_he", IN_FB_CONTACT);
  const char *body = keep(r, "noi_dung", IN_FB_BODY);
  keep(r, "cong_khai", IN_FB_PUBLISH);
  if (!name || !valid_person_name(name)) app_error(r, "ho_ten", "Lang.err.name");
  if (!contact || !(valid_phone(contact, phone, sizeof phone) || valid_email(contact))) app_error(r, "lien_he", "Lang.feedback.err_contact");
  if (!body || strlen(body) < 10) app_error(r, "noi_dung", "Lang.feedback.err_body");
  if (hdf_get_obj(r->hdf, K_ERRORS)) return form_page(r) == 200 ? 422 : 503;
  if (mask_name(name, masked, sizeof masked) != 0) return 500;
  struct feedback_new fb = { o.unit, o.id, "web", body, name, masked, contact,
                             r->val[IN_FB_PUBLISH] && strcmp(r->val[IN_FB_PUBLISH], "1") == 0, r->fid };
  long id;
  if (feedback_open(r, &fb, &id) != 0) return 503;
  if (stats_fb_code(id, code, sizeof code) != 0) return 500;
  return link_redirect(r, LINK_FEEDBACK, code);
}

/* The item of the path, if the token matches: Page.f. 0, 404 or 503. */
static int load(struct req *r, const char *token)
{
  long id = stats_fb_parse(r->segment);
  if (!id || !token || !token_check(app_key, r->segment, token)) return 404;
  int n = db_row(DB_Q(FB_VIEW, id), r->hdf, "Page.f");
  if (n < 0) return 503;
  if (n == 0) return 404;
  static const char *const times[] = { "created", "due", "answered" };
  app_set_times(hdf_get_obj(r->hdf, "Page.f"), times, 3);
  char url[256];
  if (link_dossier(url, sizeof url, LINK_FEEDBACK, r->segment) != 0) return 500;
  NEOERR *err = hdf_set_value(r->hdf, "Page.f.code", r->segment);
  if (!err) err = hdf_set_value(r->hdf, "Page.f.path", url);
  if (!err) err = hdf_set_valuef(r->hdf, "Page.f.url=%s%s", app_conf("Site.base", ""), url);
  if (err) { nerr_ignore(&err); return 500; }
  return 0;
}

/* GET /phan-anh/{code}?k={token}  — where the item stands, the answer, and the sender's verdict form. */
int page_feedback_show(struct req *r)
{
  int st = load(r, r->val[IN_FBV_K]);
  return st ? st : 200;
}

/* POST /phan-anh/{code}?k={token}  — ket_qua: "da-giai-quyet" closes it;
 * "chua-giai-quyet" reopens it once (ly_do, a new deadline), and after
 * that closes it as not resolved (counted, never hidden). 303; 422. */
int page_feedback_verdict(struct req *r)
{
  int st = load(r, r->val[IN_FBV_K]);
  if (st) return st;
  HDF *f = hdf_get_obj(r->hdf, "Page.f");
  long id = hdf_get_int_value(f, "id", 0), unit = hdf_get_int_value(f, "unit_id", 0);
  long version = hdf_get_int_value(f, "version", 0);
  const char *v = r->val[IN_FBV_VERDICT] ? r->val[IN_FBV_VERDICT] : "";
  const char *note = r->val[IN_FBV_NOTE] ? r->val[IN_FBV_NOTE] : "";
  int resolved = strcmp(v, "da-giai-quyet") == 0, unresolved = strcmp(v, "chua-giai-quyet") == 0;
  if (!resolved && !unresolved) { app_error(r, "ket_qua", "Lang.feedback.err_verdict"); return 422; }
  char now[24], due[24] = "";
  cal_format_sql(now, sizeof now, r->now);
  const char *to = resolved ? "closed" : hdf_get_int_value(f, "reopens", 0) ? "closed_unresolved" : "reopened";
  long n;
  if (strcmp(to, "reopened") == 0) {
    if (!*note) { app_error(r, "ly_do", "Lang.feedback.err_reason"); return 422; }
    if (feedback_due(r, due, sizeof due) != 0) return 503;
    n = db_exec(DB_Q(FB_REOPEN, due, note, id, version), NULL);
  } else {
    n = db_exec(DB_Q(FB_CLOSE, to, id, version, to), NULL);
  }
  if (n < 0) return 503;
  if (n == 0) { app_error(r, "ket_qua", "Lang.feedback.err_state"); return 422; }
  if (db_exec(DB_Q(FB_EVENT, id, unit, now, to, *due ? due : NULL), NULL) < 0) return 503;
  return link_redirect(r, LINK_FEEDBACK, r->segment);
}
