/* routes.c: motcua-public, the citizen-facing FastCGI program: its route table. */
#include "core/sql.h"
#include "domain/intake.h"
#include "domain/quota.h"
#include "public/public.h"

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
};

/* Every public POST counts against its client's daily quota (domain/quota.c). */
struct app program = {
  APP_ROUTES(routes), .name = "motcua-public", .workers = 4, .db_role = ROLE_PUBLIC, .admit_post = quota_post,
};
