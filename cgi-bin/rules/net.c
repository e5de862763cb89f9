/* net.c: client keys for throttles and quotas: an IPv4 address, or an IPv6 /64. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "rules/net.h"

int net_client_key(const char *addr, char *out, size_t n)
{
  unsigned char a[16];
  char text[INET6_ADDRSTRLEN];
  int k;
  if (addr && inet_pton(AF_INET, addr, a) == 1 && inet_ntop(AF_INET, a, text, sizeof text)) {
    k = snprintf(out, n, "%s", text);
  } else if (addr && inet_pton(AF_INET6, addr, a) == 1) {
    memset(a + 8, 0, 8);
    if (!inet_ntop(AF_INET6, a, text, sizeof text)) return -1;
    k = snprintf(out, n, "%s/64", text);
  } else {
    k = snprintf(out, n, "unknown");
  }
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}
