/* session.c: who is signed in to the back office, and every sign-in, failure, lockout and sign-out on the record. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/db.h"
#include "core/fcgi.h"
#include "core/log.h"
#include "domain/audit.h"
#include "domain/session.h"
#include "rules/workflow.h"

static void hash_id(const char *sid, char out[65])
{
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h, (const unsigned char *)sid, strlen(sid));
  sodium_bin2hex(out, 65, h, sizeof h);
}

int session_roles(const char *list)
{
  int bits = 0;
  char buf[128];
  snprintf(buf, sizeof buf, "%s", list ? list : "");
  char *save = NULL;
  for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) bits |= wf_role_bit(t);
  return bits;
}

static int cookie_value_ok(const char *c)
{
  if (!c || strlen(c) != TOKEN_LEN) return 0;
  for (const char *p = c; *p; p++)
    if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
      return 0;
  return 1;
}

int session_auth(struct req *r, int roles)
{
  const char *sid = hdf_get_value(r->hdf, "Cookie." SESSION_COOKIE, NULL);
  if (!cookie_value_ok(sid)) return 401;
  char h[65];
  hash_id(sid, h);
  int n = db_row(SQL_SESSION_GET, r->hdf, "Page.staff", DB_ARGS(h));
  if (n < 0) return 503;
  if (n == 0) return 401; /* unknown, expired (idle or absolute) or deactivated */
  snprintf(r->session, sizeof r->session, "%s", sid);
  r->user_id = hdf_get_int_value(r->hdf, "Page.staff.account_id", 0);
  r->user_unit = hdf_get_int_value(r->hdf, "Page.staff.unit_id", 0);
  r->user_roles = session_roles(hdf_get_value(r->hdf, "Page.staff.roles", ""));
  /* What the pages offer follows the roles (the routes check them again). */
  NEOERR *err = hdf_set_int_value(r->hdf, "Page.staff.counter", (r->user_roles & ROLE_COUNTER) != 0);
  if (err) { nerr_ignore(&err); return 503; }
  /* Idle time is counted from the last request; written at most once a
   * minute, not on every page. */
  if (hdf_get_int_value(r->hdf, "Page.staff.stale", 0) && db_exec(SQL_SESSION_TOUCH, DB_ARGS(h), NULL) < 0) return 503;
  if (!(r->user_roles & roles)) return 403;
  return 0;
}

const char *session_login(struct req *r, const char *user, const char *password)
{
  r->commit = 1; /* failures and lockouts are recorded too */
  int n = db_row(SQL_STAFF_BY_NAME, r->hdf, "Page.acct", DB_ARGS(user));
  NEOERR *err = hdf_set_value(r->hdf, "Page.staff.username", user);
  nerr_ignore(&err);
  if (n < 0) return "Lang.staff.err_busy";
  if (n == 0 || !hdf_get_int_value(r->hdf, "Page.acct.active", 0)) {
    audit_write(r, "login_failed", NULL, "unknown or inactive account");
    return "Lang.staff.err_login";
  }
  const char *id = hdf_get_value(r->hdf, "Page.acct.id", "");
  r->user_id = hdf_get_int_value(r->hdf, "Page.acct.id", 0);
  r->user_unit = hdf_get_int_value(r->hdf, "Page.acct.unit_id", 0);
  if (hdf_get_int_value(r->hdf, "Page.acct.locked", 0)) {
    audit_write(r, "login_refused", NULL, "account locked or waiting after failures");
    return hdf_get_int_value(r->hdf, "Page.acct.failed", 0) >= 5 ? "Lang.staff.err_locked" : "Lang.staff.err_wait";
  }
  const char *stored = hdf_get_value(r->hdf, "Page.acct.pw_hash", "");
  if (crypto_pwhash_str_verify(stored, password, strlen(password)) != 0) {
    if (db_exec(SQL_STAFF_FAIL, DB_ARGS(id), NULL) < 0) return "Lang.staff.err_busy";
    int failed = hdf_get_int_value(r->hdf, "Page.acct.failed", 0) + 1;
    audit_write(r, failed >= 5 ? "lockout" : "login_failed", NULL, failed >= 5 ? "locked for 15 minutes" : "wrong password");
    if (failed >= 5) log_info("staff account %s locked after %d failed sign-ins", user, failed);
    return failed >= 5 ? "Lang.staff.err_locked" : "Lang.staff.err_login";
  }
  /* A fresh session id at every sign-in (no fixation). */
  char sid[TOKEN_LEN + 1], h[65];
  token_random(sid);
  hash_id(sid, h);
  if (db_exec(SQL_STAFF_OK, DB_ARGS(id), NULL) < 0 || db_exec(SQL_SESSION_NEW, DB_ARGS(h, id), NULL) < 0)
    return "Lang.staff.err_busy";
  audit_write(r, "login", NULL, "");
  const char *https = fcgi_param("HTTPS");
  snprintf(r->set_cookie, sizeof r->set_cookie, "%s=%s; Path=/can-bo; HttpOnly; SameSite=Strict%s",
           SESSION_COOKIE, sid, (https && *https) ? "; Secure" : "");
  return NULL;
}

int session_logout(struct req *r)
{
  char h[65];
  hash_id(r->session, h);
  if (db_exec(SQL_SESSION_DEL, DB_ARGS(h), NULL) < 0) return -1;
  if (audit_write(r, "logout", NULL, "") != 0) return -1;
  const char *https = fcgi_param("HTTPS");
  snprintf(r->set_cookie, sizeof r->set_cookie, "%s=; Path=/can-bo; Max-Age=0; HttpOnly; SameSite=Strict%s",
           SESSION_COOKIE, (https && *https) ? "; Secure" : "");
  return 0;
}
