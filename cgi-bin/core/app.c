/* app.c: the dispatcher: parse → route → method → session → CSRF → inputs → transaction → handler → response. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <ClearSilver.h>

#include "core/app.h"
#include "core/db.h"
#include "core/fcgi.h"
#include "core/log.h"
#include "core/render.h"
#include "rules/token.h"
#include "rules/valid.h"

unsigned char app_key[TOKEN_KEYBYTES];
struct app_privacy app_privacy;
HDF *app_global;
static HDF *secrets;                 /* the configuration file: DB.*, Secret.key; no template sees it */

#define MAX_BODY (26L * 1024 * 1024) /* nginx refuses bigger bodies first */

const char *app_conf(const char *name, const char *def)
{
  return hdf_get_value(app_global, name, def);
}

const char *app_lang(const char *key)
{
  return hdf_get_value(app_global, key, key);
}

int64_t app_now(void)
{
  /* Hanoi has used UTC+7 without daylight saving since 1975. */
  time_t t = time(NULL) + 7 * 3600;
  return (int64_t)t / 60;
}

/* One secret key (name) of a pair: absent (0), loaded and matching the
 * public key (1), or -1 (logged). */
static int secret_key(HDF *conf, const char *name, const unsigned char pk[SEAL_KEYBYTES], unsigned char sk[SEAL_KEYBYTES])
{
  unsigned char derived[SEAL_KEYBYTES];
  const char *hex = hdf_get_value(conf, name, NULL);
  if (!hex) return 0;
  if (token_key_from_hex(hex, sk) != 0) { log_err("%s not 64 hex digits", name); return -1; }
  seal_public_key(sk, derived);
  if (memcmp(derived, pk, sizeof derived) != 0) { log_err("%s does not match its public key", name); return -1; }
  return 1;
}

int app_privacy_load(HDF *conf, int level)
{
  memset(&app_privacy, 0, sizeof app_privacy);
  if (token_key_from_hex(hdf_get_value(conf, "Privacy.public_key", ""), app_privacy.pk) != 0 ||
      token_key_from_hex(hdf_get_value(conf, "Privacy.delivery_public_key", ""), app_privacy.dpk) != 0 ||
      token_key_from_hex(hdf_get_value(conf, "Privacy.index_key", ""), app_privacy.index) != 0) {
    log_err("Privacy.public_key, Privacy.delivery_public_key or Privacy.index_key missing or not 64 hex digits");
    return -1;
  }
  int sk = secret_key(conf, "Privacy.secret_key", app_privacy.pk, app_privacy.sk);
  int dsk = secret_key(conf, "Privacy.delivery_secret_key", app_privacy.dpk, app_privacy.dsk);
  if (sk < 0 || dsk < 0) return -1;
  app_privacy.has_sk = sk;
  app_privacy.has_dsk = dsk;
  /* Each program holds what its level needs, and nothing above it. */
  if (level >= PERSONAL_OPEN ? !sk : sk) {
    log_err("Privacy.secret_key %s", sk ? "held by a program that must not open personal data" : "missing");
    return -1;
  }
  if (level >= PERSONAL_DELIVER ? !dsk : dsk) {
    log_err("Privacy.delivery_secret_key %s", dsk ? "held by a program that must not open phone and address" : "missing");
    return -1;
  }
  return 0;
}

/* The configuration file stays in its own tree; only Site.* is copied to
 * the tree templates read, beside the language file. */
static int app_init(void *arg)
{
  const struct app *a = arg;
  srand((unsigned)getpid() ^ (unsigned)time(NULL)); /* backoff(): each worker its own pauses */
  NEOERR *err = hdf_init(&secrets);
  if (!err) err = hdf_read_file(secrets, a->conf_file);
  if (!err) err = hdf_init(&app_global);
  if (!err) err = hdf_read_file(app_global, a->lang_file);
  if (!err && hdf_get_obj(secrets, "Site")) err = hdf_copy(app_global, "Site", hdf_get_obj(secrets, "Site"));
  if (err) return log_neoerr(a->name, err);
  if (token_init() != 0 || token_key_from_hex(hdf_get_value(secrets, "Secret.key", ""), app_key) != 0) {
    log_err("%s: Secret.key missing or not 64 hex digits", a->name);
    return -1;
  }
  if (app_privacy_load(secrets, a->opens_personal) != 0) return -1;
  if (render_init(app_conf("Site.templates", a->template_dir)) != 0) return -1;
  /* A worker starts even while MariaDB is down: each request tries to connect again and
   * answers 503 meanwhile, rather than workers dying and nginx finding nobody to ask. */
  struct db_conf dc;
  db_conf_from(secrets, a->db_role, &dc);
  int rc = db_open(&dc);
  if (rc == -1) log_err("%s: no database yet; each request will try again", a->name);
  return rc == -2 ? -1 : 0;
}

static void app_fini(void *arg)
{
  (void)arg;
  seal_forget();   /* the kept sealing stream (domain/privacy.c) */
  db_close();
  render_fini();
}

void app_error(struct req *r, const char *field, const char *lang_key)
{
  char name[128];
  snprintf(name, sizeof name, "%s.%s", K_ERRORS, field);
  const char *msg = app_lang(lang_key);
  if (hdf_set_value(r->hdf, name, msg) != STATUS_OK) log_err("app_error %s", field);
  /* The summary at the top lists each error once, in form order. */
  HDF *sum;
  if (hdf_get_node(r->hdf, "Page.error_list", &sum) == STATUS_OK) {
    int n = 0;
    for (HDF *c = hdf_obj_child(sum); c; c = hdf_obj_next(c)) n++;
    NEOERR *e1 = hdf_set_valuef(sum, "%d.field=%s", n, field);
    NEOERR *e2 = hdf_set_valuef(sum, "%d.msg=%s", n, msg);
    nerr_ignore(&e1);
    nerr_ignore(&e2);
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

/* Two to four ASCII digits at s, or -1. */
static int digits(const char *s, int n)
{
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int app_set_datetime(HDF *hdf, const char *prefix, const char *s)
{
  /* Every page shows dates: parsed and written without printf or scanf. */
  if (!s || strlen(s) < 16 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':') return -1;
  if (digits(s, 4) < 0 || digits(s + 5, 2) < 0 || digits(s + 8, 2) < 0 || digits(s + 11, 2) < 0 || digits(s + 14, 2) < 0)
    return -1;
  char date[11] = { s[8], s[9], '/', s[5], s[6], '/', s[0], s[1], s[2], s[3], 0 };
  char time[6] = { s[11], s[12], ':', s[14], s[15], 0 }, hh[3] = { s[11], s[12], 0 }, mm[3] = { s[14], s[15], 0 };
  char iso[17];
  memcpy(iso, s, 16);
  iso[10] = 'T';
  iso[16] = '\0';
  HDF *node;
  if (hdf_get_node(hdf, prefix, &node) != STATUS_OK) return -1;
  NEOERR *err = hdf_set_value(node, "date", date);
  if (!err) err = hdf_set_value(node, "time", time);
  if (!err) err = hdf_set_value(node, "hh", hh);
  if (!err) err = hdf_set_value(node, "mm", mm);
  if (!err) err = hdf_set_value(node, "iso", iso);
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

void app_set_times(HDF *row, const char *const *cols, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    char dst[40];
    snprintf(dst, sizeof dst, "t_%s", cols[i]);
    const char *v = hdf_get_value(row, cols[i], NULL);
    if (v && *v) app_set_datetime(row, dst, v);
  }
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
  return cl && *cl && !valid_int(cl, 0, MAX_BODY, &n);
}

static void finish(struct req *r, int status)
{
  switch (status) {
  case 200:
  case 422:
    if (!r->route->template) { render_error(r, 500); break; }
    render_html(r, status, r->route->template);
    break;
  case 201: render_body(r, 200); break;
  case 303: render_redirect(r); break;
  default: render_error(r, status);
  }
}

/* The route for this path and method; 0, or 404/405 already answered. */
static int route(const struct app *a, struct req *r)
{
  /* nginx gives the decoded, normalised path ($document_uri). */
  const char *path = fcgi_param("DOCUMENT_URI");
  if (!path || !valid_text(path, 300, 0)) path = "/?";
  int allowed = 0;
  for (size_t i = 0; i < a->nroutes; i++) {
    const struct route *rt = &a->routes[i];
    if (!input_match(rt->pattern, path, r->segment, sizeof r->segment)) continue;
    if (rt->segment != V_NONE && !input_valid(rt->segment, r->segment, 0)) continue;
    allowed |= rt->methods;
    if (r->method & rt->methods) { r->route = rt; return 0; }
  }
  if (allowed) render_allow(r, allowed);
  else render_error(r, 404);
  return -1;
}

/* Everything before the handler: who asks, the body, CSRF, the inputs.
 * Returns 0 to go on, or the status to answer with. */
static int admit(const struct app *a, struct req *r)
{
  if (r->route->roles) {
    int st = a->auth ? a->auth(r, r->route->roles) : 403;
    if (st == 401) return app_redirect(r, "%s", a->login_path ? a->login_path : "/");
    if (st) return st;
  }
  if (r->method == M_POST) {
    if (body_too_large()) return 413;
    int cls = r->route->flags & R_KIOSK ? Q_KIOSK : Q_FORM;
    int st = a->admit_post ? a->admit_post(r, cls) : 0;
    if (st) return st;
    if (input_body(r, fcgi_param("CONTENT_TYPE")) != 0) return 400;
    /* Every POST, by construction: no route can opt out. */
    if (csrf_verify(r) != 0) return 403;
  }
  int st = input_read(r);
  if (st) return st;
  if ((r->method == M_POST || (r->route->flags & R_FORM)) && csrf_issue(r, r->fid) != 0) return 500;
  return 0;
}

/* One run of a POST's handler in its transaction: committed only when
 * the handler succeeded (303, or a recorded failure), rolled back otherwise. */
static int run_once(const struct app *a, struct req *r, int *committed)
{
  *committed = 0;
  if (db_begin() != 0) return 503;
  int status = r->route->handler(r);
  if (status == 303 || r->commit) {
    /* The POST's count last: its row (one an address) locked only until this COMMIT. */
    if ((r->tx_prepare && r->tx_prepare(r) != 0) || (r->quota_owed && a->count_post && a->count_post(r) != 0) ||
        db_commit() != 0) { db_rollback(); status = 503; }
    else { *committed = 1; r->quota_owed = 0; }
  } else {
    db_rollback();
  }
  if (r->tx_finish) r->tx_finish(r, *committed);
  return status;
}

/* A transaction that lost a conflict (a deadlock; on a Galera cluster,
 * two nodes writing the same row at once: the loser's COMMIT fails) or
 * its connection before COMMIT was rolled back whole: the handler runs
 * again from the start, on a working node, a bounded number of times.
 * Lost during COMMIT, it may have been written: only a handler whose
 * writes are keyed by the form id (r->idempotent: a submission) runs
 * again, and finds what it wrote. */
#define TX_TRIES 6
/* Before running again: a pause of a few milliseconds, longer each time
 * and never the same in two workers, so that two losers do not collide
 * again at once. */
static void backoff(int attempt)
{
  struct timespec ts = { 0, (long)(attempt * 5 + rand() % 10) * 1000000L };
  nanosleep(&ts, NULL);
}

static int run(const struct app *a, struct req *r)
{
  if (r->method != M_POST) return r->route->handler(r);
  for (int attempt = 1;; attempt++) {
    int committed, status = run_once(a, r, &committed);
    enum db_fate fate = db_fate();
    int again = !committed && attempt < TX_TRIES &&
                (fate == DB_FATE_ROLLED_BACK || (fate == DB_FATE_UNKNOWN && r->idempotent));
    if (!again) return status;
    log_err("%s: transaction %s (%u), run again (%d of %d)", r->route->pattern,
            fate == DB_FATE_UNKNOWN ? "of unknown outcome" : "rolled back", db_errno(), attempt + 1, TX_TRIES);
    r->tx_prepare = NULL;
    r->tx_finish = NULL;
    r->commit = 0;
    r->idempotent = 0;
    r->location[0] = '\0';
    backoff(attempt);
  }
}

static void app_handle(void *arg)
{
  const struct app *a = arg;
  struct req r;
  memset(&r, 0, sizeof r);
  r.now = app_now();
  NEOERR *err = input_cgi(&r.cgi, fcgi_param("REQUEST_METHOD"), fcgi_param("QUERY_STRING"), fcgi_param("HTTP_COOKIE"), fcgi_param("CONTENT_LENGTH"));
  if (err) {
    nerr_log_error(err);
    nerr_ignore(&err);
    render_error(&r, 400);
    return;
  }
  r.hdf = r.cgi->hdf;
  if (a->area && hdf_set_value(r.hdf, "Page.area", a->area) != STATUS_OK) log_err("%s: Page.area", a->name);
  r.method = method_of(fcgi_param("REQUEST_METHOD"), &r.head);
  if (route(a, &r) == 0) {
    int status = admit(a, &r);
    finish(&r, status ? status : run(a, &r));
  }
  /* A POST that committed nothing still counts (after its answer was put together). */
  if (r.quota_owed && a->count_post && a->count_post(&r) != 0) log_err("%s: a POST's count not written", a->name);
  if (r.body && r.body_free) r.body_free(r.body);
  cgi_destroy(&r.cgi);
}

int app_check_routes(const struct app *a)
{
  int bad = 0;
  for (size_t i = 0; i < a->nroutes; i++) {
    const struct route *rt = &a->routes[i];
    const char *why = NULL;
    if (rt->methods != M_GET && rt->methods != M_POST) why = "one method per row";
    if (rt->methods == M_POST && (rt->flags & ~R_KIOSK)) why = "a POST carries no flag but its quota class";
    if (rt->methods == M_GET && (rt->flags & R_KIOSK)) why = "a GET has no quota class";
    for (int k = 0; k < MAX_FIELDS; k++)
      for (int j = k + 1; rt->fields[k].name && j < MAX_FIELDS; j++)
        if (rt->fields[j].name && strcmp(rt->fields[k].name, rt->fields[j].name) == 0) why = "an input declared twice";
    if (why) { log_err("%s: route %s: %s", a->name, rt->pattern, why); bad = -1; }
  }
  return bad;
}

/* The main() of every FastCGI program: options, then the prefork loop.
 *   -c CONFIG -s SOCKET [-w WORKERS] [-t TEMPLATES] [-l LANGFILE] */
int app_main(struct app *a, int argc, char **argv)
{
  const char *sock = NULL;
  int c, workers = a->workers;
  if (!a->template_dir) a->template_dir = "templates";
  if (!a->lang_file) a->lang_file = "templates/lang/vi.hdf";
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
  if (app_check_routes(a) != 0) return 2;
  struct fcgi_app fa = {
    .name = a->name, .init = app_init, .handle = app_handle, .fini = app_fini,
    .arg = a, .max_requests = 100000, .heap_limit = 4UL << 20,
  };
  return fcgi_run(&fa, sock, workers) == 0 ? 0 : 1;
}
