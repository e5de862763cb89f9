/* receipt-png.h: the receipt (form 01) drawn as a PNG with FreeType (glyphs kept per worker) and its own PNG writer, to save or share. */
#ifndef MOTCUA_RECEIPT_PNG_H
#define MOTCUA_RECEIPT_PNG_H

struct receipt_doc { const char *name; const char *copies; };

/* The printed words, from the language file (Lang.receipt.*, Lang.dossier.*). */
struct receipt_labels {
  const char *nation, *motto, *heading, *code, *from, *procedure, *point, *channel, *docs;
  const char *received, *due, *return_method, *scan, *lookup, *lookup2;
};

struct receipt {
  struct receipt_labels l;
  const char *site_name, *agency_name, *point_name, *code, *procedure, *applicant;
  const struct receipt_doc *docs;
  int ndocs;
  const char *received, *due, *return_method, *channel;
  const char *status_url;  /* what the QR encodes */
  const char *lookup_url;  /* written out for people who cannot scan */
  const char *font_regular, *font_bold;
};

/* 0 ok: *png (free it with free()) holds *len bytes; -1 on failure (a
 * missing font, no memory, a URL too long for a QR symbol). */
int receipt_png(const struct receipt *r, unsigned char **png, int *len);

/* What receipt_png keeps per worker forgotten (the paragraphs laid out and
 * the rows kept, png-write.h): the next receipt is drawn from nothing. The
 * glyphs stay. */
void receipt_forget(void);

#endif
