/* procedure.h: one procedure of the catalogue: what the pages show, and what intake computes with. */
#ifndef MOTCUA_PROCEDURE_H
#define MOTCUA_PROCEDURE_H

#include "core/app.h"

struct procedure {
  long id;
  char code[40];
  char level[16];        /* "ward": the citizen picks the competent ward */
  long resolver_id;      /* the competent agency otherwise */
  long has_limit, days;  /* the time limit in force */
  char unit[16];         /* "working" or "calendar" days */
  long green, green_days;  /* the green lane's shorter limit */
};

/* Page.proc, Page.docs and (with_fields) Page.pfields for the templates,
 * and the same procedure as a struct (p may be NULL). 200, 404 or 503. */
int procedure_load(struct req *r, const char *code, int with_fields, struct procedure *p);

/* The documents of a procedure as this worker keeps them (N.{pos, name,
 * copies, required}, by pos; NULL: none), to read before the next call
 * here. 0, 404 or 503. */
int procedure_docs(const char *code, HDF **docs);

#endif
