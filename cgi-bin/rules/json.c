/* json.c: a string as a JSON string literal (the rows of INTAKE_PARTS, one bound parameter). */
#include "rules/json.h"

size_t json_quote(char *out, size_t n, const char *s)
{
  static const char hex[] = "0123456789abcdef";
  size_t k = 0;
#define PUT(c) do { if (k + 1 < n) out[k] = (char)(c); k++; } while (0)
  PUT('"');
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') {
      PUT('\\');
      PUT(*p);
    } else if (*p < 0x20 || *p == 0x7f) {
      PUT('\\'); PUT('u'); PUT('0'); PUT('0'); PUT(hex[*p >> 4]); PUT(hex[*p & 15]);
    } else {
      PUT(*p);
    }
  }
  PUT('"');
#undef PUT
  if (n) out[k < n ? k : n - 1] = '\0';
  return k;
}
