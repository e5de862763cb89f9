/* workflow.h: which step may move a dossier from which status, and who may take it (pure, unit-tested). */
#ifndef MOTCUA_WORKFLOW_H
#define MOTCUA_WORKFLOW_H

/* Roles, as bits; an account may hold several. */
enum { ROLE_COUNTER = 1, ROLE_SPECIALIST = 2, ROLE_LEADER = 4, ROLE_ADMIN = 8, ROLE_AGENT = 16 };

/* Steps are rows of the table in workflow.c, known by name ("tiepnhan");
 * at most WF_MAX_STEPS of them. */
#define WF_MAX_STEPS 32

/* Conditions beyond the status, checked by wf_check from struct wf_ctx. */
enum wf_flag {
  WF_HOME      = 1 << 0,  /* only at the unit competent for the dossier (not while forwarded) */
  WF_AWAY      = 1 << 1,  /* only while forwarded to this unit */
  WF_ASSIGNEE  = 1 << 2,  /* a specialist must be the one assigned (leaders may always) */
  WF_DRAFT     = 1 << 3,  /* an unsigned apology exists */
  WF_NODRAFT   = 1 << 4,  /* no unsigned apology exists */
  WF_INBOUND   = 1 << 5,  /* taken by the competent unit while a post office carries the paper dossier to it */
  WF_BATCH     = 1 << 6,  /* taken only through a consignment (domain/consign.c), never from the dossier page */
  WF_TRIED     = 1 << 7,  /* two failed deliveries, two working days apart (rules/postal.h) */
};

/* Inputs a step needs besides its note (the page shows them, the handler checks them). */
enum wf_input {
  WF_IN_SPECIALIST = 1 << 0,  /* chuyen_vien: an account of the unit holding the specialist role */
  WF_IN_AGENCY     = 1 << 1,  /* don_vi: another competent agency */
  WF_IN_DATE       = 1 << 2,  /* ngay_hen: a new appointment date after the current one */
  WF_IN_RETURN     = 1 << 3,  /* cach_tra (+ ma_buu_gui when by post) */
  WF_IN_RESULT     = 1 << 4,  /* ket_qua: the electronic result, a PDF (optional) */
  WF_IN_OFFICE     = 1 << 5,  /* don_vi: a post office */
  WF_IN_RECIPIENT  = 1 << 6,  /* nguoi_nhan (applicant, authorised) and so_giay_to (last 4 digits of their ID) */
};

/* What a step does to the clock of the dossier. */
enum wf_clock {
  WF_CLOCK_KEEP,    /* nothing: the appointment stands */
  WF_CLOCK_START,   /* received now, by this officer: the appointment is counted from now */
  WF_CLOCK_STOP,    /* finished now (resolved, refused or stopped) */
  WF_CLOCK_MOVE,    /* the appointment moves to the signed apology's new date */
};

/* Which unit holds the dossier after the step. */
enum wf_holder {
  WF_HOLD_KEEP,     /* the same unit */
  WF_HOLD_POINT,    /* the reception point, to hand the result back */
  WF_HOLD_AGENCY,   /* the agency named by don_vi (forwarded; the origin is remembered) */
  WF_HOLD_ORIGIN,   /* back to the unit that forwarded it */
  WF_HOLD_HERE,     /* the unit taking the step (a consignment's addressee) */
  WF_HOLD_OFFICE,   /* the post office named by don_vi, to deliver the result */
};

/* What the step records besides status, clock and holder. */
enum wf_effect {
  WF_FX_NONE,
  WF_FX_MISSING,         /* the note is the list of missing documents */
  WF_FX_ASSIGN,          /* the specialist of chuyen_vien is assigned */
  WF_FX_RETURN,          /* how the result went back (cach_tra, ma_buu_gui) */
  WF_FX_APOLOGY_DRAFT,   /* form 04 drafted: the note as reason, ngay_hen as the new date */
  WF_FX_APOLOGY_SIGN,    /* the draft of form 04 signed */
  WF_FX_ATTEMPT,         /* a delivery attempt: to the recipient of nguoi_nhan, or nobody at home */
};

/* What the citizen's timeline shows. */
enum wf_event {
  WF_EV_NONE,            /* nothing (a draft) */
  WF_EV_STATUS,          /* the new status, at this unit */
  WF_EV_FORWARDED,       /* "forwarded", at the agency it went to */
  WF_EV_FORWARD_BACK,    /* "forward_back", at this unit */
  WF_EV_APOLOGY,         /* "apology", with the signed apology's reason as its note */
  WF_EV_NAMED,           /* the row's own entry (ev), at this unit (or the post office it went to) */
};

/* What the timeline's entry says besides what happened (public_note). */
enum wf_note {
  WF_NOTE_NONE,          /* nothing */
  WF_NOTE_SHOWN,         /* the note typed with the step (what is missing, why refused) */
  WF_NOTE_TRACKING,      /* the postal item's S10 code */
};

/* One step: a row of data. domain/step.c carries out any row; a new step
 * is a new row (and its Lang.staff.step.<name> text). */
struct wf_step {
  const char *name;     /* the form value, e.g. "tiepnhan" */
  const char *from;     /* statuses it applies to, separated by '|' (national portal vocabulary) */
  const char *to;       /* status it leads to; NULL: unchanged */
  int roles;            /* who may take it */
  int needs_note;       /* a written reason or list is required */
  int flags;            /* enum wf_flag */
  int inputs;           /* enum wf_input */
  enum wf_clock clock;
  enum wf_holder holder;
  enum wf_effect effect;
  enum wf_event event;
  enum wf_note public_note;  /* what the citizen's timeline shows besides the event */
  const char *ev;       /* WF_EV_NAMED: the timeline's entry, e.g. "post_out" */
};

/* Where the dossier stands and who asks. */
struct wf_ctx {
  const char *status;
  int roles;
  int forwarded;        /* at a unit it was forwarded to (origin set) */
  int assigned_other;   /* assigned to a specialist other than the one asking */
  int draft;            /* an unsigned apology exists */
  int inbound;          /* a post office carries the paper dossier to this (the competent) unit */
  int batch;            /* the step is taken through a consignment */
  int tried;            /* two failed deliveries two working days apart are recorded */
};

enum { WF_OK = 0, WF_NOT_NOW = -1, WF_NOT_YOURS = -2, WF_ROLE = -3 };

int wf_count(void);                                          /* rows in the table */
const struct wf_step *wf_find(const char *name);            /* NULL if unknown */
/* WF_OK allowed; WF_NOT_NOW not from this status or state; WF_ROLE not
 * for these roles; WF_NOT_YOURS assigned to someone else. */
int wf_check(const struct wf_step *s, const struct wf_ctx *c);
/* The steps open in this context, in order; returns how many (<= max). */
int wf_open(const struct wf_ctx *c, const struct wf_step **out, int max);
int wf_role_bit(const char *role);                           /* "counter" -> ROLE_COUNTER, 0 if unknown */
/* The status after the step (its own, or the current one). */
const char *wf_to(const struct wf_step *s, const char *status);
/* The timeline's entry for the step from `status`; NULL: none. */
const char *wf_event_name(const struct wf_step *s, const char *status);
/* Does the step start a new stage (a new status or a new holder), which
 * gets its own share of the legal limit? 1 or 0. */
int wf_new_stage(const struct wf_step *s);
/* A stage's deadline in days: ceil(limit * percent / 100), at least 1 for
 * a limit of at least 1 day, 0 for same-day procedures. */
int wf_share_days(int limit_days, int percent);

#endif
