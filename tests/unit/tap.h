/* tap.h: a tiny TAP producer shared by the unit tests (one "ok"/"not ok" line per check). */
#ifndef MOTCUA_TAP_H
#define MOTCUA_TAP_H

#include <stdio.h>

static int tap_n, tap_failed;

/* CHECK(cond, fmt, ...): one TAP line; the message names the case so a
 * failure says which table row broke. */
#define CHECK(cond, ...) do {                                   \
    int tap_ok_ = (cond) ? 1 : 0; /* evaluated once */          \
    tap_n++;                                                    \
    if (tap_ok_) { printf("ok %d - ", tap_n); }                 \
    else { tap_failed++; printf("not ok %d - ", tap_n); }       \
    printf(__VA_ARGS__);                                        \
    if (!tap_ok_) printf("  (%s:%d: %s)", __FILE__, __LINE__, #cond); \
    printf("\n");                                               \
  } while (0)

static inline int tap_done(void)
{
  printf("1..%d\n", tap_n);
  return tap_failed ? 1 : 0;
}

#endif
