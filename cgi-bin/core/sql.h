/* sql.h: every SQL statement of motcua, named and typed; the declarations live in sql.def. */
#ifndef MOTCUA_SQL_H
#define MOTCUA_SQL_H

/* Which program may prepare a statement: its MariaDB account is granted
 * exactly what these statements need (db/grants.sql.in, proved by t0310). */
enum { ROLE_PUBLIC = 1, ROLE_STAFF = 2, ROLE_TOOL = 4, ROLE_POST = 8 /* motcua-agent: post-office agents */ };

#define SQL(id, roles, types, names, cols, text) SQL_##id,
enum sql_id {
#include "core/sql.def"
  SQL__MAX
};
#undef SQL

/* SQL_<NAME>__N: how many ? a statement has, known to the compiler, so a
 * call with the wrong number of values does not build (db.h, DB_Q). */
#define SQL(id, roles, types, names, cols, text) SQL_##id##__N = sizeof(types) - 1,
enum sql_nargs {
#include "core/sql.def"
  SQL__NARGS_END
};
#undef SQL

struct sql_stmt {
  enum sql_id id;
  int roles;
  const char *types;   /* one of i, t, d per ? */
  const char *names;   /* the ?s, space-separated */
  const char *cols;    /* the result, "name:type ..." ("" for none) */
  const char *text;
  const char *name;    /* "WORKLIST", for logs */
};

extern const struct sql_stmt sql_table[SQL__MAX];

#endif
