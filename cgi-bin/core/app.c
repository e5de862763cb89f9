/* app.c: the dispatcher: parse → route → method → typed inputs → CSRF → transaction → handler → response. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <ClearSilver.h>

#include "core/app.h"
#include "core/db.h"
#include "rules/dcode.h"
#include "core/fcgi.h"
#include "core/log.h"
#include "core/render.h"
#include "rules/token.h"
#include "rules/valid.h"

unsigned char app_key[TOKEN_KEYBYTES];
HDF *app_global;

#define COOKIE_BROWSER "mc_b"
#define CSRF_LIFETIME_MIN (4 * 60)   /* a long form may take a while to fill in */
#define MAX_BODY (26L * 1024 * 1024) /* nginx refuses bigger bodies first */

const char *app_conf(const char *name, const char *def)
{
  return hdf_get_value(app_global, name, def);
}

int64_t app_now(void)
{
  /* Hanoi has used UTC+7 without daylight saving since 1975. */
  time_t t = time(NULL) + 7 * 3600;
  return (int64_t)t / 60;
}

int app_init(void *arg)
{
  const struct app *a = arg;
  NEOERR *err = hdf_init(&app_global);
  if (!err) err = hdf_read_file(app_global, a->conf_file);
  if (!err) err = hdf_read_file(app_global, a->lang_file);
  if (err) {
    STRING s;
    string_init(&s);
    nerr_error_string(err, &s);
    log_err("%s: configuration: %s", a->name, s.buf ? s.buf : "?");
    string_clear(&s);
    nerr_ignore(&err);
    return -1;
  }
  if (token_init() != 0 || token_key_from_hex(app_conf("Secret.key", ""), app_key) != 0) {
    log_err("%s: Secret.key missing or not 64 hex digits", a->name);
    return -1;
  }
  if (render_init(app_conf("Site.templates", a->template_dir)) != 0) return -1;
  struct db_conf dc = {
    .socket = app_conf("DB.socket", NULL),
    .host = app_conf("DB.host", "127.0.0.1"),
    .port = (unsigned)hdf_get_int_value(app_global, "DB.port", 3306),
    .user = app_conf("DB.user", ""),
    .password = app_conf("DB.password", ""),
    .database = app_conf("DB.name", "motcua"),
    .role = a->db_role,
  };
  if (db_open(&dc) != 0) return -1;
  return 0;
}

void app_fini(void *arg)
{
  (void)arg;
  db_close();
}

void app_error(struct req *r, const char *field, const char *lang_key)
{
  char name[128];
  snprintf(name, sizeof name, "%s.%s", K_ERRORS, field);
  const char *msg = hdf_get_value(app_global, lang_key, lang_key);
  if (hdf_set_value(r->hdf, name, msg) != STATUS_OK) log_err("app_error %s", field);
  /* The summary at the top lists each error once, in form order. */
  HDF *sum;
  if (hdf_get_node(r->hdf, "Page.error_list", &sum) == STATUS_OK) {
    int n = 0;
    for (HDF *c = hdf_obj_child(sum); c; c = hdf_obj_next(c)) n++;
    char k[16];
    snprintf(k, sizeof k, "%d", n);
    HDF *item;
    if (hdf_get_node(sum, k, &item) == STATUS_OK) {
      NEOERR *e1 = hdf_set_value(item, "field", field);
      NEOERR *e2 = hdf_set_value(item, "msg", msg);
      nerr_ignore(&e1);
      nerr_ignore(&e2);
    }
  }
}

int app_redirect(struct req *r, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(r->location, sizeof r->location, fmt, ap);
  va_end(ap);
  if (n < 0 || (size_t)n >= sizeof r->location) return 500;
  return 303;
}

const char *app_last_match(HDF *list, const char *key, const char *value, const char *field)
{
  const char *found = NULL;
  for (HDF *row = list ? hdf_obj_child(list) : NULL; row; row = hdf_obj_next(row))
    if (strcmp(hdf_get_value(row, key, ""), value) == 0) found = hdf_get_value(row, field, "");
  return found;
}

int app_set_datetime(HDF *hdf, const char *prefix, const char *s)
{
  int y, mo, d, h, mi;
  if (!s || sscanf(s, "%4d-%2d-%2d %2d:%2d", &y, &mo, &d, &h, &mi) != 5) return -1;
  char date[16], time_[8], hh[4], mm[4], iso[20];
  snprintf(date, sizeof date, "%02d/%02d/%04d", d, mo, y);
  snprintf(time_, sizeof time_, "%02d:%02d", h, mi);
  snprintf(hh, sizeof hh, "%02d", h);
  snprintf(mm, sizeof mm, "%02d", mi);
  snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d", y, mo, d, h, mi);
  HDF *node;
  if (hdf_get_node(hdf, prefix, &node) != STATUS_OK) return -1;
  NEOERR *err = hdf_set_value(node, "date", date);
  if (!err) err = hdf_set_value(node, "time", time_);
  if (!err) err = hdf_set_value(node, "hh", hh);
  if (!err) err = hdf_set_value(node, "mm", mm);
  if (!err) err = hdf_set_value(node, "iso", iso);
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

/* --- matching --------------------------------------------------------- */

/* Matches path against pattern; '*' takes exactly one non-empty segment. */
static int match(const char *pattern, const char *path, char *seg, size_t segsz)
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

static int valid_value(enum vkind kind, const char *v, int max)
{
  size_t n = strlen(v);
  switch (kind) {
  case V_NONE:   return 0;
  case V_TEXT:   return valid_text(v, (size_t)max, 0);
  case V_SLUG:   return valid_slug(v, (size_t)max);
  case V_TOKEN:
    if (n != TOKEN_LEN) return 0;
    for (size_t i = 0; i < n; i++) {
      char c = v[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
        return 0;
    }
    return 1;
  case V_DIGITS:
    if (n != (size_t)max) return 0;
    for (size_t i = 0; i < n; i++) if (v[i] < '0' || v[i] > '9') return 0;
    return 1;
  case V_DCODE:  return dcode_valid(v);
  case V_LINES:  return valid_text(v, (size_t)max, 1);
  case V_SECRET: return valid_utf8(v, n) && n >= 1 && valid_utf8_chars(v) <= (size_t)max;
  case V_PCODE:
    if (n == 0 || n > 32) return 0;
    for (size_t i = 0; i < n; i++) {
      char c = v[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
        return 0;
    }
    return 1;
  }
  return 0;
}

/* Query values reach handlers only through r->val[], validated here.
 * Returns 0, or 404 when a required value is missing or malformed. */
static int check_fields(struct req *r)
{
  for (int i = 0; i < MAX_FIELDS && r->route->fields[i].name; i++) {
    const struct field_spec *f = &r->route->fields[i];
    char key[80];
    snprintf(key, sizeof key, "Query.%s", f->name);
    HDF *node = hdf_get_obj(r->hdf, key);
    const char *v = node ? hdf_obj_value(node) : NULL;
    /* A repeated parameter (?k=a&k=b) is ambiguous: treat as invalid. */
    if (node && hdf_obj_child(node) && !hdf_get_obj(node, "FileHandle")) v = NULL;
    if (v) {
      char *copy = strdup(v);
      if (!copy) return 500;
      if (f->kind == V_TEXT) valid_squeeze(copy);
      if (hdf_set_buf(r->hdf, key, copy) != STATUS_OK) return 500;
      v = hdf_get_value(r->hdf, key, NULL);
    }
    int ok = v && (*v || !f->required) && (*v == '\0' || valid_value(f->kind, v, f->max));
    if (v && *v == '\0' && !f->required) ok = 1;
    r->val[i] = ok ? v : NULL;
    if (!ok && (node || f->required)) {
      if (f->required) return 404;
      char name[128];
      snprintf(name, sizeof name, "%s.%s", K_ERRORS, f->name);
      NEOERR *err = hdf_set_value(r->hdf, name, "invalid");
      nerr_ignore(&err);
    }
  }
  return 0;
}

/* --- CSRF ------------------------------------------------------------- */

static int cookie_ok(const char *c)
{
  return c && valid_value(V_TOKEN, c, 0);
}

/* The id a form token is bound to: the staff session when signed in,
 * else the browser cookie. */
static const char *csrf_owner(struct req *r)
{
  if (r->session[0]) return r->session;
  return hdf_get_value(r->hdf, "Cookie." COOKIE_BROWSER, NULL);
}

/* GET of a page with a form: make sure the browser has an id cookie and
 * hand the form a fresh token bound to it (or keep the fid of a form being
 * re-shown after a validation error, so one form stays one dossier). */
static int issue_csrf(struct req *r, const char *keep_fid)
{
  const char *browser = csrf_owner(r);
  char fresh[TOKEN_LEN + 1];
  if (!cookie_ok(browser) && !r->set_cookie[0]) {
    token_random(fresh);
    browser = fresh;
    const char *https = fcgi_param("HTTPS");
    snprintf(r->set_cookie, sizeof r->set_cookie, "%s=%s; Path=/; HttpOnly; SameSite=Strict%s",
             COOKIE_BROWSER, fresh, (https && *https) ? "; Secure" : "");
  }
  char fid[TOKEN_LEN + 1];
  if (keep_fid && *keep_fid) snprintf(fid, sizeof fid, "%s", keep_fid);
  else token_random(fid);
  char tok[CSRF_LEN];
  if (csrf_make(app_key, browser, fid, r->now + CSRF_LIFETIME_MIN, tok, sizeof tok) != 0) return -1;
  return hdf_set_value(r->hdf, K_CSRF, tok) == STATUS_OK ? 0 : -1;
}

/* Same-origin: a browser sends Origin on every POST; when it does, it must
 * be this site: the configured public base URL, or the scheme and host the
 * request came in on (nginx passes it as SELF_ORIGIN). Debian's ClearSilver
 * exports only a fixed list of headers to HTTP.*, so Origin is read here. */
static int same_origin(void)
{
  const char *origin = fcgi_param("HTTP_ORIGIN");
  if (!origin) return 1;
  const char *self = fcgi_param("SELF_ORIGIN");
  if (self && strcmp(origin, self) == 0) return 1;
  return strcmp(origin, app_conf("Site.base", "")) == 0;
}

static int check_csrf(struct req *r)
{
  const char *browser = csrf_owner(r);
  const char *tok = hdf_get_value(r->hdf, "Query._csrf", NULL);
  if (!same_origin() || !cookie_ok(browser) || !tok) return -1;
  return csrf_check(app_key, browser, tok, r->now, r->fid) == 0 ? 0 : -1;
}

/* --- the pipeline ----------------------------------------------------- */

static int method_of(const char *m, int *head)
{
  *head = 0;
  if (!m) return 0;
  if (strcmp(m, "GET") == 0) return M_GET;
  if (strcmp(m, "HEAD") == 0) { *head = 1; return M_GET; }
  if (strcmp(m, "POST") == 0) return M_POST;
  return 0;
}

static int body_too_large(void)
{
  const char *cl = fcgi_param("CONTENT_LENGTH");
  long n = 0;
  if (cl && *cl && !valid_int(cl, 0, MAX_BODY, &n)) return 1;
  return 0;
}

static void finish(struct req *r, int status)
{
  switch (status) {
  case 200:
  case 422:
    if (!r->route->template) { render_error(r, 500); break; }
    render_html(r, status, r->route->template);
    break;
  case 201:
    render_body(r, 200);
    break;
  case 303:
    render_redirect(r);
    break;
  default:
    render_error(r, status);
  }
}

void app_handle(void *arg)
{
  const struct app *a = arg;
  struct req r;
  memset(&r, 0, sizeof r);
  r.now = app_now();

  NEOERR *err = cgi_init(&r.cgi, NULL);
  if (err) {
    nerr_log_error(err);
    nerr_ignore(&err);
    render_error(&r, 400);
    return;
  }
  r.hdf = r.cgi->hdf;
  r.method = method_of(fcgi_param("REQUEST_METHOD"), &r.head);

  /* nginx gives the decoded, normalised path ($document_uri). */
  const char *path = fcgi_param("DOCUMENT_URI");
  if (!path || !valid_text(path, 300, 0)) path = "/?";
  int allowed = 0;
  for (size_t i = 0; i < a->nroutes; i++) {
    const struct route *rt = &a->routes[i];
    if (!match(rt->pattern, path, r.segment, sizeof r.segment)) continue;
    if (rt->segment != V_NONE && !valid_value(rt->segment, r.segment, 0)) continue;
    allowed |= rt->methods;
    if (r.method & rt->methods) { r.route = rt; break; }
  }
  int status;
  if (!r.route) {
    if (allowed) render_allow(&r, allowed);
    else render_error(&r, 404);
    goto out;
  }

  /* Who is asking, before anything is read or checked on their behalf. */
  if (r.route->roles) {
    status = a->auth ? a->auth(&r, r.route->roles) : 403;
    if (status == 401) {
      status = app_redirect(&r, "%s", a->login_path ? a->login_path : "/");
      finish(&r, status);
      goto out;
    }
    if (status) { finish(&r, status); goto out; }
  }

  if (r.method == M_POST) {
    if (body_too_large()) { status = 413; finish(&r, status); goto out; }
    err = cgi_parse(r.cgi);
    if (err) {
      /* A malformed body (cut-off upload, broken multipart) changes nothing. */
      nerr_log_error(err);
      nerr_ignore(&err);
      finish(&r, 400);
      goto out;
    }
    if ((r.route->flags & R_FORM) && check_csrf(&r) != 0) { finish(&r, 403); goto out; }
  }

  status = check_fields(&r);
  if (status) { finish(&r, status); goto out; }

  if ((r.route->flags & R_FORM) && issue_csrf(&r, r.fid) != 0) { finish(&r, 500); goto out; }

  /* What a POST writes, it writes in one transaction: committed only when
   * the handler succeeded (303), rolled back on anything else. */
  int tx = r.method == M_POST && (r.route->flags & R_FORM);
  if (tx && db_begin() != 0) { finish(&r, 503); goto out; }
  status = r.route->handler(&r);
  if (tx) {
    if (status == 303 || r.commit) {
      if (db_commit() != 0) { db_rollback(); status = 503; }
    } else {
      db_rollback();
    }
  }
  finish(&r, status);
out:
  if (r.body && r.body_free) r.body_free(r.body);
  cgi_destroy(&r.cgi);
}

/* The main() of every FastCGI program: options, then the prefork loop.
 *   -c CONFIG -s SOCKET [-w WORKERS] [-t TEMPLATES] [-l LANGFILE] */
int app_main(struct app *a, int workers, int argc, char **argv)
{
  const char *sock = NULL;
  int c;
  while ((c = getopt(argc, argv, "c:s:w:t:l:")) != -1) {
    switch (c) {
    case 'c': a->conf_file = optarg; break;
    case 's': sock = optarg; break;
    case 'w': workers = (int)strtol(optarg, NULL, 10); break; /* bounded below */
    case 't': a->template_dir = optarg; break;
    case 'l': a->lang_file = optarg; break;
    default: sock = NULL; a->conf_file = NULL; break;
    }
  }
  if (!a->conf_file || !sock || workers < 1 || workers > 64) {
    fprintf(stderr, "usage: %s -c CONFIG -s SOCKET [-w WORKERS] [-t TEMPLATES] [-l LANGFILE]\n", a->name);
    return 2;
  }
  struct fcgi_app fa = {
    .name = a->name, .init = app_init, .handle = app_handle, .fini = app_fini,
    .arg = a, .max_requests = 100000,
  };
  return fcgi_run(&fa, sock, workers) == 0 ? 0 : 1;
}
