/* workflow.c: the table of steps; the staff pages offer and the dispatcher checks exactly these. */
#include <string.h>

#include "workflow.h"

static const struct wf_step steps[WF__MAX] = {
  { WF_ACCEPT,  "tiepnhan",    "new",        "received",     ROLE_COUNTER,                0 },
  { WF_REJECT,  "trabosung",  "new",        "not_received", ROLE_COUNTER,                1 },
  { WF_ASSIGN,  "phancong",    "received",   "processing",   ROLE_COUNTER | ROLE_LEADER,  0 },
  { WF_APPROVE, "pheduyet",    "processing", "resolved",     ROLE_LEADER,                 0 },
  { WF_REFUSE,  "tuchoi",      "processing", "stopped",      ROLE_SPECIALIST | ROLE_LEADER, 1 },
  { WF_SUPPLEMENT, "yeucaubosung", "processing", "supplement_requested", ROLE_SPECIALIST | ROLE_LEADER, 1 },
  { WF_RETURN,  "traketqua",  "resolved",   "returned",     ROLE_COUNTER,                0 },
};

const struct wf_step *wf_find(const char *name)
{
  if (!name) return NULL;
  for (int i = 0; i < WF__MAX; i++)
    if (strcmp(steps[i].name, name) == 0) return &steps[i];
  return NULL;
}

int wf_check(const struct wf_step *s, const char *status, int roles)
{
  if (!s || !status || strcmp(s->from, status) != 0) return -1;
  if (!(s->roles & roles)) return -2;
  return 0;
}

int wf_open(const char *status, int roles, const struct wf_step **out, int max)
{
  int n = 0;
  for (int i = 0; i < WF__MAX && n < max; i++)
    if (wf_check(&steps[i], status, roles) == 0) out[n++] = &steps[i];
  return n;
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
