/* fcgi-out.c: a response as FastCGI records, gathered and sent with the request's end in one writev. */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include <fastcgi.h>

#include "core/fcgi-out.h"

/* The iovecs written whole (a unix socket may take part of them; EINTR, EAGAIN: again). */
static int send_all(int fd, struct iovec *iov, int n)
{
  while (n > 0) {
    ssize_t k = writev(fd, iov, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        struct pollfd p = { fd, POLLOUT, 0 };
        int k2;
        while ((k2 = poll(&p, 1, 30000)) < 0 && errno == EINTR) {}
        if (k2 > 0) continue;
      }
      return -1;
    }
    while (n > 0 && (size_t)k >= iov->iov_len) { k -= (ssize_t)iov->iov_len; iov++; n--; }
    if (n > 0) { iov->iov_base = (char *)iov->iov_base + k; iov->iov_len -= (size_t)k; }
  }
  return 0;
}

/* The response goes out as FastCGI records written here, not through
 * libfcgi's 8 KiB stream: that wrote each time its buffer filled and once
 * more with the request's end (the submission form, 12 kB: three writes;
 * a 303: two), each one waking nginx. A response is gathered (up to
 * 64 KiB) and sent with the request's end in one writev (out_end); a
 * large body (the receipt PNG, ~37 kB; the register) goes out as it comes,
 * in records of its own, after what was gathered, with no copy. The
 * connection is FCGX_Request's ipcFd (core/fcgi.c), which fcgiapp.h lists
 * past "don't use": libfcgi has no other way to it. */
#define DIRECT_MIN 16384
#define RECORD_MAX 65528   /* FastCGI content of a record: at most 65,535 bytes, a multiple of 8 here */
static char gathered[65536];
static size_t ngathered;
static int out_fd = -1, out_id;

void out_begin(int fd, int request_id)
{
  out_fd = fd;
  out_id = request_id;
  ngathered = 0;
}

static const char zeros[8];

/* buf from *done as up to max STDOUT records into iov (up to 3 iovecs a
 * record, heads in head[]); returns the iovecs used. */
static int frame(struct iovec *iov, unsigned char (*head)[8], int max, const char *buf, size_t len, size_t *done)
{
  int n = 0;
  for (int r = 0; r < max && *done < len; r++) {
    size_t k = len - *done > RECORD_MAX ? RECORD_MAX : len - *done, pad = (8 - k % 8) % 8;
    unsigned char *h = head[r];
    h[0] = FCGI_VERSION_1;
    h[1] = FCGI_STDOUT;
    h[2] = (unsigned char)(out_id >> 8);
    h[3] = (unsigned char)out_id;
    h[4] = (unsigned char)(k >> 8);
    h[5] = (unsigned char)k;
    h[6] = (unsigned char)pad;
    h[7] = 0;
    iov[n++] = (struct iovec){ h, 8 };
    iov[n++] = (struct iovec){ (void *)(buf + *done), k };
    if (pad) iov[n++] = (struct iovec){ (void *)zeros, pad };
    *done += k;
  }
  return n;
}

/* What was gathered, sent now (a large body follows it). */
static int send_gathered(void)
{
  unsigned char head[2][8];
  struct iovec iov[6];
  size_t done = 0;
  int n = frame(iov, head, 2, gathered, ngathered, &done);
  ngathered = 0;
  return n ? send_all(out_fd, iov, n) : 0;
}

int out_write(const char *buf, int len)
{
  if (len <= 0) return 0;
  if ((size_t)len > sizeof gathered - ngathered && send_gathered() != 0) return -1;
  if (len < DIRECT_MIN) {
    memcpy(gathered + ngathered, buf, (size_t)len);
    ngathered += (size_t)len;
    return len;
  }
  if (ngathered && send_gathered() != 0) return -1;
  unsigned char head[8][8];
  struct iovec iov[24];
  for (size_t done = 0; done < (size_t)len;) {
    int n = frame(iov, head, 8, buf, (size_t)len, &done);
    if (send_all(out_fd, iov, n) != 0) return -1;
  }
  return len;
}

/* Ends the request: what was gathered, the end of stdout and
 * FCGI_END_REQUEST, in one writev. refuse: on a connection nginx asked to
 * keep but this worker will not (it keeps enough, or it ends). nginx keeps
 * a connection only when the request's end is the last thing it read from
 * it: an empty stderr record goes out behind it, and nginx closes the
 * connection itself, having sent nothing more on it. (Closed by the worker
 * after the end instead, it raced nginx, which puts a connection back in
 * its cache and sends the next request on it before it sees the close: 6%
 * of the requests failed once and were sent again.) 0, or -1. */
int out_end(int refuse)
{
  unsigned char hi = (unsigned char)(out_id >> 8), lo = (unsigned char)out_id;
  unsigned char t[32] = {
    FCGI_VERSION_1, FCGI_STDOUT, hi, lo, 0, 0, 0, 0,                                  /* the end of stdout */
    FCGI_VERSION_1, FCGI_END_REQUEST, hi, lo, 0, 8, 0, 0, 0, 0, 0, 0, FCGI_REQUEST_COMPLETE, 0, 0, 0,
    FCGI_VERSION_1, FCGI_STDERR, hi, lo, 0, 0, 0, 0,                                  /* refused: the bytes behind it */
  };
  unsigned char head[2][8];
  struct iovec iov[7];
  size_t done = 0;
  int n = frame(iov, head, 2, gathered, ngathered, &done);
  ngathered = 0;
  iov[n++] = (struct iovec){ t, refuse ? 32 : 24 };
  return send_all(out_fd, iov, n);
}
