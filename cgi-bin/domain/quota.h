/* quota.h: daily quotas of public submissions: per client, per identification number, per client and agency. */
#ifndef MOTCUA_QUOTA_H
#define MOTCUA_QUOTA_H

#include "core/app.h"

/* app->admit_post of the public program: every POST counts against its
 * client (an address, or an IPv6 /64) for the day, in its route's quota
 * class (enum quota_class: the forms' quota.client_posts, the kiosk's
 * quota.kiosk_posts): read before its body is read (0, 429 spent, 503),
 * the count left owed (r->quota_owed) for app->count_post. */
int quota_post(struct req *r, int quota_class);
/* app->count_post: writes the owed count, in the transaction open if any
 * (a submission's: one commit, not two), else alone. 0, or -1. */
int quota_count(struct req *r);
/* An online dossier, in the request's transaction: counted against the
 * identification number (a keyed tag, never the number) and against the
 * client at this agency. 0, 429, 503. */
int quota_dossier(struct req *r, const char *idnumber, long agency);

#endif
