/* mask.c: masks a person's name for public pages, one UTF-8 code point at a time. */
#include <string.h>

#include "rules/mask.h"
#include "rules/valid.h"

/* Length of the UTF-8 sequence starting at s (s is valid UTF-8). */
static size_t cp_len(const unsigned char *s)
{
  if (*s < 0x80) return 1;
  if ((*s & 0xE0) == 0xC0) return 2;
  if ((*s & 0xF0) == 0xE0) return 3;
  return 4;
}

/* Combining diacritical marks U+0300..U+036F (decomposed Vietnamese). */
static int is_combining(const unsigned char *s)
{
  return s[0] == 0xCC || (s[0] == 0xCD && s[1] <= 0xAF);
}

static int put(char *out, size_t n, size_t *o, const char *s, size_t len)
{
  if (*o + len + 1 > n) return -1;
  memcpy(out + *o, s, len);
  *o += len;
  out[*o] = '\0';
  return 0;
}

int mask_name(const char *full, char *out, size_t n)
{
  if (!full || !out || n == 0 || !valid_utf8(full, strlen(full))) return -1;
  out[0] = '\0';
  size_t o = 0;
  int word = 0;
  const unsigned char *p = (const unsigned char *)full;
  while (*p) {
    while (*p == ' ' || *p == '\t') p++;
    if (!*p) break;
    const unsigned char *start = p;
    while (*p && *p != ' ' && *p != '\t') p += cp_len(p);
    if (word > 0 && put(out, n, &o, " ", 1) != 0) return -1;
    if (word == 0) {
      if (put(out, n, &o, (const char *)start, (size_t)(p - start)) != 0) return -1;
    } else {
      const unsigned char *q = start + cp_len(start);
      while (q < p && is_combining(q)) q += cp_len(q);
      if (put(out, n, &o, (const char *)start, (size_t)(q - start)) != 0) return -1;
      if (put(out, n, &o, "**", 2) != 0) return -1;
    }
    word++;
  }
  return 0;
}
