/* dcode.h: dossier codes: <agency identifier code>-<yymmdd>-<4-digit daily sequence>. */
#ifndef MOTCUA_DCODE_H
#define MOTCUA_DCODE_H

#include <stddef.h>
#include <stdint.h>

#define DCODE_MAX 48

/* e.g. "000.00.10.H26-251124-0001". 0 ok; -1 for an invalid agency code,
 * seq 0 or over 9999, a day outside 2000..2099, or a short buffer. */
int dcode_format(char *buf, size_t n, const char *agency_code, int32_t day, unsigned seq);
int dcode_agency_valid(const char *agency_code); /* 1 if [0-9]{3}.[0-9]{2}.[0-9]{2}.[A-Z][0-9]{2} */
int dcode_valid(const char *s);                  /* 1 if exactly the shape above with a real date */

#endif
