/* input.c: the route's declared inputs, validated into r->val[] by slot; the only reader of the raw query. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include "core/app.h"
#include "rules/dcode.h"
#include "rules/token.h"
#include "rules/valid.h"

/* --- the request's HDF, cheaply ---------------------------------------
 * cgi_init formats and looks up ~130 CGI.*, HTTP.* and SSL.* names on
 * every request (a third of a status page's instructions), which nothing
 * here reads. A GET gets only what ClearSilver's own parsing would give:
 * Query.* from the query string (a repeated name as a node with children
 * 0, 1, ...; '+' and %xx decoded; an empty name as _N, a leading '.' as
 * '_') and Cookie.* from the Cookie header. A POST gets the same, and
 * the body's length for cgi_parse (its ~130 other variables were 150k
 * instructions a POST, 8% of a submission's; BENCHMARKS.md, issue 12
 * session 6). */
static NEOERR *query_pair(HDF *hdf, char *k, int *unnamed)
{
  char name[256], numbered[16];
  char *v = strchr(k, '=');
  if (v) *v++ = '\0';
  else v = "";
  if (*k == '\0') { snprintf(numbered, sizeof numbered, "_%d", (*unnamed)++); k = numbered; }
  else if (*k == '.') *k = '_';
  snprintf(name, sizeof name, "Query.%s", cgi_url_unescape(k));
  cgi_url_unescape(v);
  HDF *obj = hdf_get_obj(hdf, name);
  NEOERR *err = STATUS_OK;
  if (obj) {
    int i = 0;
    HDF *child = hdf_obj_child(obj);
    if (!child) { err = hdf_set_value(obj, "0", hdf_obj_value(obj)); i = 1; }
    for (; child; child = hdf_obj_next(child)) i++;
    snprintf(numbered, sizeof numbered, "%d", i);
    if (!err) err = hdf_set_value(obj, numbered, v);
  }
  if (!err) err = hdf_set_value(hdf, name, v);
  if (nerr_match(err, NERR_ASSERT)) nerr_ignore(&err); /* a name HDF cannot hold: left out, as cgi_init does */
  return nerr_pass(err);
}

static NEOERR *cookie_pairs(HDF *hdf, const char *header)
{
  NEOERR *err = hdf_set_value(hdf, "Cookie", header);
  HDF *obj = err ? NULL : hdf_get_obj(hdf, "Cookie");
  char *copy = obj ? strdup(header) : NULL;
  if (!err && !copy) err = nerr_raise(NERR_NOMEM, "cookie copy");
  for (char *k = copy, *l = copy; !err && k && *k; k = l) {
    char *v = "";
    while (*l && *l != '=' && *l != ';') l++;
    if (*l == '=') {
      *l++ = '\0';
      v = l;
      while (*l && *l != ';') l++;
    }
    if (*l) *l++ = '\0';
    k = neos_strip(k);
    v = neos_strip(v);
    if (k[0] && v[0]) err = hdf_set_value(obj, k, v);
    if (nerr_match(err, NERR_ASSERT)) nerr_ignore(&err);
  }
  free(copy);
  return nerr_pass(err);
}

NEOERR *input_cgi(CGI **out, const char *method, const char *q, const char *cookie, const char *clen)
{
  static int registered;
  int post = method && strcmp(method, "POST") == 0;
  if (!registered || !method || (!post && strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)) {
    registered = 1;   /* the first one also registers ClearSilver's error types */
    return nerr_pass(cgi_init(out, NULL));
  }
  CGI *cgi = calloc(1, sizeof *cgi);
  if (!cgi) return nerr_raise(NERR_NOMEM, "request");
  NEOERR *err = hdf_init(&cgi->hdf);
  if (!err) err = hdf_set_value(cgi->hdf, "CGI.RequestMethod", method);
  /* A POST's body is read by cgi_parse (input_body, which sets CGI.ContentType
   * to the type it checked): it needs only the length besides. */
  if (!err && post && clen && *clen) err = hdf_set_value(cgi->hdf, "CGI.ContentLength", clen);
  char *query = !err && q && *q ? strdup(q) : NULL;
  if (!err && q && *q && !query) err = nerr_raise(NERR_NOMEM, "query copy");
  if (!err && query) err = hdf_set_value(cgi->hdf, "CGI.QueryString", q);
  int unnamed = 0;
  char *save = NULL;
  for (char *k = query ? strtok_r(query, "&", &save) : NULL; !err && k && *k; k = strtok_r(NULL, "&", &save))
    err = query_pair(cgi->hdf, k, &unnamed);
  free(query);
  if (!err && cookie) err = hdf_set_value(cgi->hdf, "HTTP.Cookie", cookie);
  if (!err && cookie) err = cookie_pairs(cgi->hdf, cookie);
  if (err) { cgi_destroy(&cgi); return nerr_pass(err); }
  *out = cgi;
  return STATUS_OK;
}

/* Matches path against pattern; '*' takes exactly one non-empty segment. */
int input_match(const char *pattern, const char *path, char *seg, size_t segsz)
{
  const char *p = pattern, *s = path;
  while (*p) {
    if (*p == '*') {
      const char *end = strchr(s, '/');
      size_t n = end ? (size_t)(end - s) : strlen(s);
      if (n == 0 || n >= segsz) return 0;
      memcpy(seg, s, n);
      seg[n] = '\0';
      s += n;
      p++;
      continue;
    }
    if (*p != *s) return 0;
    p++;
    s++;
  }
  return *s == '\0';
}

static int pcode_ok(const char *v)
{
  size_t n = strlen(v);
  if (n == 0 || n > 32) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = v[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
      return 0;
  }
  return 1;
}

int input_valid(enum vkind kind, const char *v, int max)
{
  size_t n = strlen(v);
  long id;
  switch (kind) {
  case V_NONE:   return 0;
  case V_TEXT:   return valid_text(v, (size_t)max, 0);
  case V_SLUG:   return valid_slug(v, (size_t)max);
  case V_TOKEN:  return token_shape_ok(v);
  case V_DIGITS:
    if (n != (size_t)max) return 0;
    for (size_t i = 0; i < n; i++) if (v[i] < '0' || v[i] > '9') return 0;
    return 1;
  case V_DCODE:  return dcode_valid(v);
  case V_LINES:  return valid_text(v, (size_t)max, 1);
  case V_SECRET: return valid_utf8(v, n) && n >= 1 && valid_utf8_chars(v) <= (size_t)max;
  case V_PCODE:  return pcode_ok(v);
  case V_ID:     return valid_int(v, 1, 999999999999999999L, &id);
  case V_RAW:    return 1;
  case V_FILE:   return 0;
  }
  return 0;
}

/* ClearSilver's multipart parser keeps the last boundary in statics and
 * trusts it: a body without one crashed the worker (issue 10), and its
 * reading of the header's parameters differs from ours (fuzzing found a
 * header both accept with different boundaries). So only the two form
 * encodings reach it, and it is handed the header as we read it:
 * "multipart/form-data; boundary=\"<the one we checked>\"" (quoted: a boundary may hold spaces). */
/* Where ClearSilver writes a file part: by default /var/tmp/cgi_upload.XXXXXX,
 * unlinked at once, which domain/upload.c then copied into the form's
 * staging (a second file created, written, renamed; the form's folder made
 * and removed). For a route that takes files it is the upload store's
 * staging/ instead, and the file keeps its name until the request ends
 * (Config.Upload.Unlink 0: cgi_destroy unlinks it): upload.c links that file
 * itself into the store as the transaction commits, or into the form's
 * staging when the form comes back. staging/ is made if missing, once per
 * worker; where it cannot be, ClearSilver's default stays (and upload.c
 * copies, as before). So does a store whose disk has not room for the
 * whole body and a MiB more (one statvfs): ClearSilver does not report a
 * write that failed on a small file, and a large one fails the whole
 * parse (400, the form lost), where upload.c's copy says the disk is full
 * next to the file and keeps the form (t0620). */
static const char *upload_tmpdir(long body)
{
  static char dir[1024];
  static int state;   /* 0 not yet, 1 dir, -1 none */
  if (state == 0) {
    int k = snprintf(dir, sizeof dir, "%s/staging", app_conf("Site.uploads", "var/uploads"));
    state = k > 0 && (size_t)k < sizeof dir - 64 && (mkdir(dir, 0750) == 0 || errno == EEXIST) ? 1 : -1;
  }
  struct statvfs vs;
  if (state != 1 || statvfs(dir, &vs) != 0 || (vs.f_files && vs.f_favail < 64) ||
      (unsigned long long)vs.f_bavail * vs.f_frsize < (unsigned long long)(body > 0 ? body : 0) + (1ULL << 20))
    return NULL;
  return dir;
}

static int takes_files(const struct route *rt)
{
  for (int i = 0; i < MAX_FIELDS; i++)
    if (rt->fields[i].name && rt->fields[i].kind == V_FILE) return 1;
  return 0;
}

int input_body(struct req *r, const char *content_type)
{
  char boundary[80];
  int kind = valid_form_ctype(content_type, boundary, sizeof boundary);
  if (!kind) return -1;
  NEOERR *err = kind == 2 ? hdf_set_valuef(r->hdf, "CGI.ContentType=multipart/form-data; boundary=\"%s\"", boundary)
                          : hdf_set_value(r->hdf, "CGI.ContentType", "application/x-www-form-urlencoded");
  const char *tmp = !err && kind == 2 && takes_files(r->route) ? upload_tmpdir(hdf_get_int_value(r->hdf, "CGI.ContentLength", 0)) : NULL;
  if (tmp) err = hdf_set_value(r->hdf, "Config.Upload.TmpDir", tmp);
  if (tmp && !err) err = hdf_set_value(r->hdf, "Config.Upload.Unlink", "0");
  if (!err) err = cgi_parse(r->cgi);
  if (err) {
    /* A malformed body (cut-off upload, broken multipart) changes nothing. */
    nerr_log_error(err);
    nerr_ignore(&err);
    return -1;
  }
  return 0;
}

/* The raw value of Query.<name>; NULL when absent, or when repeated
 * (?k=a&k=b is ambiguous: treated as invalid) unless `any`: a V_RAW
 * input's handler judges what it got (the value ClearSilver keeps). */
static const char *raw_value(struct req *r, const char *name, HDF **node_out, int any)
{
  char key[96];
  snprintf(key, sizeof key, "Query.%s", name);
  HDF *node = hdf_get_obj(r->hdf, key);
  if (node_out) *node_out = node;
  if (!node) return NULL;
  if (hdf_obj_child(node) && !hdf_get_obj(node, "FileHandle") && !any) return NULL;
  return hdf_obj_value(node);
}


/* One input: validated (squeezed first for V_TEXT), into r->val/r->id.
 * Returns 0, 404 (required) or 500. */
static int read_one(struct req *r, int slot, const struct field_spec *f)
{
  HDF *node;
  const char *v = raw_value(r, f->name, &node, f->kind == V_RAW);
  if (v && f->kind == V_TEXT) {
    char key[96], *copy = strdup(v);
    if (!copy) return 500;
    valid_squeeze(copy);
    snprintf(key, sizeof key, "Query.%s", f->name);
    if (hdf_set_buf(r->hdf, key, copy) != STATUS_OK) return 500;
    v = hdf_get_value(r->hdf, key, NULL);
  }
  int required = (f->flags & F_REQUIRED) != 0;
  int ok = v && (*v == '\0' ? !required : input_valid(f->kind, v, f->max));
  r->val[slot] = ok ? v : NULL;
  if (ok && f->kind == V_ID && *v) r->id[slot] = strtol(v, NULL, 10);
  if (!ok && (node || required)) {
    if (required) return 404;
    char name[128];
    snprintf(name, sizeof name, "%s.%s", K_ERRORS, f->name);
    NEOERR *err = hdf_set_value(r->hdf, name, "invalid");
    nerr_ignore(&err);
  }
  return 0;
}

int input_read(struct req *r)
{
  for (int i = 0; i < MAX_FIELDS; i++) {
    const struct field_spec *f = &r->route->fields[i];
    if (!f->name || f->kind == V_FILE || (f->flags & F_FAMILY)) continue;
    int st = read_one(r, i, f);
    if (st) return st;
  }
  return 0;
}

/* The declared family or file input of this slot, as "<prefix><suffix>". */
static int declared(struct req *r, int slot, const char *suffix, char *name, size_t n)
{
  if (slot < 0 || slot >= MAX_FIELDS || !r->route->fields[slot].name) return 0;
  const struct field_spec *f = &r->route->fields[slot];
  if (!(f->flags & F_FAMILY) && suffix && *suffix) return 0;
  int k = snprintf(name, n, "%s%s", f->name, (f->flags & F_FAMILY) && suffix ? suffix : "");
  return k > 0 && (size_t)k < n;
}

const char *app_field(struct req *r, int slot, const char *suffix)
{
  char name[96];
  if (!declared(r, slot, suffix, name, sizeof name)) return NULL;
  return raw_value(r, name, NULL, r->route->fields[slot].kind == V_RAW);
}

FILE *app_file(struct req *r, int slot, const char *suffix)
{
  char name[96];
  if (!declared(r, slot, suffix, name, sizeof name)) return NULL;
  return cgi_filehandle(r->cgi, name);
}

const char *app_file_name(struct req *r, int slot, const char *suffix)
{
  return app_file(r, slot, suffix) ? app_field(r, slot, suffix) : NULL;
}
