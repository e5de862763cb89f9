/* fuzz-valid.c: every validator of what a citizen types (rules/valid.c), and the name mask, on any bytes. */
#include <stdio.h>

#include "fuzz.h"
#include "rules/mask.h"
#include "rules/valid.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  int k = fuzz_pick(&data, &size, 12);
  char *s = fuzz_str(data, size);
  char norm[32], masked[512];
  long n;
  switch (k) {
  case 0: if (valid_utf8(s, strlen(s))) (void)valid_utf8_chars(s); break;
  case 1: (void)valid_text(s, 300, 0); (void)valid_text(s, 1000, 1); break;
  case 2: (void)valid_person_name(s); break;
  case 3: if (valid_idnumber(s)) (void)valid_idnumber_matches_birth(s, 1990); break;
  case 4: (void)valid_phone(s, norm, sizeof norm); break;
  case 5: (void)valid_email(s); break;
  case 6: (void)valid_int(s, -1000000000L, 1000000000L, &n); (void)valid_int(s, 1, 999999999999999999L, &n); break;
  case 7: (void)valid_slug(s, 40); break;
  case 8: valid_squeeze(s); if (strlen(s) > size) abort(); break;
  case 9: { char *e = valid_like_escape(s); if (e && strlen(e) < strlen(s)) abort(); free(e); } break;
  case 10: (void)valid_return_method(s); break;
  case 11: if (valid_utf8(s, strlen(s)) && mask_name(s, masked, sizeof masked) == 0 && !valid_utf8(masked, strlen(masked))) abort(); break;
  }
  free(s);
  return 0;
}
