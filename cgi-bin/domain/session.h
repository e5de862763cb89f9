/* session.h: staff sign-in: argon2id passwords, sessions in MariaDB behind a random cookie, lockout, audit. */
#ifndef MOTCUA_SESSION_H
#define MOTCUA_SESSION_H

#include "core/app.h"

#define SESSION_COOKIE "mc_s"

/* app->auth for the staff program: 0, 401 or 403. */
int session_auth(struct req *r, int roles);
/* The struct app fields of a program whose pages under `area` need a sign-in. */
#define SIGNED_IN(where) .auth = session_auth, .login_path = where "/dang-nhap", .area = where
/* Checks a username and password; on success opens a new session (a new
 * id: never one the browser brought) and sets the cookie. Returns 0, or
 * the Lang key of the message to show. Writes the audit row either way. */
const char *session_login(struct req *r, const char *user, const char *password, const char *area);
int session_logout(struct req *r, const char *area);
/* The sign-in pages of a program whose pages live under AREA (its
 * cookie's path, Page.area), the same for every such program: its route
 * table lists them with SESSION_ROUTES(area, roles that may sign out). */
enum { IN_SESSION_USER, IN_SESSION_PASSWORD };
/* GET AREA/dang-nhap  — the sign-in form.
 * POST AREA/dang-nhap  — fields: ten (username), mat_khau. 303 to AREA, or
 * 422 with one message that does not say which part was wrong.
 * POST AREA/dang-xuat  — ends the session; 303 to the sign-in form. */
handler_fn session_page_form, session_page_post, session_page_out;
#define SESSION_ROUTES(area, roles) \
  { area "/dang-nhap", M_GET, R_FORM, V_NONE, { { 0 } }, session_page_form, "staff-login.cs", 0 }, \
  { area "/dang-nhap", M_POST, 0, V_NONE, \
    { [IN_SESSION_USER] = { "ten", V_TEXT, 64, 0 }, [IN_SESSION_PASSWORD] = { "mat_khau", V_SECRET, 200, 0 } }, \
    session_page_post, "staff-login.cs", 0 }, \
  { area "/dang-xuat", M_POST, 0, V_NONE, { { 0 } }, session_page_out, NULL, roles }
/* The role bits of "counter,leader". */
int session_roles(const char *list);

#endif
