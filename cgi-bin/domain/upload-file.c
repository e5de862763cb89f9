/* upload-file.c: an upload store's files one at a time: a stored file read back, a browser's file name cleaned, a form's staging removed. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/log.h"
#include "domain/upload.h"
#include "rules/valid.h"

/* Removes a form's staging directory and what is in it (one level). */
int upload_remove_form(const char *dir)
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
  if (!upload_valid_sha(sha) || upload_path(path, sizeof path, sha, "") != 0) return -1;
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
