/* valid.h: validators for everything a citizen types; each returns 1 (valid) or 0 unless stated. */
#ifndef MOTCUA_VALID_H
#define MOTCUA_VALID_H

#include <stddef.h>

int valid_utf8(const char *s, size_t n);   /* strict: no overlongs, surrogates, or > U+10FFFF */
size_t valid_utf8_chars(const char *s);    /* code points in s (s valid UTF-8) */
/* Valid UTF-8, 1..max_chars code points, no control characters (tab, CR
 * and LF only when multiline), no noncharacters, no bidi overrides. */
int valid_text(const char *s, size_t max_chars, int multiline);
int valid_person_name(const char *s);      /* 2..100 chars: letters (with marks), spaces, ' and - */
int valid_idnumber(const char *s);         /* 12 digits, a real province code, a century/gender digit */
int valid_idnumber_matches_birth(const char *id, int birth_year);
int valid_phone(const char *s, char *norm, size_t n); /* Vietnamese numbers; norm gets the 0… form */
int valid_email(const char *s);
int valid_int(const char *s, long min, long max, long *out); /* strict decimal, in range */
int valid_slug(const char *s, size_t max); /* [a-z0-9-]{1,max} */
void valid_squeeze(char *s);               /* trim, collapse runs of blanks to one space */
/* s with LIKE's wildcards (% _ \\) escaped, malloc'd; NULL when out of memory. */
char *valid_like_escape(const char *s);
/* How a result goes back: "counter", "post" or "electronic". */
int valid_return_method(const char *s);
/* A request body ClearSilver may parse: 1 application/x-www-form-urlencoded,
 * 2 multipart/form-data with one valid boundary (RFC 2046: 1-70 bchars),
 * copied to boundary (n > 70) when given; 0 anything else. */
int valid_form_ctype(const char *content_type, char *boundary, size_t n);
int valid_boundary(const char *b, size_t n);

#endif
