/* app.h: the request pipeline: route table, named inputs, CSRF, transaction, response. */
#ifndef MOTCUA_APP_H
#define MOTCUA_APP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <ClearSilver.h>

#include "rules/seal.h"
#include "rules/token.h"

/* HDF keys shared by the pipeline, handlers and templates. Handlers write
 * their own data under Page.*. */
#define K_TITLE   "Page.title"
#define K_CSRF    "Page.csrf"
#define K_ERRORS  "Page.errors"   /* Page.errors.<field> = message (Lang key resolved) */
#define K_FORM    "Page.form"     /* Page.form.<field> = the value as typed, kept on error */
#define K_STATUS  "Page.status"

enum { M_GET = 1, M_POST = 2 };

/* Every POST is CSRF-checked and runs in one transaction, whatever its
 * flags: there is no flag to turn that off. */
enum route_flag {
  R_FORM  = 1 << 0,  /* a GET that shows a form: the dispatcher hands it a CSRF token */
  R_CACHE = 1 << 1,  /* a GET, public and identical for everyone: nginx may cache it 1 s */
  R_KIOSK = 1 << 2,  /* a POST of the kiosk's quota class (Q_KIOSK), not the forms' (Q_FORM) */
};

/* The quota class of a POST, from its route's flags: the dispatcher hands
 * it to app->admit_post, which counts each class against its own limit. */
enum quota_class { Q_FORM, Q_KIOSK };

/* What a path segment or an input must look like. */
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
  V_ID,        /* a positive decimal integer, up to 18 digits: r->id[slot] holds it */
  V_RAW,       /* given to the handler as sent: it checks and answers next to the field */
  V_FILE,      /* an uploaded file (multipart), read with app_file() */
};

enum field_flag {
  F_REQUIRED = 1 << 0,  /* missing or invalid on a GET: 404 */
  F_FAMILY   = 1 << 1,  /* the name is a prefix ("f_"): app_field(r, slot, suffix) reads f_<suffix> */
};

struct field_spec {
  const char *name;
  enum vkind kind;
  int max;
  int flags;         /* enum field_flag */
};

#define MAX_FIELDS 24

struct req;

/* A page handler: parses r->val[], calls the domain, fills Page.*;
 * returns an HTTP status (see below). Declared by area:
 *   handler_fn page_login_form, page_login_post;  */
typedef int handler_fn(struct req *r);

/* One row per URL and method. Handlers read their inputs by slot, an enum
 * of the program's (r->val[IN_X]); no handler reads an input its row does
 * not declare. */
struct route {
  const char *pattern;     /* e.g. "/ho-so/{*}": '*' is one path segment */
  int methods;             /* M_GET or M_POST */
  int flags;               /* enum route_flag */
  enum vkind segment;      /* validator of the '*' segment */
  struct field_spec fields[MAX_FIELDS];  /* by slot: query/form values the dispatcher validates */
  handler_fn *handler;
  const char *template;    /* rendered when the handler returns 200 or 422 */
  int roles;               /* 0: anyone; else a signed-in account holding one of these roles */
};

struct req {
  CGI *cgi;
  HDF *hdf;                          /* the request's HDF: what the template sees */
  const struct route *route;
  int method;
  int head;                          /* HEAD: headers only */
  char segment[64];                  /* the validated '*' segment */
  const char *val[MAX_FIELDS];       /* validated values by slot, NULL when absent or invalid */
  long id[MAX_FIELDS];               /* V_ID values by slot, 0 when absent or invalid */
  char fid[TOKEN_LEN + 1];           /* POST: the form id, CSRF-checked */
  int64_t now;                       /* local time, minutes since the epoch */
  char location[512];                /* for 303 */
  /* A non-HTML body (PNG, PDF): owned by the handler until the response is sent. */
  const char *ctype;
  unsigned char *body;
  size_t body_len;
  void (*body_free)(void *);
  /* A file the user downloads (an attachment, a result): sent as an
   * attachment under this name, never stored, sandboxed if opened. */
  const char *download;
  char set_cookie[256];
  int commit;                        /* commit the POST's transaction even without a 303 (failed login) */
  /* The POST's writes are keyed by the form id (a submission): run again
   * after a COMMIT of unknown outcome, it finds what it wrote (core/app.c). */
  int idempotent;
  /* Work outside the database that follows the POST's transaction (files
   * staged by domain/upload.c): prepare runs just before COMMIT (failing,
   * it rolls back: 503); finish runs after, told whether it committed. */
  int (*tx_prepare)(struct req *r);
  void (*tx_finish)(struct req *r, int committed);
  /* A POST's count that app->admit_post found owed and not yet written:
   * its quota class + 1 (core/app.c writes it, then clears this). */
  int quota_owed;
  /* The signed-in account (staff program), filled by app->auth. */
  char session[TOKEN_LEN + 1];
  long user_id, user_unit;
  int user_roles;
  char username[72];
};

/* Handler results are HTTP statuses: 200/422 render route->template,
 * 201 sends r->body, 303 redirects to r->location, 4xx and 5xx render
 * the one error page. */

/* A program: its routes and how it signs people in. Each program's
 * routes.c defines `struct app program`; core/main.c serves it. */
struct app {
  const char *name;
  const struct route *routes;
  size_t nroutes;
  int workers;
  int db_role;
  const char *template_dir;  /* -t, else "templates" */
  const char *lang_file;     /* -l, else "templates/lang/vi.hdf" */
  const char *conf_file;
  /* Routes with roles: loads the session into r. Returns 0, 401 (not
   * signed in: redirect to login_path) or 403. NULL: no such routes. */
  int (*auth)(struct req *r, int roles);
  const char *login_path;
  /* Every POST, before its body is read, with its route's quota class
   * (enum quota_class): 0, or the status to answer (429: a quota spent).
   * NULL: none. */
  int (*admit_post)(struct req *r, int quota_class);
  /* Writes the count admit_post left owed (r->quota_owed): inside the
   * POST's transaction, just before its COMMIT, or alone (autocommitted)
   * when the POST committed nothing (refused, failed, rolled back), so
   * that every POST counts once and a submission costs one commit, not
   * two. 0, or -1 on error. NULL: none. */
  int (*count_post)(struct req *r);
  const char *area;          /* where a signed-in program's pages live ("/can-bo"): its cookie's path (Page.area) */
  /* What the program does with personal data (cgi-bin/programs, column
   * "personal"): PERSONAL_SEAL (0: writes it, with the public keys only),
   * PERSONAL_DELIVER (the post-office agents: also opens phone and address,
   * Privacy.delivery_secret_key) or PERSONAL_OPEN (the back office: holds
   * both secret keys). A program must hold the secret keys of its level and
   * refuses to start with one above it. */
  int opens_personal;
};

extern struct app program;
#define APP_ROUTES(table) .routes = table, .nroutes = sizeof table / sizeof *table
extern unsigned char app_key[TOKEN_KEYBYTES];
enum { PERSONAL_SEAL, PERSONAL_DELIVER, PERSONAL_OPEN };
/* The keys of personal data (Privacy.*, SECURITY.md "Personal data"): two
 * key pairs, whose public halves every program that writes a dossier seals
 * with: the back office's (identification number, birth date, email; its
 * secret key only in the back office's configuration) and the delivery
 * pair (phone and address; its secret key with the back office and the
 * post-office agents, who deliver results); the key of the blind indexes
 * (id_last4, phone_tag). Never in a template's tree. */
struct app_privacy {
  unsigned char pk[SEAL_KEYBYTES], sk[SEAL_KEYBYTES], dpk[SEAL_KEYBYTES], dsk[SEAL_KEYBYTES], index[TOKEN_KEYBYTES];
  int has_sk, has_dsk;
};
extern struct app_privacy app_privacy;
/* Loads them from a configuration for a program of that level (PERSONAL_*);
 * 0, or -1 (logged) when a public or the index key, or a secret key the
 * level needs, is missing or malformed, a secret key does not match its
 * public key, or the configuration holds a secret key above the level. */
int app_privacy_load(HDF *conf, int level);
/* What every template may read: Lang.* and Site.*. Never a secret: the
 * database password and Secret.key stay in a tree no template sees. */
extern HDF *app_global;

/* main() of a program: parses -c -s -w -t -l and serves until stopped. */
int app_main(struct app *a, int argc, char **argv);
/* The route table makes sense (POST rows uncached, slots declared once); 0 or -1. */
int app_check_routes(const struct app *a);

/* A configured setting (Site.*), or def. */
const char *app_conf(const char *name, const char *def);
/* A string of the language file (Lang.*), or the key itself. */
const char *app_lang(const char *key);

/* Helpers for handlers. */
void app_error(struct req *r, const char *field, const char *lang_key);  /* Page.errors.<field> */
int app_redirect(struct req *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A family input (F_FAMILY): the raw value of <prefix><suffix>, or NULL. */
const char *app_field(struct req *r, int slot, const char *suffix);
/* A V_FILE input (or, for a family, <prefix><suffix>): the upload, or NULL. */
FILE *app_file(struct req *r, int slot, const char *suffix);
/* The file name the browser gave for that upload, or NULL. */
const char *app_file_name(struct req *r, int slot, const char *suffix);
/* Set-Cookie for this response: HttpOnly, SameSite=Strict; over HTTPS
 * named __Host-<name>, Secure, Path=/ (path applies over plain http). */
void app_cookie(struct req *r, const char *name, const char *value, const char *path, int clear);
/* The value of the cookie app_cookie sets under that name, or NULL. */
const char *app_cookie_get(struct req *r, const char *name);
/* "2025-11-24 09:30" -> prefix.{date,time,hh,mm,iso}; returns 0 or -1. */
int app_set_datetime(HDF *hdf, const char *prefix, const char *sql_datetime);
/* For each DATETIME column of a row that has a value, its parts as t_<column>. */
void app_set_times(HDF *row, const char *const *cols, size_t n);
/* In a list of rows (children of `list`), the value of `field` in the
 * last row whose `key` equals `value`; NULL when none does. */
const char *app_last_match(HDF *list, const char *key, const char *value, const char *field);
/* The local time now, as minutes since 1970-01-01 00:00 Hanoi time. */
int64_t app_now(void);

/* core/input.c, used by the dispatcher. */
/* The request as ClearSilver's CGI: a GET, HEAD or POST with only Query.*
 * and Cookie.* built (what cgi_init would give them, without its ~130 other
 * variables), and a POST's CGI.ContentLength (clen) for cgi_parse, which
 * reads its body later (input_body); any other method, and a worker's first
 * request, through cgi_init. */
NEOERR *input_cgi(CGI **cgi, const char *method, const char *query, const char *cookie, const char *clen);
int input_match(const char *pattern, const char *path, char *seg, size_t segsz);
int input_valid(enum vkind kind, const char *v, int max);
/* The body, parsed by ClearSilver only when it is one of the two form
 * encodings (multipart with a valid boundary); 0, or -1 (answer 400). */
int input_body(struct req *r, const char *content_type);
int input_read(struct req *r);     /* 0, or 404 when a required input is missing or malformed */
/* core/csrf.c */
int csrf_issue(struct req *r, const char *keep_fid);  /* 0 or -1 */
int csrf_verify(struct req *r);                       /* 0 or -1 */

#endif
