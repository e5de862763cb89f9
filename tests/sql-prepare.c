/* sql-prepare.c: does a MariaDB account hold what the statements of one sql role need?
 *
 * usage: sql-prepare SOCKET USER PASSWORD ROLE      (ROLE: public | staff | tool | agent)
 *
 * Connects to the database motcua through the unix socket, with the same
 * character set and init command as the programs (core/db.c), and prepares
 * every statement of sql_table whose roles include ROLE. MariaDB resolves
 * and checks the privileges of SELECT, INSERT, UPDATE and DELETE (tables and
 * columns, including the columns only read in WHERE, JOIN or SET
 * expressions) when a statement is prepared, so preparing is enough there.
 *
 * CALL is different: MariaDB checks EXECUTE on the procedure only when the
 * CALL is executed (found by experiment on 10.11: preparing a CALL of a
 * procedure the account may not execute succeeds). So each CALL is also
 * executed, inside a transaction that is rolled back, with every argument
 * NULL. The server checks EXECUTE before it runs the body, so a denial
 * (ER_PROCACCESS_DENIED_ERROR and friends) means the grant is missing; any
 * other outcome (success, or an error the body raises on NULL arguments,
 * e.g. public_supplement's SIGNAL) means the CALL was admitted. Limits: only
 * the EXECUTE grant is proven this way; the body of a SQL SECURITY INVOKER
 * procedure would run on the caller's privileges and NULL arguments may not
 * reach all of it (motcua's procedures are SQL SECURITY DEFINER).
 *
 * INSERT ... ON DUPLICATE KEY UPDATE is the other such case: the columns
 * its update reads (n = n + VALUES(n) reads n) are checked when it runs,
 * not when it is prepared (t0310 found SELECT (n) on stat_total needed by
 * the agents' account and no prepared statement proving it). So each such
 * statement is executed the same way, NULL arguments, rolled back: the
 * server checks the privileges of the whole statement before it looks at
 * a row, so a denial means a grant is missing and any other outcome (a
 * NULL refused by a NOT NULL column, no row inserted) that it was admitted.
 *
 * Prints "FAIL <index> <mysql error>" for each statement that fails, then
 * "prepared N of M"; exits 0 when all of them passed, 1 otherwise, 2 on a
 * usage or connection error.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <mysql.h>
#include <mysqld_error.h>

#include "core/sql.h"

static int is_call(const char *text)
{
  while (isspace((unsigned char)*text)) text++;
  return strncasecmp(text, "CALL", 4) == 0 && (text[4] == '\0' || isspace((unsigned char)text[4]));
}

static int denied(unsigned e)
{
  return e == ER_PROCACCESS_DENIED_ERROR || e == ER_TABLEACCESS_DENIED_ERROR ||
         e == ER_COLUMNACCESS_DENIED_ERROR || e == ER_DBACCESS_DENIED_ERROR ||
         e == ER_SPECIFIC_ACCESS_DENIED_ERROR || e == ER_ACCESS_DENIED_ERROR;
}

/* Does a statement have privileges MariaDB checks only when it runs? */
static int checked_at_run(const char *text)
{
  return is_call(text) || strstr(text, "ON DUPLICATE KEY UPDATE") != NULL;
}

/* Executes a prepared CALL (or upsert) with NULL arguments in a rolled-back
 * transaction. Returns 0 when the server admitted it, else -1 with the
 * error in err. */
static int try_run(MYSQL *conn, MYSQL_STMT *st, char *err, size_t errlen)
{
  unsigned long n = mysql_stmt_param_count(st);
  MYSQL_BIND *b = calloc(n ? n : 1, sizeof *b);
  int rc = 0;
  if (!b) { snprintf(err, errlen, "out of memory"); return -1; }
  for (unsigned long i = 0; i < n; i++) b[i].buffer_type = MYSQL_TYPE_NULL;
  if (mysql_query(conn, "START TRANSACTION") != 0) {
    snprintf(err, errlen, "%s", mysql_error(conn));
    free(b);
    return -1;
  }
  if ((n && mysql_stmt_bind_param(st, b)) || mysql_stmt_execute(st) != 0) {
    if (denied(mysql_stmt_errno(st))) {
      snprintf(err, errlen, "%s", mysql_stmt_error(st));
      rc = -1;
    }
  } else {
    /* Drain whatever the procedure returned. */
    do {
      if (mysql_stmt_field_count(st) > 0) {
        mysql_stmt_store_result(st);
        mysql_stmt_free_result(st);
      }
    } while (mysql_stmt_next_result(st) == 0);
  }
  free(b);
  if (mysql_query(conn, "ROLLBACK") != 0 && rc == 0) {
    snprintf(err, errlen, "rollback: %s", mysql_error(conn));
    rc = -1;
  }
  return rc;
}

int main(int argc, char **argv)
{
  if (argc != 5) {
    fprintf(stderr, "usage: sql-prepare SOCKET USER PASSWORD public|staff|tool|agent\n");
    return 2;
  }
  int role;
  if (strcmp(argv[4], "public") == 0) role = ROLE_PUBLIC;
  else if (strcmp(argv[4], "staff") == 0) role = ROLE_STAFF;
  else if (strcmp(argv[4], "tool") == 0) role = ROLE_TOOL;
  else if (strcmp(argv[4], "agent") == 0) role = ROLE_POST;
  else { fprintf(stderr, "sql-prepare: unknown role %s\n", argv[4]); return 2; }

  MYSQL *conn = mysql_init(NULL);
  if (!conn) { fprintf(stderr, "sql-prepare: out of memory\n"); return 2; }
  mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
  /* The programs' init command (core/db.c). */
  mysql_options(conn, MYSQL_INIT_COMMAND,
                "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci, time_zone = '+07:00',"
                " tx_isolation = 'READ-COMMITTED'");
  if (!mysql_real_connect(conn, NULL, argv[2], argv[3], "motcua", 0, argv[1], CLIENT_MULTI_RESULTS)) {
    fprintf(stderr, "sql-prepare: connect as %s: %s\n", argv[2], mysql_error(conn));
    mysql_close(conn);
    return 2;
  }

  int total = 0, good = 0;
  for (int i = 0; i < SQL__MAX; i++) {
    const struct sql_stmt *s = &sql_table[i];
    if (!(s->roles & role) || !s->text) continue;
    total++;
    char err[512] = "";
    MYSQL_STMT *st = mysql_stmt_init(conn);
    if (!st) {
      snprintf(err, sizeof err, "out of memory");
    } else if (mysql_stmt_prepare(st, s->text, strlen(s->text)) != 0) {
      snprintf(err, sizeof err, "%s", mysql_stmt_error(st));
    } else if (checked_at_run(s->text)) {
      try_run(conn, st, err, sizeof err);
    }
    if (st) mysql_stmt_close(st);
    if (err[0]) printf("FAIL %d %s\n", i, err);
    else good++;
  }
  printf("prepared %d of %d\n", good, total);
  mysql_close(conn);
  return good == total ? 0 : 1;
}
