/* routes.c: motcua-agent, the post-office agents' FastCGI program under /dai-ly/: its route table. */
#include "agent/agent.h"
#include "core/sql.h"
#include "domain/consign.h"
#include "domain/intake.h"
#include "domain/session.h"
#include "rules/workflow.h"

#define AGENT ROLE_AGENT
/* The submission forms: the procedure from the desk's box, a draft to take up again. */
#define PICK { [IN_DRAFT] = { "nhap", V_ID, 0, 0 }, [IN_PICK_PROC] = { "thu_tuc", V_PCODE, 0, 0 } }

/* An agent works for one post office (his account's unit): every route but
 * sign-in needs the agent role, and every dossier or consignment of
 * another office answers 404 in the handlers. Nothing here changes a
 * dossier but the steps of rules/workflow.c that name the agent role. */
static const struct route routes[] = {
  SESSION_ROUTES("/dai-ly", AGENT),
  { "/dai-ly", M_GET, R_FORM, V_NONE, { [IN_HOME_Q] = { "q", V_TEXT, 40, 0 } }, page_home_show, "agent-home.cs", AGENT },
  /* Online for a citizen, and a paper dossier by post (domain/intake.c). */
  { "/dai-ly/nop", M_GET, R_FORM, V_NONE, PICK, page_intake_form, "submit.cs", AGENT },
  { "/dai-ly/nop/*", M_GET, R_FORM, V_PCODE, PICK, page_intake_form, "submit.cs", AGENT },
  { "/dai-ly/nop/*", M_POST, 0, V_PCODE, { INTAKE_FIELDS }, page_intake_post, "submit.cs", AGENT },
  { "/dai-ly/buu-chinh", M_GET, R_FORM, V_NONE, PICK, page_intake_form, "submit.cs", AGENT },
  { "/dai-ly/buu-chinh/*", M_GET, R_FORM, V_PCODE, PICK, page_intake_form, "submit.cs", AGENT },
  { "/dai-ly/buu-chinh/*", M_POST, 0, V_PCODE, { INTAKE_FIELDS }, page_intake_post, "submit.cs", AGENT },
  /* A dossier of the office: what it needs, the delivery steps, the slip and the fee receipt. */
  { "/dai-ly/ho-so/*", M_GET, R_FORM, V_DCODE, { { 0 } }, page_case_show, "agent-case.cs", AGENT },
  { "/dai-ly/ho-so/*", M_POST, 0, V_DCODE,
    { [IN_STEP_NAME] = { "buoc", V_SLUG, 20, 0 }, [IN_STEP_VERSION] = { "phien_ban", V_SLUG, 10, 0 },
      [IN_STEP_RECIPIENT] = { "nguoi_nhan", V_SLUG, 12, 0 }, [IN_STEP_ID_LAST] = { "so_giay_to", V_TEXT, 8, 0 } },
    page_case_step, "agent-case.cs", AGENT },
  { "/dai-ly/ho-so/*/phieu-gui", M_GET, 0, V_DCODE, { { 0 } }, page_case_slip, "agent-slip.cs", AGENT },
  { "/dai-ly/ho-so/*/bien-lai", M_GET, 0, V_DCODE, { { 0 } }, page_case_fees, "agent-fee.cs", AGENT },
  /* Consignments: paper dossiers to the agencies, results from them. */
  { "/dai-ly/tui-ho-so", M_GET, R_FORM, V_NONE, { { 0 } }, page_bags_list, "agent-bags.cs", AGENT },
  { "/dai-ly/tui-ho-so", M_POST, 0, V_NONE, { [IN_BAG_AGENCY] = { "co_quan", V_ID, 0, 0 } }, page_bags_make,
    "agent-bags.cs", AGENT },
  CONSIGN_ROUTES("/dai-ly", AGENT),
  { "/dai-ly/doi-soat", M_GET, 0, V_NONE,
    { [IN_RECON_DAY] = { "ngay", V_SLUG, 10, 0 }, [IN_RECON_CSV] = { "csv", V_SLUG, 1, 0 } },
    page_recon_show, "agent-recon.cs", AGENT },
};

struct app program = {
  APP_ROUTES(routes), SIGNED_IN("/dai-ly"), .name = "motcua-agent", .workers = 2, .db_role = ROLE_POST,
  .opens_personal = PERSONAL_DELIVER,   /* phone and address, to deliver results */
};
