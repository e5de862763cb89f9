/* mask.h: a name as public pages may show it: "Nguyễn Văn An" -> "Nguyễn V** A**". */
#ifndef MOTCUA_MASK_H
#define MOTCUA_MASK_H

#include <stddef.h>

/* The family name (first word) whole, each later word as its first letter
 * (with any combining marks) and "**". 0 ok; -1 for invalid UTF-8 or a
 * short buffer. */
int mask_name(const char *full, char *out, size_t n);

#endif
