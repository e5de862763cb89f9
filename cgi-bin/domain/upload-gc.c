/* upload-gc.c: the collector of the upload store (motcua-admin gc): old forms' staging, stored files nothing references, and the hand-over of other users' files. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/log.h"
#include "domain/upload.h"

static int older_than(const char *path, long seconds)
{
  struct stat st;
  return stat(path, &st) == 0 && st.st_mtime < time(NULL) - seconds;
}

/* Old forms' staging (never sent, or refused and abandoned), and the file
 * parts ClearSilver wrote there (cgi_upload.*, core/input.c) that a request
 * did not live to unlink (a worker killed): an hour old, no request holds
 * one any more. */
static void collect_staging(const char *top, struct upload_gc *gc)
{
  char dir[1024], path[1400];
  snprintf(dir, sizeof dir, "%s/staging", top);
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (strncmp(e->d_name, "cgi_upload.", 11) == 0) {
      struct stat st;
      if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_mtime < time(NULL) - UPLOAD_ORPHAN_AGE &&
          (gc->dry || unlink(path) == 0))
        gc->forms++;
      continue;
    }
    if (older_than(path, UPLOAD_STAGING_AGE) && (gc->dry || upload_remove_form(path) == 0)) gc->forms++;
  }
  closedir(d);
}

/* Calls fn on each stored file (top/ab/abcd…) until it returns < 0; the
 * sum of what it returned, or -1. */
static long each_stored(const char *top, int (*fn)(const char *path, const char *sha, void *ctx), void *ctx)
{
  DIR *d = opendir(top);
  if (!d) return -1;
  long sum = 0;
  struct dirent *e;
  while (sum >= 0 && (e = readdir(d)) != NULL) {
    char sub[1024], path[1400];
    if (strlen(e->d_name) != 2 || !strchr("0123456789abcdef", e->d_name[0]) || !strchr("0123456789abcdef", e->d_name[1]))
      continue;
    snprintf(sub, sizeof sub, "%s/%s", top, e->d_name);
    DIR *s = opendir(sub);
    if (!s) continue;
    struct dirent *f;
    while (sum >= 0 && (f = readdir(s)) != NULL) {
      if (!upload_valid_sha(f->d_name) || strncmp(f->d_name, e->d_name, 2) != 0) continue;
      snprintf(path, sizeof path, "%s/%s", sub, f->d_name);
      int rc = fn(path, f->d_name, ctx);
      sum = rc < 0 ? -1 : sum + rc;
    }
    closedir(s);
  }
  closedir(d);
  return sum;
}

struct collect { int (*used)(const char *sha, void *arg); void *arg; struct upload_gc *gc; };

/* One stored file: removed when old enough and nothing references it. */
static int collect_file(const char *path, const char *sha, void *ctx)
{
  struct collect *c = ctx;
  c->gc->seen++;
  if (!older_than(path, UPLOAD_ORPHAN_AGE)) return 0;
  int u = c->used(sha, c->arg);
  if (u < 0) return -1;
  if (u == 0 && (c->gc->dry || unlink(path) == 0)) c->gc->files++;
  return 0;
}

int upload_collect(int (*used)(const char *sha, void *arg), void *arg, struct upload_gc *gc)
{
  const char *top = upload_dir();
  int dry = gc->dry;
  memset(gc, 0, sizeof *gc);
  gc->dry = dry;
  collect_staging(top, gc);
  struct collect c = { used, arg, gc };
  return each_stored(top, collect_file, &c) < 0 ? -1 : 0;
}

struct settle { int (*is_result)(const char *sha, void *arg); void *arg; struct stat top; };

/* One stored file: another user's becomes the store owner's (see store_perms). */
static int settle_file(const char *path, const char *sha, void *ctx)
{
  struct settle *c = ctx;
  struct stat st;
  if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid == c->top.st_uid) return 0;
  int shared = c->is_result(sha, c->arg);
  if (shared < 0) return -1;
  if (shared == 2) return 0;   /* a saved draft's: its writer reads it back (upload_restage) */
  if (chown(path, c->top.st_uid, c->top.st_gid) != 0 || chmod(path, shared ? 0640 : 0600) != 0) {
    log_err("upload: settle %s: %s", path, strerror(errno));
    return -1;
  }
  return 1;
}

long upload_settle(int (*is_result)(const char *sha, void *arg), void *arg)
{
  struct settle c = { is_result, arg, { 0 } };
  if (geteuid() != 0 || stat(upload_dir(), &c.top) != 0 || c.top.st_uid == 0) return 0;
  return each_stored(upload_dir(), settle_file, &c);
}
