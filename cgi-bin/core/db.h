/* db.h: the only door to MariaDB: statements from sql.c, prepared once per worker, bound parameters only. */
#ifndef MOTCUA_DB_H
#define MOTCUA_DB_H

#include <ClearSilver.h>
#include "core/sql.h"

struct db_conf {
  const char *socket;    /* unix socket of the private MariaDB */
  const char *host;      /* used when socket is NULL */
  unsigned port;
  const char *user, *password, *database;
  int role;              /* ROLE_PUBLIC or ROLE_STAFF: which statements to prepare */
};

int db_open(const struct db_conf *c);
void db_close(void);

int db_begin(void);
int db_commit(void);
void db_rollback(void);

/* Runs statement `id` with `nargs` string arguments (NULL binds SQL NULL).
 * Each result row is written into dst as prefix.N.column (N from 0);
 * NULL columns are left unset. Returns the number of rows, or -1. */
int db_rows(enum sql_id id, HDF *dst, const char *prefix, int nargs, const char *const *args);

/* Like db_rows for a statement that returns at most one row, written as
 * prefix.column. Returns 1 if a row was found, 0 if none, -1 on error. */
int db_row(enum sql_id id, HDF *dst, const char *prefix, int nargs, const char *const *args);

/* Runs a statement that returns no rows. Returns the number of affected
 * rows (>= 0), or -1; *insert_id gets the AUTO_INCREMENT value if wanted. */
long db_exec(enum sql_id id, int nargs, const char *const *args, unsigned long long *insert_id);

/* The MariaDB error number of the last failure (e.g. 1062 duplicate key). */
unsigned db_errno(void);

enum { DB_ER_DUP_ENTRY = 1062 };

/* Argument lists: db_rows(SQL_X, hdf, "Page.x", DB_ARGS(a, b)). */
#define DB_ARGS(...) \
  (int)(sizeof((const char *[]){ __VA_ARGS__ }) / sizeof(const char *)), (const char *const[]){ __VA_ARGS__ }
#define DB_NOARGS 0, NULL

#endif
