/* audit.c: one row of the append-only audit log, written in the caller's transaction. */
#include <stdio.h>

#include "domain/audit.h"
#include "core/db.h"
#include "core/fcgi.h"

int audit_write(struct req *r, const char *action, const char *dossier_id, const char *detail)
{
  return audit_step(r, action, dossier_id, detail, NULL);
}

int audit_step(struct req *r, const char *action, const char *dossier_id, const char *detail, const char *due)
{
  char uid[24] = "", unit[24] = "";
  if (r->user_id) snprintf(uid, sizeof uid, "%ld", r->user_id);
  if (r->user_unit) snprintf(unit, sizeof unit, "%ld", r->user_unit);
  const char *ip = fcgi_param("REMOTE_ADDR");
  const char *who = hdf_get_value(r->hdf, "Page.staff.username", "");
  return db_exec(SQL_AUDIT, DB_ARGS(uid[0] ? uid : NULL, who, unit[0] ? unit : NULL, action, dossier_id,
                                    detail ? detail : "", ip ? ip : "", due), NULL) < 0 ? -1 : 0;
}
