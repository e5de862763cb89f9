/* public.h: the citizen program's inputs (named slots) and handlers, one file per area of pages. */
#ifndef MOTCUA_PUBLIC_H
#define MOTCUA_PUBLIC_H

#include "core/app.h"

/* Inputs by slot, per route (core/app.h: r->val[slot]). */
enum { IN_SEARCH_Q, IN_SEARCH_FIELD };               /* /thu-tuc */
enum { IN_K };                                       /* /ho-so/{code}...: the QR token */
enum { IN_SUPPLEMENT_K, IN_SUPPLEMENT_FILE };        /* /ho-so/{code}/bo-sung */
enum { IN_LOOKUP_CODE, IN_LOOKUP_DIGITS };           /* /tra-cuu */
enum { IN_TAKE_SERVICE, IN_TAKE_PRIORITY };          /* POST /xep-hang/{point} */
enum { IN_CHECKIN_CODE, IN_CHECKIN_ID };             /* POST /xep-hang/{point}/den */
enum { IN_WARD };                                    /* /xep-hang */
enum {                                               /* /xep-hang/dat-truoc */
  IN_BOOK_POINT, IN_BOOK_SERVICE, IN_BOOK_DAY, IN_BOOK_ID, IN_BOOK_PHONE, IN_BOOK_PRIORITY,
};

/* The handlers, by file (page-<area>.c). */
handler_fn page_home_show;
handler_fn page_catalogue_list, page_catalogue_show;
handler_fn page_submit_form, page_submit_post;
handler_fn page_dossier_status, page_dossier_receipt, page_dossier_png;
handler_fn page_lookup_find;
handler_fn page_supplement_form, page_supplement_post, page_supplement_result;
handler_fn page_queue_kiosk, page_queue_take, page_queue_checkin, page_queue_ticket, page_queue_display;
handler_fn page_queue_points, page_queue_figures;
handler_fn page_booking_form, page_booking_post, page_booking_show;

/* page-dossier.c: the dossier named by the path segment, if the token
 * matches: Page.d, Page.events, Page.t.*, the links. 0, or 404 (the same
 * answer for an unknown code and a wrong token), 503. */
int dossier_load(struct req *r, const char *token);

/* page-queue.c: the point of the path (Page.point), with what waits for
 * each of its services (Page.now). 0, or 404 (no such point, or no
 * counters), 503. */
int queue_point_open(struct req *r, long *point);

#endif
