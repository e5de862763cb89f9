/* upload.c: the content-addressed store of attachments and results (var/uploads/ab/abcd…), checked by content. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "core/app.h"
#include "core/log.h"
#include "rules/sniff.h"
#include "domain/upload.h"
#include "rules/valid.h"

static const char *uploads_dir(void)
{
  return app_conf("Site.uploads", "var/uploads");
}

int upload_path(char *buf, size_t n, const char *sha, const char *suffix)
{
  const char *dir = uploads_dir();
  int k = snprintf(buf, n, "%s/%.2s/%s%s", dir, sha, sha, suffix);
  return (k < 0 || (size_t)k >= n) ? -1 : 0;
}

static int valid_sha(const char *s)
{
  if (!s || strlen(s) != 64) return 0;
  for (const char *p = s; *p; p++)
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) return 0;
  return 1;
}

/* Copies fp into the content-addressed store (var/uploads/ab/abcd…),
 * hashing as it goes; checks type and size by content. The file is
 * stored before the transaction: identical content shares one file, and
 * a rolled-back submission leaves at most an unreferenced blob. */
const char *upload_store(FILE *fp, struct upload *u)
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

  const char *dir = uploads_dir();
  char tmp[1024];
  snprintf(tmp, sizeof tmp, "%s/tmp-%d-XXXXXX", dir, (int)getpid());
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

  char final[1024], sub[1024];
  snprintf(sub, sizeof sub, "%s/%.2s", dir, u->sha);
  if (mkdir(sub, 0750) != 0 && errno != EEXIST) { unlink(tmp); return "Lang.err.file_read"; }
  if (upload_path(final, sizeof final, u->sha, "") != 0 || rename(tmp, final) != 0) {
    unlink(tmp);
    return "Lang.err.file_read";
  }
  u->mime = sniff_mime(t);
  u->ext = sniff_ext(t);
  u->size = size;
  return NULL;
}

/* A file kept from an earlier attempt of the same form (a phone cannot
 * re-attach files after a typo elsewhere): known by its content hash. */
const char *upload_kept(const char *sha, struct upload *u)
{
  char path[1024];
  if (!valid_sha(sha) || upload_path(path, sizeof path, sha, "") != 0) return "Lang.err.file_read";
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
  u->mime = sniff_mime(t);
  u->ext = sniff_ext(t);
  u->size = size;
  return NULL;
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
