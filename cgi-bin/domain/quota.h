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
/* An online dossier, in the request's transaction: counted against the
 * identification number (a keyed tag, never the number) and against the
 * client at this agency. 0, 429, 503. */
int quota_dossier(struct req *r, const char *idnumber, long agency);

#endif
