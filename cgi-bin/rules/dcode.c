/* dcode.c: formats and checks dossier codes (strict: a code is either exactly right or rejected). */
#include <stdio.h>
#include <string.h>

#include "rules/cal.h"
#include "rules/dcode.h"

static int digit(char c) { return c >= '0' && c <= '9'; }

int dcode_agency_valid(const char *a)
{
  if (!a || strlen(a) != 13) return 0;
  /* 000.00.10.H26 */
  static const char shape[] = "999.99.99.A99";
  for (int i = 0; i < 13; i++) {
    char c = a[i];
    switch (shape[i]) {
    case '9': if (!digit(c)) return 0; break;
    case 'A': if (c < 'A' || c > 'Z') return 0; break;
    default: if (c != shape[i]) return 0;
    }
  }
  return 1;
}

int dcode_format(char *buf, size_t n, const char *agency_code, int32_t day, unsigned seq)
{
  if (!dcode_agency_valid(agency_code) || seq == 0 || seq > 9999) return -1;
  int y, m, d;
  cal_civil_from_days(day, &y, &m, &d);
  if (y < 2000 || y > 2099) return -1;
  int k = snprintf(buf, n, "%s-%02d%02d%02d-%04u", agency_code, y % 100, m, d, seq);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

int dcode_valid(const char *s)
{
  if (!s || strlen(s) != 13 + 1 + 6 + 1 + 4) return 0;
  char agency[14];
  memcpy(agency, s, 13);
  agency[13] = '\0';
  if (!dcode_agency_valid(agency) || s[13] != '-' || s[20] != '-') return 0;
  for (int i = 14; i < 20; i++) if (!digit(s[i])) return 0;
  for (int i = 21; i < 25; i++) if (!digit(s[i])) return 0;
  if (strcmp(s + 21, "0000") == 0) return 0;
  char date[11];
  snprintf(date, sizeof date, "20%.2s-%.2s-%.2s", s + 14, s + 16, s + 18);
  int32_t day;
  return cal_parse_date(date, &day) == 0;
}
