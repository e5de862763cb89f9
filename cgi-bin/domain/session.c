/* session.c: who is signed in to the back office, and every sign-in, failure, lockout and sign-out on the record. */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "core/db.h"
#include "core/fcgi.h"
#include "core/log.h"
#include "domain/audit.h"
#include "domain/session.h"
#include "rules/net.h"
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
  if (!err) err = hdf_set_int_value(r->hdf, "Page.staff.leader", (r->user_roles & ROLE_LEADER) != 0);
  if (err) { nerr_ignore(&err); return -1; }
  return 0;
}

int session_auth(struct req *r, int roles)
{
  const char *sid = app_cookie_get(r, SESSION_COOKIE);
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

/* What a sign-in knows of a client, and of this username from it. */
struct guard { long failures, locked, known; };

#define PAIR_LIMIT 5      /* wrong tries of one username from one client: 15 minutes */
#define CLIENT_LIMIT 20   /* wrong tries of any usernames from one client: 15 minutes */

static int guard_get(const char *scope, const char *subject, struct guard *g)
{
  static const struct db_field cols[] = {
    DB_INT_FIELD(struct guard, failures), DB_INT_FIELD(struct guard, locked), DB_INT_FIELD(struct guard, known),
  };
  memset(g, 0, sizeof *g);
  return db_get(DB_Q(GUARD_GET, scope, subject), cols, sizeof cols / sizeof *cols, g) < 0 ? -1 : 0;
}

/* One argon2id verification for every attempt: against the account's
 * hash, or against a hash of a random password when there is no such
 * account (or it is refused anyway), so that no failure answers sooner
 * than another. */
static int password_ok(const char *hash, const char *pw)
{
  static char dummy[crypto_pwhash_STRBYTES];
  if (!hash) {
    if (!dummy[0]) {
      char r[TOKEN_LEN + 1];
      token_random(r);
      if (crypto_pwhash_str(dummy, r, strlen(r), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        dummy[0] = '\0';
    }
    /* The outcome is known (no account): only the time it takes counts. */
    volatile int same_work = dummy[0] ? crypto_pwhash_str_verify(dummy, pw, strlen(pw)) : -1;
    (void)same_work;
    return 0;
  }
  return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

/* Why a sign-in is refused before its password counts, or NULL. */
static const char *refusal(const struct guard *client, const struct guard *pair, int exists, const struct account *a)
{
  if (client->locked) return "too many failures from this client";
  if (pair->locked) return "account locked for this client";
  if (!exists) return "unknown or inactive account";
  if (a->locked && !pair->known) return "account slowed down after failures";
  return NULL;
}

/* A failure of any kind: counted against the client and the pair (and a
 * wrong password against the account), on the record. */
static const char *failed(struct req *r, const char *client, const char *pair, const struct guard *gp,
                          const char *why, long account_id)
{
  if (db_exec(DB_Q(GUARD_FAIL, "client", client, (long)CLIENT_LIMIT), NULL) < 0 ||
      db_exec(DB_Q(GUARD_FAIL, "pair", pair, (long)PAIR_LIMIT), NULL) < 0 ||
      (account_id && db_exec(DB_Q(STAFF_FAIL, account_id), NULL) < 0))
    return "Lang.staff.err_busy";
  int locks = !gp->locked && gp->failures + 1 >= PAIR_LIMIT;   /* this failure locks the pair */
  if (locks) log_info("staff sign-in %s locked for 15 minutes", pair);
  audit_write(r, locks ? "lockout" : why ? "login_refused" : "login_failed", 0,
              locks ? "locked for this client, 15 minutes" : why ? why : "wrong password");
  return "Lang.staff.err_login";
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
  char client[NET_KEY_MAX], pair[160];
  struct guard gc, gp;
  if (n < 0 || net_client_key(fcgi_param("REMOTE_ADDR"), client, sizeof client) != 0 ||
      snprintf(pair, sizeof pair, "%s|%s", user, client) >= (int)sizeof pair ||
      guard_get("client", client, &gc) != 0 || guard_get("pair", pair, &gp) != 0)
    return "Lang.staff.err_busy";
  int exists = n == 1 && a.active;
  if (exists) { r->user_id = a.id; r->user_unit = a.unit_id; }
  /* Every failure gives the same answer after the same work: an unknown
   * account, a wrong password, a lock. */
  const char *why = refusal(&gc, &gp, exists, &a);
  int good = password_ok(exists ? a.pw_hash : NULL, password);
  sodium_memzero(a.pw_hash, sizeof a.pw_hash);
  if (why || !good) return failed(r, client, pair, &gp, why, exists && !good ? a.id : 0);
  /* A fresh session id at every sign-in (no fixation). */
  char sid[TOKEN_LEN + 1], h[65];
  token_random(sid);
  hash_id(sid, h);
  if (db_exec(DB_Q(STAFF_OK, a.id), NULL) < 0 || db_exec(DB_Q(GUARD_OK, pair), NULL) < 0 ||
      db_exec(DB_Q(SESSION_NEW, h, a.id), NULL) < 0)
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
