/* routes.c: motcua-staff, the back-office FastCGI program under /can-bo/: its route table and main(). */
#include "core/app.h"
#include "domain/session.h"
#include "core/sql.h"
#include "public/public.h"
#include "staff/staff.h"
#include "rules/workflow.h"

#define ANY_STAFF (ROLE_COUNTER | ROLE_SPECIALIST | ROLE_LEADER | ROLE_ADMIN)

/* Every route but sign-in needs a signed-in account with one of the roles
 * listed; the dispatcher checks it (and CSRF on every POST) before the
 * handler runs. Dossiers of other units answer 404 in the handlers. */
static const struct route routes[] = {
  { "/can-bo/dang-nhap", M_GET, R_FORM, V_NONE, { { 0 } }, page_staff_login_form, "staff-login.cs", 0 },
  { "/can-bo/dang-nhap", M_POST, R_FORM, V_NONE,
    { { "ten", V_TEXT, 64, 0 }, { "mat_khau", V_SECRET, 200, 0 } }, page_staff_login, "staff-login.cs", 0 },
  { "/can-bo/dang-xuat", M_POST, R_FORM, V_NONE, { { 0 } }, page_staff_logout, NULL, ANY_STAFF },
  { "/can-bo", M_GET, R_FORM, V_NONE,
    { { "trang_thai", V_SLUG, 30, 0 }, { "q", V_TEXT, 60, 0 }, { "thu_tuc", V_PCODE, 32, 0 },
      { "diem", V_SLUG, 10, 0 }, { "cua_toi", V_SLUG, 1, 0 } }, page_staff_worklist, "staff-worklist.cs", ANY_STAFF },
  { "/can-bo/ho-so/*", M_GET, R_FORM, V_DCODE, { { 0 } }, page_staff_case, "staff-case.cs", ANY_STAFF },
  { "/can-bo/ho-so/*", M_POST, R_FORM, V_DCODE,
    { { "buoc", V_SLUG, 20, 0 }, { "phien_ban", V_SLUG, 10, 0 }, { "ghi_chu", V_LINES, 1000, 0 },
      { "chuyen_vien", V_SLUG, 10, 0 }, { "don_vi", V_SLUG, 10, 0 }, { "ngay_hen", V_SLUG, 10, 0 },
      { "cach_tra", V_SLUG, 12, 0 }, { "ma_buu_gui", V_TEXT, 40, 0 } },
    page_staff_move, "staff-case.cs", ANY_STAFF },
  /* Printable documents: form 06 (process control), the refusal slip,
   * form 04 (apology and new appointment), form 05 (stop), form 07 (register). */
  { "/can-bo/ho-so/*/phieu-kiem-soat", M_GET, R_FORM, V_DCODE, { { 0 } }, page_staff_sheet, "staff-sheet.cs", ANY_STAFF },
  { "/can-bo/ho-so/*/phieu-tu-choi", M_GET, R_FORM, V_DCODE, { { 0 } }, page_staff_slip, "staff-doc.cs", ANY_STAFF },
  { "/can-bo/ho-so/*/xin-loi", M_GET, R_FORM, V_DCODE, { { 0 } }, page_staff_apology, "staff-doc.cs", ANY_STAFF },
  { "/can-bo/ho-so/*/dung-xu-ly", M_GET, R_FORM, V_DCODE, { { 0 } }, page_staff_stop, "staff-doc.cs", ANY_STAFF },
  { "/can-bo/so-theo-doi", M_GET, R_FORM, V_NONE, { { "tu", V_SLUG, 10, 0 }, { "den", V_SLUG, 10, 0 } },
    page_staff_register, "staff-register.cs", ANY_STAFF },
  /* Reception at the counter, on the citizen's behalf, at any point. */
  { "/can-bo/tiep-nhan", M_GET, 0, V_NONE, { { "thu_tuc", V_PCODE, 0, 0 } }, page_staff_pick, NULL, ROLE_COUNTER },
  { "/can-bo/tiep-nhan/*", M_GET, R_FORM, V_PCODE, { { 0 } }, page_submit_form, "submit.cs", ROLE_COUNTER },
  { "/can-bo/tiep-nhan/*", M_POST, R_FORM, V_PCODE, { { 0 } }, page_submit_post, "submit.cs", ROLE_COUNTER },
  { "/can-bo/tep", M_GET, 0, V_NONE,
    { { "ho_so", V_DCODE, 0, 0 }, { "id", V_SLUG, 12, 0 } }, page_staff_file, NULL, ANY_STAFF },
};

int main(int argc, char **argv)
{
  struct app a = {
    .name = "motcua-staff",
    .routes = routes,
    .nroutes = sizeof routes / sizeof *routes,
    .template_dir = "templates",
    .lang_file = "templates/lang/vi.hdf",
    .db_role = ROLE_STAFF,
    .auth = session_auth,
    .login_path = "/can-bo/dang-nhap",
  };
  return app_main(&a, 2, argc, argv);
}
