/* routes.c: motcua-public, the citizen-facing FastCGI program: its route table and main(). */
#include "core/app.h"
#include "public/public.h"
#include "core/sql.h"

/* The public URLs are a contract: they are printed on paper receipts. */
static const struct route routes[] = {
  { "/", M_GET, 0, V_NONE, { { 0 } }, page_home_show, "home.cs", 0 },
  { "/thu-tuc", M_GET, 0, V_NONE,
    { { "q", V_TEXT, 100, 0 }, { "linh-vuc", V_SLUG, 40, 0 } },
    page_catalogue_list, "catalogue.cs", 0 },
  { "/thu-tuc/*", M_GET, 0, V_PCODE, { { 0 } }, page_catalogue_show, "procedure.cs", 0 },
  { "/nop-ho-so/*", M_GET, R_FORM, V_PCODE, { { 0 } }, page_submit_form, "submit.cs", 0 },
  { "/nop-ho-so/*", M_POST, R_FORM, V_PCODE, { { 0 } }, page_submit_post, "submit.cs", 0 },
  { "/ho-so/*", M_GET, R_CACHE, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_status, "status.cs", 0 },
  { "/ho-so/*/bien-nhan", M_GET, R_CACHE, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_receipt, "receipt.cs", 0 },
  { "/ho-so/*/bien-nhan.png", M_GET, R_CACHE, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_png, NULL, 0 },
  { "/ho-so/*/ket-qua", M_GET, 0, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_result, NULL, 0 },
  { "/ho-so/*/bo-sung", M_GET, R_FORM, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_supplement_form, "supplement.cs", 0 },
  { "/ho-so/*/bo-sung", M_POST, R_FORM, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_supplement, "supplement.cs", 0 },
  { "/tra-cuu", M_GET, 0, V_NONE,
    { { "ma", V_TEXT, 60, 0 }, { "so", V_DIGITS, 4, 0 } },
    page_dossier_lookup, "lookup.cs", 0 },
};

int main(int argc, char **argv)
{
  struct app a = {
    .name = "motcua-public",
    .routes = routes,
    .nroutes = sizeof routes / sizeof *routes,
    .template_dir = "templates",
    .lang_file = "templates/lang/vi.hdf",
    .conf_file = NULL,
    .db_role = ROLE_PUBLIC,
  };
  return app_main(&a, 4, argc, argv);
}
