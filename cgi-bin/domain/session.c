/* session.c: who is signed in to the back office, and every sign-in, failure, lockout and sign-out on the record. */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "core/db.h"
#include "core/log.h"
#include "domain/audit.h"
#include "domain/session.h"
#include "rules/workflow.h"

/* An account as sign-in needs it. The hash stays in this struct: never in
 * the tree templates read. */
struct account {
  long id, unit_id, failed, active, locked;
  char pw_hash[256];
};

/* The account of a session, as the pages need it. */
struct signed_in {
  long account_id, unit_id, stale;
  char username[72], full_name[404], unit_name[808], roles[128];
};

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

/* What the header and the pages show of the account (Page.staff.*). */
static int show_account(struct req *r, const struct signed_in *s)
{
  NEOERR *err = hdf_set_value(r->hdf, "Page.staff.username", s->username);
  if (!err) err = hdf_set_value(r->hdf, "Page.staff.full_name", s->full_name);
  if (!err) err = hdf_set_value(r->hdf, "Page.staff.unit_name", s->unit_name);
  /* What the pages offer follows the roles (the routes check them again). */
  if (!err) err = hdf_set_int_value(r->hdf, "Page.staff.counter", (r->user_roles & ROLE_COUNTER) != 0);
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

int session_auth(struct req *r, int roles)
{
  const char *sid = hdf_get_value(r->hdf, "Cookie." SESSION_COOKIE, NULL);
  if (!token_shape_ok(sid)) return 401;
  char h[65];
  hash_id(sid, h);
  static const struct db_field cols[] = {
    DB_INT_FIELD(struct signed_in, account_id), DB_INT_FIELD(struct signed_in, unit_id),
    DB_INT_FIELD(struct signed_in, stale), DB_TEXT_FIELD(struct signed_in, username),
    DB_TEXT_FIELD(struct signed_in, full_name), DB_TEXT_FIELD(struct signed_in, unit_name),
    DB_TEXT_FIELD(struct signed_in, roles),
  };
  struct signed_in s;
  int n = db_get(DB_Q(SESSION_GET, h), cols, sizeof cols / sizeof *cols, &s);
  if (n < 0) return 503;
  if (n == 0) return 401; /* unknown, expired (idle or absolute) or deactivated */
  snprintf(r->session, sizeof r->session, "%s", sid);
  snprintf(r->username, sizeof r->username, "%s", s.username);
  r->user_id = s.account_id;
  r->user_unit = s.unit_id;
  r->user_roles = session_roles(s.roles);
  if (show_account(r, &s) != 0) return 503;
  /* Idle time is counted from the last request; written at most once a
   * minute, not on every page. */
  if (s.stale && db_exec(DB_Q(SESSION_TOUCH, h), NULL) < 0) return 503;
  if (!(r->user_roles & roles)) return 403;
  return 0;
}

/* A wrong password: counted, perhaps locked. The Lang key to show. */
static const char *wrong_password(struct req *r, const struct account *a, const char *user)
{
  if (db_exec(DB_Q(STAFF_FAIL, a->id), NULL) < 0) return "Lang.staff.err_busy";
  long failed = a->failed + 1;
  audit_write(r, failed >= 5 ? "lockout" : "login_failed", 0, failed >= 5 ? "locked for 15 minutes" : "wrong password");
  if (failed >= 5) log_info("staff account %s locked after %ld failed sign-ins", user, failed);
  return failed >= 5 ? "Lang.staff.err_locked" : "Lang.staff.err_login";
}

const char *session_login(struct req *r, const char *user, const char *password, const char *area)
{
  r->commit = 1; /* failures and lockouts are recorded too */
  static const struct db_field cols[] = {
    DB_INT_FIELD(struct account, id), DB_INT_FIELD(struct account, unit_id), DB_INT_FIELD(struct account, failed),
    DB_INT_FIELD(struct account, active), DB_INT_FIELD(struct account, locked), DB_TEXT_FIELD(struct account, pw_hash),
  };
  struct account a;
  int n = db_get(DB_Q(STAFF_BY_NAME, user), cols, sizeof cols / sizeof *cols, &a);
  snprintf(r->username, sizeof r->username, "%s", user);
  /* The sign-in page shows who tried (and the header follows it). */
  NEOERR *err = hdf_set_value(r->hdf, "Page.staff.username", user);
  nerr_ignore(&err);
  if (n < 0) return "Lang.staff.err_busy";
  if (n == 0 || !a.active) {
    audit_write(r, "login_failed", 0, "unknown or inactive account");
    return "Lang.staff.err_login";
  }
  r->user_id = a.id;
  r->user_unit = a.unit_id;
  if (a.locked) {
    audit_write(r, "login_refused", 0, "account locked or waiting after failures");
    return a.failed >= 5 ? "Lang.staff.err_locked" : "Lang.staff.err_wait";
  }
  int bad = crypto_pwhash_str_verify(a.pw_hash, password, strlen(password)) != 0;
  sodium_memzero(a.pw_hash, sizeof a.pw_hash);
  if (bad) return wrong_password(r, &a, user);
  /* A fresh session id at every sign-in (no fixation). */
  char sid[TOKEN_LEN + 1], h[65];
  token_random(sid);
  hash_id(sid, h);
  if (db_exec(DB_Q(STAFF_OK, a.id), NULL) < 0 || db_exec(DB_Q(SESSION_NEW, h, a.id), NULL) < 0)
    return "Lang.staff.err_busy";
  audit_write(r, "login", 0, "");
  app_cookie(r, SESSION_COOKIE, sid, area, 0);
  return NULL;
}

int session_logout(struct req *r, const char *area)
{
  char h[65];
  hash_id(r->session, h);
  if (db_exec(DB_Q(SESSION_DEL, h), NULL) < 0) return -1;
  if (audit_write(r, "logout", 0, "") != 0) return -1;
  app_cookie(r, SESSION_COOKIE, "", area, 1);
  return 0;
}

/* The program's area (Page.area, from its struct app). */
static const char *area_of(struct req *r)
{
  return hdf_get_value(r->hdf, "Page.area", "/can-bo");
}

int session_page_form(struct req *r)
{
  (void)r;
  return 200;
}

int session_page_post(struct req *r)
{
  const char *user = r->val[IN_SESSION_USER], *password = r->val[IN_SESSION_PASSWORD];
  NEOERR *err = hdf_set_value(r->hdf, K_FORM ".ten", user ? user : "");
  nerr_ignore(&err);
  if (!user || !password) {
    app_error(r, "ten", "Lang.staff.err_login");
    return 422;
  }
  const char *msg = session_login(r, user, password, area_of(r));
  if (msg) {
    app_error(r, "ten", msg);
    return 422;
  }
  return app_redirect(r, "%s", area_of(r));
}

int session_page_out(struct req *r)
{
  if (session_logout(r, area_of(r)) != 0) return 503;
  return app_redirect(r, "%s/dang-nhap", area_of(r));
}
