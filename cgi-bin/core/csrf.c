/* csrf.c: form tokens bound to the browser (or the staff session), same-origin checks, and cookies. */
#include <stdio.h>
#include <string.h>

#include "core/app.h"
#include "core/fcgi.h"
#include "rules/token.h"

#define COOKIE_BROWSER "mc_b"
#define CSRF_LIFETIME_MIN (4 * 60)   /* a long form may take a while to fill in */

/* Over HTTPS every cookie is a __Host- cookie: Secure, Path=/, no Domain,
 * so no other host or plain-http page can set or shadow it (the session
 * cookie is then sent to public pages too, which ignore it). Over plain
 * http (make run on 127.0.0.1) browsers refuse Secure cookies, and with
 * them __Host- ones: there the names stay bare and the path narrow. */
static int https(void)
{
  const char *v = fcgi_param("HTTPS");
  return v && *v;
}

void app_cookie(struct req *r, const char *name, const char *value, const char *path, int clear)
{
  int tls = https();
  snprintf(r->set_cookie, sizeof r->set_cookie, "%s%s=%s; Path=%s%s; HttpOnly; SameSite=Strict%s", tls ? "__Host-" : "",
           name, clear ? "" : value, tls ? "/" : path, clear ? "; Max-Age=0" : "", tls ? "; Secure" : "");
}

const char *app_cookie_get(struct req *r, const char *name)
{
  char key[96];
  snprintf(key, sizeof key, "Cookie.%s%s", https() ? "__Host-" : "", name);
  return hdf_get_value(r->hdf, key, NULL);
}

/* The id a form token is bound to: the staff session when signed in,
 * else the browser cookie. */
static const char *owner(struct req *r)
{
  if (r->session[0]) return r->session;
  return app_cookie_get(r, COOKIE_BROWSER);
}

/* GET of a page with a form: make sure the browser has an id cookie and
 * hand the form a fresh token bound to it (or keep the fid of a form being
 * re-shown after a validation error, so one form stays one dossier). */
int csrf_issue(struct req *r, const char *keep_fid)
{
  const char *browser = owner(r);
  char fresh[TOKEN_LEN + 1];
  if (!token_shape_ok(browser) && !r->set_cookie[0]) {
    token_random(fresh);
    browser = fresh;
    app_cookie(r, COOKIE_BROWSER, fresh, "/", 0);
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

int csrf_verify(struct req *r)
{
  const char *browser = owner(r);
  const char *tok = hdf_get_value(r->hdf, "Query._csrf", NULL);
  if (!same_origin() || !token_shape_ok(browser) || !tok) return -1;
  return csrf_check(app_key, browser, tok, r->now, r->fid) == 0 ? 0 : -1;
}
