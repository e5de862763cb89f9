/* valid.c: input validators (pure); tables of valid and invalid cases in tests/unit/test-valid.c. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules/valid.h"

/* Decodes one code point; returns its length, or 0 if invalid. */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp)
{
  if (n == 0) return 0;
  unsigned char c = s[0];
  if (c < 0x80) { *cp = c; return 1; }
  size_t len;
  uint32_t min;
  if ((c & 0xE0) == 0xC0) { len = 2; *cp = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; *cp = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; *cp = c & 0x07; min = 0x10000; }
  else return 0;
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (s[i] & 0x3F);
  }
  if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) return 0;
  return len;
}

int valid_utf8(const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *)s;
  while (n) {
    uint32_t cp;
    size_t k = decode(p, n, &cp);
    if (!k || cp == 0) return 0;
    p += k;
    n -= k;
  }
  return 1;
}

size_t valid_utf8_chars(const char *s)
{
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if ((*p & 0xC0) != 0x80) n++;
  return n;
}

int valid_text(const char *s, size_t max_chars, int multiline)
{
  if (!s) return 0;
  size_t n = strlen(s);
  const unsigned char *p = (const unsigned char *)s;
  size_t chars = 0;
  while (n) {
    uint32_t cp;
    size_t k = decode(p, n, &cp);
    if (!k) return 0;
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      if (!(multiline && (cp == '\t' || cp == '\n' || cp == '\r'))) return 0;
    }
    if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) return 0;
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return 0;
    chars++;
    p += k;
    n -= k;
  }
  return chars >= 1 && chars <= max_chars;
}

static int is_letter(uint32_t cp)
{
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return 1;
  if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return 1; /* Latin-1 + Extended-A/B */
  if (cp >= 0x300 && cp <= 0x36F) return 1;                             /* combining marks */
  if (cp >= 0x1E00 && cp <= 0x1EFF) return 1;                           /* Latin Extended Additional: ạ ả ấ … */
  if (cp >= 0x370 && cp <= 0x3FF) return 1;                             /* Greek */
  if (cp >= 0x400 && cp <= 0x4FF) return 1;                             /* Cyrillic */
  if (cp >= 0x4E00 && cp <= 0x9FFF) return 1;                           /* CJK (foreign spouses, parents) */
  return 0;
}

int valid_person_name(const char *s)
{
  if (!valid_text(s, 100, 0)) return 0;
  size_t n = strlen(s), letters = 0;
  const unsigned char *p = (const unsigned char *)s;
  while (n) {
    uint32_t cp;
    size_t k = decode(p, n, &cp);
    if (!k) return 0;
    if (is_letter(cp)) letters++;
    else if (cp != ' ' && cp != '\'' && cp != '-') return 0;
    p += k;
    n -= k;
  }
  return letters >= 2;
}

/* The 63 province codes of the personal identification number (Circular 59/2021/TT-BCA). */
static const char *const provinces[] = {
  "001","002","004","006","008","010","011","012","014","015","017","019","020","022","024","025",
  "026","027","030","031","033","034","035","036","037","038","040","042","044","045","046","048",
  "049","051","052","054","056","058","060","062","064","066","067","068","070","072","074","075",
  "077","079","080","082","083","084","086","087","089","091","092","093","094","095","096",
};

int valid_idnumber(const char *s)
{
  if (!s || strlen(s) != 12) return 0;
  for (int i = 0; i < 12; i++) if (s[i] < '0' || s[i] > '9') return 0;
  for (size_t i = 0; i < sizeof provinces / sizeof *provinces; i++)
    if (strncmp(s, provinces[i], 3) == 0) return 1;
  return 0;
}

int valid_idnumber_matches_birth(const char *id, int birth_year)
{
  if (!valid_idnumber(id)) return 0;
  /* 4th digit: century and gender: 0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 1800s. */
  static const int century[] = { 1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800 };
  int c = century[id[3] - '0'];
  int yy = (id[4] - '0') * 10 + (id[5] - '0');
  return birth_year == c + yy;
}

int valid_phone(const char *s, char *norm, size_t n)
{
  if (!s) return 0;
  char d[24];
  size_t k = 0;
  const char *p = s;
  if (*p == '+') p++;
  for (; *p; p++) {
    if (*p == ' ' || *p == '.' || *p == '-') continue;
    if (*p < '0' || *p > '9' || k + 1 >= sizeof d) return 0;
    d[k++] = *p;
  }
  d[k] = '\0';
  const char *local = d;
  char buf[24];
  if (strncmp(d, "84", 2) == 0 && k >= 11) {
    snprintf(buf, sizeof buf, "0%s", d + 2);
    local = buf;
  } else if (s[0] == '+') {
    return 0; /* another country's number */
  }
  size_t len = strlen(local);
  if (local[0] != '0') return 0;
  int ok = 0;
  if (len == 10 && strchr("35789", local[1])) ok = 1;   /* mobile: 03x 05x 07x 08x 09x */
  if (len == 11 && local[1] == '2') ok = 1;             /* landline: 02x + 8 digits */
  if (!ok) return 0;
  if (norm) {
    if (n <= len) return 0;
    memcpy(norm, local, len + 1);
  }
  return 1;
}

int valid_email(const char *s)
{
  if (!s) return 0;
  size_t n = strlen(s);
  if (n < 3 || n > 120) return 0;
  const char *at = strchr(s, '@');
  if (!at || strchr(at + 1, '@') || at == s) return 0;
  for (const char *p = s; p < at; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("._%+-", *p)))
      return 0;
  if (s[0] == '.' || at[-1] == '.') return 0;
  const char *dom = at + 1;
  if (!*dom || !strchr(dom, '.')) return 0;
  size_t label = 0;
  for (const char *p = dom; ; p++) {
    if (*p == '.' || *p == '\0') {
      if (label == 0) return 0;  /* empty label: leading, trailing or double dot */
      if (p[-1] == '-' ) return 0;
      label = 0;
      if (*p == '\0') break;
      continue;
    }
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-')) return 0;
    if (label == 0 && *p == '-') return 0;
    label++;
  }
  return 1;
}

int valid_int(const char *s, long min, long max, long *out)
{
  if (!s || !*s) return 0;
  const char *p = s;
  if (*p == '-') { if (min >= 0) return 0; p++; }
  if (!*p) return 0;
  for (const char *q = p; *q; q++) if (*q < '0' || *q > '9') return 0;
  errno = 0;
  char *end;
  long v = strtol(s, &end, 10);
  if (errno == ERANGE || *end || v < min || v > max) return 0;
  if (out) *out = v;
  return 1;
}

int valid_slug(const char *s, size_t max)
{
  if (!s) return 0;
  size_t n = strlen(s);
  if (n == 0 || n > max) return 0;
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-')) return 0;
  return 1;
}

void valid_squeeze(char *s)
{
  if (!s) return;
  char *r = s, *w = s;
  int space = 0;
  while (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') r++;
  for (; *r; r++) {
    if (*r == ' ' || *r == '\t') { space = 1; continue; }
    if (space) { *w++ = ' '; space = 0; }
    *w++ = *r;
  }
  *w = '\0';
  while (w > s && (w[-1] == '\n' || w[-1] == '\r' || w[-1] == ' ')) *--w = '\0';
}

char *valid_like_escape(const char *q)
{
  size_t n = strlen(q);
  char *out = malloc(2 * n + 1), *o = out;
  if (!out) return NULL;
  for (const char *p = q; *p; p++) {
    if (*p == '%' || *p == '_' || *p == '\\') *o++ = '\\';
    *o++ = *p;
  }
  *o = '\0';
  return out;
}

int valid_return_method(const char *s)
{
  static const char *const ways[] = { "counter", "post", "electronic" };
  for (size_t i = 0; s && i < sizeof ways / sizeof *ways; i++)
    if (strcmp(s, ways[i]) == 0) return 1;
  return 0;
}

/* RFC 2046 5.1.1: boundary := 0*69<bchars> bcharsnospace, bchars are
 * DIGIT ALPHA ' ( ) + _ , - . / : = ? and space. */
static int bchar(char c, int last)
{
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 1;
  return strchr("'()+_,-./:=?", c) != NULL || (c == ' ' && !last);
}

int valid_boundary(const char *b, size_t n)
{
  if (n < 1 || n > 70) return 0;
  for (size_t i = 0; i < n; i++)
    if (!b[i] || !bchar(b[i], i + 1 == n)) return 0;
  return 1;
}

/* The media type of ct, case-insensitive, up to ';' or blanks. */
static int media_is(const char *ct, const char *type, const char **rest)
{
  size_t n = strlen(type);
  if (strncasecmp(ct, type, n) != 0) return 0;
  const char *p = ct + n;
  while (*p == ' ' || *p == '\t') p++;
  if (*p && *p != ';') return 0;
  *rest = p;
  return 1;
}

/* An RFC 2045 token character (a parameter's name). */
static int token_char(unsigned char c)
{
  return c > 32 && c < 127 && !strchr("()<>@,;:\\\"/[]?=", c);
}

int valid_form_ctype(const char *ct, char *boundary, size_t n)
{
  const char *p;
  if (boundary && n) boundary[0] = '\0';
  if (!ct) return 0;
  if (media_is(ct, "application/x-www-form-urlencoded", &p)) return 1;
  if (!media_is(ct, "multipart/form-data", &p)) return 0;
  /* Exactly one boundary parameter, quoted or not, and valid; every
   * parameter's name a token, so no other parser reads it otherwise. */
  int found = 0;
  while (*p == ';') {
    p++;
    while (*p == ' ' || *p == '\t') p++;
    size_t name = 0;
    while (token_char((unsigned char)p[name])) name++;
    if (name == 0 || p[name] != '=') return 0;
    int is_b = name == 8 && strncasecmp(p, "boundary", 8) == 0;
    p += name + 1;
    const char *v = p;
    size_t len;
    if (*p == '"') {
      const char *end = strchr(p + 1, '"');
      if (!end) return 0;
      v = p + 1;
      len = (size_t)(end - v);
      p = end + 1;
    } else {
      len = strcspn(p, "; \t");
      p += len;
    }
    if (is_b && (found++ || !valid_boundary(v, len))) return 0;
    if (is_b && boundary && n > len) { memcpy(boundary, v, len); boundary[len] = '\0'; }
    while (*p == ' ' || *p == '\t') p++;
    if (*p && *p != ';') return 0;
  }
  return found == 1 && *p == '\0' ? 2 : 0;
}
