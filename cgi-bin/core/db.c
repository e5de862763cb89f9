/* db.c: the only file that talks to MariaDB: one connection and one set of prepared statements per worker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>

#include "core/db.h"
#include "core/log.h"

#define STMT(id) sql_table[id].name

#define MAX_COLS 48
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
    log_err("sql %s: %u %s", STMT(id), last_errno, mysql_stmt_error(st));
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

/* Is a column of MariaDB type t what the declaration says (i, t, d)? */
static int type_fits(char want, enum enum_field_types t)
{
  switch (t) {
  case MYSQL_TYPE_TINY: case MYSQL_TYPE_SHORT: case MYSQL_TYPE_LONG: case MYSQL_TYPE_INT24:
  case MYSQL_TYPE_LONGLONG: case MYSQL_TYPE_NEWDECIMAL: case MYSQL_TYPE_DECIMAL:
    return want == 'i';
  default:
    return want == 't' || want == 'd';
  }
}

/* A statement as prepared must be the statement as declared: as many ?
 * as argument types and names, and the result's columns by name and type.
 * A worker whose statements do not match refuses to start. */
static int check_stmt(const struct sql_stmt *s, MYSQL_STMT *st)
{
  size_t nt = strlen(s->types), nn = 0;
  for (const char *p = s->names; *p; p++) if (*p != ' ' && (p == s->names || p[-1] == ' ')) nn++;
  if (mysql_stmt_param_count(st) != nt || nn != nt) {
    log_err("sql %s: %lu parameters, %zu types, %zu names declared", s->name, mysql_stmt_param_count(st), nt, nn);
    return -1;
  }
  MYSQL_RES *meta = mysql_stmt_result_metadata(st);
  unsigned ncol = meta ? mysql_num_fields(meta) : 0;
  MYSQL_FIELD *f = meta ? mysql_fetch_fields(meta) : NULL;
  const char *c = s->cols;
  int rc = 0;
  if (ncol > MAX_COLS) { log_err("sql %s: %u columns, at most %d", s->name, ncol, MAX_COLS); rc = -1; }
  for (unsigned i = 0; i < ncol && rc == 0; i++) {
    while (*c == ' ') c++;
    size_t len = strcspn(c, ":");
    if (!*c || strlen(f[i].name) != len || strncmp(f[i].name, c, len) != 0 || !type_fits(c[len + 1], f[i].type)) {
      log_err("sql %s: column %u is %s (type %d), declared \"%.*s\"", s->name, i, f[i].name, (int)f[i].type,
              (int)strcspn(c, " "), c);
      rc = -1;
    }
    c += strcspn(c, " ");
  }
  while (*c == ' ') c++;
  if (rc == 0 && *c) { log_err("sql %s: declares columns it does not return: %s", s->name, c); rc = -1; }
  if (meta) mysql_free_result(meta);
  return rc;
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
    if (!st || mysql_stmt_prepare(st, s->text, strlen(s->text)) != 0 || check_stmt(s, st) != 0) {
      log_err("prepare %s: %s", s->name, st ? mysql_stmt_error(st) : "out of memory");
      if (st) mysql_stmt_close(st);
      close_all();
      return -2;
    }
    stmts[i] = st;
  }
  return 0;
}

void db_conf_from(HDF *h, int role, struct db_conf *out)
{
  struct db_conf c = {
    .socket = hdf_get_value(h, "DB.socket", NULL),
    .host = hdf_get_value(h, "DB.host", "127.0.0.1"),
    .port = (unsigned)hdf_get_int_value(h, "DB.port", 3306),
    .user = hdf_get_value(h, "DB.user", ""),
    .password = hdf_get_value(h, "DB.password", ""),
    .database = hdf_get_value(h, "DB.name", "motcua"),
    .role = role,
  };
  *out = c;
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
  for (int attempt = 0; attempt < 2; attempt++) {
    if (!conn && reconnect() != 0) return -1;
    MYSQL_STMT *st = stmts[id];
    if (!st) {
      log_err("sql %s is not granted to this program", STMT(id));
      return -1;
    }
    if (bind_args(id, st, nargs, args) != 0) return -1;
    if (mysql_stmt_execute(st) == 0) return 0;
    unsigned e = mysql_stmt_errno(st);
    if (attempt == 0 && !in_tx && lost_connection(e)) {
      /* reconnect() closes st: note the error first, never after. */
      last_errno = e;
      if (reconnect() == 0) continue;
      log_err("sql %s: the server went away (%u) and cannot be reached again yet", STMT(id), e);
      return -1;
    }
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
  if (ncol > MAX_COLS) { mysql_free_result(meta); mysql_stmt_free_result(st); return -1; }
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
    log_err("sql %s: %d rows where one was expected", STMT(id), rows);
    return -1;
  }
  return rc ? -1 : rows;
}

int db_rows(enum sql_id id, int nargs, const struct db_arg *args, HDF *dst, const char *prefix)
{
  if (execute(id, nargs, args) != 0) return -1;
  return fetch_rows(id, dst, prefix, 0);
}

int db_row(enum sql_id id, int nargs, const struct db_arg *args, HDF *dst, const char *prefix)
{
  if (execute(id, nargs, args) != 0) return -1;
  return fetch_rows(id, dst, prefix, 1);
}

int db_struct(HDF *row, const struct db_field *fields, size_t nfields, void *obj)
{
  for (size_t i = 0; i < nfields; i++) {
    const struct db_field *f = &fields[i];
    const char *v = row ? hdf_get_value(row, f->col, NULL) : NULL;
    char *dst = (char *)obj + f->off;
    if (f->type == DB_INT) {
      *(long *)(void *)dst = v ? strtol(v, NULL, 10) : 0;
    } else if (!v) {
      dst[0] = '\0';
    } else if (strlen(v) >= f->size) {
      log_err("sql: column %s longer than its field (%zu)", f->col, f->size);
      return -1;
    } else {
      memcpy(dst, v, strlen(v) + 1);
    }
  }
  return 0;
}

/* The row as HDF first (the fetch code above, one copy), then into the
 * struct by column name: a column the struct lacks is not needed here. */
int db_get(enum sql_id id, int nargs, const struct db_arg *args, const struct db_field *fields, size_t nfields,
           void *obj)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int n = db_row(id, nargs, args, h, "r");
  if (n == 1 && db_struct(hdf_get_obj(h, "r"), fields, nfields, obj) != 0) n = -1;
  hdf_destroy(&h);
  return n;
}

long db_exec(enum sql_id id, int nargs, const struct db_arg *args, unsigned long long *insert_id)
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
