/* seal.h: personal data at rest: each value sealed to the back office's public key (libsodium sealed box), bound to its field and dossier. */
#ifndef MOTCUA_SEAL_H
#define MOTCUA_SEAL_H

#include <stddef.h>

#define SEAL_KEYBYTES 32
/* "s1." + base64url of crypto_box_seal(field 0x1f code 0x1f value):
 * 3 + ceil((len + 48 + overhead) * 4 / 3) + 1; SEAL_SIZE(n) for a value of
 * n bytes with a field and code of at most SEAL_CTX_MAX bytes together. */
#define SEAL_CTX_MAX 80
/* The longest format's overhead: "s3." (epk 32, index 4, MAC 16). */
#define SEAL_OVERHEAD 52
#define SEAL_SIZE(n) (3 + (((n) + SEAL_CTX_MAX + 2 + SEAL_OVERHEAD) * 4 + 2) / 3 + 1)
#define SEAL_PREFIX "s1."
/* Values sealed together (struct sealer): "s2." + base64url of epk (32
 * bytes) and crypto_box_easy_afternm(field 0x1f code 0x1f value) under the
 * key X25519(esk, pk) with the nonce BLAKE2b-192(epk pk field): as long as
 * an "s1." value. */
#define SEAL_PREFIX2 "s2."
/* Values sealed from a worker's kept key stream (seal_begin_kept): "s3." +
 * base64url of epk (32 bytes), the index i of the sealing in the stream (4
 * bytes, big-endian, below SEAL_KEEP_USES) and
 * crypto_box_easy_afternm(field 0x1f code 0x1f value) under the key k_i
 * of leaf i of a tree of HSalsa20 whose root is crypto_box_beforenm(pk,
 * esk) (rules/seal.c), with the nonce BLAKE2b-192(epk pk i field): 4 bytes
 * longer than "s2.". The reader derives the root from epk and its secret
 * key and walks SEAL_KEEP_DEPTH steps down. */
#define SEAL_PREFIX3 "s3."
/* A kept stream serves at most SEAL_KEEP_USES sealings, and SEAL_KEEP_SECONDS seconds. */
#define SEAL_KEEP_DEPTH 10
#define SEAL_KEEP_USES (1UL << SEAL_KEEP_DEPTH)
#define SEAL_KEEP_SECONDS 60

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
  int kept;              /* 1: an "s3." sealing, index idx of a kept stream */
  unsigned long idx;
};
/* Two sealings, to pk0 and pk1, with one ephemeral key pair (three X25519
 * operations for both; the nonces differ by pk): 0, or -1 (a key unusable).
 * "s2." values; the programs now seal with seal_begin_kept ("s3."). */
int seal_begin_pair(struct sealer s[2], const unsigned char pk0[SEAL_KEYBYTES], const unsigned char pk1[SEAL_KEYBYTES]);
/* The same from the process's kept key stream to pk0 and pk1 ("s3."):
 * almost no X25519 (three each SEAL_KEEP_USES sealings or SEAL_KEEP_SECONDS
 * seconds, whichever first). The stream holds no ephemeral secret key, only
 * the keys of the subtrees of leaves still to come, for each reader: what it
 * holds opens the sealings to come, never one made before. A new stream begins
 * after its bound, when now goes backwards, for other reader keys, and in a
 * child after fork() (the parent's stream is never continued: the same leaf
 * twice would reuse a key and nonce). One thread. 0, or -1 (a key unusable). */
int seal_begin_kept(struct sealer s[2], const unsigned char pk0[SEAL_KEYBYTES], const unsigned char pk1[SEAL_KEYBYTES],
                    long now);
/* Wipes the kept stream (at a worker's exit); the next sealing begins another. */
void seal_forget(void);
/* As seal_value, for one field of the sealing; -1 also for a field already
 * sealed in it, or more than SEAL_BATCH_MAX values. */
int seal_with(struct sealer *s, const char *field, const char *code, const char *value, char *out, size_t n);
/* Wipes the shared key. */
void seal_end(struct sealer *s);
/* Opens a sealed value ("s1.", "s2." or "s3.") into out (NUL-terminated). 0; -1 not a sealed
 * value, forged or altered, sealed for another field or dossier, or out
 * too small. */
int seal_open(const unsigned char pk[SEAL_KEYBYTES], const unsigned char sk[SEAL_KEYBYTES], const char *field,
              const char *code, const char *sealed, char *out, size_t n);
/* 1 when s has the form of a sealed value (the migration's test). */
int seal_is_sealed(const char *s);

#endif
