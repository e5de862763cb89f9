/* fcgi.h: the FastCGI adapter (prefork supervisor + cgiwrap bridge). */
#ifndef MOTCUA_FCGI_H
#define MOTCUA_FCGI_H

struct fcgi_app {
  const char *name;
  int (*init)(void *arg);      /* once per worker, after fork: open the database, load templates */
  void (*handle)(void *arg);   /* once per request; reads and writes through cgiwrap */
  void (*fini)(void *arg);
  void *arg;
  unsigned long max_requests;  /* recycle a worker after this many requests (0: never) */
  unsigned long heap_limit;    /* ... or once a request left its heap above this many bytes (0: never) */
};

/* Listen on socket_path, keep `workers` processes serving, replace any
 * that dies, stop them all on SIGTERM/SIGINT. Returns 0 on a clean stop. */
int fcgi_run(const struct fcgi_app *app, const char *socket_path, int workers);

/* A FastCGI parameter of the current request, or NULL. */
const char *fcgi_param(const char *name);

#endif
