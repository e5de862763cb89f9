/* fuzz.h: shared by the libFuzzer harnesses: the input as a NUL-terminated string, split into fields. */
#ifndef MOTCUA_FUZZ_H
#define MOTCUA_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A malloc'd copy of the input with a terminating NUL (inner NULs end the
 * C string early, as they would for the programs, which see C strings). */
static inline char *fuzz_str(const uint8_t *data, size_t size)
{
  char *s = malloc(size + 1);
  if (!s) abort();
  memcpy(s, data, size);
  s[size] = '\0';
  return s;
}

/* The first byte picks what to exercise; the rest is the text. */
static inline int fuzz_pick(const uint8_t **data, size_t *size, int choices)
{
  if (*size == 0) return 0;
  int k = (*data)[0] % choices;
  (*data)++;
  (*size)--;
  return k;
}

#endif
