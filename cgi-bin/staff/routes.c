/* routes.c: motcua-staff, the back-office FastCGI program under /can-bo/: its route table. */
#include "core/sql.h"
#include "domain/consign.h"
#include "domain/intake.h"
#include "domain/session.h"
#include "rules/workflow.h"
#include "staff/staff.h"

#define ANY_STAFF (ROLE_COUNTER | ROLE_SPECIALIST | ROLE_LEADER | ROLE_ADMIN)

/* Every route but sign-in needs a signed-in account with one of the roles
 * listed; the dispatcher checks it (and CSRF on every POST) before the
 * handler runs. Dossiers of other units answer 404 in the handlers. */
static const struct route routes[] = {
  SESSION_ROUTES("/can-bo", ANY_STAFF),
  { "/can-bo", M_GET, R_FORM, V_NONE,
    { [IN_LIST_STATUS] = { "trang_thai", V_SLUG, 30, 0 }, [IN_LIST_Q] = { "q", V_TEXT, 60, 0 },
      [IN_LIST_PROC] = { "thu_tuc", V_PCODE, 32, 0 }, [IN_LIST_POINT] = { "diem", V_SLUG, 10, 0 },
      [IN_LIST_MINE] = { "cua_toi", V_SLUG, 1, 0 } },
    page_worklist_show, "staff-worklist.cs", ANY_STAFF },
  { "/can-bo/ho-so/*", M_GET, R_FORM, V_DCODE, { { 0 } }, page_case_show, "staff-case.cs", ANY_STAFF },
  { "/can-bo/ho-so/*", M_POST, 0, V_DCODE,
    { [IN_STEP_NAME] = { "buoc", V_SLUG, 20, 0 }, [IN_STEP_VERSION] = { "phien_ban", V_SLUG, 10, 0 },
      [IN_STEP_NOTE] = { "ghi_chu", V_LINES, 1000, 0 }, [IN_STEP_SPECIALIST] = { "chuyen_vien", V_ID, 0, 0 },
      [IN_STEP_AGENCY] = { "don_vi", V_ID, 0, 0 }, [IN_STEP_DATE] = { "ngay_hen", V_SLUG, 10, 0 },
      [IN_STEP_HOW] = { "cach_tra", V_SLUG, 12, 0 }, [IN_STEP_TRACKING] = { "ma_buu_gui", V_TEXT, 40, 0 },
      [IN_STEP_RESULT] = { "ket_qua", V_FILE, 0, 0 } },
    page_case_step, "staff-case.cs", ANY_STAFF },
  /* Printable documents: form 06 (process control), the refusal slip,
   * form 04 (apology and new appointment), form 05 (stop), form 07 (register). */
  { "/can-bo/ho-so/*/phieu-kiem-soat", M_GET, R_FORM, V_DCODE, { { 0 } }, page_forms_sheet, "staff-sheet.cs", ANY_STAFF },
  { "/can-bo/ho-so/*/phieu-tu-choi", M_GET, R_FORM, V_DCODE, { { 0 } }, page_forms_slip, "staff-doc.cs", ANY_STAFF },
  { "/can-bo/ho-so/*/xin-loi", M_GET, R_FORM, V_DCODE, { { 0 } }, page_forms_apology, "staff-doc.cs", ANY_STAFF },
  { "/can-bo/ho-so/*/dung-xu-ly", M_GET, R_FORM, V_DCODE, { { 0 } }, page_forms_stop, "staff-doc.cs", ANY_STAFF },
  { "/can-bo/so-theo-doi", M_GET, R_FORM, V_NONE,
    { [IN_REG_FROM] = { "tu", V_SLUG, 10, 0 }, [IN_REG_TO] = { "den", V_SLUG, 10, 0 },
      [IN_REG_PAGE] = { "trang", V_ID, 0, 0 }, [IN_REG_ROWS] = { "so_dong", V_ID, 0, 0 },
      [IN_REG_PRINT] = { "in", V_DIGITS, 1, 0 } },
    page_forms_register, "staff-register.cs", ANY_STAFF },
  /* Reception at the counter, on the citizen's behalf, at any point (domain/intake.c). */
  { "/can-bo/tiep-nhan", M_GET, 0, V_NONE,
    { [IN_PICK_PROC] = { "thu_tuc", V_PCODE, 0, 0 }, [IN_PICK_TICKET] = { "so_thu_tu", V_ID, 0, 0 } },
    page_counter_pick, NULL, ROLE_COUNTER },
  { "/can-bo/tiep-nhan/*", M_GET, R_FORM, V_PCODE, { INTAKE_TICKET }, page_counter_form, "submit.cs", ROLE_COUNTER },
  { "/can-bo/tiep-nhan/*", M_POST, 0, V_PCODE, { INTAKE_FIELDS }, page_counter_post, "submit.cs", ROLE_COUNTER },
  /* Consignments of the public postal service (domain/consign.c): paper
   * dossiers in, signed for line by line; results out to a post office. */
  { "/can-bo/tui-ho-so", M_GET, R_FORM, V_NONE, { [IN_BAGS_CODE] = { "ma", V_PCODE, 0, 0 } },
    page_bags_list, "staff-bags.cs", ROLE_COUNTER },
  { "/can-bo/tui-ho-so", M_POST, 0, V_NONE, { [IN_BAGS_OFFICE] = { "buu_dien", V_ID, 0, 0 } },
    page_bags_make, "staff-bags.cs", ROLE_COUNTER },
  CONSIGN_ROUTES("/can-bo", ROLE_COUNTER),
  { "/can-bo/doi-soat-buu-dien", M_GET, 0, V_NONE, { [IN_RECON_DAY] = { "ngay", V_SLUG, 10, 0 } },
    page_bags_recon, "agent-recon.cs", ROLE_ADMIN },
  /* The counter floor: a counter's desk calls numbers (issue 11). */
  { "/can-bo/quay", M_GET, 0, V_NONE, { { 0 } }, page_desk_list, "staff-desks.cs", ROLE_COUNTER },
  { "/can-bo/quay/*", M_GET, R_FORM, V_ID, { { 0 } }, page_desk_show, "staff-desk.cs", ROLE_COUNTER },
  { "/can-bo/quay/*", M_POST, 0, V_ID,
    { [IN_DESK_ACT] = { "viec", V_SLUG, 10, 0 }, [IN_DESK_TICKET] = { "ve", V_ID, 0, 0 },
      [IN_DESK_SERVICE] = { "dich_vu", V_ID, 0, 0 } },
    page_desk_act, "staff-desk.cs", ROLE_COUNTER },
  { "/can-bo/tep", M_GET, 0, V_NONE,
    { [IN_ATT_CASE] = { "ho_so", V_DCODE, 0, 0 }, [IN_ATT_ID] = { "id", V_ID, 0, 0 } },
    page_file_get, NULL, ANY_STAFF },
  /* Accountability: the unit's feedback (answered by a leader), its figures and the dossiers behind them. */
  { "/can-bo/phan-anh", M_GET, 0, V_NONE, { { 0 } }, page_feedback_list, "staff-feedback-list.cs", ANY_STAFF },
  { "/can-bo/phan-anh/*", M_GET, R_FORM, V_PCODE, { { 0 } }, page_feedback_show, "staff-feedback.cs", ANY_STAFF },
  { "/can-bo/phan-anh/*", M_POST, 0, V_PCODE, { [IN_FB_ANSWER] = { "tra_loi", V_LINES, 4000, 0 },
      [IN_FB_PUBLISH] = { "cong_khai", V_DIGITS, 1, 0 }, [IN_FB_VERSION] = { "phien_ban", V_SLUG, 10, 0 } },
    page_feedback_answer, "staff-feedback.cs", ROLE_LEADER },
  { "/can-bo/thong-ke", M_GET, 0, V_NONE, { [IN_FIG_KY] = { "ky", V_SLUG, 7, 0 } }, page_figures_show, "staff-stats.cs",
    ANY_STAFF },
  { "/can-bo/thong-ke/ho-so", M_GET, 0, V_NONE,
    { [IN_FIG_KY] = { "ky", V_SLUG, 7, 0 }, [IN_FIG_MEASURE] = { "do", V_TEXT, 16, 0 } },
    page_figures_list, "staff-stats-list.cs", ANY_STAFF },
};

struct app program = {
  APP_ROUTES(routes), SIGNED_IN("/can-bo"), .name = "motcua-staff", .workers = 2, .db_role = ROLE_STAFF,
  .opens_personal = PERSONAL_OPEN,
};
