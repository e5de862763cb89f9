/* feedback.c: a feedback item opened with its deadline (the same working-day calendar as dossiers) and its first event. */
#include <stdio.h>

#include "core/db.h"
#include "domain/calendar.h"
#include "domain/feedback.h"
#include "rules/cal.h"
#include "rules/stats.h"
#include "rules/valid.h"

struct setting { char value[256]; };

int feedback_due(struct req *r, char *out, size_t n)
{
  static const struct db_field sf[] = { DB_TEXT_FIELD(struct setting, value) };
  struct setting s;
  long days = 10;
  int got = db_get(DB_Q(SETTING_GET, "feedback.days"), sf, 1, &s);
  if (got < 0) return -1;
  if (got == 1 && !valid_int(s.value, 1, 90, &days)) days = 10;
  struct cal_rules rules;
  if (calendar_rules(&rules) != 0) return -1;
  return cal_format_sql(out, n, cal_due(&rules, r->now, (int)days, CAL_WORKING));
}

int feedback_open(struct req *r, const struct feedback_new *f, long *id)
{
  char now[24], due[24];
  if (cal_format_sql(now, sizeof now, r->now) != 0 || feedback_due(r, due, sizeof due) != 0) return -1;
  unsigned long long fid = 0;
  if (db_exec(DB_Q(FB_INSERT, now, f->unit, db_id_or_null(f->dossier), f->source, f->body, f->sender, f->masked,
                   f->contact, (long)f->allow_publish, due, f->submit_key),
              &fid) < 0)
    return -1;
  *id = (long)fid;
  return db_exec(DB_Q(FB_EVENT, *id, f->unit, now, "open", due), NULL) < 0 ? -1 : 0;
}

void feedback_rows(HDF *rows, const char *const *times, size_t ntimes)
{
  for (HDF *row = rows ? hdf_obj_child(rows) : NULL; row; row = hdf_obj_next(row)) {
    char code[24];
    app_set_times(row, times, ntimes);
    if (stats_fb_code(hdf_get_int_value(row, "id", 0), code, sizeof code) == 0) {
      NEOERR *err = hdf_set_value(row, "code", code);
      nerr_ignore(&err);
    }
  }
}
