/* db-connect.c: a worker's connection: to the first server of DB.* that answers and is ready, its statements prepared and checked. */
#include <stdio.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>

#include "core/db.h"
#include "core/db-internal.h"
#include "core/log.h"

MYSQL *db_conn;
MYSQL_STMT *db_stmts[SQL__MAX];
struct db_conf db_cf;
unsigned db_last_errno;

void db_close_all(void)
{
  for (int i = 0; i < SQL__MAX; i++) {
    if (db_stmts[i]) mysql_stmt_close(db_stmts[i]);
    db_stmts[i] = NULL;
  }
  if (db_conn) mysql_close(db_conn);
  db_conn = NULL;
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

unsigned char db_cols_unchecked[SQL__MAX];

int db_check_columns(const struct sql_stmt *s, MYSQL_STMT *st)
{
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

/* A statement as prepared must be the statement as declared: as many ?
 * as argument types and names, and the result's columns by name and type.
 * A worker whose statements do not match refuses to start. A statement
 * that declares columns MariaDB does not describe when it is prepared (an
 * INSERT ... RETURNING describes them only once it has run) has them
 * checked by db.c after its first execution on this connection. */
static int check_stmt(const struct sql_stmt *s, MYSQL_STMT *st)
{
  size_t nt = strlen(s->types), nn = 0;
  for (const char *p = s->names; *p; p++) if (*p != ' ' && (p == s->names || p[-1] == ' ')) nn++;
  if (mysql_stmt_param_count(st) != nt || nn != nt) {
    log_err("sql %s: %lu parameters, %zu types, %zu names declared", s->name, mysql_stmt_param_count(st), nt, nn);
    return -1;
  }
  db_cols_unchecked[s->id] = *s->cols && mysql_stmt_field_count(st) == 0;
  if (db_cols_unchecked[s->id]) return 0;
  return db_check_columns(s, st);
}

/* Is the server just connected to one to serve from (sql-cluster.def)? */
static int node_ready(void)
{
  const struct sql_stmt *s = &sql_table[SQL_NODE_STATE];
  MYSQL_STMT *st = mysql_stmt_init(db_conn);
  if (!st || mysql_stmt_prepare(st, s->text, strlen(s->text)) != 0 || check_stmt(s, st) != 0) {
    if (st) mysql_stmt_close(st);
    return -1;
  }
  db_stmts[SQL_NODE_STATE] = st;
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int ok = mysql_stmt_execute(st) == 0 && db_fetch_rows(SQL_NODE_STATE, h, "n", 1) == 1 &&
           (hdf_get_int_value(h, "n.wsrep_on", 0) == 0 ||
            (strcmp(hdf_get_value(h, "n.ready", ""), "ON") == 0 && strcmp(hdf_get_value(h, "n.state", ""), "4") == 0));
  if (!ok) log_err("db: node not ready (wsrep_ready %s, wsrep_local_state %s): skipped",
                   hdf_get_value(h, "n.ready", "?"), hdf_get_value(h, "n.state", "?"));
  hdf_destroy(&h);
  return ok ? 0 : -1;
}

static const char *ep_name(const struct db_endpoint *e, char *buf, size_t n)
{
  if (e->socket) snprintf(buf, n, "%s", e->socket);
  else snprintf(buf, n, "%s:%u", e->host, e->port);
  return buf;
}

/* One server: 0; -1 unreachable or not a node to serve from; -2 a
 * statement that does not prepare as declared. */
static int connect_one(const struct db_endpoint *e)
{
  char name[300];
  db_conn = mysql_init(NULL);
  if (!db_conn) return -1;
  const char *charset = "utf8mb4";
  mysql_options(db_conn, MYSQL_SET_CHARSET_NAME, charset);
  /* The collation that makes search ignore Vietnamese diacritics and case;
   * also the connection's time zone, so NOW() is Hanoi time. */
  mysql_options(db_conn, MYSQL_INIT_COMMAND,
                "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci, time_zone = '+07:00',"
                " tx_isolation = 'READ-COMMITTED'");
  /* A node that hangs (cut off, not dead) must not hold a worker forever. */
  mysql_options(db_conn, MYSQL_OPT_CONNECT_TIMEOUT, &db_cf.connect_timeout);
  mysql_options(db_conn, MYSQL_OPT_READ_TIMEOUT, &db_cf.timeout);
  mysql_options(db_conn, MYSQL_OPT_WRITE_TIMEOUT, &db_cf.timeout);
  if (!mysql_real_connect(db_conn, e->socket ? NULL : e->host, db_cf.user, db_cf.password,
                          db_cf.database, e->port, e->socket, CLIENT_MULTI_RESULTS)) {
    db_last_errno = mysql_errno(db_conn);
    log_err("connect to %s as %s: %s", ep_name(e, name, sizeof name), db_cf.user, mysql_error(db_conn));
    db_close_all();
    return -1;
  }
  if (node_ready() != 0) { db_close_all(); return -1; }
  for (int i = 0; i < SQL__MAX; i++) {
    const struct sql_stmt *s = &sql_table[i];
    if (!(s->roles & db_cf.role) || db_stmts[i]) continue;
    MYSQL_STMT *st = mysql_stmt_init(db_conn);
    if (!st || mysql_stmt_prepare(st, s->text, strlen(s->text)) != 0 || check_stmt(s, st) != 0) {
      unsigned e2 = st ? mysql_stmt_errno(st) : 0;
      log_err("prepare %s: %s", s->name, st ? mysql_stmt_error(st) : "out of memory");
      if (st) mysql_stmt_close(st);
      db_close_all();
      return db_lost_connection(e2) ? -1 : -2;
    }
    db_stmts[i] = st;
  }
  return 0;
}

/* The servers in turn: the first that answers and is ready is used until
 * it fails. At the start, from the first listed; after a failure, from the
 * one after the server that failed (a node that hangs would hold the
 * worker for the connect timeout again), round to it last. */
static int current;
int db_connect_and_prepare(int after_failure)
{
  for (int k = 0; k < db_cf.nep; k++) {
    int i = (current + k + (after_failure ? 1 : 0)) % db_cf.nep;
    int rc = connect_one(&db_cf.ep[i]);
    if (rc == -2) return -2;
    if (rc == 0) {
      char name[300];
      if (i != current) log_err("db: now on %s", ep_name(&db_cf.ep[i], name, sizeof name));
      current = i;
      return 0;
    }
  }
  return -1;
}

int db_open(const struct db_conf *c)
{
  db_cf = *c;
  current = 0;
  return db_connect_and_prepare(0);
}

void db_close(void)
{
  db_close_all();
}

