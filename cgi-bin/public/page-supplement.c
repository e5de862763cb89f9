/* page-supplement.c: the holder answers the unit: a requested supplement uploaded, the electronic result downloaded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "domain/calendar.h"
#include "domain/link.h"
#include "domain/upload.h"
#include "public/public.h"
#include "rules/cal.h"
#include "rules/token.h"

/* What the unit asked the citizen to supplement: the note of the latest
 * supplement_requested event, as Page.request. */
static int set_request(struct req *r)
{
  const char *note = app_last_match(hdf_get_obj(r->hdf, "Page.events"), "ev_status", "supplement_requested", "ev_note");
  if (note && hdf_set_value(r->hdf, "Page.request", note) != STATUS_OK) return 500;
  return 200;
}

/* GET /ho-so/{code}/bo-sung?k={token}  — the upload form for a requested supplement. */
int page_supplement_form(struct req *r)
{
  int st = dossier_load(r, r->val[IN_K]);
  return st ? st : set_request(r);
}

/* The files sent (tep_1..tep_3), stored by content; how many, messages next to each. */
static int read_files(struct req *r, struct upload *ups)
{
  int n = 0;
  for (int i = 1; i <= 3; i++) {
    char suffix[12], field[16];
    snprintf(suffix, sizeof suffix, "%d", i);
    snprintf(field, sizeof field, "tep_%d", i);
    FILE *fp = app_file(r, IN_SUPPLEMENT_FILE, suffix);
    if (!fp) continue;
    memset(&ups[n], 0, sizeof ups[n]);
    const char *bad = upload_store(fp, &ups[n]);
    if (bad) { app_error(r, field, bad); continue; }
    if (!ups[n].size) continue;
    upload_clean_name(app_file_name(r, IN_SUPPLEMENT_FILE, suffix), ups[n].ext, i, ups[n].name, sizeof ups[n].name);
    n++;
  }
  return n;
}

/* POST /ho-so/{code}/bo-sung?k={token}  — tep_1..tep_3: the documents asked
 * for (PDF, JPEG, PNG). The dossier goes back to processing through the
 * public_supplement procedure, its time limit counted again from now.
 * 303 to the status page; 422 when no valid file or nothing was asked. */
int page_supplement_post(struct req *r)
{
  int st = dossier_load(r, r->val[IN_SUPPLEMENT_K]);
  if (st) return st;
  if ((st = set_request(r)) != 200) return st;
  if (strcmp(hdf_get_value(r->hdf, "Page.d.status", ""), "supplement_requested") != 0) {
    app_error(r, "tep_1", "Lang.supplement.not_asked");
    return 422;
  }
  struct upload ups[3];
  int n = read_files(r, ups);
  if (hdf_get_obj(r->hdf, K_ERRORS)) return 422;
  if (n == 0) { app_error(r, "tep_1", "Lang.err.file_required"); return 422; }
  struct cal_rules rules;
  if (calendar_rules(&rules) != 0) return 503;
  char due[24];
  HDF *d = hdf_get_obj(r->hdf, "Page.d");
  cal_format_sql(due, sizeof due, cal_due(&rules, r->now, hdf_get_int_value(d, "limit_days", 0),
                                          cal_unit_parse(hdf_get_value(d, "limit_unit", "working"))));
  long id = hdf_get_int_value(d, "id", 0);
  for (int i = 0; i < n; i++)
    if (db_exec(DB_Q(ATTACH_INSERT, id, 0L, ups[i].name, ups[i].mime, ups[i].size, ups[i].sha), NULL) < 0) return 503;
  if (db_exec(DB_Q(SUPPLEMENT, r->segment, due, app_lang("Lang.supplement.event_note")), NULL) < 0) {
    if (db_errno() == DB_ER_SIGNAL) { app_error(r, "tep_1", "Lang.supplement.not_asked"); return 422; }
    return 503;
  }
  return link_redirect(r, LINK_STATUS, r->segment);
}

/* GET /ho-so/{code}/ket-qua?k={token}  — the electronic result (PDF), once the unit has attached it. */
int page_supplement_result(struct req *r)
{
  if (!r->val[IN_K] || !token_check(app_key, r->segment, r->val[IN_K])) return 404;
  int n = db_row(DB_Q(RESULT_GET, r->segment), r->hdf, "Page.res");
  if (n < 0) return 503;
  if (n == 0) return 404;
  int rc = upload_read(hdf_get_value(r->hdf, "Page.res.result_sha", ""), &r->body, &r->body_len);
  if (rc) return rc == -1 ? 404 : 500;
  r->ctype = "application/pdf";
  r->body_free = free;
  static char name[256];   /* r->download points here until the response is sent */
  snprintf(name, sizeof name, "%s", hdf_get_value(r->hdf, "Page.res.result_name", "ket-qua.pdf"));
  r->download = name;
  return 201;
}
