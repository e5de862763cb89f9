/* test-mask.c: public pages show names masked. */
#include <string.h>

#include "rules/mask.h"
#include "tap.h"

int main(void)
{
  static const struct { const char *in, *want; } rows[] = {
    { "Nguyễn Văn An", "Nguyễn V** A**" },
    { "Đặng Thị Ánh Tuyết", "Đặng T** Á** T**" },
    { "  Trần   Ưng  Ơn ", "Trần Ư** Ơ**" },
    { "Lê", "Lê" },
    { "Nguye\xcc\x82\xcc\x83n A\xcc\x80nh", "Nguye\xcc\x82\xcc\x83n A\xcc\x80**" }, /* decomposed: mark kept with its letter */
    { "Ông Ổn", "Ông Ổ**" },
    { "", "" },
  };
  char out[128];
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
    CHECK(mask_name(rows[i].in, out, sizeof out) == 0 && strcmp(out, rows[i].want) == 0, "'%s' -> '%s' (got '%s')", rows[i].in, rows[i].want, out);
  CHECK(mask_name("Nguy\xff\xfen", out, sizeof out) == -1, "invalid UTF-8 refused");
  CHECK(mask_name("Nguyễn Văn An", out, 8) == -1, "short buffer refused");
  return tap_done();
}
