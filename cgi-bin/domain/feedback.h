/* feedback.h: a feedback item (phản ánh, kiến nghị) opened, with its deadline in working days and its first event. */
#ifndef MOTCUA_FEEDBACK_H
#define MOTCUA_FEEDBACK_H

#include "core/app.h"

struct feedback_new {
  long unit, dossier;           /* routed to; the dossier it is about (0: none) */
  const char *source;           /* "web" or "rating" */
  const char *body, *sender, *masked, *contact;
  int allow_publish;
  const char *submit_key;       /* the form id (a second click finds the first item); NULL */
};

/* The deadline of an item opened (or reopened) now: Setting feedback.days
 * working days. 0 or -1. */
int feedback_due(struct req *r, char *out, size_t n);
/* Writes the item and its "open" event in the request's transaction;
 * *id gets its id. 0, or -1 (DB_ER_DUP_ENTRY in db_errno() for a second
 * submission of the same form). */
int feedback_open(struct req *r, const struct feedback_new *f, long *id);

/* For each row of a list of items (children of `rows`): its code (from
 * its id) and the parts of its DATETIME columns `times` (t_<column>). */
void feedback_rows(HDF *rows, const char *const *times, size_t ntimes);

#endif
