/* page-lookup.c: finding a dossier without the QR: its code and the last four digits of the applicant's number. */
#include <ctype.h>
#include <stdio.h>

#include "core/db.h"
#include "domain/link.h"
#include "public/public.h"
#include "rules/dcode.h"

/* GET /tra-cuu?ma={code}&so={last 4 digits}  — found: 303 to the status
 * page; otherwise the same message whether the code is unknown or the
 * digits are wrong. */
int page_lookup_find(struct req *r)
{
  const char *raw = r->val[IN_LOOKUP_CODE], *digits = r->val[IN_LOOKUP_DIGITS];
  /* An input sent but invalid is absent from r->val: the dispatcher noted it. */
  int asked = raw || digits || hdf_get_obj(r->hdf, K_ERRORS);
  if (!asked) return 200;
  char code[64] = "";
  size_t n = 0;
  for (const char *p = raw ? raw : ""; *p && n + 1 < sizeof code; p++)
    if (*p != ' ') code[n++] = (char)toupper((unsigned char)*p);
  code[n] = '\0';
  NEOERR *err = hdf_set_value(r->hdf, K_FORM ".ma", raw ? raw : "");
  if (!err) err = hdf_set_value(r->hdf, K_FORM ".so", digits ? digits : "");
  nerr_ignore(&err);
  hdf_remove_tree(r->hdf, K_ERRORS);
  int bad = 0;
  if (!code[0] || !dcode_valid(code)) { app_error(r, "ma", "Lang.err.dcode"); bad = 1; }
  if (!digits) { app_error(r, "so", "Lang.err.last4"); bad = 1; }
  if (bad) return 422;
  int found = db_row(DB_Q(DOSSIER_LOOKUP, code, digits), r->hdf, "Page.found");
  if (found < 0) return 503;
  if (found == 0) {
    err = hdf_set_int_value(r->hdf, "Page.notfound", 1);
    nerr_ignore(&err);
    return 200;
  }
  return link_redirect(r, LINK_STATUS, code);
}
