/* public.h: the citizen program's inputs (named slots) and handlers, one file per area of pages. */
#ifndef MOTCUA_PUBLIC_H
#define MOTCUA_PUBLIC_H

#include "core/app.h"

/* Inputs by slot, per route (core/app.h: r->val[slot]). */
enum { IN_SEARCH_Q, IN_SEARCH_FIELD };               /* /thu-tuc */
enum { IN_K };                                       /* /ho-so/{code}...: the QR token */
enum { IN_SUPPLEMENT_K, IN_SUPPLEMENT_FILE };        /* /ho-so/{code}/bo-sung */
enum { IN_LOOKUP_CODE, IN_LOOKUP_DIGITS };           /* /tra-cuu */
enum {                                               /* /ho-so/{code}/danh-gia: token, nine answers, comment, at the counter */
  IN_RATE_K, IN_RATE_C1, IN_RATE_C2, IN_RATE_C3, IN_RATE_C4, IN_RATE_C5, IN_RATE_C6, IN_RATE_C7, IN_RATE_C8,
  IN_RATE_C9, IN_RATE_COMMENT, IN_RATE_DESK,
};
enum { IN_FB_CODE, IN_FB_NAME, IN_FB_CONTACT, IN_FB_UNIT, IN_FB_BODY, IN_FB_PUBLISH };  /* /phan-anh */
enum { IN_FBV_K, IN_FBV_VERDICT, IN_FBV_NOTE };      /* /phan-anh/{code} */
enum { IN_STATS_KY, IN_STATS_UNIT };                 /* /thong-ke... */
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
handler_fn page_rating_form, page_rating_post;
handler_fn page_feedback_form, page_feedback_post, page_feedback_show, page_feedback_verdict;
handler_fn page_stats_show, page_stats_index, page_stats_data, page_stats_csv;
handler_fn page_queue_kiosk, page_queue_take, page_queue_checkin, page_queue_ticket, page_queue_display;
handler_fn page_queue_points, page_queue_figures;
handler_fn page_booking_form, page_booking_post, page_booking_show;

/* page-dossier.c: the dossier named by the path segment, if the token
 * matches: Page.d, Page.events, Page.t.*, the links. 0, or 404 (the same
 * answer for an unknown code and a wrong token), 503. */
int dossier_load(struct req *r, const char *token);
/* The same without the token and without the holder's links (the
 * read-only lookup page): 0, 404, 500, 503. */
int dossier_view(struct req *r, const char *code);
/* What the status page adds to a loaded dossier: event times, the reason
 * it stopped, what was asked, a signed apology. 200, 500, 503. */
int dossier_status_fill(struct req *r);

/* page-queue.c: the point of the path (Page.point), with what waits for
 * each of its services (Page.now). 0, or 404 (no such point, or no
 * counters), 503. */
int queue_point_open(struct req *r, long *point);

#endif
