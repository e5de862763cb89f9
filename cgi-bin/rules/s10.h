/* s10.h: UPU S10 item identifiers (two letters, eight digits, a check digit, the country): format and check. */
#ifndef MOTCUA_S10_H
#define MOTCUA_S10_H

#include <stddef.h>

#define S10_LEN 13
#define S10_MAX (S10_LEN + 1)

/* The check digit of an 8-digit serial: weights 8 6 4 2 3 5 9 7, then
 * 11 - (sum mod 11), where 10 gives 0 and 11 gives 5. -1 when the serial
 * is not exactly eight ASCII digits. */
int s10_check_digit(const char *serial8);
/* "EB" 12596688 "VN" -> "EB125966888VN". 0, or -1 for a service
 * indicator or country that is not two capital letters, a serial over
 * 99,999,999, or a short buffer. */
int s10_format(char *buf, size_t n, const char *service, unsigned long serial, const char *country);
/* 1 when s is exactly an S10 identifier with the right check digit. */
int s10_valid(const char *s);

#endif
