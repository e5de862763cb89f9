/* net.h: who a client is, for throttles and quotas: an IPv4 address, or the /64 of an IPv6 one. */
#ifndef MOTCUA_NET_H
#define MOTCUA_NET_H

#include <stddef.h>

#define NET_KEY_MAX 48

/* The client key of a textual address (REMOTE_ADDR): an IPv4 address as
 * it is; an IPv6 address by its /64, as "2001:db8:1:2::/64" (a subscriber
 * holds a whole /64: its addresses are free to it). Anything else, or
 * NULL, gives "unknown". Returns 0, or -1 when out did not fit. */
int net_client_key(const char *addr, char *out, size_t n);

#endif
