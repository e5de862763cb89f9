/* case.h: a dossier as the back office acts on it: a C struct, who takes part in it, the workflow's view of it. */
#ifndef MOTCUA_CASE_H
#define MOTCUA_CASE_H

#include "core/app.h"
#include "rules/dcode.h"
#include "rules/workflow.h"

/* What a step needs to know (SQL CASE_CORE); the page shows more (CASE_GET). */
struct dossier_case {
  long id, version, limit_days;
  long holder_id, point_id, resolver_id, origin_id, assignee_id;  /* 0: none */
  long has_result, draft;            /* a result PDF; an unsigned apology */
  char code[DCODE_MAX], status[32], limit_unit[16];
  char due[24], step_due[24];        /* "YYYY-MM-DD HH:MM", "" when unset */
  char channel[16], post_tracking[48];
  long office_id;                    /* the post office that took it in, 0: none */
  long failed;                       /* failed deliveries since it was last handed to the post */
  char first_failed[24], last_failed[24];
};

/* The dossier `code` if the unit takes part in it: 1; 0 when it does not
 * exist or the unit has no part in it (the same answer: another unit's
 * dossier looks like no dossier at all); -1 on error. */
int case_load(const char *code, long unit, struct dossier_case *c);
/* The same from a row already read that holds CASE_CORE's columns (the
 * staff page's CASE_GET): 1, 0 (no part in it) or -1. */
int case_from_row(HDF *row, long unit, struct dossier_case *c);
/* The same as an HTTP status for a handler: 0, 404 or 503. */
int case_open(const char *code, long unit, struct dossier_case *c);
/* Does the unit hold it, or received it, or is competent for it, or
 * forwarded it, or is it the post office that took it in? (Read access;
 * acting needs holding.) A dossier never received is only its holder's,
 * and the post office's that took it in. */
int case_involves(const struct dossier_case *c, long unit);
/* The workflow's view of the dossier and the signed-in account: my roles
 * apply where my unit holds it, or where it is the competent unit a post
 * office is carrying the paper dossier to (inbound). */
void case_ctx(const struct dossier_case *c, const struct req *r, struct wf_ctx *ctx);

#endif
