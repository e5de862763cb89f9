/* upload-perms.h: who may read a file promoted into the upload store (SECURITY.md, "Processes and users"). */
#ifndef MOTCUA_UPLOAD_PERMS_H
#define MOTCUA_UPLOAD_PERMS_H

enum upload_perms_how {
  UPLOAD_PERMS_PRIVATE,  /* an attachment: the back office reads it, its writer (if another user) does not */
  UPLOAD_PERMS_KEPT,     /* an attachment of a saved draft: its writer reads it back too (upload_restage) */
  UPLOAD_PERMS_SHARED,   /* a result: the public program serves it */
};

/* Gives a staged file, before it is linked into the store `store`, the
 * group and mode `how` calls for. 0, or -1 (errno set). */
int upload_perms(const char *store, const char *path, enum upload_perms_how how);

#endif
