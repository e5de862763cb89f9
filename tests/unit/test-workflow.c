/* test-workflow.c: allowed and refused transitions, for each role. */
#include "tap.h"
#include "workflow.h"

int main(void)
{
  static const struct { const char *step, *status; int roles, want; const char *why; } rows[] = {
    { "tiepnhan", "new", ROLE_COUNTER, 0, "a counter officer accepts a new online dossier" },
    { "tiepnhan", "received", ROLE_COUNTER, -1, "a dossier is accepted only once" },
    { "tiepnhan", "new", ROLE_SPECIALIST, -2, "a specialist does not receive dossiers" },
    { "trabosung", "new", ROLE_COUNTER, 0, "returned for completion when incomplete" },
    { "trabosung", "not_received", ROLE_COUNTER, -1, "returned only once" },
    { "phancong", "received", ROLE_LEADER, 0, "a leader assigns a received dossier" },
    { "phancong", "new", ROLE_LEADER, -1, "cannot assign before it is received" },
    { "pheduyet", "processing", ROLE_LEADER, 0, "a leader approves a processed dossier" },
    { "pheduyet", "processing", ROLE_SPECIALIST, -2, "a specialist cannot approve" },
    { "pheduyet", "stopped", ROLE_LEADER, -1, "a refused dossier cannot be approved" },
    { "pheduyet", "resolved", ROLE_LEADER, -1, "approving twice is refused" },
    { "tuchoi", "processing", ROLE_SPECIALIST, 0, "a specialist refuses with a reason" },
    { "tuchoi", "returned", ROLE_LEADER, -1, "a returned dossier cannot be refused" },
    { "traketqua", "resolved", ROLE_COUNTER, 0, "the counter returns the result" },
    { "traketqua", "processing", ROLE_COUNTER, -1, "no result to return yet" },
    { "traketqua", "resolved", ROLE_COUNTER | ROLE_LEADER, 0, "several roles: any that fits" },
    { "traketqua", "resolved", 0, -2, "no role at all" },
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    const struct wf_step *s = wf_find(rows[i].step);
    CHECK(s && wf_check(s, rows[i].status, rows[i].roles) == rows[i].want, "%s", rows[i].why);
  }
  CHECK(wf_find("xoa-ho-so") == NULL, "an unknown step is not found");
  CHECK(wf_find(NULL) == NULL, "no step name");
  const struct wf_step *open[8];
  CHECK(wf_open("new", ROLE_COUNTER, open, 8) == 2, "a counter officer has two choices for a new dossier");
  CHECK(wf_open("new", ROLE_LEADER, open, 8) == 0, "a leader has none for a new dossier");
  CHECK(wf_open("returned", ROLE_COUNTER | ROLE_LEADER | ROLE_SPECIALIST, open, 8) == 0, "nothing follows 'returned'");
  CHECK(wf_role_bit("leader") == ROLE_LEADER && wf_role_bit("chief") == 0, "role names");
  return tap_done();
}
