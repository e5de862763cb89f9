/* public.h: the handlers of the public program, one file per area of pages (page-<area>.c). */
#ifndef MOTCUA_PAGES_H
#define MOTCUA_PAGES_H

#include "core/app.h"

int page_home_show(struct req *r);
int page_catalogue_list(struct req *r);
int page_catalogue_show(struct req *r);
int page_submit_form(struct req *r);
int page_submit_post(struct req *r);
int page_dossier_status(struct req *r);
int page_dossier_receipt(struct req *r);
int page_dossier_png(struct req *r);
int page_dossier_lookup(struct req *r);
int page_dossier_result(struct req *r);
int page_dossier_supplement_form(struct req *r);
int page_dossier_supplement(struct req *r);

/* Shared by the dossier pages: load the dossier named by the path segment
 * if the token matches; 0 ok, 404 otherwise (the same answer for an
 * unknown code and a wrong token). */
int dossier_load(struct req *r, const char *token);

/* page-catalogue.c: Page.proc, Page.docs (and Page.pfields); 200, 404 or 503. */
int catalogue_load(struct req *r, const char *code, int with_fields);

#endif
