/* link.h: every URL of a dossier, built in one place (printed receipts depend on them: they never change). */
#ifndef MOTCUA_LINK_H
#define MOTCUA_LINK_H

#include <stddef.h>

#include "core/app.h"

enum link_kind {
  /* The holder's links, carrying the QR token (public program). */
  LINK_STATUS,        /* /ho-so/{code}?k= */
  LINK_RECEIPT,       /* /ho-so/{code}/bien-nhan?k= */
  LINK_PNG,           /* /ho-so/{code}/bien-nhan.png?k= */
  LINK_SUPPLEMENT,    /* /ho-so/{code}/bo-sung?k= */
  LINK_RESULT,        /* /ho-so/{code}/ket-qua?k= */
  LINK_STATUS_FULL,   /* Site.base + /ho-so/{code}?k=: what the QR encodes */
  LINK_RATING,        /* /ho-so/{code}/danh-gia?k= */
  LINK_FEEDBACK,      /* /phan-anh/{feedback code}?k=: a feedback item's own QR link */
  /* The back office's. */
  LINK_CASE,          /* /can-bo/ho-so/{code} */
  LINK_SLIP,          /* /can-bo/ho-so/{code}/phieu-tu-choi */
  /* The post-office agents'. */
  LINK_AGENT_CASE,    /* /dai-ly/ho-so/{code} */
};

/* The URL of a dossier. 0, or -1 when it does not fit. */
int link_dossier(char *buf, size_t n, enum link_kind kind, const char *code);
/* The token of `code`, already checked against it (token_check): its
 * links reuse it instead of working it out again. */
void link_token_known(const char *code, const char *token);
/* 303 to that URL. */
int link_redirect(struct req *r, enum link_kind kind, const char *code);
/* A QR code of `url` as inline SVG markup at HDF `key` (a receipt, a slip,
 * a handover record). 0, or -1. */
int link_qr(struct req *r, const char *url, const char *key);

#endif
