/* workflow.c: the table of steps, one row of data each; the staff pages offer, and domain/step.c carries out, exactly these. */
#include <string.h>

#include "rules/workflow.h"

#define LEAD ROLE_LEADER
#define SPEC ROLE_SPECIALIST
#define DESK ROLE_COUNTER
#define POST ROLE_AGENT
#define OPEN_CASE "received|processing|signoff|supplement_requested"

#define NOTE 1       /* needs_note */
#define SHOWN WF_NOTE_SHOWN
#define TRACKED WF_NOTE_TRACKING

/* Each row: who may take the step, from where to where, what it asks for
 * (first line); what it does to the clock and the holder, its own effect
 * and what the citizen's timeline shows (second line). */
static const struct wf_step steps[] = {
  /* new -> received: the receiving unit checks an online dossier and accepts it */
  { "tiepnhan", "new", "received", DESK, 0, 0, 0,
    WF_CLOCK_START, WF_HOLD_KEEP, WF_FX_NONE, WF_EV_STATUS, 0, NULL },
  /* new -> not_received: returned for completion, with what is missing (once) */
  { "trabosung", "new", "not_received", DESK, NOTE, 0, 0,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_MISSING, WF_EV_STATUS, SHOWN, NULL },
  /* received|processing -> processing: handed to a named specialist */
  { "phancong", "received|processing", "processing", DESK | LEAD, 0, 0, WF_IN_SPECIALIST,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_ASSIGN, WF_EV_STATUS, 0, NULL },
  /* processing, at the competent unit -> processing at another agency (liên thông) */
  { "lienthong", "processing", NULL, SPEC | LEAD, NOTE, WF_HOME | WF_ASSIGNEE, WF_IN_AGENCY,
    WF_CLOCK_KEEP, WF_HOLD_AGENCY, WF_FX_NONE, WF_EV_FORWARDED, 0, NULL },
  /* processing, forwarded -> processing back at the unit that forwarded it */
  { "tralienthong", "processing", NULL, SPEC | LEAD, NOTE, WF_AWAY | WF_ASSIGNEE, 0,
    WF_CLOCK_KEEP, WF_HOLD_ORIGIN, WF_FX_NONE, WF_EV_FORWARD_BACK, 0, NULL },
  /* processing -> supplement_requested: the clock stops until the citizen sends it */
  { "yeucaubosung", "processing", "supplement_requested", SPEC | LEAD, NOTE, WF_HOME | WF_ASSIGNEE, 0,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_NONE, WF_EV_STATUS, SHOWN, NULL },
  /* processing -> signoff: the specialist submits the draft result for sign-off */
  { "trinhky", "processing", "signoff", SPEC | LEAD, 0, WF_HOME | WF_ASSIGNEE, WF_IN_RESULT,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_NONE, WF_EV_STATUS, 0, NULL },
  /* signoff -> resolved: a leader signs off; the result is ready */
  { "pheduyet", "signoff", "resolved", LEAD, 0, WF_HOME, WF_IN_RESULT,
    WF_CLOCK_STOP, WF_HOLD_POINT, WF_FX_NONE, WF_EV_STATUS, 0, NULL },
  /* signoff -> processing: the leader sends it back to the specialist, with why */
  { "tralai", "signoff", "processing", LEAD, NOTE, WF_HOME, 0,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_NONE, WF_EV_STATUS, 0, NULL },
  /* processing|signoff -> stopped: refused with a reason */
  { "tuchoi", "processing|signoff", "stopped", SPEC | LEAD, NOTE, WF_HOME | WF_ASSIGNEE, 0,
    WF_CLOCK_STOP, WF_HOLD_KEEP, WF_FX_NONE, WF_EV_STATUS, SHOWN, NULL },
  /* -> withdrawn: stopped (the applicant withdrew, form 05), with a reason */
  { "dungxuly", OPEN_CASE, "withdrawn", LEAD, NOTE, WF_HOME, 0,
    WF_CLOCK_STOP, WF_HOLD_KEEP, WF_FX_NONE, WF_EV_STATUS, SHOWN, NULL },
  /* no status change: the unit drafts form 04, a reason and a new date */
  { "xinloi", OPEN_CASE, NULL, SPEC | LEAD, NOTE, WF_HOME | WF_NODRAFT, WF_IN_DATE,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_APOLOGY_DRAFT, WF_EV_NONE, 0, NULL },
  /* no status change: a leader signs form 04; the new date applies */
  { "kyxinloi", OPEN_CASE, NULL, LEAD, 0, WF_HOME | WF_DRAFT, 0,
    WF_CLOCK_MOVE, WF_HOLD_KEEP, WF_FX_APOLOGY_SIGN, WF_EV_APOLOGY, 0, NULL },
  /* resolved -> returned: the result handed back, by the way it went */
  { "traketqua", "resolved", "returned", DESK, 0, 0, WF_IN_RETURN,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_RETURN, WF_EV_STATUS, 0, NULL },

  /* The public postal service (Decision 45/2016/QĐ-TTg): paper dossiers in,
   * results out, each item with its S10 code on the citizen's timeline. */
  /* new, paper, at the post office: sent to the competent unit in a consignment */
  { "guibuudien", "new", NULL, POST, 0, WF_BATCH, 0,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_NONE, WF_EV_NAMED, TRACKED, "in_transit" },
  /* new, carried by post -> received: the competent unit signs the handover record; the clock starts */
  { "nhanbuudien", "new", "received", DESK, 0, WF_INBOUND | WF_BATCH, 0,
    WF_CLOCK_START, WF_HOLD_HERE, WF_FX_NONE, WF_EV_STATUS, 0, NULL },
  /* resolved, at the counter -> at a post office: counted, sealed and handed over with its S10 code */
  { "giaobuudien", "resolved", NULL, DESK, 0, WF_BATCH, WF_IN_OFFICE | WF_IN_RETURN,
    WF_CLOCK_KEEP, WF_HOLD_OFFICE, WF_FX_RETURN, WF_EV_NAMED, TRACKED, "post_out" },
  /* resolved -> returned: delivered against the recipient's identification */
  { "phatthanhcong", "resolved", "returned", POST, 0, 0, WF_IN_RECIPIENT,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_ATTEMPT, WF_EV_STATUS, TRACKED, NULL },
  /* no status change: nobody to receive it; tried again on another day */
  { "vangnha", "resolved", NULL, POST, 0, 0, 0,
    WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_ATTEMPT, WF_EV_NAMED, TRACKED, "delivery_failed" },
  /* after two failed deliveries two working days apart: back to the reception point's counter */
  { "hoantra", "resolved", NULL, POST, 0, WF_TRIED, 0,
    WF_CLOCK_KEEP, WF_HOLD_POINT, WF_FX_NONE, WF_EV_NAMED, TRACKED, "post_back" },
};

#define NSTEPS ((int)(sizeof steps / sizeof *steps))
_Static_assert(sizeof steps / sizeof *steps <= WF_MAX_STEPS, "raise WF_MAX_STEPS");

int wf_count(void)
{
  return NSTEPS;
}

const struct wf_step *wf_find(const char *name)
{
  if (!name) return NULL;
  for (int i = 0; i < NSTEPS; i++)
    if (strcmp(steps[i].name, name) == 0) return &steps[i];
  return NULL;
}

/* Is status one of the '|'-separated list? */
static int listed(const char *list, const char *status)
{
  size_t n = strlen(status);
  for (const char *p = list; n && p && *p; ) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len == n && strncmp(p, status, n) == 0) return 1;
    p = bar ? bar + 1 : NULL;
  }
  return 0;
}

int wf_check(const struct wf_step *s, const struct wf_ctx *c)
{
  if (!s || !c || !c->status || !listed(s->from, c->status)) return WF_NOT_NOW;
  if (!(s->roles & c->roles)) return WF_ROLE;
  if ((s->flags & WF_HOME) && c->forwarded) return WF_NOT_NOW;
  if ((s->flags & WF_AWAY) && !c->forwarded) return WF_NOT_NOW;
  if ((s->flags & WF_DRAFT) && !c->draft) return WF_NOT_NOW;
  if ((s->flags & WF_NODRAFT) && c->draft) return WF_NOT_NOW;
  /* A paper dossier on its way by post: only its consignment's steps. */
  if (!(s->flags & WF_INBOUND) != !c->inbound) return WF_NOT_NOW;
  if ((s->flags & WF_BATCH) && !c->batch) return WF_NOT_NOW;
  if ((s->flags & WF_TRIED) && !c->tried) return WF_NOT_NOW;
  /* A specialist works on what was assigned to them; a leader (or the
   * counter, for its own steps) is not bound by the assignment. */
  if ((s->flags & WF_ASSIGNEE) && c->assigned_other && !(c->roles & s->roles & ~SPEC)) return WF_NOT_YOURS;
  return WF_OK;
}

int wf_open(const struct wf_ctx *c, const struct wf_step **out, int max)
{
  int n = 0;
  for (int i = 0; i < NSTEPS && n < max; i++)
    if (wf_check(&steps[i], c) == WF_OK) out[n++] = &steps[i];
  return n;
}

const char *wf_to(const struct wf_step *s, const char *status)
{
  return s && s->to ? s->to : status;
}

const char *wf_event_name(const struct wf_step *s, const char *status)
{
  switch (s ? s->event : WF_EV_NONE) {
  case WF_EV_STATUS: return wf_to(s, status);
  case WF_EV_FORWARDED: return "forwarded";
  case WF_EV_FORWARD_BACK: return "forward_back";
  case WF_EV_APOLOGY: return "apology";
  case WF_EV_NAMED: return s->ev;
  case WF_EV_NONE: break;
  }
  return NULL;
}

int wf_new_stage(const struct wf_step *s)
{
  return s && (s->to || s->holder != WF_HOLD_KEEP);
}

int wf_share_days(int limit_days, int percent)
{
  if (limit_days <= 0 || percent <= 0) return 0;
  int d = (limit_days * percent + 99) / 100;
  return d < 1 ? 1 : d;
}

int wf_role_bit(const char *role)
{
  static const struct { const char *name; int bit; } map[] = {
    { "counter", ROLE_COUNTER }, { "specialist", ROLE_SPECIALIST }, { "leader", ROLE_LEADER },
    { "admin", ROLE_ADMIN }, { "agent", ROLE_AGENT },
  };
  for (size_t i = 0; role && i < sizeof map / sizeof *map; i++)
    if (strcmp(map[i].name, role) == 0) return map[i].bit;
  return 0;
}
