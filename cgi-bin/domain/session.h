/* session.h: staff sign-in: argon2id passwords, sessions in MariaDB behind a random cookie, lockout, audit. */
#ifndef MOTCUA_SESSION_H
#define MOTCUA_SESSION_H

#include "core/app.h"

#define SESSION_COOKIE "mc_s"

/* app->auth for the staff program: 0, 401 or 403. */
int session_auth(struct req *r, int roles);
/* Checks a username and password; on success opens a new session (a new
 * id: never one the browser brought) and sets the cookie. Returns 0, or
 * the Lang key of the message to show. Writes the audit row either way. */
const char *session_login(struct req *r, const char *user, const char *password);
int session_logout(struct req *r);
/* The role bits of "counter,leader". */
int session_roles(const char *list);

#endif
