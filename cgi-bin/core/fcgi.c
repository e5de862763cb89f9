/* fcgi.c: the FastCGI adapter: a prefork supervisor and the bridge that feeds libfcgi requests to ClearSilver. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <fastcgi.h>
#include <ClearSilver.h>

#include "core/alloc.h"
#include "core/fcgi.h"
#include "core/fcgi-keep.h"
#include "core/fcgi-out.h"
#include "core/log.h"

/* This file and fcgi-keep.c are the only ones that include fcgiapp.h:
 * everything else reads the request through ClearSilver's cgiwrap, which
 * we point at the current FCGX_Request below; responses go out through
 * render.c. */

static FCGX_Request req;
static volatile sig_atomic_t stopping;
static volatile sig_atomic_t busy;      /* a worker is answering a request */
static int is_worker;

static int cb_read(void *data, char *buf, int len)
{
  (void)data;
  return FCGX_GetStr(buf, len, req.in);
}

static int cb_write(void *data, const char *buf, int len)
{
  (void)data;
  return req.ipcFd < 0 ? FCGX_PutStr(buf, len, req.out) : out_write(buf, len);
}

/* The ClearSilver sample passes the va_list to printf; here it is
 * formatted and gathered like the rest (nothing in the programs uses it). */
static int cb_writef(void *data, const char *fmt, va_list ap)
{
  char *s = NULL;
  int n = vasprintf(&s, fmt, ap);
  if (n < 0) return -1;
  n = cb_write(data, s, n);
  free(s);
  return n;
}

/* The request's end, after its response (core/fcgi-out.c); libfcgi's own
 * end is skipped: its stdout stream marked closed (its stderr stream has
 * nothing to end). 0, or -1 on a write error. */
static int end_request(int refuse)
{
  if (FCGX_FFlush(req.out) != 0 || out_end(refuse) != 0) return -1;
  req.out->wasFCloseCalled = req.out->isClosed = 1;
  return 0;
}

static char *cb_getenv(void *data, const char *name)
{
  (void)data;
  /* cgi_init asks for ~130 variables (CGI.*, HTTP.*, SSL.*) and copies
   * each into the request's HDF; nothing here reads them there (the code
   * asks fcgi_param()). It gets only what its own parsing needs: the
   * method, the query, the body's type and length, the cookies. */
  static const char *const wanted[] = { "QUERY_STRING", "REQUEST_METHOD", "CONTENT_TYPE", "CONTENT_LENGTH", "HTTP_COOKIE" };
  size_t i = 0;
  while (i < sizeof wanted / sizeof *wanted && strcmp(name, wanted[i]) != 0) i++;
  if (i == sizeof wanted / sizeof *wanted) return NULL;
  const char *v = FCGX_GetParam(name, req.envp);
  return v ? strdup(v) : NULL;
}

static int cb_putenv(void *data, const char *k, const char *v)
{
  (void)data; (void)k; (void)v;
  return -1; /* a request's environment is read-only */
}

static int cb_iterenv(void *data, int x, char **k, char **v)
{
  (void)data;
  *k = NULL;
  *v = NULL;
  for (int i = 0; req.envp && req.envp[i]; i++) {
    if (i != x) continue;
    const char *kv = req.envp[i];
    const char *eq = strchr(kv, '=');
    if (!eq) return 0;
    *k = strndup(kv, (size_t)(eq - kv));
    *v = strdup(eq + 1);
    if (!*k || !*v) { free(*k); free(*v); *k = *v = NULL; return -1; }
    return 0;
  }
  return 0;
}

const char *fcgi_param(const char *name)
{
  return FCGX_GetParam(name, req.envp);
}

/* libfcgi restarts accept() after a signal, so an idle worker would never
 * notice a stop request: it leaves at once; a busy one finishes its
 * request first. */
static void on_term(int sig)
{
  (void)sig;
  if (is_worker && !busy) _exit(0);
  stopping = 1;
}

static void catch_stop(void)
{
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_term;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
}

/* libfcgi ends each connection with shutdown(), then waits for nginx to
 * close its side and reads what is left before close(): a guard against a
 * TCP reset eating the response when unread input remains. Here the
 * socket is a unix one and nginx sends nothing after the end of the input
 * (on a connection it does not keep), so once the input was read to its
 * end (a GET's empty stdin: already in libfcgi's buffer) nothing can be
 * left: close at once, one wake-up, a poll and a read fewer per request,
 * and the worker is free before nginx has read the response. A request
 * whose body was not read to the end keeps libfcgi's way. */
static void plain_close(void)
{
  const char *len = FCGX_GetParam("CONTENT_LENGTH", req.envp);
  if (!len || !*len || strcmp(len, "0") == 0) {
    char drain[256];
    while (FCGX_GetStr(drain, sizeof drain, req.in) > 0) {}
  }
  if (FCGX_HasSeenEOF(req.in) == EOF) FCGX_Detach(&req);
}

/* Answers one request on connection fd, whose begin record nginx has sent
 * (or is sending). Returns 1 if the connection stays open (and is kept),
 * 0 if it was closed, -1 if the worker should end after it. */
static int serve(const struct fcgi_app *app, int fd, char *heap_start, unsigned long *served)
{
  req.ipcFd = fd;
  req.keepConnection = 1;          /* FCGX_Accept_r's own finish must not close it */
  busy = 1;
  if (FCGX_Accept_r(&req) < 0) {   /* nginx closed it (EOF) or sent no request: libfcgi closed it */
    req.ipcFd = -1;
    busy = 0;
    return 0;
  }
  out_begin(fd, req.requestId);
  keep_guard(1);
  app->handle(app->arg);
  keep_guard(0);
  /* nginx asked to keep the connection (FCGI_KEEP_CONN). Kept: a GET's or
   * a HEAD's only; nginx sends every other method on a fresh connection
   * (a POST it never sends twice: were its kept connection closed under
   * it, the citizen would get an error). */
  int asked = req.keepConnection;
  const char *method = FCGX_GetParam("REQUEST_METHOD", req.envp);
  int keep = asked && method && (strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0);
  if (asked) {
    /* The next request's records follow on this connection: this one's
     * input must be read to its end first (a GET's: already buffered). */
    char drain[256];
    while (FCGX_GetStr(drain, sizeof drain, req.in) > 0) {}
    if (FCGX_HasSeenEOF(req.in) != EOF) keep = asked = 0;
  }
  /* A worker recycles itself after max_requests, so a slow leak in a
   * library can never grow without bound; the supervisor replaces it. */
  (*served)++;
  int end = (app->max_requests && *served >= app->max_requests) || stopping;
  /* A page that built a large tree can leave the heap fragmented: what
   * glibc cannot give back stays in the worker (the dashboard's year at a
   * 4-million-dossier scale: 6 MiB of heap, 13 MiB resident, for good).
   * Such a worker ends after its response and a fresh one (7-8 MiB)
   * takes its place; a status page or a receipt leaves 1.3-2.3 MiB. The
   * break (sbrk(0)) is read from glibc's own variable: no system call. */
  size_t heap = (size_t)((char *)sbrk(0) - heap_start);
  if (app->heap_limit && heap > app->heap_limit) {
    log_info("worker %d: %zu KiB of heap after a request; a fresh worker replaces it", (int)getpid(), heap >> 10);
    end = 1;
  }
  if (end || !keep_room()) keep = 0;
  int ended = end_request(asked && !keep) == 0, refused = asked && !keep && ended;
  if (!asked || (!keep && !refused)) {
    plain_close();
    req.keepConnection = 0;
  }
  FCGX_Finish_r(&req);             /* closes unless nginx asked to keep it (and the end went out) */
  busy = 0;
  int open = req.ipcFd >= 0;
  if (open && !keep) close(req.ipcFd);   /* refused: nginx closes it too */
  else if (open) keep_put(req.ipcFd);
  req.ipcFd = -1;
  open = open && keep;
  return end ? -1 : open;
}

static void worker_loop(const struct fcgi_app *app, int sock)
{
  is_worker = 1;
  alloc_tune();
  char *heap_start = sbrk(0);
  catch_stop();
  signal(SIGPIPE, SIG_IGN);

  if (app->init && app->init(app->arg) != 0) {
    log_err("worker %d: init failed", (int)getpid());
    _exit(3);
  }
  if (keep_init() != 0) _exit(3);
  if (FCGX_InitRequest(&req, -1, 0) != 0) _exit(3);
  cgiwrap_init_emu(NULL, cb_read, cb_writef, cb_write, cb_getenv, cb_putenv, cb_iterenv);

  unsigned long served = 0;
  struct pollfd pf[1 + KEEP_MAX];
  while (!stopping) {
    pf[0] = (struct pollfd){ sock, POLLIN, 0 };
    int n = 1 + keep_fds(pf + 1);
    if (poll(pf, (nfds_t)n, -1) < 0) {
      if (errno == EINTR) continue;
      log_err("worker %d: poll: %s", (int)getpid(), strerror(errno));
      break;
    }
    /* Every kept connection that is ready, once, taken out of the set
     * while answered (serve() puts it back if it stays open); one that
     * the timer closed meanwhile is no longer there. */
    for (int i = 1; i < n; i++) {
      if (!pf[i].revents || keep_take(pf[i].fd) != 0) continue;
      if (serve(app, pf[i].fd, heap_start, &served) < 0 || stopping) goto out;
    }
    if (pf[0].revents & POLLIN) {
      int fd = accept4(sock, NULL, NULL, SOCK_CLOEXEC);
      if (fd < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED) continue;
        log_err("worker %d: accept: %s", (int)getpid(), strerror(errno));
        break;
      }
      if (serve(app, fd, heap_start, &served) < 0) goto out;
    }
  }
out:
  keep_drop();
  if (app->fini) app->fini(app->arg);
  _exit(0);
}

static pid_t spawn(const struct fcgi_app *app, int sock)
{
  pid_t pid = fork();
  if (pid == 0) worker_loop(app, sock);
  if (pid < 0) log_err("fork: %s", strerror(errno));
  return pid;
}

/* Waits 50 ms * 2^(streak-2), at most 5 s; a stop request cuts it short. */
static void backoff(int streak)
{
  long ms = 50L << (streak - 2 > 7 ? 7 : streak - 2);
  if (ms > 5000) ms = 5000;
  struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
  while (!stopping && nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

int fcgi_run(const struct fcgi_app *app, const char *socket_path, int workers)
{
  if (FCGX_Init() != 0) { log_err("FCGX_Init failed"); return -1; }
  /* MOTCUA_HEAP_LIMIT_KIB: another heap limit (t0020's 1 KiB replaces its worker after every request). */
  struct fcgi_app own = *app;
  const char *lim = getenv("MOTCUA_HEAP_LIMIT_KIB");
  if (lim && *lim) {
    char *end;
    unsigned long kib = strtoul(lim, &end, 10);
    if (*end || kib == 0 || kib > (1UL << 30)) { log_err("MOTCUA_HEAP_LIMIT_KIB=%s: not a number of KiB", lim); return -1; }
    own.heap_limit = kib << 10;
  }
  app = &own;
  unlink(socket_path);
  mode_t old = umask(0007); /* nginx runs in our group or as us */
  int sock = FCGX_OpenSocket(socket_path, 128);
  umask(old);
  if (sock < 0) { log_err("cannot listen on %s", socket_path); return -1; }
  /* Non-blocking for the workers' accept (core/fcgi-keep.c). */
  int fl = fcntl(sock, F_GETFL);
  if (fl < 0 || fcntl(sock, F_SETFL, fl | O_NONBLOCK) < 0) { log_err("%s: fcntl: %s", socket_path, strerror(errno)); return -1; }

  catch_stop();

  pid_t *pids = calloc((size_t)workers, sizeof *pids);
  if (!pids) return -1;
  for (int i = 0; i < workers; i++) pids[i] = spawn(app, sock);
  log_info("%s: %d workers on %s", app->name, workers, socket_path);

  time_t *born = calloc((size_t)workers, sizeof *born);
  if (!born) { free(pids); return -1; }
  for (int i = 0; i < workers; i++) born[i] = time(NULL);
  int streak = 0;
  while (!stopping) {
    int st;
    pid_t dead = waitpid(-1, &st, 0);
    if (dead < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < workers; i++) {
      if (pids[i] != dead) continue;
      int crashed = WIFSIGNALED(st) || WEXITSTATUS(st) != 0;
      if (WIFSIGNALED(st))
        log_err("%s: worker %d killed by signal %d; replacing it", app->name, (int)dead, WTERMSIG(st));
      else if (WEXITSTATUS(st) != 0)
        log_err("%s: worker %d exited with %d; replacing it", app->name, (int)dead, WEXITSTATUS(st));
      /* A worker that crashes or cannot start (database down, a request
       * that kills it) would otherwise be respawned in a tight loop: each
       * crash soon after a start doubles the wait, 50 ms up to 5 s; a
       * worker that lived a minute resets it. */
      time_t now = time(NULL);
      streak = !crashed ? 0 : (now - born[i] < 60 ? streak + 1 : 1);
      if (streak > 1) backoff(streak);
      if (!stopping) { pids[i] = spawn(app, sock); born[i] = time(NULL); }
    }
  }
  free(born);
  for (int i = 0; i < workers; i++)
    if (pids[i] > 0) kill(pids[i], SIGTERM);
  for (int i = 0; i < workers; i++)
    if (pids[i] > 0) waitpid(pids[i], NULL, 0);
  free(pids);
  unlink(socket_path);
  log_info("%s: stopped", app->name);
  return 0;
}
