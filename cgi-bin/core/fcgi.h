/* fcgi.h: the FastCGI adapter (prefork supervisor + cgiwrap bridge). */
#ifndef MOTCUA_FCGI_H
#define MOTCUA_FCGI_H

#include <ClearSilver.h>

struct fcgi_app {
  const char *name;
  int (*init)(void *arg);      /* once per worker, after fork: open the database, load templates */
  void (*handle)(void *arg);   /* once per request; reads and writes through cgiwrap */
  void (*fini)(void *arg);
  void *arg;
  unsigned long max_requests;  /* recycle a worker after this many requests (0: never) */
};

/* Listen on socket_path, keep `workers` processes serving, replace any
 * that dies, stop them all on SIGTERM/SIGINT. Returns 0 on a clean stop. */
int fcgi_run(const struct fcgi_app *app, const char *socket_path, int workers);

/* A FastCGI parameter of the current request, or NULL. */
const char *fcgi_param(const char *name);

/* The current request as ClearSilver's CGI: a GET or HEAD with only
 * Query.* and Cookie.* built (what cgi_init would give them); any other
 * method through cgi_init (its body is parsed later by cgi_parse). */
NEOERR *fcgi_cgi_init(CGI **cgi);

#endif
