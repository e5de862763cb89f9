/* sniff.c: recognises PDF, JPEG and PNG by their signatures. */
#include <string.h>

#include "rules/sniff.h"

enum sniff_type sniff_bytes(const unsigned char *b, size_t n)
{
  if (n >= 5 && memcmp(b, "%PDF-", 5) == 0) return SNIFF_PDF;
  if (n >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return SNIFF_JPEG;
  /* PNG: the signature, then the IHDR chunk (length 13). */
  static const unsigned char png[] = { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
  if (n >= sizeof png && memcmp(b, png, sizeof png) == 0) return SNIFF_PNG;
  return SNIFF_UNKNOWN;
}

const char *sniff_mime(enum sniff_type t)
{
  switch (t) {
  case SNIFF_PDF: return "application/pdf";
  case SNIFF_JPEG: return "image/jpeg";
  case SNIFF_PNG: return "image/png";
  default: return "application/octet-stream";
  }
}

const char *sniff_ext(enum sniff_type t)
{
  switch (t) {
  case SNIFF_PDF: return "pdf";
  case SNIFF_JPEG: return "jpg";
  case SNIFF_PNG: return "png";
  default: return "bin";
  }
}
