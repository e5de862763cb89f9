/* upload.h: storing uploaded files by their SHA-256, outside the web root. */
#ifndef MOTCUA_UPLOAD_H
#define MOTCUA_UPLOAD_H

#include <stdio.h>

#define MAX_FILE (5L * 1024 * 1024)

struct upload {
  int pos;
  char sha[65];
  char name[256];
  const char *mime;
  const char *ext;     /* from the content: pdf, jpg, png */
  long size;
};

/* Copies fp into the store, checking size and type by content. Returns
 * NULL (stored; u->size 0 when fp was empty: no file chosen) or the Lang
 * key of the problem. */
const char *upload_store(FILE *fp, struct upload *u);
/* A file already in the store, named by its hash (a form re-shown). */
const char *upload_kept(const char *sha, struct upload *u);
int upload_path(char *buf, size_t n, const char *sha, const char *suffix);
/* Reads a stored file whole into *buf (malloc'd, free it) of *len bytes.
 * 0 ok; -1 not in the store; -2 could not read it. */
int upload_read(const char *sha, unsigned char **buf, size_t *len);
/* The browser's file name without its path, or "tep-<pos>.<ext>". */
void upload_clean_name(const char *raw, const char *ext, int pos, char *out, size_t n);

#endif
