/* workflow.h: which step may move a dossier from which status, and who may take it (pure, unit-tested). */
#ifndef MOTCUA_WORKFLOW_H
#define MOTCUA_WORKFLOW_H

/* Roles, as bits; an account may hold several. */
enum { ROLE_COUNTER = 1, ROLE_SPECIALIST = 2, ROLE_LEADER = 4, ROLE_ADMIN = 8, ROLE_AGENT = 16 };

enum wf_action {
  WF_ACCEPT,          /* new -> received: the receiving unit checks an online dossier and accepts it */
  WF_REJECT,          /* new -> not_received: returned for completion, with what is missing (once) */
  WF_ASSIGN,          /* received -> processing: handed to a specialist */
  WF_APPROVE,         /* processing -> resolved: a leader signs off; the result is ready */
  WF_REFUSE,          /* processing -> stopped: refused with a reason */
  WF_SUPPLEMENT,      /* processing -> supplement_requested: the clock stops until the citizen sends it */
  WF_RETURN,          /* resolved -> returned: the result handed back */
  WF__MAX
};

struct wf_step {
  enum wf_action action;
  const char *name;     /* the form value, e.g. "tiepnhan" */
  const char *from;     /* status it applies to (national portal vocabulary) */
  const char *to;       /* status it leads to */
  int roles;            /* who may take it */
  int needs_note;       /* a written reason or list is required */
};

const struct wf_step *wf_find(const char *name);            /* NULL if unknown */
/* 0 allowed; -1 not from this status; -2 not for these roles. */
int wf_check(const struct wf_step *s, const char *status, int roles);
/* The steps open from a status to these roles, in order; returns how many (<= max). */
int wf_open(const char *status, int roles, const struct wf_step **out, int max);
int wf_role_bit(const char *role);                           /* "counter" -> ROLE_COUNTER, 0 if unknown */

#endif
