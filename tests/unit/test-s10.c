/* test-s10.c: UPU S10 identifiers: known codes, the two special remainders, malformed input. */
#include <string.h>

#include "rules/s10.h"
#include "tap.h"

int main(void)
{
  /* Serials and check digits: the example, the UPU S10 standard's
   * worked example (47312482 -> 0), and each special case of the rule. */
  static const struct { const char *serial; int check; const char *why; } digits[] = {
    { "12596688", 8, "EB125966888VN, the example in the issue" },
    { "47312482", 9, "the S10 standard's example, RR473124829GB" },
    { "00000008", 0, "sum 56, remainder 1: 11 - 1 = 10 gives 0" },
    { "00000000", 5, "sum 0: 11 - 0 = 11 gives 5" },
    { "00000001", 4, "sum 7: 11 - 7 = 4" },
    { "99999999", 5, "sum 396 = 36 x 11: 11 gives 5" },
    { "1234567", -1, "seven digits" },
    { "123456789", -1, "nine digits" },
    { "1234567a", -1, "a letter" },
    { "", -1, "empty" },
  };
  for (size_t i = 0; i < sizeof digits / sizeof *digits; i++)
    CHECK(s10_check_digit(digits[i].serial) == digits[i].check, "check digit of '%s' = %d (%s)", digits[i].serial,
          digits[i].check, digits[i].why);
  CHECK(s10_check_digit(NULL) == -1, "no serial: -1");

  char buf[S10_MAX];
  CHECK(s10_format(buf, sizeof buf, "EB", 12596688, "VN") == 0 && strcmp(buf, "EB125966888VN") == 0, "format EB125966888VN");
  CHECK(s10_format(buf, sizeof buf, "RR", 1, "VN") == 0 && strcmp(buf, "RR000000014VN") == 0, "serials are zero-padded");
  CHECK(s10_format(buf, sizeof buf, "EB", 100000000UL, "VN") == -1, "a nine-digit serial is refused");
  CHECK(s10_format(buf, sizeof buf, "eb", 1, "VN") == -1, "lower-case service indicator refused");
  CHECK(s10_format(buf, sizeof buf, "EB", 1, "VNM") == -1, "three-letter country refused");
  CHECK(s10_format(buf, 13, "EB", 1, "VN") == -1, "short buffer refused");

  static const struct { const char *s; int ok; } codes[] = {
    { "EB125966888VN", 1 }, { "RR473124829GB", 1 }, { "RR000000080VN", 1 }, { "EB125966887VN", 0 }, { "eb125966888VN", 0 },
    { "EB125966888vn", 0 }, { "EB12596688VN", 0 }, { "EB1259668888VN", 0 }, { "EB12596688XVN", 0 },
    { "E1125966888VN", 0 }, { "", 0 }, { "EB125966888VN ", 0 },
  };
  for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
    CHECK(s10_valid(codes[i].s) == codes[i].ok, "valid '%s' = %d", codes[i].s, codes[i].ok);
  CHECK(s10_valid(NULL) == 0, "NULL is not valid");
  return tap_done();
}
