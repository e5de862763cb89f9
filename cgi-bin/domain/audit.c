/* audit.c: one row of the append-only audit log, written in the caller's transaction. */
#include "domain/audit.h"
#include "core/db.h"
#include "core/fcgi.h"

/* 0 (nobody signed in, no unit, no dossier) is SQL NULL. */
static struct db_arg id_or_null(long v)
{
  return v ? db_int_(v) : db_null_(NULL);
}

int audit_write(struct req *r, const char *action, long dossier_id, const char *detail)
{
  return audit_step(r, action, dossier_id, detail, NULL);
}

int audit_step(struct req *r, const char *action, long dossier_id, const char *detail, const char *due)
{
  const char *ip = fcgi_param("REMOTE_ADDR");
  const struct db_arg args[] = {
    id_or_null(r->user_id), db_text_(r->username), id_or_null(r->user_unit), db_text_(action),
    id_or_null(dossier_id), db_text_(detail ? detail : ""), db_text_(ip ? ip : ""), db_text_(due),
  };
  _Static_assert(sizeof args / sizeof *args == SQL_AUDIT__N, "AUDIT: one value per ?");
  return db_exec(SQL_AUDIT, SQL_AUDIT__N, args, NULL) < 0 ? -1 : 0;
}
