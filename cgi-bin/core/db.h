/* db.h: the only door to MariaDB: statements of sql.def, prepared once per worker, typed values bound, never pasted. */
#ifndef MOTCUA_DB_H
#define MOTCUA_DB_H

#include <stddef.h>
#include <ClearSilver.h>

#include "core/sql.h"

/* One MariaDB server: its unix socket, or host and port. */
struct db_endpoint {
  const char *socket;    /* NULL: TCP to host:port */
  const char *host;
  unsigned port;
};
#define DB_MAX_HOSTS 8

struct db_conf {
  /* The servers, tried in this order: a program of a Galera cluster lists
   * several nodes (DB.hosts.N.socket, or DB.hosts.N.host and .port) and
   * moves to the next when one fails or is not Synced; else DB.socket or
   * DB.host/DB.port, one server. */
  struct db_endpoint ep[DB_MAX_HOSTS];
  int nep;
  unsigned connect_timeout;  /* seconds to reach a server (DB.connect_timeout, 5): a hung node is passed over */
  unsigned timeout;      /* seconds each read or write may wait (DB.timeout, 30) */
  const char *user, *password, *database;
  int role;              /* ROLE_PUBLIC, ROLE_STAFF or ROLE_TOOL: which statements to prepare */
};

/* The connection settings of a program's configuration (DB.*). */
void db_conf_from(HDF *conf, int role, struct db_conf *out);
/* 0; -1 when no server can be reached (later calls try again);
 * -2 when a statement does not prepare as declared (a bug: do not serve). */
int db_open(const struct db_conf *c);
void db_close(void);

int db_begin(void);
int db_commit(void);
void db_rollback(void);

/* One value for a ?: its C type decides; checked against the statement's
 * declared type (i, t, d) on every call. NULL binds SQL NULL. */
enum db_type { DB_NULL, DB_INT, DB_TEXT };
struct db_arg { enum db_type type; long long i; const char *s; };
static inline struct db_arg db_int_(long long v) { struct db_arg a = { DB_INT, v, NULL }; return a; }
static inline struct db_arg db_text_(const char *s) { struct db_arg a = { s ? DB_TEXT : DB_NULL, 0, s }; return a; }
static inline struct db_arg db_null_(const void *p) { struct db_arg a = { DB_NULL, 0, NULL }; (void)p; return a; }
static inline struct db_arg db_same_(struct db_arg a) { return a; }
/* An id that may be absent: 0 binds SQL NULL. */
static inline struct db_arg db_id_or_null(long v) { struct db_arg a = { v ? DB_INT : DB_NULL, v, NULL }; return a; }
#define DB_V(x) _Generic((x), char *: db_text_, const char *: db_text_, void *: db_null_, \
                         struct db_arg: db_same_, default: db_int_)(x)

/* DB_Q(NAME, values...) names a statement and its values, in order:
 *   db_rows(DB_Q(WORKLIST, unit, status, ...), r->hdf, "Page.rows")
 * A call with more or fewer values than the statement's ?s does not
 * compile. DB_Q0(NAME) for a statement without ?. */
#define DB_NARGS(...) DB_NARGS_(__VA_ARGS__, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, \
                                16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define DB_NARGS_(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, \
                  a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, n, ...) n
#define DB_CAT(a, b) DB_CAT_(a, b)
#define DB_CAT_(a, b) a##b
#define DB_MAP(...) DB_CAT(DB_MAP_, DB_NARGS(__VA_ARGS__))(__VA_ARGS__)
#define DB_MAP_1(a) DB_V(a)
#define DB_MAP_2(a, ...) DB_V(a), DB_MAP_1(__VA_ARGS__)
#define DB_MAP_3(a, ...) DB_V(a), DB_MAP_2(__VA_ARGS__)
#define DB_MAP_4(a, ...) DB_V(a), DB_MAP_3(__VA_ARGS__)
#define DB_MAP_5(a, ...) DB_V(a), DB_MAP_4(__VA_ARGS__)
#define DB_MAP_6(a, ...) DB_V(a), DB_MAP_5(__VA_ARGS__)
#define DB_MAP_7(a, ...) DB_V(a), DB_MAP_6(__VA_ARGS__)
#define DB_MAP_8(a, ...) DB_V(a), DB_MAP_7(__VA_ARGS__)
#define DB_MAP_9(a, ...) DB_V(a), DB_MAP_8(__VA_ARGS__)
#define DB_MAP_10(a, ...) DB_V(a), DB_MAP_9(__VA_ARGS__)
#define DB_MAP_11(a, ...) DB_V(a), DB_MAP_10(__VA_ARGS__)
#define DB_MAP_12(a, ...) DB_V(a), DB_MAP_11(__VA_ARGS__)
#define DB_MAP_13(a, ...) DB_V(a), DB_MAP_12(__VA_ARGS__)
#define DB_MAP_14(a, ...) DB_V(a), DB_MAP_13(__VA_ARGS__)
#define DB_MAP_15(a, ...) DB_V(a), DB_MAP_14(__VA_ARGS__)
#define DB_MAP_16(a, ...) DB_V(a), DB_MAP_15(__VA_ARGS__)
#define DB_MAP_17(a, ...) DB_V(a), DB_MAP_16(__VA_ARGS__)
#define DB_MAP_18(a, ...) DB_V(a), DB_MAP_17(__VA_ARGS__)
#define DB_MAP_19(a, ...) DB_V(a), DB_MAP_18(__VA_ARGS__)
#define DB_MAP_20(a, ...) DB_V(a), DB_MAP_19(__VA_ARGS__)
#define DB_MAP_21(a, ...) DB_V(a), DB_MAP_20(__VA_ARGS__)
#define DB_MAP_22(a, ...) DB_V(a), DB_MAP_21(__VA_ARGS__)
#define DB_MAP_23(a, ...) DB_V(a), DB_MAP_22(__VA_ARGS__)
#define DB_MAP_24(a, ...) DB_V(a), DB_MAP_23(__VA_ARGS__)
#define DB_MAP_25(a, ...) DB_V(a), DB_MAP_24(__VA_ARGS__)
#define DB_MAP_26(a, ...) DB_V(a), DB_MAP_25(__VA_ARGS__)
#define DB_MAP_27(a, ...) DB_V(a), DB_MAP_26(__VA_ARGS__)
#define DB_MAP_28(a, ...) DB_V(a), DB_MAP_27(__VA_ARGS__)
#define DB_COUNTED(id, n) ((int)sizeof(struct { \
  _Static_assert(SQL_##id##__N == (n), "SQL_" #id ": wrong number of values"); char c; }) * 0 + (n))
#define DB_Q(id, ...) SQL_##id, DB_COUNTED(id, DB_NARGS(__VA_ARGS__)), \
  (const struct db_arg[]){ DB_MAP(__VA_ARGS__) }
#define DB_Q0(id) SQL_##id, DB_COUNTED(id, 0), (const struct db_arg *)NULL

/* Each result row into dst as prefix.N.column (N from 0); NULL columns
 * are left unset. Returns the number of rows, or -1. For the templates. */
int db_rows(enum sql_id id, int nargs, const struct db_arg *args, HDF *dst, const char *prefix);
/* At most one row, as prefix.column. 1 found, 0 none, -1 on error. */
int db_row(enum sql_id id, int nargs, const struct db_arg *args, HDF *dst, const char *prefix);

/* One text column of at most one row: into buf (size bytes, NUL-ended),
 * or when longer into memory the caller frees (*out != buf); *out NULL
 * for SQL NULL. 1 found, 0 none, -1 on error. */
int db_text(enum sql_id id, int nargs, const struct db_arg *args, char *buf, size_t size, char **out);

/* At most one row into a C struct: fields name the columns they take.
 * Integer columns go to long members, text to char arrays (a value that
 * does not fit is an error, never cut). 1 found, 0 none, -1 on error. */
struct db_field { const char *col; enum db_type type; size_t off, size; };
#define DB_INT_FIELD(type, member) \
  { #member, DB_INT, offsetof(type, member), sizeof(((type *)0)->member) + 0 * sizeof(_Generic(((type *)0)->member, long: 1)) }
#define DB_TEXT_FIELD(type, member) \
  { #member, DB_TEXT, offsetof(type, member), sizeof(((type *)0)->member) + 0 * sizeof(_Generic(&((type *)0)->member[0], char *: 1)) }
/* The same from a row already fetched into HDF (by db_row). 0 or -1. */
int db_struct(HDF *row, const struct db_field *fields, size_t nfields, void *obj);
int db_get(enum sql_id id, int nargs, const struct db_arg *args, const struct db_field *fields, size_t nfields,
           void *obj);

/* A statement without rows: the number of affected rows (>= 0), or -1;
 * *insert_id gets the AUTO_INCREMENT value if wanted. */
long db_exec(enum sql_id id, int nargs, const struct db_arg *args, unsigned long long *insert_id);

/* The MariaDB error number of the last failure. */
unsigned db_errno(void);

/* What became of the transaction whose statement or COMMIT failed last:
 * ROLLED_BACK: a conflict (deadlock, or Galera's certification failure,
 * reported as a deadlock), a node not ready, or the connection lost before
 * COMMIT: nothing of it was written, it may run again from the start;
 * UNKNOWN: the connection was lost during COMMIT: it may or may not have
 * been written (run again only what is idempotent); FAILED: anything else. */
enum db_fate { DB_FATE_NONE, DB_FATE_ROLLED_BACK, DB_FATE_UNKNOWN, DB_FATE_FAILED };
enum db_fate db_fate(void);

enum {
  DB_ER_DUP_ENTRY = 1062,     /* a unique key says: this exists already (a double submit) */
  DB_ER_SIGNAL = 1644,        /* a procedure's SIGNAL: it refused (e.g. nothing was asked) */
};

#endif
