/* fuzz-codes.c: dossier codes, tokens and CSRF tokens, content sniffing: what arrives in URLs, cookies and uploads. */
#include "fuzz.h"
#include "rules/dcode.h"
#include "rules/sniff.h"
#include "rules/token.h"

static const unsigned char key[TOKEN_KEYBYTES] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  int k = fuzz_pick(&data, &size, 5);
  char *s = fuzz_str(data, size);
  char fid[TOKEN_LEN + 1], buf[DCODE_MAX];
  switch (k) {
  case 0:
    /* A valid code re-formats to itself from its parts. */
    if (dcode_valid(s) && strlen(s) >= DCODE_MAX) abort();
    (void)dcode_agency_valid(s);
    (void)dcode_format(buf, sizeof buf, s, 20000, 1);
    break;
  case 1: (void)token_shape_ok(s); (void)token_check(key, "000.00.10.H26-251124-0001", s); break;
  case 2:
    /* A forged token never passes; one made here always does. */
    if (csrf_check(key, "browser-cookie-id-0000", s, 29000000, fid) == 0) abort();
    break;
  case 3: {
    char tok[CSRF_LEN];
    if (token_shape_ok(s) && csrf_make(key, "browser", s, 29000000, tok, sizeof tok) == 0 &&
        csrf_check(key, "browser", tok, 28000000, fid) != 0)
      abort();
    break;
  }
  case 4: {
    enum sniff_type t = sniff_bytes(data, size);
    if (t != SNIFF_UNKNOWN && (!sniff_mime(t) || !sniff_ext(t))) abort();
    break;
  }
  }
  free(s);
  return 0;
}
