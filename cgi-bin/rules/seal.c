/* seal.c: personal data sealed to the back office's key: crypto_box_seal over "field 0x1f code 0x1f value" (s1), several values with one ephemeral key (s2), or from a worker's kept key stream (s3), base64url. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "rules/seal.h"

/* Why a sealed box and not a symmetric AEAD: the public program (and the
 * counter, and the migration) only ever writes personal data. With a
 * sealed box it holds the public key alone, so a compromised public
 * program cannot read one dossier's data, past or future beyond what it
 * is sent. A sealed box has no additional data: the field and the
 * dossier code go inside, and opening checks them, which binds the value
 * to its place as additional data would.
 *
 * The kept stream ("s3.", seal_begin_kept; issue 12): a dossier sealed
 * with its own ephemeral key ("s2.") cost three X25519 operations (~93 us,
 * ~1.1 M instructions: half of a submission's work in the public worker).
 * Now a worker makes one ephemeral key pair, derives for each reader key
 * the root of a tree of keys (crypto_box_beforenm) and wipes the ephemeral
 * secret at once; dossier i of the stream is sealed under the key of leaf
 * i (see "The key stream" below). A new key pair every SEAL_KEEP_USES
 * dossiers or SEAL_KEEP_SECONDS seconds, whichever first.
 *
 * What that changes, and what it does not:
 * - The public program still holds no reader's secret key: it can open
 *   nothing it did not seal, and nothing another worker sealed.
 * - Between dossiers a worker keeps only, for each reader, the roots of
 *   the subtrees whose leaves it has not used yet (and the ephemeral
 *   public key). Read at time T, they give the keys of the sealings this
 *   worker makes after T, until its stream ends (at most SEAL_KEEP_USES
 *   dossiers or SEAL_KEEP_SECONDS seconds): values that pass through its
 *   memory in clear anyway, so an attacker who controls the worker learns
 *   nothing more. Nothing sealed before T: a node gives nothing outside its
 *   subtree (HSalsa20 is a PRF of its key), used leaves and split nodes are
 *   wiped, and the ephemeral secret is gone. With "s2." a memory read at T
 *   gave the dossier being sealed; now also, to someone who reads the
 *   worker's memory once (not its later requests) and obtains the sealed
 *   columns elsewhere (the public database account cannot SELECT them),
 *   the rest of that window. Keeping the ephemeral secret or the shared
 *   keys instead (one X25519 key for the window, random nonces: the first
 *   design considered) would have opened the window's earlier dossiers
 *   too: refused.
 * - Every value is still bound to its column and dossier (inside, checked),
 *   and still opens alone. No key and nonce pair repeats: k_i differs for
 *   each i and reader, the nonce names i and the field, a field twice in a
 *   sealing is refused, and a new stream begins in a child after fork()
 *   (its leaves would otherwise repeat its parent's), for other reader
 *   keys, and when the clock goes back.
 * - Values of one stream show they were sealed by one worker within a
 *   minute, and in which order: the dossiers' ids and times say as much.
 * - Opening walks SEAL_KEEP_DEPTH HSalsa20 steps beside its one X25519
 *   (~3% more); an index beyond the tree is refused. */

#define SEP '\x1f'

/* Plaintext buffers are wiped before they are freed (plain malloc: the
 * register opens hundreds of values per page, sodium_malloc's guard
 * pages cost system calls each). */
static void wipe_free(unsigned char *p, size_t n)
{
  if (p) sodium_memzero(p, n);
  free(p);
}

void seal_public_key(const unsigned char sk[SEAL_KEYBYTES], unsigned char pk[SEAL_KEYBYTES])
{
  crypto_scalarmult_base(pk, sk);
}

static int ctx_ok(const char *field, const char *code)
{
  return field && code && strlen(field) + strlen(code) <= SEAL_CTX_MAX && !strchr(field, SEP) && !strchr(code, SEP);
}

/* "field SEP code SEP value" in a new buffer of *ml bytes (wipe_free it), or NULL. */
static unsigned char *plain(const char *field, const char *code, const char *value, size_t *ml)
{
  size_t fl = strlen(field), cl = strlen(code), vl = strlen(value);
  *ml = fl + cl + 2 + vl;
  unsigned char *m = malloc(*ml);
  if (!m) return NULL;
  memcpy(m, field, fl);
  m[fl] = SEP;
  memcpy(m + fl + 1, code, cl);
  m[fl + 1 + cl] = SEP;
  memcpy(m + fl + cl + 2, value, vl);
  return m;
}

/* prefix + base64url of c into out of n bytes (checked by the caller). */
static void encode(const char *prefix, const unsigned char *c, size_t cl, char *out, size_t n)
{
  memcpy(out, prefix, 3);
  sodium_bin2base64(out + 3, n - 3, c, cl, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

static int fits(const char *field, const char *code, const char *value, size_t n, size_t overhead)
{
  size_t cl = strlen(field) + strlen(code) + 2 + strlen(value) + overhead;
  return n >= sizeof SEAL_PREFIX - 1 + sodium_base64_ENCODED_LEN(cl, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

int seal_value(const unsigned char pk[SEAL_KEYBYTES], const char *field, const char *code, const char *value,
               char *out, size_t n)
{
  if (!ctx_ok(field, code) || !value || !fits(field, code, value, n, crypto_box_SEALBYTES)) return -1;
  size_t ml;
  unsigned char *m = plain(field, code, value, &ml), *c = malloc(ml + crypto_box_SEALBYTES);
  int rc = -1;
  if (m && c && crypto_box_seal(c, m, ml, pk) == 0) {
    encode(SEAL_PREFIX, c, ml + crypto_box_SEALBYTES, out, n);
    rc = 0;
  }
  wipe_free(m, ml);
  free(c);
  return rc;
}

#define IDXBYTES 4
#define OVERHEAD3 (crypto_box_SEALBYTES + IDXBYTES)

/* The nonce of one field in a sealing: BLAKE2b-192(epk pk field) ("s2."),
 * or BLAKE2b-192(epk pk i field) with idx, the sealing's 4-byte index ("s3."). */
static void nonce_of(const unsigned char epk[SEAL_KEYBYTES], const unsigned char pk[SEAL_KEYBYTES],
                     const unsigned char *idx, const char *field, unsigned char nonce[crypto_box_NONCEBYTES])
{
  crypto_generichash_state st;
  crypto_generichash_init(&st, NULL, 0, crypto_box_NONCEBYTES);
  crypto_generichash_update(&st, epk, SEAL_KEYBYTES);
  crypto_generichash_update(&st, pk, SEAL_KEYBYTES);
  if (idx) crypto_generichash_update(&st, idx, IDXBYTES);
  crypto_generichash_update(&st, (const unsigned char *)field, strlen(field));
  crypto_generichash_final(&st, nonce, crypto_box_NONCEBYTES);
}

static void idx_bytes(unsigned long i, unsigned char b[IDXBYTES])
{
  b[0] = (unsigned char)(i >> 24);
  b[1] = (unsigned char)(i >> 16);
  b[2] = (unsigned char)(i >> 8);
  b[3] = (unsigned char)i;
}

int seal_begin_pair(struct sealer s[2], const unsigned char pk0[SEAL_KEYBYTES], const unsigned char pk1[SEAL_KEYBYTES])
{
  unsigned char esk[crypto_box_SECRETKEYBYTES];
  const unsigned char *pk[2] = { pk0, pk1 };
  int rc = 0;
  memset(s, 0, 2 * sizeof *s);
  crypto_box_keypair(s[0].epk, esk);
  for (int i = 0; i < 2; i++) {
    memcpy(s[i].epk, s[0].epk, SEAL_KEYBYTES);
    memcpy(s[i].pk, pk[i], SEAL_KEYBYTES);
    rc |= crypto_box_beforenm(s[i].k, pk[i], esk);
  }
  sodium_memzero(esk, sizeof esk);
  return rc == 0 ? 0 : -1;
}

/* The key stream ("s3."): a binary tree of depth SEAL_KEEP_DEPTH over the
 * sealings of a stream. Its root is K = crypto_box_beforenm(pk, esk) (HSalsa20
 * of the X25519 shared point); a node's children are HSalsa20(node, "left")
 * and HSalsa20(node, "right"); leaf i (the path of i's bits, highest first,
 * 0 left) gives the key of sealing i, k_i = HSalsa20(leaf, "seal").
 * HSalsa20 is a PRF keyed by its 32-byte key (XSalsa20 and
 * crypto_box_beforenm use it so): the k_i look independent, and a node
 * tells nothing of its parent, its sibling or anything outside its own
 * subtree. The writer goes through the leaves in order keeping only the
 * roots of the subtrees of the leaves still to come (at most
 * SEAL_KEEP_DEPTH of them), each wiped once split: what it holds opens no
 * sealing it made (a forward-secure key tree, as a hash ratchet, ~3
 * HSalsa20 a sealing for each reader). The reader walks SEAL_KEEP_DEPTH
 * steps from the root (down a chain of the same length it would walk 512
 * on average: a chain of 128 cost up to 43% more a value; one HSalsa20 is
 * ~1/300 of an X25519). */
static const unsigned char C_LEFT[crypto_core_hsalsa20_INPUTBYTES] = "motcua s3 left.";
static const unsigned char C_RIGHT[crypto_core_hsalsa20_INPUTBYTES] = "motcua s3 right";
static const unsigned char C_SEAL[crypto_core_hsalsa20_INPUTBYTES] = "motcua s3 seal.";

/* out = HSalsa20(key, c); out may be key (which is then wiped, replaced). */
static void derive(unsigned char out[SEAL_KEYBYTES], const unsigned char c[crypto_core_hsalsa20_INPUTBYTES],
                   const unsigned char key[SEAL_KEYBYTES])
{
  unsigned char t[SEAL_KEYBYTES];
  crypto_core_hsalsa20(t, c, key, NULL);
  memcpy(out, t, SEAL_KEYBYTES);
  sodium_memzero(t, sizeof t);
}

/* The kept stream: the ephemeral public key, the reader keys it serves,
 * for each reader the roots of the subtrees still to come (a stack: the
 * last is the next to split; depth[] the same for both readers), the next
 * index, when it began. A child after fork() forgets it (kept_child). */
static struct {
  unsigned char epk[SEAL_KEYBYTES], pk[2][SEAL_KEYBYTES];
  unsigned char node[2][SEAL_KEEP_DEPTH + 1][SEAL_KEYBYTES];
  int depth[SEAL_KEEP_DEPTH + 1], top;
  unsigned long next;
  long born;
  int live;
} kept;
static int atfork_set;

static void kept_child(void)
{
  seal_forget();
}

void seal_forget(void)
{
  sodium_memzero(&kept, sizeof kept);
}

/* The next leaf's sealing key of each reader into k[r]: the subtree on top
 * of the stack split down to its first leaf, each parent wiped as its
 * children replace it (the right one stays for later), the leaf wiped. */
static void next_leaf(unsigned char k[2][SEAL_KEYBYTES])
{
  int t = kept.top - 1;
  for (int d = kept.depth[t]; d < SEAL_KEEP_DEPTH; d++, t++) {
    for (int r = 0; r < 2; r++) {
      derive(kept.node[r][t + 1], C_LEFT, kept.node[r][t]);
      derive(kept.node[r][t], C_RIGHT, kept.node[r][t]);
    }
    kept.depth[t] = kept.depth[t + 1] = d + 1;
  }
  for (int r = 0; r < 2; r++) {
    derive(k[r], C_SEAL, kept.node[r][t]);
    sodium_memzero(kept.node[r][t], SEAL_KEYBYTES);
  }
  kept.top = t;
}

int seal_begin_kept(struct sealer s[2], const unsigned char pk0[SEAL_KEYBYTES], const unsigned char pk1[SEAL_KEYBYTES],
                    long now)
{
  const unsigned char *pk[2] = { pk0, pk1 };
  if (!atfork_set) {
    if (pthread_atfork(NULL, NULL, kept_child) != 0) return -1;
    atfork_set = 1;
  }
  if (!kept.live || kept.top == 0 || now < kept.born || now - kept.born >= SEAL_KEEP_SECONDS ||
      memcmp(kept.pk[0], pk0, SEAL_KEYBYTES) != 0 || memcmp(kept.pk[1], pk1, SEAL_KEYBYTES) != 0) {
    unsigned char esk[crypto_box_SECRETKEYBYTES];
    int rc = 0;
    seal_forget();
    crypto_box_keypair(kept.epk, esk);
    for (int i = 0; i < 2; i++) {
      memcpy(kept.pk[i], pk[i], SEAL_KEYBYTES);
      rc |= crypto_box_beforenm(kept.node[i][0], pk[i], esk);
    }
    sodium_memzero(esk, sizeof esk);
    if (rc != 0) {
      seal_forget();
      return -1;
    }
    kept.top = 1;
    kept.born = now;
    kept.live = 1;
  }
  unsigned char k[2][SEAL_KEYBYTES];
  next_leaf(k);
  memset(s, 0, 2 * sizeof *s);
  for (int i = 0; i < 2; i++) {
    memcpy(s[i].epk, kept.epk, SEAL_KEYBYTES);
    memcpy(s[i].pk, pk[i], SEAL_KEYBYTES);
    memcpy(s[i].k, k[i], SEAL_KEYBYTES);
    s[i].kept = 1;
    s[i].idx = kept.next;
  }
  sodium_memzero(k, sizeof k);
  kept.next++;
  return 0;
}

int seal_with(struct sealer *s, const char *field, const char *code, const char *value, char *out, size_t n)
{
  size_t head = s->kept ? SEAL_KEYBYTES + IDXBYTES : SEAL_KEYBYTES, over = s->kept ? OVERHEAD3 : crypto_box_SEALBYTES;
  if (!ctx_ok(field, code) || !value || !fits(field, code, value, n, over) || s->n >= SEAL_BATCH_MAX) return -1;
  for (int i = 0; i < s->n; i++)
    if (strcmp(s->used[i], field) == 0) return -1;
  size_t ml;
  unsigned char nonce[crypto_box_NONCEBYTES], idx[IDXBYTES];
  unsigned char *m = plain(field, code, value, &ml), *c = malloc(ml + over);
  int rc = -1;
  idx_bytes(s->idx, idx);
  nonce_of(s->epk, s->pk, s->kept ? idx : NULL, field, nonce);
  if (m && c && crypto_box_easy_afternm(c + head, m, ml, nonce, s->k) == 0) {
    memcpy(c, s->epk, SEAL_KEYBYTES);
    if (s->kept) memcpy(c + SEAL_KEYBYTES, idx, IDXBYTES);
    encode(s->kept ? SEAL_PREFIX3 : SEAL_PREFIX2, c, ml + over, out, n);
    s->used[s->n++] = field;
    rc = 0;
  }
  wipe_free(m, ml);
  free(c);
  return rc;
}

void seal_end(struct sealer *s)
{
  sodium_memzero(s->k, sizeof s->k);
}

int seal_is_sealed(const char *s)
{
  return s && (strncmp(s, SEAL_PREFIX, sizeof SEAL_PREFIX - 1) == 0 || strncmp(s, SEAL_PREFIX2, sizeof SEAL_PREFIX2 - 1) == 0 ||
               strncmp(s, SEAL_PREFIX3, sizeof SEAL_PREFIX3 - 1) == 0);
}

/* The plaintext m of ml bytes starts with field SEP code SEP: the rest, in out. */
static int unwrap(const unsigned char *m, size_t ml, const char *field, const char *code, char *out, size_t n)
{
  size_t fl = strlen(field), cl = strlen(code), head = fl + cl + 2;
  if (ml < head || memcmp(m, field, fl) != 0 || m[fl] != SEP || memcmp(m + fl + 1, code, cl) != 0 ||
      m[fl + 1 + cl] != SEP || ml - head >= n || memchr(m + head, '\0', ml - head))
    return -1;
  memcpy(out, m + head, ml - head);
  out[ml - head] = '\0';
  return 0;
}

/* Opens c (clen bytes, at least the format's overhead) of format v (1, 2 or 3) into m. */
static int open_box(int v, unsigned char *m, const unsigned char *c, size_t clen, const unsigned char pk[SEAL_KEYBYTES],
                    const unsigned char sk[SEAL_KEYBYTES], const char *field)
{
  if (v == 1) return crypto_box_seal_open(m, c, clen, pk, sk);
  unsigned char k[crypto_box_BEFORENMBYTES], nonce[crypto_box_NONCEBYTES];
  const unsigned char *idx = v == 3 ? c + SEAL_KEYBYTES : NULL;
  size_t head = v == 3 ? SEAL_KEYBYTES + IDXBYTES : SEAL_KEYBYTES;
  unsigned long i = idx ? (unsigned long)idx[0] << 24 | (unsigned long)idx[1] << 16 | (unsigned long)idx[2] << 8 | idx[3] : 0;
  if (i >= SEAL_KEEP_USES) return -1;   /* no such leaf */
  if (crypto_box_beforenm(k, c, sk) != 0) return -1;
  if (v == 3) {
    for (int d = SEAL_KEEP_DEPTH - 1; d >= 0; d--) derive(k, (i >> d) & 1 ? C_RIGHT : C_LEFT, k);
    derive(k, C_SEAL, k);
  }
  nonce_of(c, pk, idx, field, nonce);
  int rc = crypto_box_open_easy_afternm(m, c + head, clen - head, nonce, k);
  sodium_memzero(k, sizeof k);
  return rc;
}

int seal_open(const unsigned char pk[SEAL_KEYBYTES], const unsigned char sk[SEAL_KEYBYTES], const char *field,
              const char *code, const char *sealed, char *out, size_t n)
{
  if (n) out[0] = '\0';
  if (!ctx_ok(field, code) || !seal_is_sealed(sealed) || n == 0) return -1;
  int v = sealed[1] - '0';
  size_t over = v == 3 ? OVERHEAD3 : crypto_box_SEALBYTES;
  const char *b64 = sealed + sizeof SEAL_PREFIX - 1;
  size_t blen = strlen(b64), cmax = blen / 4 * 3 + 3, clen = 0;
  unsigned char *c = malloc(cmax + 1), *m = NULL;
  int rc = -1;
  if (c && sodium_base642bin(c, cmax, b64, blen, NULL, &clen, NULL, sodium_base64_VARIANT_URLSAFE_NO_PADDING) == 0 &&
      clen >= over && (m = malloc(clen - over + 1)) != NULL && open_box(v, m, c, clen, pk, sk, field) == 0)
    rc = unwrap(m, clen - over, field, code, out, n);
  free(c);
  wipe_free(m, m ? clen - over + 1 : 0);
  if (rc != 0 && n) out[0] = '\0';
  return rc;
}
