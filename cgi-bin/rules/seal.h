/* seal.h: personal data at rest: each value sealed to the back office's public key (libsodium sealed box), bound to its field and dossier. */
#ifndef MOTCUA_SEAL_H
#define MOTCUA_SEAL_H

#include <stddef.h>

#define SEAL_KEYBYTES 32
/* "s1." + base64url of crypto_box_seal(field 0x1f code 0x1f value):
 * 3 + ceil((len + 48 + overhead) * 4 / 3) + 1; SEAL_SIZE(n) for a value of
 * n bytes with a field and code of at most SEAL_CTX_MAX bytes together. */
#define SEAL_CTX_MAX 80
#define SEAL_SIZE(n) (3 + (((n) + SEAL_CTX_MAX + 2 + 48) * 4 + 2) / 3 + 1)
#define SEAL_PREFIX "s1."
/* Values sealed together (struct sealer): "s2." + base64url of epk (32
 * bytes) and crypto_box_easy_afternm(field 0x1f code 0x1f value) under the
 * key X25519(esk, pk) with the nonce BLAKE2b-192(epk pk field): as long as
 * an "s1." value. */
#define SEAL_PREFIX2 "s2."

/* The public key of a secret key (X25519: any 32 random bytes). */
void seal_public_key(const unsigned char sk[SEAL_KEYBYTES], unsigned char pk[SEAL_KEYBYTES]);
/* Seals value for the holder of pk's secret key, bound to field and code
 * (a sealed value moved to another column or dossier does not open).
 * Anyone with pk can seal; only the secret key opens. 0, or -1 (buffer
 * too small, context too long, field or code holding 0x1f). */
int seal_value(const unsigned char pk[SEAL_KEYBYTES], const char *field, const char *code, const char *value,
               char *out, size_t n);
/* Several values of one dossier sealed to one public key with one
 * ephemeral key pair: one X25519 operation for all of them, and one per
 * public key, instead of two for each value. Every value still opens alone (seal_open) and is bound to its
 * field (in its nonce and inside) and code (inside): the fields of one
 * sealing must differ (the same field twice would reuse a nonce, and is
 * refused). */
#define SEAL_BATCH_MAX 8
struct sealer {
  unsigned char epk[SEAL_KEYBYTES], pk[SEAL_KEYBYTES], k[SEAL_KEYBYTES];
  const char *used[SEAL_BATCH_MAX];
  int n;
};
/* Two sealings, to pk0 and pk1, with one ephemeral key pair (three X25519
 * operations for both; the nonces differ by pk): 0, or -1 (a key unusable). */
int seal_begin_pair(struct sealer s[2], const unsigned char pk0[SEAL_KEYBYTES], const unsigned char pk1[SEAL_KEYBYTES]);
/* As seal_value, for one field of the sealing; -1 also for a field already
 * sealed in it, or more than SEAL_BATCH_MAX values. */
int seal_with(struct sealer *s, const char *field, const char *code, const char *value, char *out, size_t n);
/* Wipes the shared key. */
void seal_end(struct sealer *s);
/* Opens a sealed value ("s1." or "s2.") into out (NUL-terminated). 0; -1 not a sealed
 * value, forged or altered, sealed for another field or dossier, or out
 * too small. */
int seal_open(const unsigned char pk[SEAL_KEYBYTES], const unsigned char sk[SEAL_KEYBYTES], const char *field,
              const char *code, const char *sealed, char *out, size_t n);
/* 1 when s has the form of a sealed value (the migration's test). */
int seal_is_sealed(const char *s);

#endif
