/* admin.c: motcua-admin, the command-line tool that creates, resets and disables staff accounts, collects uploads, seals personal data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ClearSilver.h>
#include <sodium.h>

#include "core/db.h"
#include "domain/session.h"
#include "domain/upload.h"
#include "rules/token.h"
#include "rules/valid.h"
#include "tools/admin.h"

#define MIN_PASSWORD 10

static void usage(void)
{
  fprintf(stderr,
          "usage: motcua-admin -c CONFIG add USERNAME 'FULL NAME' UNIT_ID ROLE[,ROLE...]\n"
          "       motcua-admin -c CONFIG passwd USERNAME\n"
          "       motcua-admin -c CONFIG disable USERNAME\n"
          "       motcua-admin -c CONFIG gc\n"
          "       motcua-admin -c CONFIG seal\n"
          "       motcua-admin -c CONFIG purge [--dry-run] [--batch N]\n"
          "       motcua-admin pubkey < SECRET_KEY_FILE\n"
          "The password is read from the first line of standard input (at least %d\n"
          "characters); when that is empty, a random one is generated and printed.\n"
          "passwd and disable end the account's sessions. Roles: counter, specialist,\n"
          "leader, admin, agent. gc removes uploads no dossier references (staged\n"
          "forms older than 5 hours, stored files older than an hour) and, as root,\n"
          "hands the files other users wrote to the store's owner. seal seals the\n"
          "personal data of dossiers written before db/015 (idempotent); purge erases\n"
          "the personal data kept longer than the retention.* settings (db/018), then\n"
          "collects as gc does; --dry-run only counts. pubkey prints the public key\n"
          "of the personal-data secret key read from standard input.\n", MIN_PASSWORD);
  exit(2);
}

/* The first line of stdin, or a fresh random password (printed). 0, or
 * -1 when the one given is too short. */
static int read_password(char *pw, size_t n)
{
  pw[0] = '\0';
  if (!isatty(0) && fgets(pw, (int)n, stdin)) pw[strcspn(pw, "\r\n")] = '\0';
  if (!pw[0]) {
    char r[TOKEN_LEN + 1];
    token_random(r);
    snprintf(pw, n, "%s", r);
    printf("password: %s\n", pw);
  }
  if (!valid_utf8(pw, strlen(pw)) || valid_utf8_chars(pw) < MIN_PASSWORD) {
    fprintf(stderr, "motcua-admin: a password has at least %d characters\n", MIN_PASSWORD);
    return -1;
  }
  return 0;
}

static int hash(const char *pw, char out[crypto_pwhash_STRBYTES])
{
  return crypto_pwhash_str(out, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

static int audit(const char *action, const char *detail)
{
  return db_exec(DB_Q(AUDIT, NULL, "motcua-admin", NULL, action, NULL, detail, "cli", NULL), NULL) < 0 ? -1 : 0;
}

/* Commits, or rolls back and says why; the command's exit status. */
static int finish(int ok, const char *done)
{
  if (ok && db_commit() == 0) { printf("%s\n", done); return 0; }
  db_rollback();
  return 1;
}

static int cmd_add(HDF *h, char **argv)
{
  const char *user = argv[1], *name = argv[2], *unit = argv[3], *roles = argv[4];
  long unit_id;
  char pw[256], hashed[crypto_pwhash_STRBYTES], detail[300];
  if (!valid_slug(user, 64) || !valid_person_name(name) || !valid_int(unit, 1, 100000000L, &unit_id) ||
      session_roles(roles) == 0) {
    fprintf(stderr, "motcua-admin: invalid username (a-z, 0-9, -), name, unit or roles\n");
    return 2;
  }
  if (read_password(pw, sizeof pw) != 0) return 2;
  int rc = hash(pw, hashed);
  sodium_memzero(pw, sizeof pw);
  if (rc != 0 || db_begin() != 0) return 1;
  if (db_exec(DB_Q(TOOL_ACCOUNT_ADD, user, name, unit_id, hashed), NULL) < 0) {
    fprintf(stderr, "motcua-admin: cannot add %s (exists already, or no such unit)\n", user);
    return finish(0, "");
  }
  if (db_row(DB_Q(TOOL_ACCOUNT_ID, user), h, "acct") != 1) return finish(0, "");
  char list[128];
  snprintf(list, sizeof list, "%s", roles);
  char *save = NULL;
  for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
    if (db_exec(DB_Q(TOOL_ROLE_ADD, (long)hdf_get_int_value(h, "acct.id", 0), t), NULL) < 0) return finish(0, "");
  snprintf(detail, sizeof detail, "add %s unit %s roles %s", user, unit, roles);
  return finish(audit("account_add", detail) == 0, "added");
}

/* A new password: the account unlocked everywhere, its sessions ended
 * (whoever knew the old one is signed out). */
static int cmd_passwd(const char *user)
{
  char pw[256], hashed[crypto_pwhash_STRBYTES], detail[300];
  if (read_password(pw, sizeof pw) != 0) return 2;
  int rc = hash(pw, hashed);
  sodium_memzero(pw, sizeof pw);
  if (rc != 0 || db_begin() != 0) return 1;
  if (db_exec(DB_Q(TOOL_PASSWORD, hashed, user), NULL) != 1) {
    fprintf(stderr, "motcua-admin: no account %s\n", user);
    return finish(0, "");
  }
  snprintf(detail, sizeof detail, "password reset for %s (unlocked, sessions ended)", user);
  return finish(db_exec(DB_Q(TOOL_SESSIONS_END, user), NULL) >= 0 && db_exec(DB_Q(TOOL_PAIRS_CLEAR, user), NULL) >= 0 &&
                audit("password_reset", detail) == 0, "password reset");
}

/* The account can no longer sign in; its sessions end now. */
static int cmd_disable(HDF *h, const char *user)
{
  char detail[300];
  if (db_begin() != 0) return 1;
  if (db_exec(DB_Q(TOOL_DISABLE, user), NULL) < 0 || db_row(DB_Q(TOOL_ACCOUNT_ID, user), h, "acct") != 1) {
    fprintf(stderr, "motcua-admin: no account %s\n", user);
    return finish(0, "");
  }
  snprintf(detail, sizeof detail, "account %s disabled, sessions ended", user);
  return finish(db_exec(DB_Q(TOOL_SESSIONS_END, user), NULL) >= 0 && audit("account_disable", detail) == 0, "disabled");
}

struct used { long used; };

/* Is a stored file referenced (arg NULL: 1, 0), or a result (arg non-NULL:
 * 1; 2 a saved draft's; 0)? -1 on error. */
static int file_used(const char *sha, void *arg)
{
  static const struct db_field cols[] = { DB_INT_FIELD(struct used, used) };
  struct used u = { 1 };
  int n = arg ? db_get(DB_Q(TOOL_FILE_RESULT, sha, sha), cols, 1, &u) : db_get(DB_Q(TOOL_FILE_USED, sha, sha, sha), cols, 1, &u);
  return n == 1 ? (int)u.used : -1;
}

int admin_collect(HDF *conf, struct upload_gc *gc)
{
  /* Where the store is: Site.uploads, as the programs read it. */
  NEOERR *err = app_global ? NULL : hdf_init(&app_global);
  if (!err && hdf_get_obj(conf, "Site")) err = hdf_copy(app_global, "Site", hdf_get_obj(conf, "Site"));
  if (err) { nerr_log_error(err); nerr_ignore(&err); return -1; }
  return upload_collect(file_used, NULL, gc);
}

/* The collector: what no dossier references leaves the upload store; as
 * root, what the public program wrote is handed to the store's owner. */
static int cmd_gc(HDF *conf)
{
  struct upload_gc gc = { 0 };
  int rc = admin_collect(conf, &gc);
  long settled = rc == 0 ? upload_settle(file_used, "result") : -1;
  printf("gc: %ld stored files seen, %ld unreferenced removed, %ld abandoned forms removed, %ld handed to the store owner\n",
         gc.seen, gc.files, gc.forms, settled < 0 ? 0 : settled);
  return rc == 0 && settled >= 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
  const char *conf = NULL;
  int c;
  while ((c = getopt(argc, argv, "+c:")) != -1) {
    if (c == 'c') conf = optarg;
    else usage();
  }
  if (!conf && optind + 1 == argc && strcmp(argv[optind], "pubkey") == 0) return admin_pubkey();
  if (!conf || optind >= argc) usage();
  const char *cmd = argv[optind];
  int nargs = argc - optind;
  HDF *h;
  NEOERR *err = hdf_init(&h);
  if (!err) err = hdf_read_file(h, conf);
  if (err) { nerr_log_error(err); nerr_ignore(&err); return 1; }
  if (token_init() != 0) return 1;
  struct db_conf dc;
  db_conf_from(h, ROLE_TOOL, &dc);
  if (db_open(&dc) != 0) { fprintf(stderr, "motcua-admin: cannot connect to the database\n"); return 1; }
  int rc;
  if (strcmp(cmd, "add") == 0 && nargs == 5) rc = cmd_add(h, argv + optind);
  else if (strcmp(cmd, "passwd") == 0 && nargs == 2) rc = cmd_passwd(argv[optind + 1]);
  else if (strcmp(cmd, "disable") == 0 && nargs == 2) rc = cmd_disable(h, argv[optind + 1]);
  else if (strcmp(cmd, "gc") == 0 && nargs == 1) rc = cmd_gc(h);
  else if (strcmp(cmd, "seal") == 0 && nargs == 1) rc = admin_seal(h);
  else if (strcmp(cmd, "purge") == 0) rc = admin_purge(h, nargs - 1, argv + optind + 1);
  else usage();
  db_close();
  hdf_destroy(&h);
  return rc;
}
