/* privacy.h: a dossier's personal data: sealed on the way in, opened for the back office and (phone, address) the agents, each view on the audit log; tagged for the lookups. */
#ifndef MOTCUA_PRIVACY_H
#define MOTCUA_PRIVACY_H

#include "core/app.h"
#include "rules/seal.h"

/* The personal data of Decree 13/2023/NĐ-CP the dossier row holds sealed
 * (the name stays in clear: the back office searches it, public pages
 * show it masked). Sizes: the longest value each field accepts. */
struct privacy_clear { const char *id_number, *birth_date, *phone, *email, *address; };
struct privacy_sealed {
  char id_number[SEAL_SIZE(12)], birth_date[SEAL_SIZE(10)], phone[SEAL_SIZE(15)];
  char email[SEAL_SIZE(480)], address[SEAL_SIZE(1200)];
  char id_last4[TOKEN_LEN + 1];   /* the blind index of the lookup */
  char phone_tag[TOKEN_LEN + 1];  /* the blind index of the agents' search by phone */
};

/* Seals each value to its key pair (phone and address: the delivery
 * pair; the others: the back office's), bound to its column and the
 * dossier code, and computes the lookup's tag; 0, or -1 (logged). */
int privacy_seal(const char *code, const struct privacy_clear *in, struct privacy_sealed *out);
/* The lookup's blind index: a keyed tag of the code and the last four
 * digits of the identification number (without the index key, the column
 * says nothing; with the code inside, equal digits give unequal tags). */
void privacy_last4_tag(const char *code, const char *last4, char out[TOKEN_LEN + 1]);
/* The agents' search by phone: a keyed tag of the normalised number
 * (valid_phone), the same for every dossier of that phone (an equality
 * index: it shows which dossiers share a phone, never the phone). */
void privacy_phone_tag(const char *phone, char out[TOKEN_LEN + 1]);
/* Opens in place the sealed columns a row holds (id_number, birth, phone,
 * email, address; birth shown as dd/mm/yyyy) of dossier `code`. 0; -1
 * (logged) when one does not open, or the program lacks its secret key
 * (an agent holds the delivery pair's only): the row is left without it. */
int privacy_open_row(HDF *row, const char *code);
/* The back office shows a dossier's personal data: opens Page.c and puts
 * the view on the audit log (action view_personal, the page in detail).
 * 0, or 500, 503. */
int privacy_show(struct req *r, long dossier_id, const char *code, const char *page);
/* A list of dossiers (HDF rows under `list`, each with its code) whose
 * sealed columns a page shows: each opened, and one audit row for the page
 * ("page: N dossiers") when it lists any. 0, or 500, 503. */
int privacy_show_rows(struct req *r, const char *list, const char *page);

/* Other personal data sealed the same way, whole (an agent's saved draft,
 * a booking's phone): value sealed to the back office's pair (delivery 0)
 * or the delivery pair (1), bound to field and code. A malloc'd "s1."
 * string, or NULL (logged). */
char *privacy_seal_text(int delivery, const char *field, const char *code, const char *value);
/* Opens one: the clear text, malloc'd (give it to privacy_free_text,
 * which wipes it), or NULL (logged: not sealed there, or no secret key). */
char *privacy_open_text(int delivery, const char *field, const char *code, const char *sealed);
void privacy_free_text(char *s);

#endif
