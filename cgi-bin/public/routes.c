/* routes.c: motcua-public, the citizen-facing FastCGI program: its route table. */
#include "core/sql.h"
#include "domain/intake.h"
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
  { "/xep-hang/*", M_POST, 0, V_ID,
    { [IN_TAKE_SERVICE] = { "dich_vu", V_SLUG, 40, 0 }, [IN_TAKE_PRIORITY] = { "uu_tien", V_SLUG, 1, 0 } },
    page_queue_take, "queue-kiosk.cs", 0 },
  { "/xep-hang/*/den", M_POST, 0, V_ID,
    { [IN_CHECKIN_CODE] = { "ma_dat", V_RAW, 0, 0 }, [IN_CHECKIN_ID] = { "so_dinh_danh", V_RAW, 0, 0 } },
    page_queue_checkin, "queue-kiosk.cs", 0 },
  { "/xep-hang/*/man-hinh", M_GET, R_CACHE, V_ID, { { 0 } }, page_queue_display, "queue-display.cs", 0 },
  { "/xep-hang/*/so-lieu", M_GET, R_CACHE, V_ID, { { 0 } }, page_queue_figures, "queue-figures.cs", 0 },
};

struct app program = { APP_ROUTES(routes), .name = "motcua-public", .workers = 4, .db_role = ROLE_PUBLIC };
