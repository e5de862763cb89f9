/* render.h: the only code that writes responses: ClearSilver pages, bytes, redirects, the error page. */
#ifndef MOTCUA_RENDER_H
#define MOTCUA_RENDER_H

#include "core/app.h"

int render_init(const char *template_dir);  /* loads every template into memory, once per worker */
void render_fini(void);                     /* frees them and their kept parse trees */
/* Renders a template with that HDF's values (each template parsed once
 * per worker, its tree kept); 0, or -1 (logged). */
int render_hdf(HDF *hdf, const char *tplname, STRING *out);
void render_html(struct req *r, int status, const char *tpl);
void render_body(struct req *r, int status); /* r->ctype, r->body */
void render_redirect(struct req *r);         /* 303 See Other to r->location */
void render_error(struct req *r, int status);
void render_allow(struct req *r, int methods); /* 405 with an Allow header */

#endif
