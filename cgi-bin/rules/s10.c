/* s10.c: UPU S10 item identifiers: the check digit is computed, never trusted (EB125966888VN). */
#include <stdio.h>
#include <string.h>

#include "rules/s10.h"

static int upper2(const char *s)
{
  return s && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == '\0';
}

int s10_check_digit(const char *serial8)
{
  static const int w[8] = { 8, 6, 4, 2, 3, 5, 9, 7 };
  int sum = 0;
  for (int i = 0; i < 8; i++) {
    if (!serial8 || serial8[i] < '0' || serial8[i] > '9') return -1;
    sum += (serial8[i] - '0') * w[i];
  }
  if (serial8[8] != '\0') return -1;
  int c = 11 - sum % 11;
  return c == 10 ? 0 : c == 11 ? 5 : c;
}

int s10_format(char *buf, size_t n, const char *service, unsigned long serial, const char *country)
{
  char digits[16];
  if (!upper2(service) || !upper2(country) || serial > 99999999UL || n < S10_MAX) return -1;
  snprintf(digits, sizeof digits, "%08lu", serial);
  int c = s10_check_digit(digits);
  if (c < 0) return -1;
  snprintf(buf, n, "%s%s%d%s", service, digits, c, country);
  return 0;
}

int s10_valid(const char *s)
{
  if (!s || strlen(s) != S10_LEN) return 0;
  char svc[3] = { s[0], s[1], 0 }, country[3] = { s[11], s[12], 0 }, serial[9];
  memcpy(serial, s + 2, 8);
  serial[8] = '\0';
  int c = s10_check_digit(serial);
  return upper2(svc) && upper2(country) && c >= 0 && s[10] == '0' + c;
}
