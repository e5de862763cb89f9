/* queue.h: the counter floor: a number issued, its links, the hours of booked numbers, a point's figures now. */
#ifndef MOTCUA_QUEUE_H
#define MOTCUA_QUEUE_H

#include <stddef.h>

#include "core/app.h"

/* Takes the next number of a point's service today, in the request's
 * transaction, keyed by the form id (r->fid); booking 0 for an on-site
 * number. *id gets the ticket, also when this form (or this booking) took
 * one already. 0, or 503. */
int queue_issue(struct req *r, long point, long service, int priority, long booking, long *id);

/* A ticket's link, carrying its token: /xep-hang/ve/{id}?k= (with
 * Site.base first when full: what its QR encodes). 0, or -1. */
int queue_ticket_url(char *buf, size_t n, long id, int full);
int queue_ticket_redirect(struct req *r, long id);
/* The same for a booking: /xep-hang/dat-truoc/{id}?k= */
int queue_booking_url(char *buf, size_t n, long id);
/* Does the token given in the query belong to this ticket or booking? 1 or 0. */
int queue_token_ok(const char *kind, long id, const char *given);
/* The keyed hash booking limits count a person by: never the number itself. */
void queue_person(const char *idnumber, char out[32]);

/* The hours booked numbers are valid (setting queue.hours), minutes after midnight. 0, or -1. */
int queue_hours(int *open, int *close);

/* A point now, per service, into <prefix>.N (QUEUE_NOW's columns, and
 * expect: the expected wait of a number taken now, in minutes; wait_min:
 * the average wait so far today). Returns the number of services, or -1. */
int queue_now(struct req *r, long point, const char *prefix);

/* At a counter's reception: the number being served at the officer's point
 * (Page.ticket.{id,label}): 1, 0 when it is not (message next to the
 * form), -1 on error. Then its link to the dossier received: 0 or -1. */
int queue_intake_check(struct req *r, long ticket, int post);
int queue_intake_link(struct req *r, long ticket, long dossier);

#endif
