/* app.h: the request pipeline: route table, typed inputs, CSRF, transaction, response. */
#ifndef MOTCUA_APP_H
#define MOTCUA_APP_H

#include <stddef.h>
#include <stdint.h>
#include <ClearSilver.h>

#include "rules/token.h"

/* HDF keys shared by the pipeline, handlers and templates. Handlers write
 * their own data under Page.*. */
#define K_TITLE   "Page.title"
#define K_CSRF    "Page.csrf"
#define K_ERRORS  "Page.errors"   /* Page.errors.<field> = message (Lang key resolved) */
#define K_FORM    "Page.form"     /* Page.form.<field> = the value as typed, kept on error */
#define K_STATUS  "Page.status"

enum { M_GET = 1, M_POST = 2 };

enum route_flag {
  R_FORM  = 1 << 0,  /* carries a form: GET issues a CSRF token, POST must bring it
                        back (checked here, not by handlers) and runs in one transaction */
  R_CACHE = 1 << 1,  /* public and identical for everyone: nginx may cache it 1 s */
};

/* What a path segment or a query value must look like. */
enum vkind {
  V_NONE,
  V_TEXT,      /* any valid UTF-8 text without control characters, up to max code points */
  V_SLUG,      /* [a-z0-9-]{1,max} */
  V_TOKEN,     /* base64url, exactly TOKEN_LEN */
  V_DIGITS,    /* exactly max ASCII digits */
  V_DCODE,     /* a dossier code */
  V_PCODE,     /* a procedure code: [0-9A-Za-z.-]{1,32} */
  V_LINES,     /* like V_TEXT, several lines allowed, not squeezed */
  V_SECRET,    /* a password: any valid UTF-8 up to max code points, kept exactly */
};

struct field_spec {
  const char *name;
  enum vkind kind;
  int max;
  int required;      /* a required field missing or invalid answers 404 on GET routes */
};

#define MAX_FIELDS 10

struct req;

struct route {
  const char *pattern;     /* e.g. "/ho-so/{*}": '*' is one path segment */
  int methods;             /* M_GET | M_POST */
  int flags;               /* enum route_flag */
  enum vkind segment;      /* validator of the '*' segment */
  struct field_spec fields[MAX_FIELDS];  /* query/form values the dispatcher validates */
  int (*handler)(struct req *r);
  const char *template;    /* rendered when the handler returns 200 or 422 */
  int roles;               /* 0: anyone; else a signed-in account holding one of these roles */
};

struct req {
  CGI *cgi;
  HDF *hdf;                          /* the request's HDF: Query.*, CGI.*, Page.* */
  const struct route *route;
  int method;
  int head;                          /* HEAD: headers only */
  char segment[64];                  /* the validated '*' segment */
  const char *val[MAX_FIELDS];       /* validated values, NULL when absent or invalid */
  char fid[TOKEN_LEN + 1];           /* POST on R_FORM: the form id, CSRF-checked */
  int64_t now;                       /* local time, minutes since the epoch */
  char location[512];                /* for 303 */
  /* A non-HTML body (PNG): owned by the handler until the response is sent. */
  const char *ctype;
  unsigned char *body;
  size_t body_len;
  void (*body_free)(void *);
  char set_cookie[256];
  int commit;                        /* commit the POST's transaction even without a 303 (failed login) */
  /* The signed-in account (staff program), filled by app->auth. */
  char session[TOKEN_LEN + 1];
  long user_id, user_unit;
  int user_roles;
};

/* Handler results are HTTP statuses: 200/422 render route->template,
 * 303 redirects to r->location, 404 and 5xx render the one error page. */

/* Program-wide things every handler may use. */
struct app {
  const char *name;
  const struct route *routes;
  size_t nroutes;
  const char *template_dir;
  const char *lang_file;
  const char *conf_file;
  int db_role;
  /* Routes with roles: loads the session into r. Returns 0, 401 (not
   * signed in: redirect to login_path) or 403. NULL: no such routes. */
  int (*auth)(struct req *r, int roles);
  const char *login_path;
};

extern unsigned char app_key[TOKEN_KEYBYTES];
extern HDF *app_global;                  /* Lang.*, Site.*: shared by all requests */

/* main() of a program: parses -c -s -w -t -l and serves until stopped. */
int app_main(struct app *a, int workers, int argc, char **argv);
int app_init(void *arg);                 /* fcgi_app.init */
void app_handle(void *arg);              /* fcgi_app.handle */
void app_fini(void *arg);

/* A configured setting (Site.*), or def. */
const char *app_conf(const char *name, const char *def);

/* Helpers for handlers. */
void app_error(struct req *r, const char *field, const char *lang_key);  /* Page.errors.<field> */
int app_redirect(struct req *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "2025-11-24 09:30" -> prefix.{date,time,hh,mm,iso}; returns 0 or -1. */
int app_set_datetime(HDF *hdf, const char *prefix, const char *sql_datetime);
/* In a list of rows (children of `list`), the value of `field` in the
 * last row whose `key` equals `value`; NULL when none does. */
const char *app_last_match(HDF *list, const char *key, const char *value, const char *field);
/* The local time now, as minutes since 1970-01-01 00:00 Hanoi time. */
int64_t app_now(void);

#endif
