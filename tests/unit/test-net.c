/* test-net.c: client keys: IPv4 as it is, IPv6 by its /64, anything else one "unknown". */
#include <string.h>

#include "tap.h"
#include "rules/net.h"

int main(void)
{
  static const struct { const char *addr, *key, *why; } cases[] = {
    { "198.51.100.7", "198.51.100.7", "IPv4 as it is" },
    { "2001:db8:1:2::1", "2001:db8:1:2::/64", "IPv6: its /64" },
    { "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64", "another address of the same /64" },
    { "2001:0db8:0001:0002:0000:0000:0000:0009", "2001:db8:1:2::/64", "written in full" },
    { "2001:db8::1", "2001:db8::/64", "compressed" },
    { "::1", "::/64", "loopback" },
    { "", "unknown", "empty" }, { "not an address", "unknown", "garbage" }, { NULL, "unknown", "absent" },
  };
  char out[NET_KEY_MAX];
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    CHECK(net_client_key(cases[i].addr, out, sizeof out) == 0 && strcmp(out, cases[i].key) == 0, "%s: %s", cases[i].why, out);
  CHECK(net_client_key("2001:db8:1:2::1", out, 8) == -1, "a short buffer is an error, not a cut key");
  return tap_done();
}
