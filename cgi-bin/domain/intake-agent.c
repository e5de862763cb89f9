/* intake-agent.c: a post-office agent's part of an intake: consent, who was present, fees, the paper slip, drafts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "core/log.h"
#include "domain/audit.h"
#include "domain/intake-agent.h"
#include "domain/privacy.h"
#include "rules/token.h"
#include "domain/intake-form.h"
#include "domain/link.h"
#include "rules/cal.h"
#include "rules/valid.h"

struct serial { long last; };

int agent_s10_next(const char *service, char out[S10_MAX])
{
  static const struct db_field f[] = { DB_INT_FIELD(struct serial, last) };
  struct serial s;
  if (db_exec(DB_Q(S10_BUMP, service), NULL) < 0 || db_get(DB_Q(S10_GET, service), f, 1, &s) != 1) return -1;
  return s10_format(out, S10_MAX, service, (unsigned long)s.last, "VN");
}

/* The fees in force (settings fee.*): VND, 0 when unset. */
static long fee(HDF *settings, const char *name)
{
  for (HDF *s = hdf_obj_child(settings); s; s = hdf_obj_next(s))
    if (strcmp(hdf_get_value(s, "name", ""), name) == 0) return strtol(hdf_get_value(s, "value", "0"), NULL, 10);
  return 0;
}

/* The agent's service fee; the postage the citizen pays: carrying a paper
 * dossier, and its result when it goes back by post (the city pays the
 * postage of results of dossiers filed online, from 1/1/2026). */
static int fees(struct req *r, enum intake_channel ch, const char *return_method, struct agent_intake *a)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int n = db_rows(DB_Q0(SETTINGS), h, "s");
  HDF *s = hdf_get_obj(h, "s");
  a->service_fee = n < 0 ? 0 : fee(s, "fee.agent_service");
  long dossier = fee(s, "fee.post_dossier"), result = fee(s, "fee.post_result");
  a->postal_fee = ch == INTAKE_POSTAL ? dossier + (return_method && strcmp(return_method, "post") == 0 ? result : 0) : 0;
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.fees.service", (int)a->service_fee);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.fees.dossier", ch == INTAKE_POSTAL ? (int)dossier : 0);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.fees.result", ch == INTAKE_POSTAL ? (int)result : 0);
  hdf_destroy(&h);
  if (err) { nerr_ignore(&err); return -1; }
  return n < 0 ? -1 : 0;
}

int agent_form(struct req *r, enum intake_channel ch)
{
  struct agent_intake a;
  memset(&a, 0, sizeof a);
  NEOERR *err = hdf_set_value(r->hdf, "Page.channel", ch == INTAKE_POSTAL ? "postal" : "agent");
  if (err) { nerr_ignore(&err); return 500; }
  return fees(r, ch, "counter", &a) == 0 ? 0 : 503;
}

/* Paper: the documents of the published list the agent counted in
 * (giay_<pos>), as "1,2"; each missing one is explained to the citizen on
 * the slip, never a reason to refuse. */
static void counted(struct req *r, struct agent_intake *a)
{
  size_t len = 0;
  for (HDF *d = hdf_get_child(r->hdf, "Page.docs"); d; d = hdf_obj_next(d)) {
    const char *pos = hdf_get_value(d, "pos", "");
    const char *v = app_field(r, IN_DOC, pos);
    if (!v || strcmp(v, "1") != 0) continue;
    char key[32];
    snprintf(key, sizeof key, "giay_%s", pos);
    NEOERR *err = hdf_set_valuef(r->hdf, "%s.%s=1", K_FORM, key);
    nerr_ignore(&err);
    int k = snprintf(a->docs + len, sizeof a->docs - len, "%s%s", len ? "," : "", pos);
    if (k > 0 && (size_t)k < sizeof a->docs - len) len += (size_t)k;
  }
}

void agent_read(struct req *r, enum intake_channel ch, const char *return_method, struct agent_intake *a)
{
  memset(a, 0, sizeof *a);
  const char *yes = form_keep(r, "dong_y", r->val[IN_CONSENT], 0);
  if (!yes || strcmp(yes, "1") != 0) app_error(r, "dong_y", "Lang.agent.err_consent");
  else a->consent = app_lang(ch == INTAKE_POSTAL ? "Lang.agent.consent_postal" : "Lang.agent.consent");
  a->present = form_text(r, "co_mat", r->val[IN_PRESENT], 200, 0, 1);
  if (ch == INTAKE_POSTAL) counted(r, a);
  if (fees(r, ch, return_method, a) != 0) app_error(r, "dong_y", "Lang.staff.err_busy");
}

int agent_write(struct req *r, enum intake_channel ch, const struct agent_intake *a, long dossier_id,
                const char *code)
{
  char s10[S10_MAX] = "", now_s[24], detail[200];
  if (ch == INTAKE_POSTAL && agent_s10_next(S10_SLIP, s10) != 0) return 503;
  cal_format_sql(now_s, sizeof now_s, r->now);
  const char *name = hdf_get_value(r->hdf, "Page.staff.full_name", r->username);
  if (db_exec(DB_Q(AGENT_RECORD_INSERT, dossier_id, r->user_unit, r->user_id, name, a->consent ? a->consent : "",
                   a->present ? a->present : "", a->docs, a->service_fee, a->postal_fee, s10, now_s), NULL) < 0)
    return 503;
  snprintf(detail, sizeof detail, "%s%s%s", code, s10[0] ? " " : "", s10);
  if (audit_write(r, ch == INTAKE_POSTAL ? "agent_postal" : "agent_submit", dossier_id, detail) != 0) return 503;
  if (r->id[IN_DRAFT] && db_exec(DB_Q(DRAFT_DELETE, r->id[IN_DRAFT], r->user_id), NULL) < 0) return 503;
  return 0;
}

/* Every typed field of the form, unchecked: a draft keeps what is there. */
static void keep_all(struct req *r)
{
  static const struct { int slot; const char *name; } fields[] = {
    { IN_NAME, "ho_ten" }, { IN_IDNUMBER, "so_dinh_danh" }, { IN_BIRTH, "ngay_sinh" }, { IN_PHONE, "dien_thoai" },
    { IN_EMAIL, "email" }, { IN_ADDRESS, "dia_chi" }, { IN_AGENCY, "co_quan" }, { IN_RETURN, "nhan_ket_qua" },
    { IN_PRESENT, "co_mat" },
  };
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) form_keep(r, fields[i].name, r->val[fields[i].slot], 0);
  for (HDF *f = hdf_get_child(r->hdf, "Page.pfields"); f; f = hdf_obj_next(f)) {
    char name[64];
    snprintf(name, sizeof name, "f_%s", hdf_get_value(f, "name", ""));
    form_keep(r, name, app_field(r, IN_PFIELD, hdf_get_value(f, "name", "")), 1);
  }
}

#define DRAFT_FIELD "agent_draft.data"
#define DRAFT_FILES (FORM_MAX_DOCS * 65 + 1)

char *agent_draft_seal(long agent, const char *data)
{
  char who[32];
  snprintf(who, sizeof who, "agent-%ld", agent);
  return privacy_seal_text(1, DRAFT_FIELD, who, data);
}

void agent_draft_files(const char *data, char *files, size_t n)
{
  HDF *h;
  files[0] = '\0';
  if (hdf_init(&h) != STATUS_OK) return;
  NEOERR *err = hdf_read_string(h, data);
  nerr_ignore(&err);
  size_t used = 0;
  for (HDF *k = hdf_get_child(h, "kept"); k; k = hdf_obj_next(k)) {
    int w = snprintf(files + used, n - used, "%s%.64s", used ? " " : "", hdf_get_value(k, "sha", ""));
    if (w < 0 || (size_t)w >= n - used) break;
    used += (size_t)w;
  }
  hdf_destroy(&h);
}

/* The draft's data as stored: sealed (db/017); one saved before, in
 * clear until motcua-admin seal runs, as it is. malloc'd, or NULL. */
static char *draft_open(long agent, const char *stored)
{
  char who[32];
  snprintf(who, sizeof who, "agent-%ld", agent);
  return seal_is_sealed(stored) ? privacy_open_text(1, DRAFT_FIELD, who, stored) : strdup(stored);
}

int agent_draft_save(struct req *r, enum intake_channel ch, const char *proc_code)
{
  static struct upload ups[FORM_MAX_DOCS];
  keep_all(r);
  struct agent_intake a;
  if (ch == INTAKE_POSTAL) counted(r, &a);
  else {
    upload_writer_keeps();   /* the draft's files: read back when it is taken up again */
    form_check_files(r, ups, FORM_MAX_DOCS);
  }
  NEOERR *err = hdf_remove_tree(r->hdf, K_ERRORS);
  nerr_ignore(&err);
  HDF *keep;
  char *data = NULL, now_s[24];
  if (hdf_init(&keep) != STATUS_OK) return 500;
  err = hdf_copy(keep, "form", hdf_get_obj(r->hdf, K_FORM));
  /* The draft keeps its form id: its files stay bound to it (upload.c). */
  if (!err) err = hdf_set_value(keep, "fid", r->fid);
  if (!err && hdf_get_obj(r->hdf, "Page.kept")) err = hdf_copy(keep, "kept", hdf_get_obj(r->hdf, "Page.kept"));
  if (!err) err = hdf_write_string(keep, &data);
  hdf_destroy(&keep);
  if (err) { nerr_ignore(&err); free(data); return 500; }
  char files[DRAFT_FILES], *sealed = agent_draft_seal(r->user_id, data);
  agent_draft_files(data, files, sizeof files);
  privacy_free_text(data);
  if (!sealed) return 500;
  cal_format_sql(now_s, sizeof now_s, r->now);
  unsigned long long id = (unsigned long long)r->id[IN_DRAFT];
  long n = id ? db_exec(DB_Q(DRAFT_UPDATE, now_s, sealed, files, (long)id, r->user_id), NULL)
              : db_exec(DB_Q(DRAFT_INSERT, r->user_id, r->user_unit, ch == INTAKE_POSTAL ? "postal" : "agent",
                             proc_code, now_s, sealed, files), &id);
  free(sealed);
  if (n < 0 || (!r->id[IN_DRAFT] && n == 0)) return 503;
  if (audit_write(r, "agent_draft", 0, proc_code) != 0) return 503;
  return app_redirect(r, "%s/%s?nhap=%llu", ch == INTAKE_POSTAL ? "/dai-ly/buu-chinh" : "/dai-ly/nop", proc_code, id);
}

struct draft { long id; char channel[16], proc_code[40], data[131072], saved[24]; };

int agent_draft_load(struct req *r, enum intake_channel ch, const char *proc_code, long id)
{
  static const struct db_field f[] = {
    DB_INT_FIELD(struct draft, id), DB_TEXT_FIELD(struct draft, channel), DB_TEXT_FIELD(struct draft, proc_code),
    DB_TEXT_FIELD(struct draft, data), DB_TEXT_FIELD(struct draft, saved),
  };
  static struct draft d;
  int n = db_get(DB_Q(DRAFT_GET, id, r->user_id), f, sizeof f / sizeof *f, &d);
  if (n < 0) return 503;
  if (n == 0 || strcmp(d.proc_code, proc_code) != 0 || strcmp(d.channel, ch == INTAKE_POSTAL ? "postal" : "agent") != 0)
    return 404;
  HDF *keep;
  char *clear = draft_open(r->user_id, d.data);
  if (!clear || hdf_init(&keep) != STATUS_OK) { privacy_free_text(clear); return 500; }
  NEOERR *err = hdf_read_string(keep, clear);
  privacy_free_text(clear);
  if (!err && hdf_get_obj(keep, "form")) err = hdf_copy(r->hdf, K_FORM, hdf_get_obj(keep, "form"));
  if (!err && hdf_get_obj(keep, "kept")) err = hdf_copy(r->hdf, "Page.kept", hdf_get_obj(keep, "kept"));
  if (!err) err = hdf_set_int_value(r->hdf, "Page.draft", (int)id);
  /* Opened again, the form is the draft's own (one draft, one dossier) and
   * its files go back to that form's staging, where giu_<pos> finds them. */
  const char *fid = hdf_get_value(keep, "fid", "");
  if (!err && token_shape_ok(fid)) {
    if (csrf_issue(r, fid) != 0) err = nerr_raise(NERR_ASSERT, "draft form token");
    for (HDF *k = hdf_get_obj(r->hdf, "Page.kept") ? hdf_obj_child(hdf_get_obj(r->hdf, "Page.kept")) : NULL; !err && k;
         k = hdf_obj_next(k)) {
      char sha[65];
      snprintf(sha, sizeof sha, "%.64s", hdf_get_value(k, "sha", ""));  /* "<sha>.<mac>" */
      if (upload_restage(fid, sha) != 0) err = nerr_raise(NERR_IO, "draft file %s", sha);
    }
  }
  if (!err) err = hdf_set_value(r->hdf, "Page.draft_saved", d.saved);
  hdf_destroy(&keep);
  if (err) { nerr_ignore(&err); return 500; }
  if (app_set_datetime(r->hdf, "Page.t_draft", d.saved) != 0) return 500;
  return 200;
}
