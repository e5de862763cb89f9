/* link.c: every URL of a dossier, built in one place; the holder's carry the QR token. */
#include <stdio.h>
#include <string.h>

#include "domain/link.h"
#include "rules/qr.h"
#include "rules/token.h"

/* A page shows several links of one dossier: its token (an HMAC of the
 * code) is worked out once, or taken from the request that proved it; the
 * next code gets its own. */
static char last_code[64], last_tok[TOKEN_LEN + 1];

void link_token_known(const char *code, const char *token)
{
  last_tok[0] = '\0';
  if (strlen(code) >= sizeof last_code || strlen(token) != TOKEN_LEN) return;
  snprintf(last_code, sizeof last_code, "%s", code);
  memcpy(last_tok, token, sizeof last_tok);
}

int link_dossier(char *buf, size_t n, enum link_kind kind, const char *code)
{
  static const struct { const char *prefix, *suffix; int token; } shape[] = {
    [LINK_STATUS] = { "/ho-so/", "", 1 },
    [LINK_RECEIPT] = { "/ho-so/", "/bien-nhan", 1 },
    [LINK_PNG] = { "/ho-so/", "/bien-nhan.png", 1 },
    [LINK_SUPPLEMENT] = { "/ho-so/", "/bo-sung", 1 },
    [LINK_RESULT] = { "/ho-so/", "/ket-qua", 1 },
    [LINK_STATUS_FULL] = { "/ho-so/", "", 1 },
    [LINK_RATING] = { "/ho-so/", "/danh-gia", 1 },
    [LINK_FEEDBACK] = { "/phan-anh/", "", 1 },
    [LINK_CASE] = { "/can-bo/ho-so/", "", 0 },
    [LINK_SLIP] = { "/can-bo/ho-so/", "/phieu-tu-choi", 0 },
    [LINK_AGENT_CASE] = { "/dai-ly/ho-so/", "", 0 },
  };
  char tok[TOKEN_LEN + 1] = "";
  if (shape[kind].token) {
    if (!last_tok[0] || strcmp(code, last_code) != 0) {
      token_for(app_key, code, last_tok);
      snprintf(last_code, sizeof last_code, "%s", code);
      if (strlen(code) >= sizeof last_code) last_tok[0] = '\0';  /* too long to remember: never matched */
    }
    memcpy(tok, last_tok, sizeof tok);
    if (!tok[0]) token_for(app_key, code, tok);
  }
  /* The parts one after the other (a page builds several links: no printf). */
  const char *part[] = { kind == LINK_STATUS_FULL ? app_conf("Site.base", "") : "", shape[kind].prefix, code,
                         shape[kind].suffix, tok[0] ? "?k=" : "", tok };
  size_t k = 0;
  for (size_t i = 0; i < sizeof part / sizeof *part; i++) {
    size_t len = strlen(part[i]);
    if (k + len >= n) { if (n) buf[0] = '\0'; return -1; }
    memcpy(buf + k, part[i], len);
    k += len;
  }
  if (n) buf[k] = '\0';
  return n ? 0 : -1;
}

int link_redirect(struct req *r, enum link_kind kind, const char *code)
{
  return link_dossier(r->location, sizeof r->location, kind, code) == 0 ? 303 : 500;
}

int link_qr(struct req *r, const char *url, const char *key)
{
  struct qr q;
  if (qr_make(url, &q) != 0) return -1;
  char *svg = NULL;
  size_t len = 0;
  int rc = qr_svg(&q, 4, &svg, &len);
  qr_free(&q);
  if (rc != 0 || hdf_set_buf(r->hdf, key, svg) != STATUS_OK) return -1;
  return 0;
}
