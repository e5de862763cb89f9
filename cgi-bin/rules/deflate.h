/* deflate.h: the deflate coder png-write.c writes its pages with (RFC 1951): tokens, Huffman codes, blocks. */
#ifndef MOTCUA_DEFLATE_H
#define MOTCUA_DEFLATE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define LE (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
#define NTOK 16384   /* tokens a block */

/* Bytes being written, and bits not yet a whole word (failed: out of memory). */
struct out { unsigned char *b; size_t len, cap; uint64_t bits; int nbits; int failed; };

/* Room for n more bytes; 0, or -1 (o->failed) when there is no memory. */
int out_room(struct out *o, size_t n);

/* n ≤ 32 bits, least significant first (room ensured by the caller). */
static inline void put(struct out *o, uint32_t v, int n)
{
  o->bits |= (uint64_t)v << o->nbits;
  o->nbits += n;
  if (o->nbits >= 32) {
    uint32_t w = (uint32_t)o->bits;
    if (LE) { memcpy(o->b + o->len, &w, 4); o->len += 4; }
    else for (int k = 0; k < 4; k++) o->b[o->len++] = (unsigned char)(w >> 8 * k);
    o->bits >>= 32;
    o->nbits -= 32;
  }
}

static inline void put_bytes(struct out *o, const void *p, size_t n)
{
  memcpy(o->b + o->len, p, n);
  o->len += n;
}

static inline void put_be32(struct out *o, uint32_t v)
{
  for (int k = 3; k >= 0; k--) o->b[o->len++] = (unsigned char)(v >> 8 * k);
}

/* Tokens of the block being made: a literal byte, or 1 << 31 | length << 16 | distance (1 or a row). */
struct enc {
  uint32_t tok[NTOK];
  int ntok;
  uint32_t lfreq[286], dfreq[30];
};

/* A literal byte; a match of len bytes at distance dist (1, or a row: cut in pieces of at most 258). */
static inline void tok_lit(struct enc *e, unsigned c)
{
  e->tok[e->ntok++] = c;
  e->lfreq[c]++;
}
void tok_match(struct enc *e, int len, int dist);
void enc_reset(struct enc *e);

/* A code for the tokens: each literal's and length's, and each match's
 * length and distance (1 or a row of row bytes) with their extra bits as
 * one code (at most 28 bits). */
struct codes {
  unsigned char len[286 + 30];
  uint16_t lcode[286];
  uint32_t mlen[259], mdist[2];
  unsigned char nmlen[259], nmdist[2];
};
void codes_make(struct codes *c, const unsigned char *len, int row);
/* n tokens in code c (room ensured by the caller). */
void emit(struct out *o, const struct codes *c, const uint32_t *tok, int n);
/* A dynamic block's header for these code lengths (len[0, nl), len[286, 286 + nd)). */
void block_header(struct out *o, const unsigned char *len, int nl, int nd, int last);
/* The tokens as one dynamic block of codes of their own; the counts start again. */
void block(struct out *o, struct enc *e, int last, int row);

/* The code of pages with keys (png-write.h): see deflate.c. */
extern const unsigned char fixed_len[286 + 30];

#endif
