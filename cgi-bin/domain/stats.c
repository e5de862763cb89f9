/* stats.c: the running totals: each counted event, each rating, adds to its measures in the caller's transaction. */
#include <string.h>

#include "core/db.h"
#include "domain/stats.h"

struct fact {
  char finished[24], due[24], first_due[24], returned_how[16];
  long supplements, has_result, docs;
};

int stats_event(long dossier_id, const char *status, const char *at)
{
  const char *m[STATS_MAX_MEASURES];
  static const struct stats_case none = { "", "", "", 0, 0, 0, "" };
  /* Most events (new, processing, forwarded) count nothing: no query. */
  if (stats_measures(status, &none, m, STATS_MAX_MEASURES) == 0) return 0;
  static const struct db_field ff[] = {
    DB_TEXT_FIELD(struct fact, finished), DB_TEXT_FIELD(struct fact, due), DB_TEXT_FIELD(struct fact, first_due),
    DB_TEXT_FIELD(struct fact, returned_how), DB_INT_FIELD(struct fact, supplements),
    DB_INT_FIELD(struct fact, has_result), DB_INT_FIELD(struct fact, docs),
  };
  struct fact f;
  if (db_get(DB_Q(STAT_CASE, dossier_id), ff, sizeof ff / sizeof *ff, &f) != 1) return -1;
  struct stats_case c = { f.finished, f.due, f.first_due, f.supplements, f.has_result, f.docs, f.returned_how };
  int n = stats_measures(status, &c, m, STATS_MAX_MEASURES);
  long month = stats_month(at);
  for (int i = 0; i < n; i++)
    if (db_exec(DB_Q(STAT_BUMP, month, m[i], 1L, dossier_id), NULL) < 0) return -1;
  return 0;
}

int stats_rating(long dossier_id, long month, const int *levels, int delta)
{
  /* "c<criterion>_<level>": the measure of one answer. */
  static const char *const names[STATS_CRITERIA + 1][4] = {
    { 0 }, { 0, "c1_1", "c1_2", "c1_3" }, { 0, "c2_1", "c2_2", "c2_3" }, { 0, "c3_1", "c3_2", "c3_3" },
    { 0, "c4_1", "c4_2", "c4_3" }, { 0, "c5_1", "c5_2", "c5_3" }, { 0, "c6_1", "c6_2", "c6_3" },
    { 0, "c7_1", "c7_2", "c7_3" }, { 0, "c8_1", "c8_2", "c8_3" }, { 0, "c9_1", "c9_2", "c9_3" },
  };
  int unsat = 0;
  if (db_exec(DB_Q(STAT_BUMP, month, "rated", (long)delta, dossier_id), NULL) < 0) return -1;
  for (int c = 1; c <= STATS_CRITERIA; c++) {
    int l = levels[c];
    if (l < 1 || l > 3) continue;
    unsat |= l == 1;
    if (db_exec(DB_Q(STAT_BUMP, month, names[c][l], (long)delta, dossier_id), NULL) < 0) return -1;
  }
  if (unsat && db_exec(DB_Q(STAT_BUMP, month, "rated_unsat", (long)delta, dossier_id), NULL) < 0) return -1;
  return 0;
}
