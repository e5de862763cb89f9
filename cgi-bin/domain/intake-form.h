/* intake-form.h: reading the submission form (intake.c's helpers): the procedure, typed answers kept for a re-shown form, files. */
#ifndef MOTCUA_INTAKE_FORM_H
#define MOTCUA_INTAKE_FORM_H

#include <stdint.h>

#include "domain/intake.h"
#include "domain/procedure.h"
#include "domain/upload.h"

#define FORM_MAX_TOTAL (20L * 1024 * 1024)
#define FORM_MAX_DOCS 20

/* The form of a procedure into Page.*, and the procedure as a struct (p may be NULL). 200, 404, 503. */
int form_load(struct req *r, enum intake_channel ch, const char *code, struct procedure *p);
/* v kept as Page.form.<name>; NULL when absent or invalid UTF-8 (message set). */
const char *form_keep(struct req *r, const char *name, const char *v, int multiline);
/* Kept, then checked: present if required, at most max characters, text. NULL with a message otherwise. */
const char *form_text(struct req *r, const char *name, const char *v, size_t max, int multiline, int required);
void form_check_pfields(struct req *r, int32_t today);
/* The documents' files into ups (at most max); returns how many. Messages next to each field. */
int form_check_files(struct req *r, struct upload *ups, int max);

/* The wards and communes of a ward-level procedure, for its form: the
 * worker's list, as Ref.wards (domain/refdata.c): 0, or -1. */
int form_show_wards(const struct procedure *p);

#endif
