/* test-json.c: values reach JSON_TABLE as JSON string literals, whatever they hold. */
#include <string.h>

#include "rules/json.h"
#include "tap.h"

int main(void)
{
  static const struct { const char *in, *want; } rows[] = {
    { "", "\"\"" },
    { "Giấy khai sinh", "\"Giấy khai sinh\"" },
    { "say \"hi\"", "\"say \\\"hi\\\"\"" },
    { "C:\\path", "\"C:\\\\path\"" },
    { "a\nb\tc\r", "\"a\\u000ab\\u0009c\\u000d\"" },
    { "\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\"" },
    { "'); DROP TABLE dossier; --", "\"'); DROP TABLE dossier; --\"" },
    { "\xe2\x80\xa8 stays", "\"\xe2\x80\xa8 stays\"" },
  };
  char out[128];
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    size_t need = json_quote(out, sizeof out, rows[i].in);
    CHECK(need == strlen(rows[i].want) && strcmp(out, rows[i].want) == 0, "'%s' -> '%s' (got '%s')", rows[i].in,
          rows[i].want, out);
  }
  /* Too small: cut, NUL-terminated, and the length it needs said. */
  char small[5];
  CHECK(json_quote(small, sizeof small, "abcdef") == 8 && strcmp(small, "\"abc") == 0, "cut at the buffer, need 8");
  CHECK(json_quote(NULL, 0, "a\"b") == 6, "no buffer: only the length");
  return tap_done();
}
