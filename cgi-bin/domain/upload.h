/* upload.h: uploaded files: staged per form, promoted into the store by their SHA-256 on commit, outside the web root. */
#ifndef MOTCUA_UPLOAD_H
#define MOTCUA_UPLOAD_H

#include <stdio.h>

#include "core/app.h"

#define MAX_FILE (5L * 1024 * 1024)
#define UPLOAD_STAGING_AGE (5L * 3600)  /* a form's staging outlives its CSRF token (4 h) */
#define UPLOAD_ORPHAN_AGE 3600L         /* an unreferenced stored file younger than this may be committing */

struct upload {
  int pos;
  char sha[65];
  char name[256];
  const char *mime;
  const char *ext;     /* from the content: pdf, jpg, png */
  long size;
  int shared;          /* set before upload_store: a result, which the public program serves too */
};

/* Copies fp into the staging of the request's form (r->fid), checking
 * size and type by content; if the request's transaction commits, the
 * file moves into the store. Returns NULL (staged; u->size 0 when fp was
 * empty: no file chosen) or the Lang key of the problem. */
const char *upload_store(struct req *r, FILE *fp, struct upload *u);
/* The reference a re-shown form carries to keep a staged file
 * ("<sha>.<MAC over form, position, sha>"), into out. 0 or -1. */
int upload_keep_ref(struct req *r, int pos, const char *sha, char *out, size_t n);
/* A file kept by such a reference: only one this form staged. */
const char *upload_kept(struct req *r, int pos, const char *ref, struct upload *u);
/* A stored file put back into a form's staging (a saved draft's files,
 * when the draft is opened again under its own form id). 0 or -1. */
int upload_restage(const char *form, const char *sha);
int upload_path(char *buf, size_t n, const char *sha, const char *suffix);
/* Reads a stored file whole into *buf (malloc'd, free it) of *len bytes.
 * 0 ok; -1 not in the store; -2 could not read it. */
int upload_read(const char *sha, unsigned char **buf, size_t *len);
/* The browser's file name without its path, or "tep-<pos>.<ext>". */
void upload_clean_name(const char *raw, const char *ext, int pos, char *out, size_t n);

/* The store's directory (Site.uploads); is s a stored file's name (64
 * lowercase hex digits)?; removes a form's staging directory and what is
 * in it (0, or -1 with errno). */
const char *upload_dir(void);
int upload_valid_sha(const char *s);
int upload_remove_form(const char *dir);

/* The collector (motcua-admin gc): removes forms' staging older than
 * UPLOAD_STAGING_AGE, and stored files older than UPLOAD_ORPHAN_AGE that
 * used() (1 referenced, 0 not, -1 error) says nothing references. */
struct upload_gc { long seen, files, forms; int dry; /* set by the caller: count, remove nothing */ };
int upload_collect(int (*used)(const char *sha, void *arg), void *arg, struct upload_gc *gc);
/* Run as root, where the store belongs to the back office's user (the
 * stack started as root; production): each stored file another user
 * wrote (the public program's and the agents' attachments) becomes the
 * store owner's, mode 0640 for a result (is_result: 1) and 0600 otherwise
 * (0; 2: a saved draft holds it, left to its writer), so its
 * writer can no longer read it back, even by changing its mode. The
 * number changed, or -1. Elsewhere: 0, nothing to do. */
long upload_settle(int (*is_result)(const char *sha, void *arg), void *arg);
/* The files this request stores stay readable by their writer (an agent's
 * saved draft, which upload_restage takes up again), and the form keeps
 * its staging; until the request ends. */
void upload_writer_keeps(void);

#endif
