/* test-sniff.c: file types by content, not by name. */
#include "rules/sniff.h"
#include "tap.h"

int main(void)
{
  static const struct { const char *why; const unsigned char *b; size_t n; enum sniff_type want; } rows[] = {
    { "PDF", (const unsigned char *)"%PDF-1.7\n%\xe2\xe3", 12, SNIFF_PDF },
    { "JPEG", (const unsigned char *)"\xff\xd8\xff\xe0\x00\x10JFIF", 10, SNIFF_JPEG },
    { "PNG", (const unsigned char *)"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16, SNIFF_PNG },
    { "PNG signature without IHDR", (const unsigned char *)"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dXXXX", 16, SNIFF_UNKNOWN },
    { "truncated PNG", (const unsigned char *)"\x89PNG", 4, SNIFF_UNKNOWN },
    { "truncated PDF", (const unsigned char *)"%PD", 3, SNIFF_UNKNOWN },
    { "HTML named .pdf", (const unsigned char *)"<html><body>", 12, SNIFF_UNKNOWN },
    { "PDF marker not at the start", (const unsigned char *)" %PDF-1.4", 9, SNIFF_UNKNOWN },
    { "GIF", (const unsigned char *)"GIF89a\x01\x00", 8, SNIFF_UNKNOWN },
    { "ZIP", (const unsigned char *)"PK\x03\x04", 4, SNIFF_UNKNOWN },
    { "empty", (const unsigned char *)"", 0, SNIFF_UNKNOWN },
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
    CHECK(sniff_bytes(rows[i].b, rows[i].n) == rows[i].want, "%s", rows[i].why);
  CHECK(sniff_mime(SNIFF_PDF)[0] == 'a' && sniff_mime(SNIFF_PNG)[6] == 'p', "mime types");
  return tap_done();
}
