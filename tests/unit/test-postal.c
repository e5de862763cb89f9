/* test-postal.c: J+n delivery limits and the two-attempt return rule on Vietnam's 2025 calendar. */
#include "rules/postal.h"
#include "tap.h"

#define D(y, m, d) cal_days_from_civil(y, m, d)

static int32_t hol[8], work[2];

static struct cal_rules rules(void)
{
  size_t n = 0;
  /* 30/4, 1/5, 2/5 (moved), 1/9, 2/9 of 2025; Saturday 26/4 worked in exchange. */
  hol[n++] = D(2025, 4, 30); hol[n++] = D(2025, 5, 1); hol[n++] = D(2025, 5, 2);
  hol[n++] = D(2025, 9, 1); hol[n++] = D(2025, 9, 2);
  work[0] = D(2025, 4, 26);
  struct cal_rules r = { 480, 720, 780, 1020, 900, hol, n, work, 1 };
  return r;
}

int main(void)
{
  struct cal_rules r = rules();
  static const struct { enum postal_zone z; int slip, days; const char *why; } lim[] = {
    { POSTAL_DISTRICT, 0, 1, "same district J+1" }, { POSTAL_PROVINCE, 0, 2, "same province J+2" },
    { POSTAL_CITIES, 0, 3, "special/type-I cities J+3" }, { POSTAL_OTHER, 0, 4, "other provinces J+4" },
    { POSTAL_DISTRICT, 1, 2, "with an appointment slip J+2" }, { POSTAL_PROVINCE, 1, 4, "with a slip J+4" },
    { POSTAL_CITIES, 1, 6, "with a slip J+6" }, { POSTAL_OTHER, 1, 8, "with a slip J+8" },
  };
  for (size_t i = 0; i < sizeof lim / sizeof *lim; i++)
    CHECK(postal_limit_days(lim[i].z, lim[i].slip) == lim[i].days, "%s", lim[i].why);

  static const struct { int y, m, d, n, wy, wm, wd; const char *why; } due[] = {
    { 2025, 11, 24, 1, 2025, 11, 25, "Monday J+1 is Tuesday" },
    { 2025, 11, 27, 2, 2025, 12, 1, "Thursday J+2 skips the weekend: Monday" },
    { 2025, 11, 29, 1, 2025, 12, 1, "accepted on a Saturday: J+1 is Monday" },
    { 2025, 4, 29, 1, 2025, 5, 5, "J+1 over 30/4, 1/5, 2/5 and the weekend" },
    { 2025, 4, 25, 1, 2025, 4, 26, "the Saturday worked in exchange counts" },
    { 2025, 8, 29, 2, 2025, 9, 4, "J+2 over National Day" },
    { 2025, 11, 24, 0, 2025, 11, 24, "n = 0: the day itself" },
  };
  for (size_t i = 0; i < sizeof due / sizeof *due; i++)
    CHECK(postal_due_day(&r, D(due[i].y, due[i].m, due[i].d), due[i].n) == D(due[i].wy, due[i].wm, due[i].wd), "%s",
          due[i].why);

  static const struct { int failed, fy, fm, fd, ly, lm, ld, may; const char *why; } ret[] = {
    { 2, 2025, 11, 24, 2025, 11, 26, 1, "Monday and Wednesday: two working days apart" },
    { 2, 2025, 11, 24, 2025, 11, 25, 0, "Monday and Tuesday: one working day apart" },
    { 2, 2025, 11, 24, 2025, 11, 24, 0, "twice the same day" },
    { 2, 2025, 11, 28, 2025, 12, 1, 0, "Friday and Monday: the weekend does not count" },
    { 2, 2025, 11, 28, 2025, 12, 2, 1, "Friday and Tuesday" },
    { 1, 2025, 11, 24, 2025, 11, 28, 0, "one attempt is not enough" },
    { 3, 2025, 8, 29, 2025, 9, 3, 0, "over National Day: only 3/9 is a working day after 29/8" },
    { 3, 2025, 8, 29, 2025, 9, 4, 1, "29/8 and 4/9" },
  };
  for (size_t i = 0; i < sizeof ret / sizeof *ret; i++)
    CHECK(postal_may_return(&r, ret[i].failed, D(ret[i].fy, ret[i].fm, ret[i].fd), D(ret[i].ly, ret[i].lm, ret[i].ld)) == ret[i].may, "%s", ret[i].why);
  CHECK(postal_working_days_after(&r, D(2025, 11, 26), D(2025, 11, 24)) == 0, "backwards: no working days");
  return tap_done();
}
