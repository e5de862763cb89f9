/* sniff.h: a file's type from its first bytes, never from its name. */
#ifndef MOTCUA_SNIFF_H
#define MOTCUA_SNIFF_H

#include <stddef.h>

enum sniff_type { SNIFF_UNKNOWN, SNIFF_PDF, SNIFF_JPEG, SNIFF_PNG };

enum sniff_type sniff_bytes(const unsigned char *buf, size_t n); /* give it at least 16 bytes when there are */
const char *sniff_mime(enum sniff_type t);
const char *sniff_ext(enum sniff_type t);

#endif
