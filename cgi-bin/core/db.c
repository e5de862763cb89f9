/* db.c: the only file that talks to MariaDB: one connection and one set of prepared statements per worker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>

#include "core/db.h"
#include "core/db-internal.h"
#include "core/log.h"

#define STMT(id) sql_table[id].name

#define MAX_ARGS 32
#define COL_BUF 512

static int in_tx;

static void note_stmt_error(enum sql_id id, MYSQL_STMT *st)
{
  db_last_errno = mysql_stmt_errno(st);
  /* A duplicate key is an expected outcome the caller handles (double
   * submit); anything else is logged once, here, with the statement. */
  if (db_last_errno != DB_ER_DUP_ENTRY)
    log_err("sql %s: %u %s", STMT(id), db_last_errno, mysql_stmt_error(st));
}

/* Errors after which the connection is gone: the server died, restarted
 * or dropped it; or the node left its cluster's primary component
 * (1047: "WSREP has not yet prepared node for application use"). */
int db_lost_connection(unsigned e)
{
  return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST || e == 4031 /* idle timeout */ ||
         e == 1053 /* shutdown */ || e == 1927 /* killed */ || e == 1047;
}

/* A conflict: InnoDB chose this transaction as a deadlock's victim, or
 * Galera aborted it (certification failure at COMMIT, or a replicated
 * write that won): the whole transaction was rolled back. */
static int conflict(unsigned e)
{
  return e == 1213 /* ER_LOCK_DEADLOCK */ || e == 1205 /* ER_LOCK_WAIT_TIMEOUT */;
}

/* A worker outlives MariaDB restarts and the loss of a node: when the
 * server went away outside a transaction, reconnect (to the next node if
 * need be) and prepare again, then retry once. Inside a transaction,
 * nothing is retried here: the transaction is gone (tx_dead) and every
 * further statement of it fails, so that nothing of it is written in
 * autocommit; the dispatcher runs the whole of it again (core/app.c). */
static int tx_dead, commit_lost;

static int reconnect(void)
{
  db_close_all();
  return db_connect_and_prepare(1);
}

/* After a failure inside a transaction: is it gone? */
static void note_tx_failure(unsigned e)
{
  if (!in_tx) return;
  if (conflict(e) || db_lost_connection(e)) tx_dead = 1;
  if (db_lost_connection(e)) db_close_all();
}

int db_begin(void)
{
  db_last_errno = 0;
  tx_dead = commit_lost = 0;
  for (int attempt = 0; attempt < 2; attempt++) {
    if (!db_conn && reconnect() != 0) return -1;
    if (mysql_query(db_conn, "START TRANSACTION") == 0) { in_tx = 1; return 0; }
    db_last_errno = mysql_errno(db_conn);
    log_err("START TRANSACTION: %s", mysql_error(db_conn));
    if (!db_lost_connection(db_last_errno)) return -1;
    db_close_all();
  }
  return -1;
}

/* Never retried: a COMMIT on a new connection would commit nothing and
 * say it did. Lost here, the outcome is unknown (db_fate). */
int db_commit(void)
{
  in_tx = 0;
  if (tx_dead || !db_conn) {
    if (db_conn) mysql_rollback(db_conn); /* a lock wait timeout leaves the rest of it open */
    return -1;
  }
  if (mysql_query(db_conn, "COMMIT") == 0) return 0;
  db_last_errno = mysql_errno(db_conn);
  log_err("COMMIT: %u %s", db_last_errno, mysql_error(db_conn));
  if (db_lost_connection(db_last_errno)) { commit_lost = 1; db_close_all(); }
  return -1;
}

void db_rollback(void)
{
  if (!in_tx) return;
  in_tx = 0;
  if (db_conn) mysql_rollback(db_conn);
}

unsigned db_errno(void)
{
  return db_last_errno;
}

enum db_fate db_fate(void)
{
  if (!db_last_errno) return DB_FATE_NONE;
  if (conflict(db_last_errno)) return DB_FATE_ROLLED_BACK;
  if (db_lost_connection(db_last_errno) || db_last_errno == CR_CONN_HOST_ERROR || db_last_errno == CR_CONNECTION_ERROR)
    return commit_lost ? DB_FATE_UNKNOWN : DB_FATE_ROLLED_BACK;
  return DB_FATE_FAILED;
}

/* Binds each value as its C type, after checking it against the
 * statement's declaration: an integer where text is declared (or the
 * reverse) is a bug, logged with the parameter's name. */
static int bind_args(enum sql_id id, MYSQL_STMT *st, int nargs, const struct db_arg *args)
{
  const struct sql_stmt *s = &sql_table[id];
  MYSQL_BIND b[MAX_ARGS];
  unsigned long lens[MAX_ARGS];
  memset(b, 0, sizeof b);
  if (nargs != (int)strlen(s->types) || nargs > MAX_ARGS) {
    log_err("sql %s: %d values for %zu parameters", s->name, nargs, strlen(s->types));
    return -1;
  }
  for (int i = 0; i < nargs; i++) {
    char want = s->types[i];
    const struct db_arg *a = &args[i];
    if ((a->type == DB_INT && want != 'i') || (a->type == DB_TEXT && want == 'i')) {
      log_err("sql %s: value %d (%s) is %s, declared %c", s->name, i + 1, s->names,
              a->type == DB_INT ? "an integer" : "text", want);
      return -1;
    }
    if (a->type == DB_NULL) {
      b[i].buffer_type = MYSQL_TYPE_NULL;
    } else if (a->type == DB_INT) {
      b[i].buffer_type = MYSQL_TYPE_LONGLONG;
      b[i].buffer = (void *)&a->i;
    } else {
      lens[i] = strlen(a->s);
      b[i].buffer_type = MYSQL_TYPE_STRING;
      b[i].buffer = (void *)a->s;
      b[i].buffer_length = lens[i];
      b[i].length = &lens[i];
    }
  }
  if (nargs && mysql_stmt_bind_param(st, b) != 0) {
    note_stmt_error(id, st);
    return -1;
  }
  return 0;
}

static int execute(enum sql_id id, int nargs, const struct db_arg *args)
{
  if (id < 0 || id >= SQL__MAX) return -1;
  if (in_tx && (tx_dead || !db_conn)) return -1; /* the transaction is gone: db_last_errno says why */
  for (int attempt = 0; attempt < 2; attempt++) {
    if (!db_conn && reconnect() != 0) return -1;
    MYSQL_STMT *st = db_stmts[id];
    if (!st) {
      log_err("sql %s is not granted to this program", STMT(id));
      return -1;
    }
    if (bind_args(id, st, nargs, args) != 0) return -1;
    if (mysql_stmt_execute(st) == 0) return 0;
    unsigned e = mysql_stmt_errno(st);
    if (attempt == 0 && !in_tx && db_lost_connection(e)) {
      /* reconnect() closes st: note the error first, never after. */
      db_last_errno = e;
      if (reconnect() == 0) continue;
      log_err("sql %s: the server went away (%u) and cannot be reached again yet", STMT(id), e);
      return -1;
    }
    note_stmt_error(id, st);
    note_tx_failure(e);
    return -1;
  }
  return -1;
}

int db_fetch_rows(enum sql_id id, HDF *dst, const char *prefix, int single)
{
  MYSQL_STMT *st = db_stmts[id];
  /* An INSERT ... RETURNING: its columns, known now, checked once (db-connect.c). */
  if (db_cols_unchecked[id]) {
    if (db_check_columns(&sql_table[id], st) != 0) { mysql_stmt_free_result(st); return -1; }
    db_cols_unchecked[id] = 0;
  }
  MYSQL_RES *meta = mysql_stmt_result_metadata(st);
  if (!meta) { note_stmt_error(id, st); return -1; }
  unsigned ncol = mysql_num_fields(meta);
  if (ncol > MAX_COLS) { mysql_free_result(meta); mysql_stmt_free_result(st); return -1; }
  MYSQL_FIELD *fields = mysql_fetch_fields(meta);

  static char bufs[MAX_COLS][COL_BUF];
  unsigned long lens[MAX_COLS];
  my_bool nulls[MAX_COLS], errs[MAX_COLS];
  MYSQL_BIND b[MAX_COLS];
  memset(b, 0, ncol * sizeof *b);   /* the columns there are, not MAX_COLS */
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
    if (!single) snprintf(name, sizeof name, "%s.%d", prefix, rows);
    err = hdf_get_node(dst, single ? prefix : name, &row);
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
    log_err("sql %s: %d rows where one was expected", STMT(id), rows);
    return -1;
  }
  return rc ? -1 : rows;
}

int db_rows(enum sql_id id, int nargs, const struct db_arg *args, HDF *dst, const char *prefix)
{
  if (execute(id, nargs, args) != 0) return -1;
  return db_fetch_rows(id, dst, prefix, 0);
}

int db_row(enum sql_id id, int nargs, const struct db_arg *args, HDF *dst, const char *prefix)
{
  if (execute(id, nargs, args) != 0) return -1;
  return db_fetch_rows(id, dst, prefix, 1);
}

int db_text(enum sql_id id, int nargs, const struct db_arg *args, char *buf, size_t size, char **out)
{
  *out = NULL;
  if (size < 1 || execute(id, nargs, args) != 0) return -1;
  MYSQL_STMT *st = db_stmts[id];
  unsigned long len = 0;
  my_bool null = 0, err = 0;
  MYSQL_BIND b;
  memset(&b, 0, sizeof b);
  b.buffer_type = MYSQL_TYPE_STRING;
  b.buffer = buf;
  b.buffer_length = size - 1;
  b.length = &len;
  b.is_null = &null;
  b.error = &err;
  int rc = 1, f = 0;
  if (mysql_stmt_bind_result(st, &b) != 0 || (f = mysql_stmt_fetch(st)) == 1) {
    note_stmt_error(id, st);
    rc = -1;
  } else if (f == MYSQL_NO_DATA) {
    rc = 0;
  } else if (!null && len < size) {
    buf[len] = '\0';
    *out = buf;
  } else if (!null) {
    /* Longer than buf (a long timeline): fetch the whole value. */
    char *big = malloc(len + 1);
    MYSQL_BIND one;
    memset(&one, 0, sizeof one);
    one.buffer_type = MYSQL_TYPE_STRING;
    one.buffer = big;
    one.buffer_length = len + 1;
    if (!big || mysql_stmt_fetch_column(st, &one, 0, 0) != 0) {
      free(big);
      rc = -1;
    } else {
      big[len] = '\0';
      *out = big;
    }
  }
  /* drain: a single-row statement that returned more is a bug, not data */
  if (rc == 1 && mysql_stmt_fetch(st) != MYSQL_NO_DATA) {
    log_err("sql %s: more than one row where one was expected", STMT(id));
    if (*out != buf) free(*out);
    *out = NULL;
    rc = -1;
  }
  mysql_stmt_free_result(st);
  return rc;
}

long db_exec(enum sql_id id, int nargs, const struct db_arg *args, unsigned long long *insert_id)
{
  if (execute(id, nargs, args) != 0) return -1;
  if (insert_id) *insert_id = mysql_stmt_insert_id(db_stmts[id]);
  long n = (long)mysql_stmt_affected_rows(db_stmts[id]);
  /* A CALL ends with an extra status result: read it, or the connection
   * is out of step for the next statement. */
  while (mysql_stmt_more_results(db_stmts[id]) && mysql_stmt_next_result(db_stmts[id]) == 0)
    mysql_stmt_free_result(db_stmts[id]);
  return n;
}
