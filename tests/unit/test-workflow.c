/* test-workflow.c: allowed and refused transitions, for each role and state, and stage shares. */
#include <string.h>

#include "tap.h"
#include "rules/workflow.h"

#define C ROLE_COUNTER
#define S ROLE_SPECIALIST
#define L ROLE_LEADER

static const struct wf_step **open_none(void)
{
  static const struct wf_step *out[WF_MAX_STEPS];
  return out;
}

int main(void)
{
  /* forwarded, assigned_other, draft describe the dossier beyond its status. */
  static const struct { const char *step, *status; int roles, fwd, other, draft, want; const char *why; } rows[] = {
    { "tiepnhan", "new", C, 0, 0, 0, WF_OK, "a counter officer accepts a new online dossier" },
    { "tiepnhan", "received", C, 0, 0, 0, WF_NOT_NOW, "a dossier is accepted only once" },
    { "tiepnhan", "new", S, 0, 0, 0, WF_ROLE, "a specialist does not receive dossiers" },
    { "trabosung", "new", C, 0, 0, 0, WF_OK, "returned for completion when incomplete" },
    { "trabosung", "not_received", C, 0, 0, 0, WF_NOT_NOW, "returned only once" },
    { "phancong", "received", L, 0, 0, 0, WF_OK, "a leader assigns a received dossier" },
    { "phancong", "processing", L, 0, 0, 0, WF_OK, "and may reassign it" },
    { "phancong", "new", L, 0, 0, 0, WF_NOT_NOW, "cannot assign before it is received" },
    { "phancong", "received", S, 0, 0, 0, WF_ROLE, "a specialist does not assign" },
    { "trinhky", "processing", S, 0, 0, 0, WF_OK, "the assigned specialist submits for sign-off" },
    { "trinhky", "processing", S, 0, 1, 0, WF_NOT_YOURS, "not a dossier assigned to a colleague" },
    { "trinhky", "processing", S | L, 0, 1, 0, WF_OK, "a leader is not bound by the assignment" },
    { "trinhky", "received", S, 0, 0, 0, WF_NOT_NOW, "nothing to submit before assignment" },
    { "pheduyet", "signoff", L, 0, 0, 0, WF_OK, "a leader approves what was submitted" },
    { "pheduyet", "processing", L, 0, 0, 0, WF_NOT_NOW, "not before it is submitted for sign-off" },
    { "pheduyet", "signoff", S, 0, 0, 0, WF_ROLE, "a specialist cannot approve" },
    { "pheduyet", "stopped", L, 0, 0, 0, WF_NOT_NOW, "a refused dossier cannot be approved" },
    { "pheduyet", "resolved", L, 0, 0, 0, WF_NOT_NOW, "approving twice is refused" },
    { "tralai", "signoff", L, 0, 0, 0, WF_OK, "a leader sends it back" },
    { "tralai", "processing", L, 0, 0, 0, WF_NOT_NOW, "only what was submitted can be sent back" },
    { "tuchoi", "processing", S, 0, 0, 0, WF_OK, "a specialist refuses with a reason" },
    { "tuchoi", "signoff", L, 0, 0, 0, WF_OK, "a leader refuses at sign-off" },
    { "tuchoi", "returned", L, 0, 0, 0, WF_NOT_NOW, "a returned dossier cannot be refused" },
    { "lienthong", "processing", S, 0, 0, 0, WF_OK, "the specialist forwards it to another agency" },
    { "lienthong", "processing", S, 1, 0, 0, WF_NOT_NOW, "a forwarded dossier is not forwarded again" },
    { "lienthong", "signoff", S, 0, 0, 0, WF_NOT_NOW, "not while it waits for sign-off" },
    { "tralienthong", "processing", S, 1, 0, 0, WF_OK, "the other agency sends it back" },
    { "tralienthong", "processing", S, 0, 0, 0, WF_NOT_NOW, "nothing to send back at home" },
    { "pheduyet", "signoff", L, 1, 0, 0, WF_NOT_NOW, "the agency it was forwarded to cannot sign it off" },
    { "yeucaubosung", "processing", S, 1, 0, 0, WF_NOT_NOW, "only the competent unit asks the citizen" },
    { "xinloi", "processing", S, 0, 0, 0, WF_OK, "the unit drafts an apology before it runs late" },
    { "xinloi", "processing", S, 0, 0, 1, WF_NOT_NOW, "one draft at a time" },
    { "xinloi", "resolved", L, 0, 0, 0, WF_NOT_NOW, "no apology once the result is ready" },
    { "kyxinloi", "processing", L, 0, 0, 1, WF_OK, "a leader signs the draft" },
    { "kyxinloi", "processing", L, 0, 0, 0, WF_NOT_NOW, "nothing to sign without a draft" },
    { "kyxinloi", "processing", S, 0, 0, 1, WF_ROLE, "a specialist cannot sign it" },
    { "dungxuly", "supplement_requested", L, 0, 0, 0, WF_OK, "a leader stops a dossier waiting for the citizen" },
    { "dungxuly", "returned", L, 0, 0, 0, WF_NOT_NOW, "a finished dossier cannot be stopped" },
    { "traketqua", "resolved", C, 0, 0, 0, WF_OK, "the counter returns the result" },
    { "traketqua", "processing", C, 0, 0, 0, WF_NOT_NOW, "no result to return yet" },
    { "traketqua", "resolved", C | L, 0, 0, 0, WF_OK, "several roles: any that fits" },
    { "traketqua", "resolved", 0, 0, 0, 0, WF_ROLE, "no role at all" },
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    const struct wf_step *s = wf_find(rows[i].step);
    struct wf_ctx c = { rows[i].status, rows[i].roles, rows[i].fwd, rows[i].other, rows[i].draft, 0, 0, 0 };
    CHECK(s && wf_check(s, &c) == rows[i].want, "%s", rows[i].why);
  }
  /* The postal steps: a paper dossier on its way, consignments, deliveries. */
  static const struct { const char *step, *status; int roles, inbound, batch, tried, want; const char *why; } post[] = {
    { "nhanbuudien", "new", C, 1, 1, 0, WF_OK, "the competent counter receives a paper dossier through its consignment" },
    { "nhanbuudien", "new", C, 1, 0, 0, WF_NOT_NOW, "not from the dossier page: only by signing the handover record" },
    { "nhanbuudien", "new", C, 0, 1, 0, WF_NOT_NOW, "only while a post office carries it to this unit" },
    { "tiepnhan", "new", C, 1, 0, 0, WF_NOT_NOW, "a paper dossier on its way is not accepted like an online one" },
    { "trabosung", "new", C, 1, 0, 0, WF_NOT_NOW, "nor returned from the dossier page" },
    { "guibuudien", "new", ROLE_AGENT, 0, 1, 0, WF_OK, "the agent sends a paper dossier in a consignment" },
    { "guibuudien", "new", C, 0, 1, 0, WF_ROLE, "a counter officer does not" },
    { "giaobuudien", "resolved", C, 0, 1, 0, WF_OK, "the counter hands a result to the post office in a consignment" },
    { "giaobuudien", "resolved", C, 0, 0, 0, WF_NOT_NOW, "not outside a consignment" },
    { "giaobuudien", "resolved", ROLE_AGENT, 0, 1, 0, WF_ROLE, "an agent does not hand results to himself" },
    { "phatthanhcong", "resolved", ROLE_AGENT, 0, 0, 0, WF_OK, "the agent records a delivery" },
    { "phatthanhcong", "resolved", C, 0, 0, 0, WF_ROLE, "a counter officer does not deliver" },
    { "phatthanhcong", "returned", ROLE_AGENT, 0, 0, 0, WF_NOT_NOW, "delivered only once" },
    { "vangnha", "resolved", ROLE_AGENT, 0, 0, 0, WF_OK, "nobody at home: recorded" },
    { "hoantra", "resolved", ROLE_AGENT, 0, 0, 0, WF_NOT_NOW, "not back to the agency before two failed attempts" },
    { "hoantra", "resolved", ROLE_AGENT, 0, 0, 1, WF_OK, "after two failed attempts two working days apart" },
    { "traketqua", "resolved", C, 0, 0, 0, WF_OK, "the counter may still return a result by hand" },
  };
  for (size_t i = 0; i < sizeof post / sizeof *post; i++) {
    const struct wf_step *s = wf_find(post[i].step);
    struct wf_ctx c = { post[i].status, post[i].roles, 0, 0, 0, post[i].inbound, post[i].batch, post[i].tried };
    CHECK(s && wf_check(s, &c) == post[i].want, "%s", post[i].why);
  }
  CHECK(wf_open(&(struct wf_ctx){ "new", C, 0, 0, 0, 1, 0, 0 }, open_none(), WF_MAX_STEPS) == 0,
        "a paper dossier on its way offers no step on the dossier page");
  CHECK(wf_find("xoa-ho-so") == NULL, "an unknown step is not found");
  CHECK(wf_find(NULL) == NULL, "no step name");
  CHECK(wf_check(wf_find("tiepnhan"), &(struct wf_ctx){ "", C, 0, 0, 0, 0, 0, 0 }) == WF_NOT_NOW, "an empty status matches no step");
  CHECK(wf_check(wf_find("tralai"), &(struct wf_ctx){ "sign", L, 0, 0, 0, 0, 0, 0 }) == WF_NOT_NOW, "a prefix of a status is not the status");
  const struct wf_step *open[WF_MAX_STEPS];
  CHECK(wf_open(&(struct wf_ctx){ "new", C, 0, 0, 0, 0, 0, 0 }, open, WF_MAX_STEPS) == 2, "a counter officer has two choices for a new dossier");
  CHECK(wf_open(&(struct wf_ctx){ "new", L, 0, 0, 0, 0, 0, 0 }, open, WF_MAX_STEPS) == 0, "a leader has none for a new dossier");
  CHECK(wf_open(&(struct wf_ctx){ "returned", C | L | S, 0, 0, 0, 0, 0, 0 }, open, WF_MAX_STEPS) == 0, "nothing follows 'returned'");
  CHECK(wf_open(&(struct wf_ctx){ "processing", S, 0, 1, 0, 0, 0, 0 }, open, WF_MAX_STEPS) == 1 && strcmp(open[0]->name, "xinloi") == 0,
        "a colleague's dossier: only the apology draft is open to a specialist");
  CHECK(wf_role_bit("leader") == ROLE_LEADER && wf_role_bit("chief") == 0, "role names");
  CHECK(wf_to(wf_find("lienthong"), "processing")[0] == 'p' && wf_to(wf_find("pheduyet"), "signoff")[0] == 'r',
        "forwarding keeps the status; approval leads to resolved");
  /* What each step does, one row per step of the table: clock, holder, effect, the timeline's entry
   * (from "processing" for steps that keep the status), whether the note is shown to the citizen. */
  static const struct { const char *step; int clock, holder, effect; const char *event; int shown; const char *why; } does[] = {
    { "tiepnhan", WF_CLOCK_START, WF_HOLD_KEEP, WF_FX_NONE, "received", 0, "acceptance starts the clock" },
    { "trabosung", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_MISSING, "not_received", 1, "the citizen sees what is missing" },
    { "phancong", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_ASSIGN, "processing", 0, "assignment names a specialist" },
    { "lienthong", WF_CLOCK_KEEP, WF_HOLD_AGENCY, WF_FX_NONE, "forwarded", 0, "forwarding hands it to the agency" },
    { "tralienthong", WF_CLOCK_KEEP, WF_HOLD_ORIGIN, WF_FX_NONE, "forward_back", 0, "and back to where it came from" },
    { "yeucaubosung", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_NONE, "supplement_requested", 1, "the citizen sees what to bring" },
    { "trinhky", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_NONE, "signoff", 0, "submitting changes only the status" },
    { "pheduyet", WF_CLOCK_STOP, WF_HOLD_POINT, WF_FX_NONE, "resolved", 0, "approval finishes, result to the counter" },
    { "tralai", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_NONE, "processing", 0, "an internal hand-back keeps its note inside" },
    { "tuchoi", WF_CLOCK_STOP, WF_HOLD_KEEP, WF_FX_NONE, "stopped", 1, "a refusal finishes, with its reason shown" },
    { "dungxuly", WF_CLOCK_STOP, WF_HOLD_KEEP, WF_FX_NONE, "withdrawn", 1, "a stop finishes, with its reason shown" },
    { "xinloi", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_APOLOGY_DRAFT, NULL, 0, "a draft apology is not on the timeline" },
    { "kyxinloi", WF_CLOCK_MOVE, WF_HOLD_KEEP, WF_FX_APOLOGY_SIGN, "apology", 0, "a signed apology moves the appointment" },
    { "traketqua", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_RETURN, "returned", 0, "returning records how" },
    { "guibuudien", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_NONE, "in_transit", 2, "a paper dossier on its way, with its S10 code" },
    { "nhanbuudien", WF_CLOCK_START, WF_HOLD_HERE, WF_FX_NONE, "received", 0, "the handover record's signature starts the clock" },
    { "giaobuudien", WF_CLOCK_KEEP, WF_HOLD_OFFICE, WF_FX_RETURN, "post_out", 2, "the result goes to the post office with its S10 code" },
    { "phatthanhcong", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_ATTEMPT, "returned", 2, "delivered: returned, the attempt recorded" },
    { "vangnha", WF_CLOCK_KEEP, WF_HOLD_KEEP, WF_FX_ATTEMPT, "delivery_failed", 2, "nobody at home: the attempt recorded" },
    { "hoantra", WF_CLOCK_KEEP, WF_HOLD_POINT, WF_FX_NONE, "post_back", 2, "undelivered: back to the reception point" },
  };
  CHECK(sizeof does / sizeof *does == (size_t)wf_count(), "every step of the table is described");
  for (size_t i = 0; i < sizeof does / sizeof *does; i++) {
    const struct wf_step *s = wf_find(does[i].step);
    const char *ev = wf_event_name(s, "processing");
    int same_ev = does[i].event ? ev && strcmp(ev, does[i].event) == 0 : ev == NULL;
    CHECK(s && (int)s->clock == does[i].clock && (int)s->holder == does[i].holder && (int)s->effect == does[i].effect &&
          same_ev && (int)s->public_note == does[i].shown, "%s", does[i].why);
    /* A row's effects have the inputs they need: checked here, not at run time. */
    CHECK(s && (s->effect != WF_FX_ASSIGN || (s->inputs & WF_IN_SPECIALIST)) &&
          (s->holder != WF_HOLD_AGENCY || (s->inputs & WF_IN_AGENCY)) &&
          (s->effect != WF_FX_RETURN || (s->inputs & WF_IN_RETURN)) &&
          (s->effect != WF_FX_APOLOGY_DRAFT || ((s->inputs & WF_IN_DATE) && s->needs_note)) &&
          (s->holder != WF_HOLD_OFFICE || (s->inputs & WF_IN_OFFICE)) &&
          (s->effect != WF_FX_MISSING || s->needs_note) && (s->public_note != WF_NOTE_SHOWN || s->needs_note),
          "%s asks for what it records", does[i].step);
  }
  CHECK(wf_new_stage(wf_find("lienthong")) && wf_new_stage(wf_find("trinhky")) && !wf_new_stage(wf_find("xinloi")),
        "a new holder or a new status starts a new stage; an apology does not");
  CHECK(wf_event_name(NULL, "processing") == NULL, "no step, no event");
  CHECK(wf_share_days(15, 60) == 9, "60%% of 15 working days is 9");
  CHECK(wf_share_days(3, 10) == 1, "a share is at least one day");
  CHECK(wf_share_days(5, 20) == 1 && wf_share_days(7, 20) == 2, "shares round up");
  CHECK(wf_share_days(0, 60) == 0, "a same-day procedure has same-day stages");
  return tap_done();
}
