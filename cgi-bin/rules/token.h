/* token.h: unguessable capability tokens (the QR link) and CSRF tokens, with libsodium. */
#ifndef MOTCUA_TOKEN_H
#define MOTCUA_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#define TOKEN_KEYBYTES 32
#define TOKEN_LEN 22   /* base64url, no padding, of 16 bytes */
#define CSRF_LEN 128

int token_init(void);                                                        /* 0, or -1 */
int token_key_from_hex(const char *hex, unsigned char key[TOKEN_KEYBYTES]);  /* 64 hex digits -> 0 */
/* A dossier's token: HMAC-SHA-512/256(key, "dossier:" code), first 16
 * bytes. Deterministic, so nothing secret is stored in the database and a
 * receipt can always be reprinted; unguessable without the key. */
void token_for(const unsigned char key[TOKEN_KEYBYTES], const char *dossier_code, char out[TOKEN_LEN + 1]);
/* A keyed tag of label and value (HMAC, base64url, TOKEN_LEN): binds a
 * value to a context (a kept file to its form) or names a value without
 * revealing it (an identification number in a quota). */
void token_tag(const unsigned char key[TOKEN_KEYBYTES], const char *label, const char *value, char out[TOKEN_LEN + 1]);
int token_check(const unsigned char key[TOKEN_KEYBYTES], const char *dossier_code, const char *given); /* 1 if it matches (constant time) */
/* The same for anything else: HMAC(key, kind ":" name), so a queue
 * ticket's link ("ticket", its id) or a person's booking key ("person",
 * the identification number) can never stand for a dossier's token. */
void token_of(const unsigned char key[TOKEN_KEYBYTES], const char *kind, const char *name, char out[TOKEN_LEN + 1]);
int token_check_of(const unsigned char key[TOKEN_KEYBYTES], const char *kind, const char *name, const char *given);
/* 1 if s is exactly TOKEN_LEN base64url characters (a token or an id cookie). */
int token_shape_ok(const char *s);
void token_random(char out[TOKEN_LEN + 1]);                                  /* 16 random bytes */
/* "fid.expires.mac": a form id bound to a browser cookie and an expiry. */
int csrf_make(const unsigned char key[TOKEN_KEYBYTES], const char *cookie_id, const char *fid,
              int64_t expires, char *out, size_t n);                         /* 0, or -1 */
/* 0 ok (fid copied out); -1 malformed; -2 wrong MAC or cookie; -3 expired. */
int csrf_check(const unsigned char key[TOKEN_KEYBYTES], const char *cookie_id, const char *token,
               int64_t now, char fid_out[TOKEN_LEN + 1]);

#endif
