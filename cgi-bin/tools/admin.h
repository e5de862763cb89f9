/* admin.h: motcua-admin's commands kept apart from admin.c: personal data (seal, pubkey). */
#ifndef MOTCUA_ADMIN_H
#define MOTCUA_ADMIN_H

#include <ClearSilver.h>

#include "domain/upload.h"

/* seal: the dossiers still holding personal data in clear (written
 * before db/015) sealed in place, in batches; idempotent. Exit status. */
int admin_seal(HDF *conf);
/* pubkey: the public key (64 hex digits) of the secret key read from
 * standard input (64 hex digits): what the stack puts in every
 * program's Privacy.public_key. No configuration, no database. */
int admin_pubkey(void);
/* purge [--dry-run] [--batch N]: personal data kept past the retention.*
 * settings erased (admin-purge.c), then the collector. Exit status. */
int admin_purge(HDF *conf, int argc, char **argv);
/* The collector of gc (gc->dry: count only), on the store the
 * configuration names. 0, or -1. */
int admin_collect(HDF *conf, struct upload_gc *gc);

#endif
