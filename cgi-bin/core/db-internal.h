/* db-internal.h: what db.c and db-connect.c share (the worker's connection); no other file includes it. */
#ifndef MOTCUA_DB_INTERNAL_H
#define MOTCUA_DB_INTERNAL_H

#include <mysql.h>

#include "core/db.h"

extern MYSQL *db_conn;                    /* NULL: not connected */
extern MYSQL_STMT *db_stmts[SQL__MAX];    /* this role's statements, prepared on db_conn */
extern struct db_conf db_cf;
extern unsigned db_last_errno;

void db_close_all(void);
/* Connects to the first server of db_cf that answers and is ready, from the
 * first listed, or (after_failure) from the one after the last used. 0, -1 or -2 (db_open). */
int db_connect_and_prepare(int after_failure);
int db_lost_connection(unsigned e);
int db_fetch_rows(enum sql_id id, HDF *dst, const char *prefix, int single);
/* Statements whose columns are still to be checked after they run (an INSERT ... RETURNING). */
extern unsigned char db_cols_unchecked[SQL__MAX];
/* The result's columns of a prepared (or just executed) st are s's declared columns: 0, or -1 (logged). */
int db_check_columns(const struct sql_stmt *s, MYSQL_STMT *st);

/* At most this many columns a row: a wider statement is refused when a worker starts. */
#define MAX_COLS 48

#endif
