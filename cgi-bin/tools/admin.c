/* admin.c: motcua-admin, the command-line tool that creates staff accounts and resets passwords. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ClearSilver.h>
#include <sodium.h>

#include "core/db.h"
#include "domain/session.h"
#include "rules/token.h"
#include "rules/valid.h"

static void usage(void)
{
  fprintf(stderr,
          "usage: motcua-admin -c CONFIG add USERNAME 'FULL NAME' UNIT_ID ROLE[,ROLE...]\n"
          "       motcua-admin -c CONFIG passwd USERNAME\n"
          "The password is read from the first line of standard input; when that is\n"
          "empty, a random one is generated and printed. Roles: counter, specialist,\n"
          "leader, admin, agent.\n");
  exit(2);
}

/* The first line of stdin, or a fresh random password (printed). */
static void read_password(char *pw, size_t n)
{
  pw[0] = '\0';
  if (!isatty(0) && fgets(pw, (int)n, stdin)) pw[strcspn(pw, "\r\n")] = '\0';
  if (!pw[0]) {
    char r[TOKEN_LEN + 1];
    token_random(r);
    snprintf(pw, n, "%s", r);
    printf("password: %s\n", pw);
  }
}

static int hash(const char *pw, char out[crypto_pwhash_STRBYTES])
{
  return crypto_pwhash_str(out, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

static int audit(const char *action, const char *detail)
{
  return db_exec(DB_Q(AUDIT, NULL, "motcua-admin", NULL, action, NULL, detail, "cli", NULL), NULL) < 0 ? -1 : 0;
}

int main(int argc, char **argv)
{
  const char *conf = NULL;
  int c;
  while ((c = getopt(argc, argv, "c:")) != -1) {
    if (c == 'c') conf = optarg;
    else usage();
  }
  if (!conf || optind >= argc) usage();
  const char *cmd = argv[optind];
  HDF *h;
  NEOERR *err = hdf_init(&h);
  if (!err) err = hdf_read_file(h, conf);
  if (err) { nerr_log_error(err); nerr_ignore(&err); return 1; }
  if (token_init() != 0) return 1;
  struct db_conf dc;
  db_conf_from(h, ROLE_TOOL, &dc);
  if (db_open(&dc) != 0) { fprintf(stderr, "motcua-admin: cannot connect to the database\n"); return 1; }
  char pw[256], hashed[crypto_pwhash_STRBYTES], detail[300];
  int rc = 1;
  if (strcmp(cmd, "add") == 0 && argc - optind == 5) {
    const char *user = argv[optind + 1], *name = argv[optind + 2], *unit = argv[optind + 3], *roles = argv[optind + 4];
    long unit_id;
    if (!valid_slug(user, 64) || !valid_person_name(name) || !valid_int(unit, 1, 100000000L, &unit_id) ||
        session_roles(roles) == 0) {
      fprintf(stderr, "motcua-admin: invalid username (a-z, 0-9, -), name, unit or roles\n");
      return 2;
    }
    read_password(pw, sizeof pw);
    if (hash(pw, hashed) != 0 || db_begin() != 0) return 1;
    if (db_exec(DB_Q(TOOL_ACCOUNT_ADD, user, name, unit_id, hashed), NULL) < 0) {
      fprintf(stderr, "motcua-admin: cannot add %s (exists already, or no such unit)\n", user);
      db_rollback();
      return 1;
    }
    if (db_row(DB_Q(TOOL_ACCOUNT_ID, user), h, "acct") != 1) { db_rollback(); return 1; }
    char list[128];
    snprintf(list, sizeof list, "%s", roles);
    char *save = NULL;
    for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
      if (db_exec(DB_Q(TOOL_ROLE_ADD, (long)hdf_get_int_value(h, "acct.id", 0), t), NULL) < 0) { db_rollback(); return 1; }
    snprintf(detail, sizeof detail, "add %s unit %s roles %s", user, unit, roles);
    if (audit("account_add", detail) != 0 || db_commit() != 0) return 1;
    printf("added %s\n", user);
    rc = 0;
  } else if (strcmp(cmd, "passwd") == 0 && argc - optind == 2) {
    const char *user = argv[optind + 1];
    read_password(pw, sizeof pw);
    if (hash(pw, hashed) != 0 || db_begin() != 0) return 1;
    long n = db_exec(DB_Q(TOOL_PASSWORD, hashed, user), NULL);
    if (n != 1) { fprintf(stderr, "motcua-admin: no account %s\n", user); db_rollback(); return 1; }
    snprintf(detail, sizeof detail, "password reset for %s (unlocked)", user);
    if (audit("password_reset", detail) != 0 || db_commit() != 0) return 1;
    printf("password reset for %s\n", user);
    rc = 0;
  } else {
    usage();
  }
  sodium_memzero(pw, sizeof pw);
  db_close();
  hdf_destroy(&h);
  return rc;
}
