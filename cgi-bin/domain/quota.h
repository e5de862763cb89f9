/* quota.h: daily quotas of public submissions: per client, per identification number, per client and agency. */
#ifndef MOTCUA_QUOTA_H
#define MOTCUA_QUOTA_H

#include "core/app.h"

/* app->admit_post of the public program: every POST counts against its
 * client (an address, or an IPv6 /64) for the day, in its route's quota
 * class (enum quota_class: the forms' quota.client_posts, the kiosk's
 * quota.kiosk_posts), before its body is read and outside any
 * transaction. 0, 429 (spent), 503. */
int quota_post(struct req *r, int quota_class);
/* An online dossier's two counts, made with its number in the request's
 * transaction (domain/intake.c, INTAKE_NUMBER, db/034): the keys it is
 * counted under, the identification number's (a keyed tag, never the
 * number) and the client's at this agency. 0, or 400 (no client address). */
#define QUOTA_KEY_MAX 96
int quota_dossier_keys(const char *idnumber, long agency, char tag[QUOTA_KEY_MAX], char at[QUOTA_KEY_MAX]);

#endif
