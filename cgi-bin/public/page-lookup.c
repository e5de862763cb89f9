/* page-lookup.c: finding a dossier without the QR: its code and the last four digits of the applicant's number. */
#include <ctype.h>
#include <stdio.h>

#include "core/db.h"
#include "domain/privacy.h"
#include "public/public.h"
#include "rules/dcode.h"

/* A wrong code-and-digits pair is counted against the code (whatever the
 * address it came from): after a few, the code is locked for lookup a
 * while. The lookup never leads to the QR token: it shows the status
 * itself, read-only; the receipt, the result and the supplement need the
 * QR link. */
static int flag(struct req *r, const char *key)
{
  NEOERR *err = hdf_set_int_value(r->hdf, key, 1);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}

/* GET /tra-cuu?ma={code}&so={last 4 digits}  — found: the status,
 * read-only and masked, on this page (never a link carrying the token);
 * otherwise the same message whether the code is unknown or the digits
 * are wrong, and for a code locked after repeated wrong tries a message
 * that says so whatever the digits. */
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
  int locked = db_row(DB_Q(LOOKUP_LOCKED, code), r->hdf, "Page.lock");
  if (locked < 0) return 503;
  if (locked && hdf_get_int_value(r->hdf, "Page.lock.locked", 0)) return flag(r, "Page.locked");
  char tag[TOKEN_LEN + 1];
  privacy_last4_tag(code, digits, tag);
  int found = db_row(DB_Q(DOSSIER_LOOKUP, code, tag), r->hdf, "Page.found");
  if (found < 0) return 503;
  if (found == 0) {
    /* Not in the request's transaction (a GET has none): it stays counted. */
    if (db_exec(DB_Q(LOOKUP_FAILED, code), NULL) < 0) return 503;
    return flag(r, "Page.notfound");
  }
  int st = dossier_view(r, code);
  if (st) return st;
  st = dossier_status_fill(r);
  return st == 200 ? flag(r, "Page.readonly") : st;
}
