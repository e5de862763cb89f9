/* db.c: the only file that talks to MariaDB: one connection and one set of prepared statements per worker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>

#include "core/db.h"
#include "core/log.h"

#define MAX_COLS 40
#define MAX_ARGS 32
#define COL_BUF 512

static MYSQL *conn;
static MYSQL_STMT *stmts[SQL__MAX];
static struct db_conf conf;
static unsigned last_errno;
static int in_tx;

static void note_stmt_error(enum sql_id id, MYSQL_STMT *st)
{
  last_errno = mysql_stmt_errno(st);
  /* A duplicate key is an expected outcome the caller handles (double
   * submit); anything else is logged once, here, with the statement. */
  if (last_errno != DB_ER_DUP_ENTRY)
    log_err("sql %d: %u %s", (int)id, last_errno, mysql_stmt_error(st));
}

static void close_all(void)
{
  for (int i = 0; i < SQL__MAX; i++) {
    if (stmts[i]) mysql_stmt_close(stmts[i]);
    stmts[i] = NULL;
  }
  if (conn) mysql_close(conn);
  conn = NULL;
}

static int connect_and_prepare(void)
{
  conn = mysql_init(NULL);
  if (!conn) return -1;
  const char *charset = "utf8mb4";
  mysql_options(conn, MYSQL_SET_CHARSET_NAME, charset);
  /* The collation that makes search ignore Vietnamese diacritics and case;
   * also the connection's time zone, so NOW() is Hanoi time. */
  mysql_options(conn, MYSQL_INIT_COMMAND,
                "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci, time_zone = '+07:00',"
                " tx_isolation = 'READ-COMMITTED'");
  if (!mysql_real_connect(conn, conf.socket ? NULL : conf.host, conf.user, conf.password,
                          conf.database, conf.port, conf.socket, CLIENT_MULTI_RESULTS)) {
    last_errno = mysql_errno(conn);
    log_err("connect as %s: %s", conf.user, mysql_error(conn));
    close_all();
    return -1;
  }
  for (int i = 0; i < SQL__MAX; i++) {
    const struct sql_stmt *s = &sql_table[i];
    if (!(s->roles & conf.role)) continue;
    MYSQL_STMT *st = mysql_stmt_init(conn);
    if (!st || mysql_stmt_prepare(st, s->text, strlen(s->text)) != 0) {
      log_err("prepare %d: %s", i, st ? mysql_stmt_error(st) : "out of memory");
      if (st) mysql_stmt_close(st);
      close_all();
      return -1;
    }
    stmts[i] = st;
  }
  return 0;
}

int db_open(const struct db_conf *c)
{
  conf = *c;
  return connect_and_prepare();
}

void db_close(void)
{
  close_all();
}

/* A worker outlives MariaDB restarts: when the server went away outside a
 * transaction, reconnect and prepare again, then retry once. */
static int lost_connection(unsigned e)
{
  return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST || e == 4031 /* idle timeout */;
}

static int reconnect(void)
{
  close_all();
  return connect_and_prepare();
}

static int query(const char *sql)
{
  if (!conn && reconnect() != 0) return -1;
  if (mysql_query(conn, sql) != 0) {
    last_errno = mysql_errno(conn);
    if (!in_tx && lost_connection(last_errno) && reconnect() == 0 && mysql_query(conn, sql) == 0)
      return 0;
    log_err("%s: %s", sql, mysql_error(conn));
    return -1;
  }
  return 0;
}

int db_begin(void)
{
  if (query("START TRANSACTION") != 0) return -1;
  in_tx = 1;
  return 0;
}

int db_commit(void)
{
  in_tx = 0;
  return query("COMMIT");
}

void db_rollback(void)
{
  if (!in_tx) return;
  in_tx = 0;
  if (conn) mysql_rollback(conn);
}

unsigned db_errno(void)
{
  return last_errno;
}

static int execute(enum sql_id id, int nargs, const char *const *args)
{
  if (id < 0 || id >= SQL__MAX || nargs > MAX_ARGS) return -1;
  for (int attempt = 0; attempt < 2; attempt++) {
    if (!conn && reconnect() != 0) return -1;
    MYSQL_STMT *st = stmts[id];
    if (!st) {
      log_err("sql %d is not granted to this program", (int)id);
      return -1;
    }
    if ((int)mysql_stmt_param_count(st) != nargs) {
      log_err("sql %d: %d arguments for %lu parameters", (int)id, nargs, mysql_stmt_param_count(st));
      return -1;
    }
    MYSQL_BIND b[MAX_ARGS];
    unsigned long lens[MAX_ARGS];
    my_bool nulls[MAX_ARGS];
    memset(b, 0, sizeof b);
    for (int i = 0; i < nargs; i++) {
      nulls[i] = args[i] == NULL;
      lens[i] = args[i] ? strlen(args[i]) : 0;
      b[i].buffer_type = MYSQL_TYPE_STRING;
      b[i].buffer = (void *)(args[i] ? args[i] : "");
      b[i].buffer_length = lens[i];
      b[i].length = &lens[i];
      b[i].is_null = &nulls[i];
    }
    if (nargs && mysql_stmt_bind_param(st, b) != 0) {
      note_stmt_error(id, st);
      return -1;
    }
    if (mysql_stmt_execute(st) == 0) return 0;
    unsigned e = mysql_stmt_errno(st);
    if (attempt == 0 && !in_tx && lost_connection(e) && reconnect() == 0) continue;
    note_stmt_error(id, st);
    return -1;
  }
  return -1;
}

static int fetch_rows(enum sql_id id, HDF *dst, const char *prefix, int single)
{
  MYSQL_STMT *st = stmts[id];
  MYSQL_RES *meta = mysql_stmt_result_metadata(st);
  if (!meta) { note_stmt_error(id, st); return -1; }
  unsigned ncol = mysql_num_fields(meta);
  if (ncol > MAX_COLS) { mysql_free_result(meta); return -1; }
  MYSQL_FIELD *fields = mysql_fetch_fields(meta);

  static char bufs[MAX_COLS][COL_BUF];
  unsigned long lens[MAX_COLS];
  my_bool nulls[MAX_COLS], errs[MAX_COLS];
  MYSQL_BIND b[MAX_COLS];
  memset(b, 0, sizeof b);
  for (unsigned i = 0; i < ncol; i++) {
    b[i].buffer_type = MYSQL_TYPE_STRING;
    b[i].buffer = bufs[i];
    b[i].buffer_length = COL_BUF - 1;
    b[i].length = &lens[i];
    b[i].is_null = &nulls[i];
    b[i].error = &errs[i];
  }
  int rows = 0, rc = 0;
  if (mysql_stmt_bind_result(st, b) != 0) { note_stmt_error(id, st); rc = -1; goto out; }
  for (;;) {
    int f = mysql_stmt_fetch(st);
    if (f == MYSQL_NO_DATA) break;
    if (f == 1) { note_stmt_error(id, st); rc = -1; break; }
    HDF *row;
    NEOERR *err;
    char name[96];
    if (single) snprintf(name, sizeof name, "%s", prefix);
    else snprintf(name, sizeof name, "%s.%d", prefix, rows);
    err = hdf_get_node(dst, name, &row);
    if (err) { nerr_log_error(err); nerr_ignore(&err); rc = -1; break; }
    for (unsigned i = 0; i < ncol; i++) {
      if (nulls[i]) continue;
      if (lens[i] < COL_BUF) {
        bufs[i][lens[i]] = '\0';
        err = hdf_set_value(row, fields[i].name, bufs[i]);
      } else {
        /* Longer than the bound buffer (a legal basis, a long note):
         * fetch the whole column. */
        char *big = malloc(lens[i] + 1);
        if (!big) { rc = -1; break; }
        MYSQL_BIND one;
        memset(&one, 0, sizeof one);
        one.buffer_type = MYSQL_TYPE_STRING;
        one.buffer = big;
        one.buffer_length = lens[i] + 1;
        if (mysql_stmt_fetch_column(st, &one, i, 0) != 0) { free(big); rc = -1; break; }
        big[lens[i]] = '\0';
        err = hdf_set_buf(row, fields[i].name, big); /* hdf owns big now */
      }
      if (err) { nerr_log_error(err); nerr_ignore(&err); rc = -1; break; }
    }
    if (rc) break;
    rows++;
    if (single) {
      /* drain: a single-row statement that returned more is a bug, not data */
      while (mysql_stmt_fetch(st) == 0) rows++;
      break;
    }
  }
out:
  mysql_free_result(meta);
  mysql_stmt_free_result(st);
  if (single && rows > 1) {
    log_err("sql %d: %d rows where one was expected", (int)id, rows);
    return -1;
  }
  return rc ? -1 : rows;
}

int db_rows(enum sql_id id, HDF *dst, const char *prefix, int nargs, const char *const *args)
{
  if (execute(id, nargs, args) != 0) return -1;
  return fetch_rows(id, dst, prefix, 0);
}

int db_row(enum sql_id id, HDF *dst, const char *prefix, int nargs, const char *const *args)
{
  if (execute(id, nargs, args) != 0) return -1;
  return fetch_rows(id, dst, prefix, 1);
}

long db_exec(enum sql_id id, int nargs, const char *const *args, unsigned long long *insert_id)
{
  if (execute(id, nargs, args) != 0) return -1;
  if (insert_id) *insert_id = mysql_stmt_insert_id(stmts[id]);
  long n = (long)mysql_stmt_affected_rows(stmts[id]);
  /* A CALL ends with an extra status result: read it, or the connection
   * is out of step for the next statement. */
  while (mysql_stmt_more_results(stmts[id]) && mysql_stmt_next_result(stmts[id]) == 0)
    mysql_stmt_free_result(stmts[id]);
  return n;
}
