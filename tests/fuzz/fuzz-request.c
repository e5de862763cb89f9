/* fuzz-request.c: a request as the programs receive it: query string, cookies and body through ClearSilver's
 * parser (behind the same Content-Type gate as core/app.c), then the route's declared inputs (core/input.c). */
#include <stdio.h>

#include <ClearSilver.h>

#include "fuzz.h"
#include "core/app.h"

static const char *env[4];          /* CONTENT_TYPE, QUERY_STRING, HTTP_COOKIE, REQUEST_METHOD */
static const uint8_t *body;
static size_t body_len, body_pos;

static int cb_read(void *d, char *buf, int len)
{
  (void)d;
  size_t n = body_len - body_pos < (size_t)len ? body_len - body_pos : (size_t)len;
  memcpy(buf, body + body_pos, n);
  body_pos += n;
  return (int)n;
}
static int cb_writef(void *d, const char *fmt, va_list ap) { (void)d; (void)fmt; (void)ap; return 0; }
static int cb_write(void *d, const char *buf, int len) { (void)d; (void)buf; return len; }
static char *cb_getenv(void *d, const char *name)
{
  (void)d;
  static char length[24];
  snprintf(length, sizeof length, "%zu", body_len);
  const char *v = strcmp(name, "CONTENT_TYPE") == 0 ? env[0] : strcmp(name, "QUERY_STRING") == 0 ? env[1]
                : strcmp(name, "HTTP_COOKIE") == 0 ? env[2] : strcmp(name, "REQUEST_METHOD") == 0 ? env[3]
                : strcmp(name, "CONTENT_LENGTH") == 0 ? length : NULL;
  return v ? strdup(v) : NULL;
}
static int cb_putenv(void *d, const char *k, const char *v) { (void)d; (void)k; (void)v; return -1; }
static int cb_iterenv(void *d, int x, char **k, char **v) { (void)d; (void)x; *k = *v = NULL; return 0; }

static int page(struct req *r) { (void)r; return 200; }

/* One input of every kind, and the families and files intake declares. */
static const struct route route = {
  "/x", M_POST, 0, V_NONE, {
    { "t", V_TEXT, 100, 0 }, { "s", V_SLUG, 40, 0 }, { "k", V_TOKEN, 0, 0 }, { "d", V_DIGITS, 4, 0 },
    { "c", V_DCODE, 0, 0 }, { "p", V_PCODE, 0, 0 }, { "l", V_LINES, 1000, 0 }, { "w", V_SECRET, 200, 0 },
    { "i", V_ID, 0, 0 }, { "r", V_RAW, 0, 0 }, { "f_", V_RAW, 0, F_FAMILY }, { "tep_", V_FILE, 0, F_FAMILY },
  }, page, NULL, 0,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static int once;
  if (!once) {
    once = 1;
    cgiwrap_init_emu(NULL, cb_read, cb_writef, cb_write, cb_getenv, cb_putenv, cb_iterenv);
  }
  /* CONTENT_TYPE \n QUERY_STRING \n HTTP_COOKIE \n body */
  char *s = fuzz_str(data, size), *p = s;
  for (int i = 0; i < 3; i++) {
    env[i] = p;
    char *nl = memchr(p, '\n', strlen(p));
    if (!nl) { p += strlen(p); continue; }
    *nl = '\0';
    p = nl + 1;
  }
  env[3] = "POST";
  body = (const uint8_t *)p;
  body_len = strlen(p);
  body_pos = 0;
  struct req r;
  memset(&r, 0, sizeof r);
  r.route = &route;
  r.method = M_POST;
  /* As the programs do: input_cgi (its first call through cgi_init, every later one its own light parsing). */
  char clen[24];
  snprintf(clen, sizeof clen, "%zu", body_len);
  NEOERR *perr = input_cgi(&r.cgi, "POST", env[1], env[2], clen);
  nerr_ignore(&perr);
  if (r.cgi) {
    r.hdf = r.cgi->hdf;
    (void)input_body(&r, env[0]);
    (void)input_read(&r);
    (void)app_field(&r, 10, "x");
    (void)app_file(&r, 11, "1");
    cgi_destroy(&r.cgi);
  }
  /* The same query string and cookies as a GET: core/input.c's own light parsing (input_cgi; its first
   * call goes through cgi_init, every later one through the parser the programs use for GET). */
  struct req g;
  memset(&g, 0, sizeof g);
  g.route = &route;
  g.method = M_GET;
  NEOERR *err = input_cgi(&g.cgi, "GET", env[1], env[2], NULL);
  if (err == STATUS_OK) {
    g.hdf = g.cgi->hdf;
    (void)input_read(&g);
    cgi_destroy(&g.cgi);
  }
  nerr_ignore(&err);
  free(s);
  return 0;
}
