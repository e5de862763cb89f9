/* workflow.c: the table of steps; the staff pages offer and the dispatcher checks exactly these. */
#include <string.h>

#include "rules/workflow.h"

#define LEAD ROLE_LEADER
#define SPEC ROLE_SPECIALIST
#define DESK ROLE_COUNTER
#define OPEN_CASE "received|processing|signoff|supplement_requested"

static const struct wf_step steps[WF__MAX] = {
  { WF_ACCEPT,       "tiepnhan",     "new",                "received",             DESK,        0, 0, 0 },
  { WF_REJECT,       "trabosung",    "new",                "not_received",         DESK,        1, 0, 0 },
  { WF_ASSIGN,       "phancong",     "received|processing", "processing",          DESK | LEAD, 0, 0, WF_IN_SPECIALIST },
  { WF_FORWARD,      "lienthong",    "processing",         NULL,                   SPEC | LEAD, 1, WF_HOME | WF_ASSIGNEE, WF_IN_AGENCY },
  { WF_FORWARD_BACK, "tralienthong", "processing",         NULL,                   SPEC | LEAD, 1, WF_AWAY | WF_ASSIGNEE, 0 },
  { WF_SUPPLEMENT,   "yeucaubosung", "processing",         "supplement_requested", SPEC | LEAD, 1, WF_HOME | WF_ASSIGNEE, 0 },
  { WF_SUBMIT,       "trinhky",      "processing",         "signoff",              SPEC | LEAD, 0, WF_HOME | WF_ASSIGNEE, WF_IN_RESULT },
  { WF_APPROVE,      "pheduyet",     "signoff",            "resolved",             LEAD,        0, WF_HOME, WF_IN_RESULT },
  { WF_SEND_BACK,    "tralai",       "signoff",            "processing",           LEAD,        1, WF_HOME, 0 },
  { WF_REFUSE,       "tuchoi",       "processing|signoff", "stopped",              SPEC | LEAD, 1, WF_HOME | WF_ASSIGNEE, 0 },
  { WF_STOP,         "dungxuly",     OPEN_CASE,            "withdrawn",            LEAD,        1, WF_HOME, 0 },
  { WF_APOLOGY,      "xinloi",       OPEN_CASE,            NULL,                   SPEC | LEAD, 1, WF_HOME | WF_NODRAFT, WF_IN_DATE },
  { WF_APOLOGY_SIGN, "kyxinloi",     OPEN_CASE,            NULL,                   LEAD,        0, WF_HOME | WF_DRAFT, 0 },
  { WF_RETURN,       "traketqua",    "resolved",           "returned",             DESK,        0, 0, WF_IN_RETURN },
};

const struct wf_step *wf_find(const char *name)
{
  if (!name) return NULL;
  for (int i = 0; i < WF__MAX; i++)
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
  /* A specialist works on what was assigned to them; a leader (or the
   * counter, for its own steps) is not bound by the assignment. */
  if ((s->flags & WF_ASSIGNEE) && c->assigned_other && !(c->roles & s->roles & ~SPEC)) return WF_NOT_YOURS;
  return WF_OK;
}

int wf_open(const struct wf_ctx *c, const struct wf_step **out, int max)
{
  int n = 0;
  for (int i = 0; i < WF__MAX && n < max; i++)
    if (wf_check(&steps[i], c) == WF_OK) out[n++] = &steps[i];
  return n;
}

const char *wf_to(const struct wf_step *s, const char *status)
{
  return s && s->to ? s->to : status;
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
