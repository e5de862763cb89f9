/* fcgi-keep.c: the connections a FastCGI worker keeps for nginx between requests. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "core/fcgi-keep.h"
#include "core/log.h"

/* Kept connections (nginx's fastcgi_keep_conn with an upstream keepalive
 * cache, for the public program's GETs: nginx/motcua.conf.in). A request
 * nginx sends with FCGI_KEEP_CONN leaves its connection open for the next
 * one: no socket, connect, accept and close a page. libfcgi alone would
 * block reading a kept connection and accept no other, while nginx sends
 * its next request on whichever idle connection it holds (or opens a new
 * one): requests would queue behind one worker while others idle. So the
 * worker waits in poll() on the listening socket (non-blocking, shared by
 * all workers: EAGAIN when another took the connection) and on the
 * connections it keeps, accepts itself, and hands libfcgi the connection
 * that is ready through FCGX_Request's ipcFd (what libfcgi itself does
 * with a kept one; its listen_sock is -1: it never accepts on its own).
 * Each round of poll() serves every ready kept connection once and
 * accepts at most one new one: a connection waiting in the listen queue
 * is never starved by kept ones.
 *
 * How many: nginx bounds them (`keepalive 16` idle, the others it closes
 * itself); a worker keeps at most KEEP_MAX idle, and refuses one more
 * (or all, as it ends) by ending its request so that nginx closes it
 * (core/fcgi.c, end_request): never by closing a connection nginx may be about
 * to use. Measured on the status page past the cache, wrk -c32, builds
 * alternated (BENCHMARKS.md, issue 12 session 5): at most 2 a worker saved
 * half as much CPU as 64 (nginx, the workers and MariaDB: -13% against
 * -20% a page), for no better p99.
 * While a worker answers, a request nginx sent on one of its idle
 * connections waits. A page takes well under a millisecond; for a slow
 * one (a lock wait, the dashboard's year), a timer set as the request
 * begins closes the worker's idle connections after KEEP_WAIT_MS: nginx
 * drops them from its cache, or sends the request that was waiting on
 * one again on another connection (a cached connection's failure is not
 * counted as a try; only GETs use them), which another worker answers. */
#define KEEP_WAIT_MS 50
static volatile int kept[KEEP_MAX];
static volatile sig_atomic_t nkept;
static volatile sig_atomic_t in_handle;   /* the timer's handler acts only while a request is answered */
static volatile sig_atomic_t shed;        /* how many it closed (logged after the request) */
static long keep_max = KEEP_MAX;          /* MOTCUA_KEEP_CONNS: fewer (0: none, for an A/B) */
static long keep_wait_ms = KEEP_WAIT_MS;  /* MOTCUA_KEEP_WAIT_MS: another wait; 0: never (t0020 fails then) */
static int armed;

static void on_alarm(int sig)
{
  (void)sig;
  if (!in_handle || nkept == 0) return;
  int e = errno;
  shed = nkept;
  for (int i = 0; i < nkept; i++) close(kept[i]);
  nkept = 0;
  errno = e;
}

/* One-shot: a request that ends sooner leaves it to be set again by the
 * next (one setitimer a request; none while the worker keeps nothing). */
static void arm(int on)
{
  if (!on && !armed) return;
  struct itimerval t = { { 0, 0 }, { on ? keep_wait_ms / 1000 : 0, on ? keep_wait_ms % 1000 * 1000 : 0 } };
  setitimer(ITIMER_REAL, &t, NULL);
  armed = on;
}

static int setting(const char *name, long max, long *out)
{
  const char *v = getenv(name);
  if (!v || !*v) return 0;
  char *end;
  errno = 0;
  long n = strtol(v, &end, 10);
  if (errno || *end || n < 0 || n > max) { log_err("%s=%s: not a number from 0 to %ld", name, v, max); return -1; }
  *out = n;
  return 0;
}

int keep_init(void)
{
  if (setting("MOTCUA_KEEP_CONNS", KEEP_MAX, &keep_max) != 0 || setting("MOTCUA_KEEP_WAIT_MS", 60000, &keep_wait_ms) != 0)
    return -1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sa.sa_flags = SA_RESTART;
  return sigaction(SIGALRM, &sa, NULL);
}

int keep_fds(struct pollfd *pf)
{
  for (int i = 0; i < nkept; i++) pf[i] = (struct pollfd){ kept[i], POLLIN, 0 };
  return nkept;
}

int keep_take(int fd)
{
  int j = 0;
  while (j < nkept && kept[j] != fd) j++;
  if (j == nkept) return -1;
  kept[j] = kept[nkept - 1];
  nkept--;
  return 0;
}

int keep_room(void)
{
  return nkept < keep_max;
}

void keep_put(int fd)
{
  kept[nkept] = fd;
  nkept++;
}

void keep_guard(int on)
{
  if (on) {
    arm(nkept > 0 && keep_wait_ms > 0);
    in_handle = 1;
    return;
  }
  in_handle = 0;
  if (shed) {
    log_info("worker %d: a request of more than %ld ms: its %d idle kept connections closed", (int)getpid(), keep_wait_ms, (int)shed);
    shed = 0;
  }
}

void keep_drop(void)
{
  arm(0);
  for (int i = 0; i < nkept; i++) close(kept[i]);
  nkept = 0;
}
