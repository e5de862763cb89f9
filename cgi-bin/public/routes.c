/* routes.c: motcua-public, the citizen-facing FastCGI program: its route table. */
#include "core/sql.h"
#include "domain/intake.h"
#include "domain/quota.h"
#include "public/public.h"

#define BOOK_FIELDS \
  [IN_BOOK_POINT] = { "diem", V_RAW, 0, 0 }, [IN_BOOK_SERVICE] = { "dich_vu", V_RAW, 0, 0 }, \
  [IN_BOOK_DAY] = { "ngay", V_RAW, 0, 0 }, [IN_BOOK_ID] = { "so_dinh_danh", V_RAW, 0, 0 }, \
  [IN_BOOK_PHONE] = { "dien_thoai", V_RAW, 0, 0 }, [IN_BOOK_PRIORITY] = { "uu_tien", V_RAW, 0, 0 }
#define K_TOKEN { [IN_K] = { "k", V_TOKEN, 0, F_REQUIRED } }

/* The public URLs are a contract: they are printed on paper receipts. */
static const struct route routes[] = {
  { "/", M_GET, 0, V_NONE, { { 0 } }, page_home_show, "home.cs", 0 },
  { "/thu-tuc", M_GET, 0, V_NONE,
    { [IN_SEARCH_Q] = { "q", V_TEXT, 100, 0 }, [IN_SEARCH_FIELD] = { "linh-vuc", V_SLUG, 40, 0 } },
    page_catalogue_list, "catalogue.cs", 0 },
  { "/thu-tuc/*", M_GET, 0, V_PCODE, { { 0 } }, page_catalogue_show, "procedure.cs", 0 },
  { "/nop-ho-so/*", M_GET, R_FORM, V_PCODE, { { 0 } }, page_submit_form, "submit.cs", 0 },
  { "/nop-ho-so/*", M_POST, 0, V_PCODE, { INTAKE_FIELDS }, page_submit_post, "submit.cs", 0 },
  { "/ho-so/*", M_GET, R_CACHE, V_DCODE, K_TOKEN, page_dossier_status, "status.cs", 0 },
  { "/ho-so/*/bien-nhan", M_GET, R_CACHE, V_DCODE, K_TOKEN, page_dossier_receipt, "receipt.cs", 0 },
  { "/ho-so/*/bien-nhan.png", M_GET, R_CACHE, V_DCODE, K_TOKEN, page_dossier_png, NULL, 0 },
  { "/ho-so/*/ket-qua", M_GET, 0, V_DCODE, K_TOKEN, page_supplement_result, NULL, 0 },
  { "/ho-so/*/bo-sung", M_GET, R_FORM, V_DCODE, K_TOKEN, page_supplement_form, "supplement.cs", 0 },
  { "/ho-so/*/bo-sung", M_POST, 0, V_DCODE,
    { [IN_SUPPLEMENT_K] = { "k", V_TOKEN, 0, F_REQUIRED }, [IN_SUPPLEMENT_FILE] = { "tep_", V_FILE, 0, F_FAMILY } },
    page_supplement_post, "supplement.cs", 0 },
  /* Accountability: the rating through the QR link (also offered on a tablet at the counter, quay=1). */
  { "/ho-so/*/danh-gia", M_GET, R_FORM, V_DCODE,
    { [IN_RATE_K] = { "k", V_TOKEN, 0, F_REQUIRED }, [IN_RATE_DESK] = { "quay", V_DIGITS, 1, 0 } },
    page_rating_form, "rating.cs", 0 },
  { "/ho-so/*/danh-gia", M_POST, 0, V_DCODE,
    { [IN_RATE_K] = { "k", V_TOKEN, 0, F_REQUIRED }, [IN_RATE_C1] = { "c1", V_DIGITS, 1, 0 },
      [IN_RATE_C2] = { "c2", V_DIGITS, 1, 0 }, [IN_RATE_C3] = { "c3", V_DIGITS, 1, 0 }, [IN_RATE_C4] = { "c4", V_DIGITS, 1, 0 },
      [IN_RATE_C5] = { "c5", V_DIGITS, 1, 0 }, [IN_RATE_C6] = { "c6", V_DIGITS, 1, 0 }, [IN_RATE_C7] = { "c7", V_DIGITS, 1, 0 },
      [IN_RATE_C8] = { "c8", V_DIGITS, 1, 0 }, [IN_RATE_C9] = { "c9", V_DIGITS, 1, 0 },
      [IN_RATE_COMMENT] = { "y_kien", V_LINES, 1000, 0 }, [IN_RATE_DESK] = { "quay", V_DIGITS, 1, 0 } },
    page_rating_post, "rating.cs", 0 },
  /* Feedback: sent by anyone, followed through its own code and QR link. */
  { "/phan-anh", M_GET, R_FORM, V_NONE, { [IN_FB_CODE] = { "ma", V_TEXT, 60, 0 } }, page_feedback_form, "feedback.cs", 0 },
  { "/phan-anh", M_POST, 0, V_NONE,
    { [IN_FB_CODE] = { "ma", V_TEXT, 60, 0 }, [IN_FB_NAME] = { "ho_ten", V_TEXT, 100, 0 },
      [IN_FB_CONTACT] = { "lien_he", V_TEXT, 120, 0 }, [IN_FB_UNIT] = { "don_vi", V_ID, 0, 0 },
      [IN_FB_BODY] = { "noi_dung", V_LINES, 2000, 0 }, [IN_FB_PUBLISH] = { "cong_khai", V_DIGITS, 1, 0 } },
    page_feedback_post, "feedback.cs", 0 },
  { "/phan-anh/*", M_GET, R_FORM, V_PCODE, { [IN_FBV_K] = { "k", V_TOKEN, 0, F_REQUIRED } },
    page_feedback_show, "feedback-view.cs", 0 },
  { "/phan-anh/*", M_POST, 0, V_PCODE,
    { [IN_FBV_K] = { "k", V_TOKEN, 0, F_REQUIRED }, [IN_FBV_VERDICT] = { "ket_qua", V_SLUG, 20, 0 },
      [IN_FBV_NOTE] = { "ly_do", V_LINES, 1000, 0 } },
    page_feedback_verdict, "feedback-view.cs", 0 },
  /* The dashboard and its open data: the same for everyone, cached by nginx for a second. */
  { "/thong-ke", M_GET, R_CACHE, V_NONE, { [IN_STATS_KY] = { "ky", V_SLUG, 7, 0 } }, page_stats_show, "stats.cs", 0 },
  { "/thong-ke/chi-so", M_GET, R_CACHE, V_NONE,
    { [IN_STATS_KY] = { "ky", V_SLUG, 7, 0 }, [IN_STATS_UNIT] = { "don-vi", V_ID, 0, 0 } },
    page_stats_index, "stats-index.cs", 0 },
  { "/thong-ke/du-lieu", M_GET, R_CACHE, V_NONE, { { 0 } }, page_stats_data, "stats-data.cs", 0 },
  { "/thong-ke/*", M_GET, R_CACHE, V_PCODE, { [IN_STATS_KY] = { "ky", V_SLUG, 7, 0 } }, page_stats_csv, NULL, 0 },
  { "/tra-cuu", M_GET, 0, V_NONE,
    { [IN_LOOKUP_CODE] = { "ma", V_TEXT, 60, 0 }, [IN_LOOKUP_DIGITS] = { "so", V_DIGITS, 4, 0 } },
    page_lookup_find, "lookup.cs", 0 },
  /* The counter floor (issue 11): the kiosk's URL is printed on posters as
   * a QR, the ticket's on the 80 mm slip; the ticket, the hall display and
   * the figures are cached a second like the status page. */
  { "/xep-hang", M_GET, 0, V_NONE, { [IN_WARD] = { "phuong", V_ID, 0, 0 } }, page_queue_points, "queue-points.cs", 0 },
  { "/xep-hang/dat-truoc", M_GET, R_FORM, V_NONE, { [IN_BOOK_POINT] = { "diem", V_ID, 0, 0 } },
    page_booking_form, "queue-book.cs", 0 },
  { "/xep-hang/dat-truoc", M_POST, 0, V_NONE, { BOOK_FIELDS }, page_booking_post, "queue-book.cs", 0 },
  { "/xep-hang/dat-truoc/*", M_GET, 0, V_ID, K_TOKEN, page_booking_show, "queue-booking.cs", 0 },
  { "/xep-hang/ve/*", M_GET, R_CACHE, V_ID, K_TOKEN, page_queue_ticket, "queue-ticket.cs", 0 },
  { "/xep-hang/*", M_GET, R_FORM, V_ID, { { 0 } }, page_queue_kiosk, "queue-kiosk.cs", 0 },
  { "/xep-hang/*", M_POST, R_KIOSK, V_ID,
    { [IN_TAKE_SERVICE] = { "dich_vu", V_SLUG, 40, 0 }, [IN_TAKE_PRIORITY] = { "uu_tien", V_SLUG, 1, 0 } },
    page_queue_take, "queue-kiosk.cs", 0 },
  { "/xep-hang/*/den", M_POST, R_KIOSK, V_ID,
    { [IN_CHECKIN_CODE] = { "ma_dat", V_RAW, 0, 0 }, [IN_CHECKIN_ID] = { "so_dinh_danh", V_RAW, 0, 0 } },
    page_queue_checkin, "queue-kiosk.cs", 0 },
  { "/xep-hang/*/man-hinh", M_GET, R_CACHE, V_ID, { { 0 } }, page_queue_display, "queue-display.cs", 0 },
  { "/xep-hang/*/so-lieu", M_GET, R_CACHE, V_ID, { { 0 } }, page_queue_figures, "queue-figures.cs", 0 },
};

/* Every public POST counts against its client's daily quota (domain/quota.c), of its route's class:
 * the kiosk's (R_KIOSK: a hall's kiosk takes every number behind one address) or the forms'. */
struct app program = {
  APP_ROUTES(routes), .name = "motcua-public", .workers = 4, .db_role = ROLE_PUBLIC, .admit_post = quota_post,
  .count_post = quota_count,
};
