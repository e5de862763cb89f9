/* public.h: the citizen program's inputs (named slots) and handlers, one file per area of pages. */
#ifndef MOTCUA_PUBLIC_H
#define MOTCUA_PUBLIC_H

#include "core/app.h"

/* Inputs by slot, per route (core/app.h: r->val[slot]). */
enum { IN_SEARCH_Q, IN_SEARCH_FIELD };               /* /thu-tuc */
enum { IN_K };                                       /* /ho-so/{code}...: the QR token */
enum { IN_SUPPLEMENT_K, IN_SUPPLEMENT_FILE };        /* /ho-so/{code}/bo-sung */
enum { IN_LOOKUP_CODE, IN_LOOKUP_DIGITS };           /* /tra-cuu */

int page_home_show(struct req *r);                   /* page-home.c */
int page_catalogue_list(struct req *r);              /* page-catalogue.c */
int page_catalogue_show(struct req *r);
int page_submit_form(struct req *r);                 /* page-submit.c */
int page_submit_post(struct req *r);
int page_dossier_status(struct req *r);              /* page-dossier.c */
int page_dossier_receipt(struct req *r);
int page_dossier_png(struct req *r);
int page_lookup_find(struct req *r);                 /* page-lookup.c */
int page_supplement_form(struct req *r);             /* page-supplement.c */
int page_supplement_post(struct req *r);
int page_supplement_result(struct req *r);

/* page-dossier.c: the dossier named by the path segment, if the token
 * matches: Page.d, Page.events, Page.t.*, the links. 0, or 404 (the same
 * answer for an unknown code and a wrong token), 503. */
int dossier_load(struct req *r, const char *token);

#endif
