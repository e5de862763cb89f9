/* intake-form.c: the submission form of a procedure: shown, and its procedure-specific answers and files checked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "domain/intake-agent.h"
#include "domain/intake-form.h"
#include "domain/queue.h"
#include "domain/refdata.h"
#include "rules/cal.h"
#include "rules/valid.h"

/* A select field's options ("a|b|c") as Page.options.<field>.N for the template. */
static int split_options(struct req *r)
{
  for (HDF *f = hdf_get_child(r->hdf, "Page.pfields"); f; f = hdf_obj_next(f)) {
    if (strcmp(hdf_get_value(f, "kind", ""), "select") != 0) continue;
    const char *fname = hdf_get_value(f, "name", "");
    int i = 0;
    for (const char *p = hdf_get_value(f, "options", ""); *p; i++) {
      size_t len = strcspn(p, "|");
      char key[128], *v = strndup(p, len);
      snprintf(key, sizeof key, "Page.options.%s.%d", fname, i);
      if (!v || hdf_set_buf(r->hdf, key, v) != STATUS_OK) return -1;
      if (!p[len]) break;
      p += len + 1;
    }
  }
  return 0;
}

int intake_form(struct req *r, enum intake_channel ch, const char *code)
{
  int st = form_load(r, ch, code, NULL);
  if (st == 200 && ch == INTAKE_COUNTER && r->id[IN_TICKET] && queue_intake_check(r, r->id[IN_TICKET], 0) < 0)
    return 503;
  if (st != 200 || (ch != INTAKE_AGENT && ch != INTAKE_POSTAL)) return st;
  if ((st = agent_form(r, ch)) != 0) return st;
  return r->id[IN_DRAFT] ? agent_draft_load(r, ch, code, r->id[IN_DRAFT]) : 200;
}

int form_load(struct req *r, enum intake_channel ch, const char *code, struct procedure *p)
{
  struct procedure tmp;
  if (!p) p = &tmp;
  int st = procedure_load(r, code, 1, p);
  if (st != 200) return st;
  static const char *const action[] = {
    [INTAKE_ONLINE] = "/nop-ho-so", [INTAKE_COUNTER] = "/can-bo/tiep-nhan", [INTAKE_AGENT] = "/dai-ly/nop",
    [INTAKE_POSTAL] = "/dai-ly/buu-chinh",
  };
  NEOERR *err = hdf_set_valuef(r->hdf, "Page.action=%s/%s", action[ch], code);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.counter", ch == INTAKE_COUNTER);
  if (!err && r->method == M_GET) err = hdf_set_value(r->hdf, K_FORM ".nhan_ket_qua", "counter");
  if (err) { nerr_ignore(&err); return 500; }
  if (split_options(r) != 0) return 500;
  /* A POST checks the ward against the worker's list (intake.c) and shows
   * them only with the form again (form_show_wards). */
  if (r->method == M_GET && form_show_wards(p) != 0) return 503;
  return 200;
}

int form_show_wards(const struct procedure *p)
{
  if (strcmp(p->level, "ward") != 0) return 0;
  return refdata_wards_shown() < 0 ? -1 : 0;
}

/* Keeps what was typed (squeezed, or only trimmed at the ends when
 * multi-line) as Page.form.<name>, so the form comes back filled in;
 * returns the kept value, or NULL when absent or not valid UTF-8. */
const char *form_keep(struct req *r, const char *name, const char *v, int multiline)
{
  if (!v) return NULL;
  if (!valid_utf8(v, strlen(v))) { app_error(r, name, "Lang.err.encoding"); return NULL; }
  char *copy = strdup(v);
  if (!copy) return NULL;
  if (!multiline) valid_squeeze(copy);
  size_t n = strlen(copy);
  while (n && strchr(" \n\r\t", copy[n - 1])) copy[--n] = '\0';
  char key[96];
  snprintf(key, sizeof key, "%s.%s", K_FORM, name);
  if (hdf_set_buf(r->hdf, key, copy) != STATUS_OK) return NULL;
  return hdf_get_value(r->hdf, key, NULL);
}

const char *form_text(struct req *r, const char *name, const char *v, size_t max, int multiline, int required)
{
  v = form_keep(r, name, v, multiline);
  if (hdf_get_valuef(r->hdf, "%s.%s", K_ERRORS, name)) return NULL;
  if (!v || !*v) {
    if (required) app_error(r, name, "Lang.err.required");
    return NULL;
  }
  if (valid_utf8_chars(v) > max) { app_error(r, name, "Lang.err.too_long"); return NULL; }
  if (!valid_text(v, max, multiline)) { app_error(r, name, "Lang.err.text"); return NULL; }
  return v;
}

static int option_ok(const char *options, const char *v)
{
  size_t n = strlen(v);
  for (const char *p = options; *p;) {
    size_t len = strcspn(p, "|");
    if (len == n && strncmp(p, v, n) == 0) return 1;
    if (!p[len]) break;
    p += len + 1;
  }
  return 0;
}

/* The procedure's own fields (rows of proc_field): each answer checked by its kind. */
void form_check_pfields(struct req *r, int32_t today)
{
  for (HDF *f = hdf_get_child(r->hdf, "Page.pfields"); f; f = hdf_obj_next(f)) {
    const char *fname = hdf_get_value(f, "name", "");
    const char *kind = hdf_get_value(f, "kind", "text");
    char name[64];
    snprintf(name, sizeof name, "f_%s", fname);
    const char *v = form_text(r, name, app_field(r, IN_PFIELD, fname), (size_t)hdf_get_int_value(f, "max_len", 200),
                              strcmp(kind, "textarea") == 0, hdf_get_int_value(f, "required", 0));
    if (!v) continue;
    int32_t d;
    long n;
    if (strcmp(kind, "date") == 0 && (cal_parse_date(v, &d) != 0 || d > today + 366 * 10))
      app_error(r, name, "Lang.err.date");
    else if (strcmp(kind, "number") == 0 && !valid_int(v, 0, 1000000000L, &n))
      app_error(r, name, "Lang.err.number");
    else if (strcmp(kind, "select") == 0 && !option_ok(hdf_get_value(f, "options", ""), v))
      app_error(r, name, "Lang.err.option");
    else if (strcmp(kind, "idnumber") == 0 && !valid_idnumber(v))
      app_error(r, name, "Lang.err.idnumber");
  }
}

/* One document's file: a new upload, or one kept from an earlier attempt
 * of the same form (a phone cannot re-attach files after a typo elsewhere). */
static const char *one_file(struct req *r, int pos, struct upload *u)
{
  char suffix[16];
  snprintf(suffix, sizeof suffix, "%d", pos);
  memset(u, 0, sizeof *u);
  u->pos = pos;
  FILE *fp = app_file(r, IN_FILE, suffix);
  const char *err = fp ? upload_store(r, fp, u) : NULL;
  const char *kept = app_field(r, IN_KEEP, suffix);
  if (!err && !u->size && kept && *kept) err = upload_kept(r, pos, kept, u);
  if (err || !u->size) return err;
  upload_clean_name(fp ? app_file_name(r, IN_FILE, suffix) : app_field(r, IN_KEPT_NAME, suffix), u->ext, pos,
                    u->name, sizeof u->name);
  char ref[128];
  if (upload_keep_ref(r, pos, u->sha, ref, sizeof ref) != 0) return "Lang.err.file_read";
  NEOERR *e1 = hdf_set_valuef(r->hdf, "Page.kept.%d.sha=%s", pos, ref);
  NEOERR *e2 = hdf_set_valuef(r->hdf, "Page.kept.%d.name=%s", pos, u->name);
  nerr_ignore(&e1);
  nerr_ignore(&e2);
  return NULL;
}

int form_check_files(struct req *r, struct upload *ups, int max)
{
  long total = 0;
  int n = 0;
  for (HDF *d = hdf_get_child(r->hdf, "Page.docs"); d && n < max; d = hdf_obj_next(d)) {
    int pos = hdf_get_int_value(d, "pos", 0);
    char field[32];
    snprintf(field, sizeof field, "tep_%d", pos);
    const char *err = one_file(r, pos, &ups[n]);
    if (err) { app_error(r, field, err); continue; }
    if (!ups[n].size) {
      if (hdf_get_int_value(d, "required", 0)) app_error(r, field, "Lang.err.file_required");
      continue;
    }
    total += ups[n].size;
    n++;
  }
  if (total > FORM_MAX_TOTAL) app_error(r, "tep", "Lang.err.files_total");
  return n;
}
