/* render.c: turns a request's HDF and a template into an HTTP response; the only place that writes output. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ClearSilver.h>

#include "core/log.h"
#include "core/render.h"

/* Templates are read once per worker and parsed from memory: no file
 * system work per request, and an include can only name a template that
 * ships in templates/. Each is parsed the first time a worker renders it,
 * and that parse tree is kept: a request renders it with the tree's HDF
 * pointer (cs->hdf) set to the request's own tree, and set back after.
 * What ClearSilver fixes at parse time is the same for every request here:
 * the escaping mode (html, read from parse_hdf at cs_init), the include:
 * targets (literal names, no evar:/linclude: in templates/) and the macro
 * definitions; set: writes into the request's HDF, never into the tree. */
struct tpl {
  char *name; char *text; size_t len;
  CSPARSE *cs;           /* the kept parse tree, NULL until first used (or after a failed render) */
  CS_ECONTEXT escaping;  /* its escaping state as parsed, restored before each render */
};
static struct tpl *tpls;
static size_t ntpls;
static HDF *parse_hdf;   /* Config.VarEscapeMode = html: what cs_init reads; never a request's data */

static int load_dir(const char *dir, const char *sub)
{
  char path[1024];
  snprintf(path, sizeof path, "%s%s%s", dir, *sub ? "/" : "", sub);
  DIR *d = opendir(path);
  if (!d) { log_err("templates: cannot open %s", path); return -1; }
  struct dirent *e;
  int rc = 0;
  while (rc == 0 && (e = readdir(d)) != NULL) {
    size_t n = strlen(e->d_name);
    if (n < 4 || strcmp(e->d_name + n - 3, ".cs") != 0) continue;
    char file[1300], name[300];
    snprintf(file, sizeof file, "%s/%s", path, e->d_name);
    snprintf(name, sizeof name, "%s%s%s", sub, *sub ? "/" : "", e->d_name);
    FILE *f = fopen(file, "rb");
    if (!f) { rc = -1; break; }
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = len >= 0 ? malloc((size_t)len + 1) : NULL;
    struct tpl *grown = realloc(tpls, (ntpls + 1) * sizeof *tpls);
    if (!text || !grown || fread(text, 1, (size_t)len, f) != (size_t)len) {
      free(text);
      if (grown) tpls = grown;
      fclose(f);
      rc = -1;
      break;
    }
    fclose(f);
    text[len] = '\0';
    tpls = grown;
    tpls[ntpls].name = strdup(name);
    tpls[ntpls].text = text;
    tpls[ntpls].len = (size_t)len;
    tpls[ntpls].cs = NULL;   /* parsed when first rendered */
    if (!tpls[ntpls].name) rc = -1;
    ntpls++;
  }
  closedir(d);
  return rc;
}

int render_init(const char *template_dir)
{
  /* Every <?cs var: ?> is HTML-escaped; uvar: is the rare, commented
   * opt-out (make lint lists them). */
  NEOERR *err = parse_hdf ? STATUS_OK : hdf_init(&parse_hdf);
  if (!err) err = hdf_set_value(parse_hdf, "Config.VarEscapeMode", "html");
  if (err) return log_neoerr("templates", err);
  return load_dir(template_dir, "");
}

void render_fini(void)
{
  for (size_t i = 0; i < ntpls; i++) {
    cs_destroy(&tpls[i].cs);
    free(tpls[i].name);
    free(tpls[i].text);
  }
  free(tpls);
  tpls = NULL;
  ntpls = 0;
  hdf_destroy(&parse_hdf);
}

static struct tpl *find_tpl(const char *name)
{
  for (size_t i = 0; i < ntpls; i++)
    if (strcmp(tpls[i].name, name) == 0) return &tpls[i];
  return NULL;
}

/* A template's text with each <?cs var:Lang.a.b ?> (a literal name that the
 * language file holds) replaced by that string, escaped by ClearSilver's own
 * HTML escaping, the one var: applies (VarEscapeMode html; no template uses
 * escape: blocks, make lint checks): the same bytes out, but the fixed words
 * of a page become part of the parse tree's text instead of a lookup and an
 * escape on every render (a third of a status page's var:s). The language
 * file is read once at start (app_global), so a tree stays right for the
 * worker's life; a second language would keep a tree per language. Lang.x[expr],
 * alt: and call: arguments are still evaluated per render. Any name the file
 * lacks is left as written (it renders empty, as before). */
static NEOERR *compile_lang(const char *text, size_t len, char **out)
{
  static const char open[] = "<?cs var:Lang.", var[] = "<?cs var:";
  STRING s;
  string_init(&s);
  NEOERR *err = STATUS_OK;
  const char *p = text, *end = text + len;
  while (!err) {
    const char *hit = strstr(p, open);
    if (!hit) { err = string_appendn(&s, p, (int)(end - p)); break; }
    const char *name = hit + sizeof var - 1, *q = hit + sizeof open - 1;   /* name: "Lang.…", q past "Lang." */
    while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_' || *q == '.') q++;
    const char *close = q;
    while (*close == ' ') close++;
    char key[128];
    const char *v = NULL;
    if (close[0] == '?' && close[1] == '>' && (size_t)(q - name) < sizeof key && q[-1] != '.') {
      memcpy(key, name, (size_t)(q - name));
      key[q - name] = '\0';
      v = app_global ? hdf_get_value(app_global, key, NULL) : NULL;
    }
    if (!v) {   /* not a fixed string: kept for ClearSilver */
      err = string_appendn(&s, p, (int)(q - p));
      p = q;
      continue;
    }
    char *esc = NULL;
    err = string_appendn(&s, p, (int)(hit - p));
    if (!err) err = neos_html_escape(v, (int)strlen(v), &esc);
    if (!err) err = string_append(&s, esc);
    free(esc);
    p = close + 2;
  }
  if (err) { string_clear(&s); return nerr_pass(err); }
  *out = s.buf ? s.buf : strdup("");
  return *out ? STATUS_OK : nerr_raise(NERR_NOMEM, "template copy");
}

static NEOERR *fileload(void *ctx, HDF *hdf, const char *filename, char **contents)
{
  (void)ctx; (void)hdf;
  const struct tpl *t = find_tpl(filename);
  if (!t) return nerr_raise(NERR_NOT_FOUND, "no template %s", filename);
  return nerr_pass(compile_lang(t->text, t->len, contents));
}

static NEOERR *out_cb(void *ctx, char *s)
{
  return nerr_pass(string_append((STRING *)ctx, s));
}

static const char *reason(int status)
{
  switch (status) {
  case 200: return "OK";
  case 303: return "See Other";
  case 400: return "Bad Request";
  case 403: return "Forbidden";
  case 404: return "Not Found";
  case 405: return "Method Not Allowed";
  case 413: return "Content Too Large";
  case 422: return "Unprocessable Content";
  case 429: return "Too Many Requests";
  case 503: return "Service Unavailable";
  default:  return "Internal Server Error";
  }
}

/* Everything we send goes through here: status line, fixed headers, then
 * the body with its length (so nginx keeps the upstream connection simple). */
static void respond(struct req *r, int status, const char *ctype, const char *cache,
                 const char *extra, const void *body, size_t len)
{
  STRING h;
  string_init(&h);
  NEOERR *err = string_appendf(&h, "Status: %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n",
                               status, reason(status), ctype, len);
  if (!err && cache) err = string_appendf(&h, "%s\r\n", cache);
  if (!err && r && r->set_cookie[0]) err = string_appendf(&h, "Set-Cookie: %s\r\n", r->set_cookie);
  if (!err && extra) err = string_appendf(&h, "%s\r\n", extra);
  if (!err) err = string_append(&h, "\r\n");
  if (err) { nerr_log_error(err); nerr_ignore(&err); string_clear(&h); return; }
  cgiwrap_write(h.buf, h.len);
  if (body && len && !(r && r->head)) cgiwrap_write(body, (int)len);
  string_clear(&h);
}

static const char *cache_header(const struct req *r, int status)
{
  if (status == 200 && r->route && (r->route->flags & R_CACHE))
    /* nginx keeps it one second; browsers revalidate. X-Accel-Expires
     * must come first: nginx reads headers in order, and a Cache-Control
     * seen before it would make the page uncacheable. */
    return "X-Accel-Expires: 1\r\nCache-Control: private, no-cache";
  if (r->method == M_POST || (r->route && (r->route->flags & R_FORM)))
    return "Cache-Control: no-store";
  return "Cache-Control: private, no-cache";
}

/* The template's parse tree, parsed now if this worker has not yet. */
static NEOERR *parse_tpl(struct tpl *t)
{
  CSPARSE *cs = NULL;
  NEOERR *err = cs_init(&cs, parse_hdf);
  if (!err) {
    cs->global_hdf = app_global;
    cs_register_fileload(cs, NULL, fileload);
    err = cgi_register_strfuncs(cs);
  }
  char *text = NULL;
  if (!err) err = compile_lang(t->text, t->len, &text);
  if (!err) err = cs_parse_string(cs, text, strlen(text)); /* cs owns text now */
  if (err) { cs_destroy(&cs); return nerr_pass(err); }
  t->cs = cs;
  t->escaping = cs->escaping;
  return STATUS_OK;
}

int render_hdf(HDF *hdf, const char *tplname, STRING *out)
{
  struct tpl *t = find_tpl(tplname);
  if (!t) { log_err("no template %s", tplname); return -1; }
  NEOERR *err = t->cs ? STATUS_OK : parse_tpl(t);
  if (err) return log_neoerr(tplname, err);
  CSPARSE *cs = t->cs;
  cs->hdf = hdf;
  cs->global_hdf = app_global;
  cs->locals = NULL;
  cs->escaping = t->escaping;
  err = cs_render(cs, out, out_cb);
  /* The tree never keeps a pointer into a request's HDF past its render. */
  cs->hdf = parse_hdf;
  cs->locals = NULL;
  cs->output_ctx = NULL;
  /* A render that failed half-way may leave state behind: parse again next time. */
  if (err) cs_destroy(&t->cs);
  return err ? log_neoerr(tplname, err) : 0;
}

static int render_to(struct req *r, const char *tplname, STRING *out)
{
  return render_hdf(r->hdf, tplname, out);
}

void render_html(struct req *r, int status, const char *tpl)
{
  STRING out;
  string_init(&out);
  if (hdf_set_int_value(r->hdf, K_STATUS, status) != STATUS_OK || render_to(r, tpl, &out) != 0) {
    string_clear(&out);
    if (strcmp(tpl, "error.cs") != 0) { render_error(r, 500); return; }
    static const char fallback[] = "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Lỗi</title>"
                                   "<p>Hệ thống đang gặp sự cố. Vui lòng thử lại sau.</p></html>";
    respond(r, 500, "text/html; charset=utf-8", "Cache-Control: no-store", NULL, fallback, sizeof fallback - 1);
    return;
  }
  /* Template comments and macro definitions leave blank lines before the doctype. */
  size_t skip = 0;
  while (skip < (size_t)out.len && (out.buf[skip] == '\n' || out.buf[skip] == ' ')) skip++;
  respond(r, status, "text/html; charset=utf-8", cache_header(r, status), NULL, out.buf + skip, (size_t)out.len - skip);
  string_clear(&out);
}

/* Content-Disposition for a download: an ASCII fallback name (anything
 * else becomes '_') and the UTF-8 name percent-encoded (RFC 6266, 8187). */
static void disposition(const char *name, char *out, size_t n)
{
  char ascii[128], utf8[768];
  size_t a = 0, u = 0;
  for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
    int plain = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("._-", *p);
    if (a + 1 < sizeof ascii) ascii[a++] = plain ? (char)*p : '_';
    if (u + 4 < sizeof utf8) u += (size_t)snprintf(utf8 + u, sizeof utf8 - u, plain ? "%c" : "%%%02X", *p);
  }
  ascii[a] = utf8[u] = '\0';
  snprintf(out, n, "Content-Disposition: attachment; filename=\"%s\"; filename*=UTF-8''%s\r\n"
           "Content-Security-Policy: sandbox", a ? ascii : "tep", u ? utf8 : "tep");
}

void render_body(struct req *r, int status)
{
  if (!r->download) {
    respond(r, status, r->ctype, cache_header(r, status), NULL, r->body, r->body_len);
    return;
  }
  /* Someone's documents: never kept by a cache or shown inline (a file
   * the sniffer took for a PDF must not run as a page of this site). */
  char extra[1024];
  disposition(r->download, extra, sizeof extra);
  respond(r, status, r->ctype, "Cache-Control: no-store", extra, r->body, r->body_len);
}

void render_redirect(struct req *r)
{
  char loc[600];
  snprintf(loc, sizeof loc, "Location: %s", r->location);
  respond(r, 303, "text/html; charset=utf-8", "Cache-Control: no-store", loc, NULL, 0);
}

void render_error(struct req *r, int status)
{
  /* One error page for everything: an unknown page, an unknown code and a
   * wrong token look exactly the same. */
  if (r->hdf) hdf_remove_tree(r->hdf, "Page");
  const struct route *keep = r->route;
  r->route = NULL;
  r->set_cookie[0] = '\0';
  if (r->hdf) render_html(r, status, "error.cs");
  else respond(r, status, "text/plain; charset=utf-8", "Cache-Control: no-store", NULL, "Lỗi\n", 5);
  r->route = keep;
}

void render_allow(struct req *r, int methods)
{
  char allow[64];
  snprintf(allow, sizeof allow, "Allow: %s%s%s", (methods & M_GET) ? "GET, HEAD" : "",
           (methods & M_GET) && (methods & M_POST) ? ", " : "", (methods & M_POST) ? "POST" : "");
  STRING out;
  string_init(&out);
  if (r->hdf) hdf_remove_tree(r->hdf, "Page");
  if (r->hdf && hdf_set_int_value(r->hdf, K_STATUS, 405) == STATUS_OK && render_to(r, "error.cs", &out) == 0)
    respond(r, 405, "text/html; charset=utf-8", "Cache-Control: no-store", allow, out.buf, (size_t)out.len);
  else
    respond(r, 405, "text/plain; charset=utf-8", "Cache-Control: no-store", allow, NULL, 0);
  string_clear(&out);
}
