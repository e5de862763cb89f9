/* upload.c: uploaded files, staged per form and promoted into the content-addressed store (var/uploads/ab/abcd…) when the transaction commits. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "core/app.h"
#include "core/log.h"
#include "rules/sniff.h"
#include "domain/upload.h"
#include "domain/upload-perms.h"
#include "rules/token.h"
#include "rules/valid.h"

/* A file goes first to staging/<form id>/<sha256>, where validation may
 * refuse the form and a re-shown form may keep it (giu_<pos>, bound to
 * the form by a MAC). Only when the request's transaction is about to
 * commit are the files it used linked into the store; after the commit
 * the form's staging is removed. Nothing reaches the store before the
 * dossier that references it is written; what a failed COMMIT leaves
 * there, and forms never sent, the collector removes (upload_collect). */

#define MAX_PENDING 32
static char pending_form[TOKEN_LEN + 1];
static char pending[MAX_PENDING][65];
static int pending_shared[MAX_PENDING];
static int npending, writer_keeps;

void upload_writer_keeps(void)
{
  writer_keeps = 1;
}

static const char *uploads_dir(void)
{
  return app_conf("Site.uploads", "var/uploads");
}

int upload_path(char *buf, size_t n, const char *sha, const char *suffix)
{
  int k = snprintf(buf, n, "%s/%.2s/%s%s", uploads_dir(), sha, sha, suffix);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

/* staging/<form>[/<sha>] */
static int staging_path(char *buf, size_t n, const char *form, const char *sha)
{
  int k = snprintf(buf, n, "%s/staging/%s%s%s", uploads_dir(), form, sha ? "/" : "", sha ? sha : "");
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

static int valid_sha(const char *s)
{
  if (!s || strlen(s) != 64) return 0;
  for (const char *p = s; *p; p++)
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) return 0;
  return 1;
}

static int promote(struct req *r);
static void settle(struct req *r, int committed);

/* The request uses this staged file: promote it if the transaction commits. */
static void note(struct req *r, const char *sha, int shared)
{
  r->tx_prepare = promote;
  r->tx_finish = settle;
  snprintf(pending_form, sizeof pending_form, "%s", r->fid);
  for (int i = 0; i < npending; i++)
    if (strcmp(pending[i], sha) == 0) return;
  if (npending < MAX_PENDING) {
    pending_shared[npending] = shared;
    snprintf(pending[npending++], sizeof pending[0], "%s", sha);
  }
}

/* The staging directory of this form, created if needed. */
static int staging_dir(const char *form, char *dir, size_t n)
{
  char top[1024];
  snprintf(top, sizeof top, "%s/staging", uploads_dir());
  if (!token_shape_ok(form) || staging_path(dir, n, form, NULL) != 0) return -1;
  if (mkdir(top, 0750) != 0 && errno != EEXIST) return -1;
  if (mkdir(dir, 0700) != 0 && errno != EEXIST) return -1;
  return 0;
}

/* Copies fp into the form's staging, hashing as it goes; the file's name
 * is its SHA-256. Type and size are checked by content. */
const char *upload_store(struct req *r, FILE *fp, struct upload *u)
{
  unsigned char head[16];
  if (fseek(fp, 0, SEEK_END) != 0) return "Lang.err.file_read";
  long size = ftell(fp);
  rewind(fp);
  if (size <= 0) return NULL; /* no file chosen */
  if (size > MAX_FILE) return "Lang.err.file_size";
  size_t got = fread(head, 1, sizeof head, fp);
  enum sniff_type t = sniff_bytes(head, got);
  if (t == SNIFF_UNKNOWN) return "Lang.err.file_type";
  rewind(fp);

  char dir[1024], tmp[1100], final[1100];
  if (staging_dir(r->fid, dir, sizeof dir) != 0) { log_err("upload: staging for %s", r->fid); return "Lang.err.file_read"; }
  snprintf(tmp, sizeof tmp, "%s/tmp-XXXXXX", dir);
  int fd = mkstemp(tmp);
  if (fd < 0) { log_err("upload: %s: %s", tmp, strerror(errno)); return "Lang.err.file_read"; }
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  unsigned char buf[65536];
  size_t n;
  long total = 0;
  int bad = 0;
  while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
    crypto_hash_sha256_update(&st, buf, n);
    if (write(fd, buf, n) != (ssize_t)n) { bad = 1; break; }
    total += (long)n;
  }
  if (close(fd) != 0 || bad || total != size) { unlink(tmp); return "Lang.err.file_read"; }
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&st, digest);
  sodium_bin2hex(u->sha, sizeof u->sha, digest, sizeof digest);
  snprintf(final, sizeof final, "%s/%s", dir, u->sha);
  if (rename(tmp, final) != 0) { unlink(tmp); return "Lang.err.file_read"; }
  note(r, u->sha, u->shared);
  u->mime = sniff_mime(t);
  u->ext = sniff_ext(t);
  u->size = size;
  return NULL;
}

int upload_keep_ref(struct req *r, int pos, const char *sha, char *out, size_t n)
{
  char what[128], mac[TOKEN_LEN + 1];
  snprintf(what, sizeof what, "%s|%d|%s", r->fid, pos, sha);
  token_tag(app_key, "keep", what, mac);
  int k = snprintf(out, n, "%s.%s", sha, mac);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

/* A file kept from an earlier attempt of the same form (a phone cannot
 * re-attach files after a typo elsewhere): "<sha>.<mac>", the MAC over
 * this form, this position and the hash; the file must be in this form's
 * staging. Anything else is refused, whatever is in the store. */
const char *upload_kept(struct req *r, int pos, const char *ref, struct upload *u)
{
  char sha[65], want[128], path[1100];
  if (!ref || strlen(ref) != 64 + 1 + TOKEN_LEN || ref[64] != '.') return "Lang.err.file_read";
  memcpy(sha, ref, 64);
  sha[64] = '\0';
  if (!valid_sha(sha) || upload_keep_ref(r, pos, sha, want, sizeof want) != 0 ||
      sodium_memcmp(want, ref, strlen(want)) != 0 || !token_shape_ok(r->fid) ||
      staging_path(path, sizeof path, r->fid, sha) != 0)
    return "Lang.err.file_read";
  FILE *fp = fopen(path, "rb");
  if (!fp) return "Lang.err.file_read";
  unsigned char head[16];
  size_t got = fread(head, 1, sizeof head, fp);
  fseek(fp, 0, SEEK_END);
  long size = ftell(fp);
  fclose(fp);
  enum sniff_type t = sniff_bytes(head, got);
  if (t == SNIFF_UNKNOWN) return "Lang.err.file_type";
  snprintf(u->sha, sizeof u->sha, "%s", sha);
  note(r, sha, u->shared);
  u->mime = sniff_mime(t);
  u->ext = sniff_ext(t);
  u->size = size;
  return NULL;
}

/* Just before COMMIT: each file the request used, linked into the store
 * (already there: the same content, kept) and marked fresh, so that the
 * collector, which spares files younger than an hour, cannot take it
 * between this and the commit. A file linked now is synced after the link:
 * its bytes, its inode and, journalled with the inode (ext4, xfs), its name
 * in the store's folder (which this program may not open) are on disk
 * before the COMMIT that shows its receipt. */
static int promote(struct req *r)
{
  (void)r;
  for (int i = 0; i < npending; i++) {
    char from[1100], to[1100], sub[1100];
    snprintf(sub, sizeof sub, "%s/%.2s", uploads_dir(), pending[i]);
    if (staging_path(from, sizeof from, pending_form, pending[i]) != 0 || upload_path(to, sizeof to, pending[i], "") != 0)
      return -1;
    if (mkdir(sub, 0750) != 0 && errno != EEXIST) { log_err("upload: %s: %s", sub, strerror(errno)); return -1; }
    /* Already in the store (the same content; or a second click of this
     * form, whose first commit removed the staging): kept. */
    if (access(to, F_OK) != 0) {
      int how = pending_shared[i] ? UPLOAD_PERMS_SHARED : writer_keeps ? UPLOAD_PERMS_KEPT : UPLOAD_PERMS_PRIVATE;
      int fd = open(from, O_RDONLY | O_CLOEXEC);   /* before its mode leaves this program without read */
      int bad = fd < 0 || upload_perms(uploads_dir(), from, how) != 0 || (link(from, to) != 0 && errno != EEXIST) ||
                fsync(fd) != 0;
      if (fd >= 0) close(fd);
      if (bad) {
        log_err("upload: %s: %s", to, strerror(errno));
        return -1;
      }
    }
    /* Another user's file (the same content, stored before) cannot be
     * touched; it is referenced already, or the collector spares it. */
    if (utimensat(AT_FDCWD, to, NULL, 0) != 0 && errno != EPERM && errno != EACCES) {
      log_err("upload: touch %s: %s", to, strerror(errno));
      return -1;
    }
  }
  return 0;
}

int upload_restage(const char *form, const char *sha)
{
  char dir[1024], from[1100], to[1100];
  if (!valid_sha(sha) || staging_dir(form, dir, sizeof dir) != 0 || upload_path(from, sizeof from, sha, "") != 0 ||
      staging_path(to, sizeof to, form, sha) != 0)
    return -1;
  if (link(from, to) != 0 && errno != EEXIST) { log_err("upload: restage %s: %s", sha, strerror(errno)); return -1; }
  return 0;
}

/* Removes a form's staging directory and what is in it (one level). */
static int remove_form(const char *dir)
{
  DIR *d = opendir(dir);
  if (!d) return errno == ENOENT ? 0 : -1;
  struct dirent *e;
  char path[1400];
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    unlink(path);
  }
  closedir(d);
  return rmdir(dir);
}

/* After the transaction: committed, the form is done (one form, one
 * dossier) and its staging goes (a saved draft's stays: its writer takes
 * its files up again there, even one whose bytes another user stored
 * first and it cannot read in the store); rolled back, it stays for the form to
 * come back (giu_<pos>) until the collector finds it too old. */
static void settle(struct req *r, int committed)
{
  (void)r;
  char dir[1024];
  if (committed && !writer_keeps && token_shape_ok(pending_form) && staging_path(dir, sizeof dir, pending_form, NULL) == 0 &&
      remove_form(dir) != 0)
    log_err("upload: cannot remove %s: %s", dir, strerror(errno));
  npending = 0;
  writer_keeps = 0;
  pending_form[0] = '\0';
}

void upload_clean_name(const char *raw, const char *ext, int pos, char *out, size_t n)
{
  const char *base = raw ? raw : "";
  for (const char *p = base; *p; p++)
    if (*p == '/' || *p == '\\') base = p + 1; /* some browsers send C:\path\name */
  if (*base && valid_text(base, 200, 0)) snprintf(out, n, "%s", base);
  else snprintf(out, n, "tep-%d.%s", pos, ext);
}

int upload_read(const char *sha, unsigned char **buf, size_t *len)
{
  char path[1024];
  *buf = NULL;
  *len = 0;
  if (!valid_sha(sha) || upload_path(path, sizeof path, sha, "") != 0) return -1;
  FILE *f = fopen(path, "rb");
  if (!f) { log_err("file %s missing from the store", sha); return -1; }
  long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
  rewind(f);
  unsigned char *b = n > 0 ? malloc((size_t)n) : NULL;
  if (!b || fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); fclose(f); return -2; }
  fclose(f);
  *buf = b;
  *len = (size_t)n;
  return 0;
}

static int older_than(const char *path, long seconds)
{
  struct stat st;
  return stat(path, &st) == 0 && st.st_mtime < time(NULL) - seconds;
}

/* Old forms' staging (never sent, or refused and abandoned). */
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
    if (older_than(path, UPLOAD_STAGING_AGE) && remove_form(path) == 0) gc->forms++;
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
      if (!valid_sha(f->d_name) || strncmp(f->d_name, e->d_name, 2) != 0) continue;
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
  if (u == 0 && unlink(path) == 0) c->gc->files++;
  return 0;
}

int upload_collect(int (*used)(const char *sha, void *arg), void *arg, struct upload_gc *gc)
{
  const char *top = uploads_dir();
  memset(gc, 0, sizeof *gc);
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
  if (geteuid() != 0 || stat(uploads_dir(), &c.top) != 0 || c.top.st_uid == 0) return 0;
  return each_stored(uploads_dir(), settle_file, &c);
}
