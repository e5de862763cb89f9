/* upload.c: uploaded files, staged per form and promoted into the content-addressed store (var/uploads/ab/abcd…) when the transaction commits. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <sodium.h>

#include "core/app.h"
#include "core/log.h"
#include "rules/sniff.h"
#include "domain/upload.h"
#include "domain/upload-perms.h"
#include "rules/token.h"

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
static int pending_fresh[MAX_PENDING];   /* staged by this request: its mtime is now */
/* A file part ClearSilver wrote into staging/ under its own name (core/input.c),
 * used where it lies: its name and descriptor; "" and -1 for a staged one. */
static char pending_tmp[MAX_PENDING][1100];
static int pending_fd[MAX_PENDING];
static int npending, writer_keeps;

void upload_writer_keeps(void)
{
  writer_keeps = 1;
}

const char *upload_dir(void)
{
  return app_conf("Site.uploads", "var/uploads");
}

int upload_path(char *buf, size_t n, const char *sha, const char *suffix)
{
  int k = snprintf(buf, n, "%s/%.2s/%s%s", upload_dir(), sha, sha, suffix);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

/* staging/<form>[/<sha>] */
static int staging_path(char *buf, size_t n, const char *form, const char *sha)
{
  int k = snprintf(buf, n, "%s/staging/%s%s%s", upload_dir(), form, sha ? "/" : "", sha ? sha : "");
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

int upload_valid_sha(const char *s)
{
  if (!s || strlen(s) != 64) return 0;
  for (const char *p = s; *p; p++)
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) return 0;
  return 1;
}

static int promote(struct req *r);
static void settle(struct req *r, int committed);
static const char *write_error(const char *what, int e);

/* The request uses this staged file (fresh: staged by this request):
 * promote it if the transaction commits. */
static void note(struct req *r, const char *sha, int shared, int fresh, const char *tmp, int fd)
{
  r->tx_prepare = promote;
  r->tx_finish = settle;
  snprintf(pending_form, sizeof pending_form, "%s", r->fid);
  for (int i = 0; i < npending; i++)
    if (strcmp(pending[i], sha) == 0) { pending_fresh[i] &= fresh; return; }
  if (npending < MAX_PENDING) {
    pending_shared[npending] = shared;
    pending_fresh[npending] = fresh;
    snprintf(pending_tmp[npending], sizeof pending_tmp[0], "%s", tmp ? tmp : "");
    pending_fd[npending] = tmp ? fd : -1;
    snprintf(pending[npending++], sizeof pending[0], "%s", sha);
  }
}

/* The name ClearSilver gave fp in staging/ (core/input.c), or NULL: a file
 * it unlinked (written elsewhere), which is copied into the form's staging. */
static const char *part_name(struct req *r, FILE *fp)
{
  CGI *cgi = r->cgi;
  if (!cgi || !cgi->files || !cgi->filenames || uListLength(cgi->files) != uListLength(cgi->filenames)) return NULL;
  char top[1024];
  int k = snprintf(top, sizeof top, "%s/staging/cgi_upload.", upload_dir());
  if (k < 0 || (size_t)k >= sizeof top) return NULL;
  for (int i = 0; i < uListLength(cgi->files); i++) {
    void *f = NULL, *name = NULL;
    if (uListGet(cgi->files, i, &f) != STATUS_OK || f != fp) continue;
    if (uListGet(cgi->filenames, i, &name) != STATUS_OK || !name || strncmp(name, top, (size_t)k) != 0) return NULL;
    return name;
  }
  return NULL;
}

/* A file part used where ClearSilver wrote it: hashed and sniffed through
 * its descriptor. ClearSilver does not check its writes (it flushes them
 * with the fseek that rewinds the file): a write that failed left the
 * stream's error mark, and the file short; a full disk is said as such. */
static const char *store_part(struct req *r, FILE *fp, const char *tmp, struct upload *u)
{
  int fd = fileno(fp);
  struct stat st;
  if (ferror(fp) || fflush(fp) != 0) {
    struct statvfs vs;
    int full = fstatvfs(fd, &vs) == 0 && (unsigned long long)vs.f_bavail * vs.f_frsize < (unsigned long long)MAX_FILE;
    return write_error(tmp, full ? ENOSPC : EIO);
  }
  if (fstat(fd, &st) != 0) return write_error(tmp, errno);
  if (st.st_size <= 0) return NULL; /* no file chosen */
  if (st.st_size > MAX_FILE) return "Lang.err.file_size";
  crypto_hash_sha256_state hs;
  crypto_hash_sha256_init(&hs);
  unsigned char buf[65536], head[16];
  size_t got = 0;
  off_t off = 0;
  while (off < st.st_size) {
    ssize_t n = pread(fd, buf, sizeof buf, off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return "Lang.err.file_read";
    if (off == 0) { got = (size_t)n < sizeof head ? (size_t)n : sizeof head; memcpy(head, buf, got); }
    crypto_hash_sha256_update(&hs, buf, (size_t)n);
    off += n;
  }
  enum sniff_type t = sniff_bytes(head, got);
  if (t == SNIFF_UNKNOWN) return "Lang.err.file_type";
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&hs, digest);
  sodium_bin2hex(u->sha, sizeof u->sha, digest, sizeof digest);
  note(r, u->sha, u->shared, 1, tmp, fd);
  u->mime = sniff_mime(t);
  u->ext = sniff_ext(t);
  u->size = (long)st.st_size;
  return NULL;
}

/* The staging directory of this form, created if needed (staging/ itself
 * only the first time: one system call a file fewer). */
static int staging_dir(const char *form, char *dir, size_t n)
{
  char top[1024];
  if (!token_shape_ok(form) || staging_path(dir, n, form, NULL) != 0) return -1;
  if (mkdir(dir, 0700) == 0 || errno == EEXIST) return 0;
  if (errno != ENOENT) return -1;
  snprintf(top, sizeof top, "%s/staging", upload_dir());
  if (mkdir(top, 0750) != 0 && errno != EEXIST) return -1;
  if (mkdir(dir, 0700) != 0 && errno != EEXIST) return -1;
  return 0;
}

/* What a failed write tells the user: a full disk (or quota) is said as
 * such, the form is kept and nothing is written; anything else, as before. */
static const char *write_error(const char *what, int e)
{
  log_err("upload: %s: %s", what, strerror(e));
  return e == ENOSPC || e == EDQUOT ? "Lang.err.disk_full" : "Lang.err.file_read";
}

/* Writes all of buf (a short write is retried, and then says why). */
static int write_all(int fd, const unsigned char *buf, size_t n)
{
  while (n > 0) {
    ssize_t w = write(fd, buf, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    buf += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Copies fp into the form's staging, hashing as it goes; the file's name
 * is its SHA-256. Type and size are checked by content. Every write and
 * the close are checked: a file that could not be written whole never gets
 * its name. Not synced here: a file this request stages is synced once,
 * after its link into the store and before the COMMIT (promote); one kept
 * for a later attempt of the form is hashed again when taken up
 * (upload_kept), so that what a crash left half-written is refused. */
const char *upload_store(struct req *r, FILE *fp, struct upload *u)
{
  const char *part = part_name(r, fp);
  if (part) return store_part(r, fp, part, u);
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
  if (staging_dir(r->fid, dir, sizeof dir) != 0) return write_error("staging", errno);
  snprintf(tmp, sizeof tmp, "%s/tmp-XXXXXX", dir);
  int fd = mkstemp(tmp);
  if (fd < 0) return write_error(tmp, errno);
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  unsigned char buf[65536];
  size_t n;
  long total = 0;
  int werr = 0;
  while (!werr && (n = fread(buf, 1, sizeof buf, fp)) > 0) {
    crypto_hash_sha256_update(&st, buf, n);
    if (write_all(fd, buf, n) != 0) werr = errno ? errno : EIO;
    total += (long)n;
  }
  if (close(fd) != 0 && !werr) werr = errno;
  if (werr || ferror(fp) || total != size) { unlink(tmp); return werr ? write_error(tmp, werr) : "Lang.err.file_read"; }
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&st, digest);
  sodium_bin2hex(u->sha, sizeof u->sha, digest, sizeof digest);
  snprintf(final, sizeof final, "%s/%s", dir, u->sha);
  if (rename(tmp, final) != 0) { int e = errno; unlink(tmp); return write_error(final, e); }
  note(r, u->sha, u->shared, 1, NULL, -1);
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
  if (!upload_valid_sha(sha) || upload_keep_ref(r, pos, sha, want, sizeof want) != 0 ||
      sodium_memcmp(want, ref, strlen(want)) != 0 || !token_shape_ok(r->fid) ||
      staging_path(path, sizeof path, r->fid, sha) != 0)
    return "Lang.err.file_read";
  FILE *fp = fopen(path, "rb");
  if (!fp) return "Lang.err.file_read";
  /* Its bytes must still be its name (staged unsynced: a crash may have
   * cut it short). */
  unsigned char head[16], buf[65536], digest[crypto_hash_sha256_BYTES];
  char hex[65];
  size_t got = fread(head, 1, sizeof head, fp), n;
  crypto_hash_sha256_state st;
  crypto_hash_sha256_init(&st);
  crypto_hash_sha256_update(&st, head, got);
  long size = (long)got;
  while ((n = fread(buf, 1, sizeof buf, fp)) > 0) {
    crypto_hash_sha256_update(&st, buf, n);
    size += (long)n;
  }
  int bad = ferror(fp);
  fclose(fp);
  crypto_hash_sha256_final(&st, digest);
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  if (bad || strcmp(hex, sha) != 0) { log_err("upload: staged %s does not hold its bytes", sha); return "Lang.err.file_read"; }
  enum sniff_type t = sniff_bytes(head, got);
  if (t == SNIFF_UNKNOWN) return "Lang.err.file_type";
  snprintf(u->sha, sizeof u->sha, "%s", sha);
  note(r, sha, u->shared, 0, NULL, -1);
  u->mime = sniff_mime(t);
  u->ext = sniff_ext(t);
  u->size = size;
  return NULL;
}

/* Links a staged file into the store (its folder made on the first file
 * it gets), and syncs it before the dossier that names it commits: the
 * file (a descriptor opened before its mode leaves its writer nothing: its
 * bytes, its inode and, on ext4 whose fsync commits the journal that holds
 * the link, its name; one fsync for all three), then the store's directory
 * when this program may open it (the back office owns the store; a program
 * denied once is denied always: not asked again). 0, or -1 (logged). */
static int link_durably(const char *sub, const char *from, int held, const char *to, int how)
{
  static int dir_denied;
  int fd = held >= 0 ? held : open(from, O_RDONLY | O_CLOEXEC), rc = -1;
  if (fd < 0) { log_err("upload: %s: %s", from, strerror(errno)); return -1; }
  if (upload_perms(upload_dir(), from, how) == 0) {
    int linked = link(from, to) == 0 || errno == EEXIST;
    if (!linked && errno == ENOENT && (mkdir(sub, 0750) == 0 || errno == EEXIST))
      linked = link(from, to) == 0 || errno == EEXIST;
    if (linked && fsync(fd) == 0) rc = 0;
  }
  if (rc != 0) log_err("upload: %s: %s", to, strerror(errno));
  if (fd != held) close(fd);
  int dfd = rc == 0 && !dir_denied ? open(sub, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
  if (dfd >= 0) {
    if (fsync(dfd) != 0) { log_err("upload: sync %s: %s", sub, strerror(errno)); rc = -1; }
    close(dfd);
  } else if (rc == 0 && !dir_denied && (errno == EACCES || errno == EPERM)) {
    dir_denied = 1;
  }
  return rc;
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
    char staged[1100], to[1100], sub[1100];
    const char *from = pending_tmp[i];   /* where ClearSilver wrote it, else its staged name */
    snprintf(sub, sizeof sub, "%s/%.2s", upload_dir(), pending[i]);
    if (!*from && staging_path(staged, sizeof staged, pending_form, pending[i]) != 0) return -1;
    if (!*from) from = staged;
    if (upload_path(to, sizeof to, pending[i], "") != 0) return -1;
    /* Already in the store (the same content; or a second click of this
     * form, whose first commit removed the staging): kept. */
    int there = access(to, F_OK) == 0;
    if (!there) {
      int how = pending_shared[i] ? UPLOAD_PERMS_SHARED : writer_keeps ? UPLOAD_PERMS_KEPT : UPLOAD_PERMS_PRIVATE;
      if (link_durably(sub, from, pending_fd[i], to, how) != 0) return -1;
    }
    /* Just staged and linked: its mtime is now already. Another user's
     * file (the same content, stored before) cannot be touched; it is
     * referenced already, or the collector spares it. */
    if ((there || !pending_fresh[i]) && utimensat(AT_FDCWD, to, NULL, 0) != 0 && errno != EPERM && errno != EACCES) {
      log_err("upload: touch %s: %s", to, strerror(errno));
      return -1;
    }
  }
  return 0;
}

int upload_restage(const char *form, const char *sha)
{
  char dir[1024], from[1100], to[1100];
  if (!upload_valid_sha(sha) || staging_dir(form, dir, sizeof dir) != 0 || upload_path(from, sizeof from, sha, "") != 0 ||
      staging_path(to, sizeof to, form, sha) != 0)
    return -1;
  if (link(from, to) != 0 && errno != EEXIST) { log_err("upload: restage %s: %s", sha, strerror(errno)); return -1; }
  return 0;
}

/* After the transaction: committed, the form is done (one form, one
 * dossier) and its staging goes (a saved draft's stays: its writer takes
 * its files up again there, even one whose bytes another user stored
 * first and it cannot read in the store); rolled back, it stays for the form to
 * come back (giu_<pos>) until the collector finds it too old. */
static void settle(struct req *r, int committed)
{
  (void)r;
  char dir[1024], path[1100];
  int form_ok = token_shape_ok(pending_form) && staging_path(dir, sizeof dir, pending_form, NULL) == 0;
  if (form_ok && (!committed || writer_keeps)) {
    /* The form comes back (or a saved draft keeps its staging): the file
     * parts it used where ClearSilver wrote them get their name in the
     * form's staging, before the page that offers to keep them is sent
     * (ClearSilver's own name goes when the request ends). */
    for (int i = 0; i < npending; i++) {
      if (!pending_tmp[i][0]) continue;
      if (staging_dir(pending_form, dir, sizeof dir) != 0 || staging_path(path, sizeof path, pending_form, pending[i]) != 0 ||
          (link(pending_tmp[i], path) != 0 && errno != EEXIST))
        log_err("upload: staging %s: %s", pending[i], strerror(errno));
    }
  } else if (form_ok && committed) {
    /* Mostly the folder holds just the files used: those, then the folder;
     * else (files of an earlier attempt left unused) all it holds. The file
     * parts this request used where ClearSilver wrote them were never
     * there; the folder mostly does not exist then (ENOENT). */
    for (int i = 0; i < npending; i++)
      if (!pending_tmp[i][0] && staging_path(path, sizeof path, pending_form, pending[i]) == 0) unlink(path);
    if (rmdir(dir) != 0 && errno != ENOENT && upload_remove_form(dir) != 0)
      log_err("upload: cannot remove %s: %s", dir, strerror(errno));
  }
  npending = 0;
  writer_keeps = 0;
  pending_form[0] = '\0';
}
