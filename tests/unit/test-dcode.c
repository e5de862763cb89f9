/* test-dcode.c: dossier codes: formatting and strict checking. */
#include <string.h>

#include "rules/cal.h"
#include "rules/dcode.h"
#include "tap.h"

int main(void)
{
  char buf[DCODE_MAX];
  static const struct { const char *agency; int y, m, d; unsigned seq; const char *want; } fmt[] = {
    { "000.00.10.H26", 2025, 11, 24, 1, "000.00.10.H26-251124-0001" },
    { "000.01.51.H26", 2026, 1, 2, 9999, "000.01.51.H26-260102-9999" },
    { "000.00.10.H26", 2025, 11, 24, 0, NULL },
    { "000.00.10.H26", 2025, 11, 24, 10000, NULL },
    { "000.00.10.h26", 2025, 11, 24, 1, NULL },
    { "00.00.10.H26", 2025, 11, 24, 1, NULL },
    { "000.00.10.H26'", 2025, 11, 24, 1, NULL },
    { "000.00.10.H26", 1999, 12, 31, 1, NULL },
  };
  for (size_t i = 0; i < sizeof fmt / sizeof *fmt; i++) {
    int rc = dcode_format(buf, sizeof buf, fmt[i].agency, cal_days_from_civil(fmt[i].y, fmt[i].m, fmt[i].d), fmt[i].seq);
    if (fmt[i].want) CHECK(rc == 0 && strcmp(buf, fmt[i].want) == 0, "format %s seq %u -> %s", fmt[i].agency, fmt[i].seq, fmt[i].want);
    else CHECK(rc == -1, "format %s seq %u refused", fmt[i].agency, fmt[i].seq);
  }
  CHECK(dcode_format(buf, 10, "000.00.10.H26", cal_days_from_civil(2025, 1, 1), 1) == -1, "short buffer refused");
  static const struct { const char *s; int ok; } codes[] = {
    { "000.00.10.H26-251124-0001", 1 }, { "000.00.10.H26-240229-0001", 1 }, { "000.00.10.H26-250229-0001", 0 },
    { "000.00.10.H26-251124-0000", 0 }, { "000.00.10.H26-251324-0001", 0 }, { "000.00.10.H26-251124-001", 0 },
    { "000.00.10.H26-251124-00011", 0 }, { "000.00.10.H26_251124-0001", 0 }, { "000.00.10.h26-251124-0001", 0 },
    { "", 0 }, { "../../etc/passwd", 0 }, { "000.00.10.H26-251124-0001 ", 0 }, { "000.00.10.H26-2511a4-0001", 0 },
  };
  for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
    CHECK(dcode_valid(codes[i].s) == codes[i].ok, "valid '%s' = %d", codes[i].s, codes[i].ok);
  return tap_done();
}
