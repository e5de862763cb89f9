/* input.c: the route's declared inputs, validated into r->val[] by slot; the only reader of the raw query. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/app.h"
#include "rules/dcode.h"
#include "rules/token.h"
#include "rules/valid.h"

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
int input_body(struct req *r, const char *content_type)
{
  char boundary[80];
  int kind = valid_form_ctype(content_type, boundary, sizeof boundary);
  if (!kind) return -1;
  NEOERR *err = kind == 2 ? hdf_set_valuef(r->hdf, "CGI.ContentType=multipart/form-data; boundary=\"%s\"", boundary)
                          : hdf_set_value(r->hdf, "CGI.ContentType", "application/x-www-form-urlencoded");
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
