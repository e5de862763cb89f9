/* audit.h: the append-only audit log (who, when, from which unit, what). */
#ifndef MOTCUA_AUDIT_H
#define MOTCUA_AUDIT_H

#include "core/app.h"

/* One audit row for the signed-in account of r (or the username a
 * sign-in tried, r->username), in the current transaction; dossier_id 0:
 * none. 0 or -1. */
int audit_write(struct req *r, const char *action, long dossier_id, const char *detail);
/* The same for a workflow step, with the deadline the step was held to
 * ("YYYY-MM-DD HH:MM:SS", NULL: the appointment); form 06 judges it. */
int audit_step(struct req *r, const char *action, long dossier_id, const char *detail, const char *due);

#endif
