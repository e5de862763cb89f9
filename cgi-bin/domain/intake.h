/* intake.h: a dossier comes in: the one function every channel (online, counter, post-office agent, post) goes through. */
#ifndef MOTCUA_INTAKE_H
#define MOTCUA_INTAKE_H

#include "core/app.h"

/* The inputs of the submission form, by slot; a route that receives
 * dossiers declares them with INTAKE_FIELDS. */
enum intake_in {
  IN_NAME, IN_IDNUMBER, IN_BIRTH, IN_PHONE, IN_EMAIL, IN_ADDRESS, IN_AGENCY, IN_RETURN, IN_DECLARE,
  IN_REFUSE, IN_MISSING, IN_PFIELD, IN_FILE, IN_KEEP, IN_KEPT_NAME, IN_TICKET,
  IN_CONSENT, IN_PRESENT, IN_DOC, IN_SAVE, IN_DRAFT,   /* a post-office agent's (domain/intake-agent.h) */
  IN__INTAKE
};
#define INTAKE_FIELDS \
  [IN_NAME] = { "ho_ten", V_RAW, 0, 0 }, [IN_IDNUMBER] = { "so_dinh_danh", V_RAW, 0, 0 }, \
  [IN_BIRTH] = { "ngay_sinh", V_RAW, 0, 0 }, [IN_PHONE] = { "dien_thoai", V_RAW, 0, 0 }, \
  [IN_EMAIL] = { "email", V_RAW, 0, 0 }, [IN_ADDRESS] = { "dia_chi", V_RAW, 0, 0 }, \
  [IN_AGENCY] = { "co_quan", V_RAW, 0, 0 }, [IN_RETURN] = { "nhan_ket_qua", V_RAW, 0, 0 }, \
  [IN_DECLARE] = { "cam_doan", V_RAW, 0, 0 }, [IN_REFUSE] = { "tu_choi", V_RAW, 0, 0 }, \
  [IN_MISSING] = { "thieu", V_RAW, 0, 0 }, [IN_PFIELD] = { "f_", V_RAW, 0, F_FAMILY }, \
  [IN_FILE] = { "tep_", V_FILE, 0, F_FAMILY }, [IN_KEEP] = { "giu_", V_RAW, 0, F_FAMILY }, \
  [IN_KEPT_NAME] = { "ten_", V_RAW, 0, F_FAMILY }, \
  [IN_CONSENT] = { "dong_y", V_RAW, 0, 0 }, [IN_PRESENT] = { "co_mat", V_RAW, 0, 0 }, \
  [IN_DOC] = { "giay_", V_RAW, 0, F_FAMILY }, [IN_SAVE] = { "luu_nhap", V_RAW, 0, 0 }, \
  [IN_DRAFT] = { "nhap", V_ID, 0, 0 }, INTAKE_TICKET
/* At a counter: the queue number being served, whose dossier this is. */
#define INTAKE_TICKET [IN_TICKET] = { "so_thu_tu", V_ID, 0, 0 }

/* Who takes the dossier in. Online: nobody signed in; the competent
 * agency receives it and must accept it. At a counter (any reception
 * point): the officer's unit receives and numbers it, at once. Through a
 * post-office agent, online for the citizen (the competent agency accepts
 * it as an online one), or on paper by post (the post office keeps it until
 * a consignment carries it to the competent agency, whose signature on the
 * handover record is the legal submission time). */
enum intake_channel { INTAKE_ONLINE, INTAKE_COUNTER, INTAKE_AGENT, INTAKE_POSTAL };

/* GET: the form of procedure `code` (Page.proc, Page.docs, Page.pfields,
 * Page.options, Ref.wards, Page.action). 200, 404 or 503. */
int intake_form(struct req *r, enum intake_channel ch, const char *code);
/* At a counter, a queue number being served (so_thu_tu) is shown on the
 * form and the dossier is linked to it (domain/queue.c). */
/* POST: validates every input, then writes the dossier, its values,
 * attachments and first event (and the audit row at a counter or an
 * agent's) in the request's transaction. 303 to the receipt (the refusal
 * slip at a counter; the agent's page of the dossier), also for a form
 * already submitted; 422 with messages next to the fields; 404; 503. An
 * agent's "save as draft" keeps the form instead (303 back to it). */
int intake_post(struct req *r, enum intake_channel ch, const char *code);

#endif
