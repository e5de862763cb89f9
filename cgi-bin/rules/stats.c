/* stats.c: what each recorded event counts as, on-time rules, the service index's scores, feedback codes; tested in tests/unit/test-stats.c. */
#include <stdio.h>
#include <string.h>

#include "rules/cal.h"
#include "rules/stats.h"

const char *stats_timing(const char *finished, const char *due, const char *first_due)
{
  int64_t fin, appt;
  const char *held = first_due && *first_due ? first_due : due;
  if (!finished || !held || cal_parse_sql(finished, &fin) != 0 || cal_parse_sql(held, &appt) != 0) return NULL;
  if (fin > appt) return "late";
  return fin / 1440 < appt / 1440 ? "early" : "on_time";
}

/* One row per status that counts: the measure it is, and what else the
 * dossier's state at that moment adds. */
int stats_measures(const char *status, const struct stats_case *c, const char **out, int max)
{
  int n = 0;
#define ADD(m) do { if (n < max) out[n++] = (m); } while (0)
  if (!status) return 0;
  if (strcmp(status, "received") == 0) {
    ADD("received");
    if (c->docs > 0) ADD("digitised");
  } else if (strcmp(status, "not_received") == 0) {
    ADD("not_received");
  } else if (strcmp(status, "supplement_requested") == 0) {
    ADD("supplement");
  } else if (strcmp(status, "resolved") == 0) {
    const char *t = stats_timing(c->finished, c->due, c->first_due);
    ADD("resolved");
    if (t) ADD(t);
    /* Decision 766: more than one supplement request counts as late. */
    if (t && strcmp(t, "late") != 0 && c->supplements <= 1) ADD("ok_766");
    if (c->has_result) ADD("e_result");
  } else if (strcmp(status, "stopped") == 0) {
    ADD("refused");
  } else if (strcmp(status, "withdrawn") == 0) {
    ADD("withdrawn");
  } else if (strcmp(status, "returned") == 0) {
    ADD("returned");
    if (c->returned_how && strcmp(c->returned_how, "electronic") == 0) ADD("e_return");
  }
#undef ADD
  return n;
}

long stats_month(const char *s)
{
  int y, m;
  if (!s || sscanf(s, "%4d-%2d", &y, &m) != 2 || y < 1900 || y > 2199 || m < 1 || m > 12) return 0;
  return (long)y * 100 + m;
}

int stats_period(const char *s, long *from, long *to)
{
  int y, m;
  char extra;
  if (!s) return -1;
  size_t n = strlen(s);
  if (n == 4 && sscanf(s, "%4d%c", &y, &extra) == 1 && y >= 2000 && y <= 2199) {
    *from = (long)y * 100 + 1;
    *to = (long)y * 100 + 12;
    return 0;
  }
  if (n == 7 && s[4] == '-' && sscanf(s, "%4d-%2d%c", &y, &m, &extra) == 2 && y >= 2000 && y <= 2199 && m >= 1 && m <= 12) {
    *from = *to = (long)y * 100 + m;
    return 0;
  }
  return -1;
}

int stats_criterion_needs_return(int criterion)
{
  return (criterion >= 1 && criterion <= 4) || criterion == 8;
}

int stats_fb_code(long id, char *out, size_t n)
{
  if (id <= 0) return -1;
  int k = snprintf(out, n, "PA-%06ld", id);
  return k > 0 && (size_t)k < n ? 0 : -1;
}

long stats_fb_parse(const char *code)
{
  if (!code || strncmp(code, "PA-", 3) != 0) return 0;
  size_t n = strlen(code + 3);
  if (n < 6 || n > 9) return 0;
  long id = 0;
  for (const char *p = code + 3; *p; p++) {
    if (*p < '0' || *p > '9') return 0;
    id = id * 10 + (*p - '0');
  }
  char back[16];
  /* One code per id: "PA-0000012" is not "PA-000012". */
  if (stats_fb_code(id, back, sizeof back) != 0 || strcmp(back, code) != 0) return 0;
  return id;
}

void stats_bag_add(struct stats_bag *b, const char *name, long value)
{
  for (int i = 0; i < b->n; i++)
    if (strcmp(b->name[i], name) == 0) { b->value[i] += value; return; }
  if (b->n < (int)(sizeof b->name / sizeof *b->name)) {
    b->name[b->n] = name;
    b->value[b->n++] = value;
  }
}

long stats_bag_get(const struct stats_bag *b, const char *name)
{
  for (int i = 0; i < b->n; i++)
    if (strcmp(b->name[i], name) == 0) return b->value[i];
  return 0;
}

/* Each sub-indicator's rate: the counts summed above the line over those
 * below it; `complement`: 100% minus that share. The words for each are
 * Lang.index.formula.<code>. */
static const struct rule {
  const char *code;
  const char *num[4], *den[4];
  int complement;
} rules[] = {
  { "pub_rating", { "c6_3", "c6_2" }, { "c6_1", "c6_2", "c6_3" }, 0 },
  { "progress", { "ok_766" }, { "resolved" }, 0 },
  { "online_share", { "online" }, { "received" }, 0 },
  { "e_result", { "e_result" }, { "resolved" }, 0 },
  { "digitised", { "digitised" }, { "received" }, 0 },
  { "fb_on_time", { "fb_on_time" }, { "fb_answered" }, 0 },
  { "fb_accepted", { "fb_reopened" }, { "fb_answered" }, 1 },
  { "satisfaction", { "late", "rated_unsat", "fb_received" }, { "resolved" }, 1 },
};

static long sum(const struct stats_bag *b, const char *const *names)
{
  long s = 0;
  for (int i = 0; i < 4 && names[i]; i++) s += stats_bag_get(b, names[i]);
  return s;
}

void stats_index_item(const char *code, int max_points, int threshold, const struct stats_bag *b,
                      struct stats_score *out)
{
  memset(out, 0, sizeof *out);
  const struct rule *r = NULL;
  for (size_t i = 0; code && i < sizeof rules / sizeof *rules; i++)
    if (strcmp(rules[i].code, code) == 0) r = &rules[i];
  if (!r || threshold <= 0 || max_points < 0) { out->status = STATS_NOT_MEASURED; return; }
  out->num = sum(b, r->num);
  out->den = sum(b, r->den);
  if (out->den <= 0) { out->status = STATS_NO_DATA; return; }
  long num = r->complement ? out->den - out->num : out->num;
  if (num < 0) num = 0;
  if (num > out->den) num = out->den;
  out->rate = (num * 10000 + out->den / 2) / out->den;            /* hundredths of a percent */
  long capped = out->rate > threshold * 100L ? threshold * 100L : out->rate;
  out->score = (capped * max_points * 100 + threshold * 50L) / (threshold * 100L);  /* hundredths of a point */
  out->status = STATS_MEASURED;
}
