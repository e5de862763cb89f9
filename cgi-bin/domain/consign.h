/* consign.h: consignments between a post office and an agency: the handover record, its J+n deadline, and the step each dossier takes with it. */
#ifndef MOTCUA_CONSIGN_H
#define MOTCUA_CONSIGN_H

#include "core/app.h"
#include "rules/s10.h"

/* A consignment as the pages act on it (SQL CONSIGN_GET); the record
 * itself is Page.k.*, its lines Page.items.N.*. */
struct consignment {
  long id, office_id, agency_id, late;
  char code[S10_MAX], kind[8], received[24];
};

/* The consignment `code` if my unit is one of its two sides (the post
 * office or the agency): 0, with Page.k (the record), Page.items (its
 * lines), Page.qr_svg and Page.may_sign (mine is the receiving side and it
 * is not signed yet); 404 (not an S10 code, none, or not mine: the same
 * answer); 503. */
int consign_open(struct req *r, const char *code, struct consignment *c);
/* kind "intake": an agent hands his office's paper dossiers for agency
 * `other` to the post (step guibuudien each); "return": the counter hands
 * the results going back by post to post office `other` (an S10 item and
 * step giaobuudien each; an agent's dossier only to its own office). One
 * consignment, due J+n. 303 to its record under Page.area; 422 with the
 * message next to input `field` (nothing to send there); 503. */
int consign_make(struct req *r, const char *kind, long other, const char *field);
/* The handover record's pages, the same in the agents' program and the
 * back office (route rows: CONSIGN_ROUTES(area, roles)):
 * GET AREA/tui-ho-so/{code}  — the record, printable; 404 for another's.
 * POST AREA/tui-ho-so/{code}  — the receiving side signs. For an intake
 * consignment at the agency: nhan_<dossier> = 1 for each dossier in the
 * bag, thieu_<dossier> what is missing; each one ticked is received now
 * (step nhanbuudien: the signature is its legal submission time), each
 * other one missing with its note. A return consignment is signed for by
 * the post office. 303 back to the record; 422 when signed already. */
enum { IN_CONSIGN_GOT, IN_CONSIGN_NOTE };
handler_fn consign_page_show, consign_page_sign;
#define CONSIGN_ROUTES(area, roles) \
  { area "/tui-ho-so/*", M_GET, R_FORM, V_PCODE, { { 0 } }, consign_page_show, "consignment.cs", roles }, \
  { area "/tui-ho-so/*", M_POST, 0, V_PCODE, \
    { [IN_CONSIGN_GOT] = { "nhan_", V_RAW, 0, F_FAMILY }, [IN_CONSIGN_NOTE] = { "thieu_", V_RAW, 0, F_FAMILY } }, \
    consign_page_sign, "consignment.cs", roles }
/* The day of a reconciliation (?ngay=YYYY-MM-DD, today by default) into
 * day_s ("YYYY-MM-DD"), Page.day and Page.day_shown: 0, or 404. */
int consign_day(struct req *r, const char *v, char day_s[16]);

#endif
