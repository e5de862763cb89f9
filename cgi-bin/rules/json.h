/* json.h: a string as a JSON string literal, for a statement that takes many rows as one bound JSON value. */
#ifndef MOTCUA_JSON_H
#define MOTCUA_JSON_H

#include <stddef.h>

/* Writes s (UTF-8) as a JSON string ("…": quote and backslash escaped, control
 * characters as \u00XX, everything else as it is) into out, at most n bytes
 * with the NUL; returns the length it needs without the NUL, like snprintf. */
size_t json_quote(char *out, size_t n, const char *s);

#endif
