/* page-file.c: an attachment, downloaded by staff of a unit taking part in its dossier. */
#include <stdlib.h>

#include "core/db.h"
#include "domain/audit.h"
#include "domain/upload.h"
#include "staff/staff.h"

struct attachment {
  char filename[1024], mime[168], sha256[72];
};

/* GET /can-bo/tep?ho_so={code}&id={n}  — the file as stored (its own
 * content type); 404 when either is missing, unknown, or of a dossier my
 * unit has no part in. Every download is on the audit log. */
int page_file_get(struct req *r)
{
  const char *code = r->val[IN_ATT_CASE];
  long id = r->id[IN_ATT_ID];
  if (!code || !id) return 404;
  struct dossier_case c;
  int n = case_load(code, r->user_unit, &c);
  if (n < 0) return 503;
  if (n == 0) return 404;
  static const struct db_field cols[] = {
    DB_TEXT_FIELD(struct attachment, filename), DB_TEXT_FIELD(struct attachment, mime),
    DB_TEXT_FIELD(struct attachment, sha256),
  };
  static struct attachment f;   /* r->ctype points into it until the response is sent */
  n = db_get(DB_Q(FILE_GET, id, code), cols, sizeof cols / sizeof *cols, &f);
  if (n < 0) return 503;
  if (n == 0) return 404;
  int rc = upload_read(f.sha256, &r->body, &r->body_len);
  if (rc) return rc == -1 ? 404 : 500;
  r->ctype = f.mime[0] ? f.mime : "application/octet-stream";
  r->body_free = free;
  r->download = f.filename;
  audit_write(r, "download", c.id, f.filename);
  return 201;
}
