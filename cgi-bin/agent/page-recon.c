/* page-recon.c: the daily reconciliation: per agent of the office (the head sees them all), printable and as CSV. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agent/agent.h"
#include "core/db.h"
#include "domain/consign.h"
#include "rules/workflow.h"

#define CSV_MAX (64 * 1024)

static void free_body(void *p)
{
  free(p);
}

/* The day's lines as CSV (UTF-8, comma-separated, a header line). */
static int as_csv(struct req *r, const char *day)
{
  static const char *const cols[] = { "username", "full_name", "online", "paper", "fees", "handed", "signed",
                                      "delivered", "failed" };
  char *buf = malloc(CSV_MAX);
  if (!buf) return 500;
  size_t len = (size_t)snprintf(buf, CSV_MAX, "ngay,%s\r\n", "tai_khoan,ho_ten,truc_tuyen,ho_so_giay,phi_thu,"
                                "tui_giao,tui_da_ky_nhan,da_phat,phat_khong_thanh");
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row && len < CSV_MAX - 600; row = hdf_obj_next(row)) {
    len += (size_t)snprintf(buf + len, CSV_MAX - len, "%s", day);
    for (size_t i = 0; i < sizeof cols / sizeof *cols; i++) {
      /* Names are quoted, their quotes doubled; numbers are plain. */
      const char *v = hdf_get_value(row, cols[i], "");
      len += (size_t)snprintf(buf + len, CSV_MAX - len, ",\"");
      for (; *v && len < CSV_MAX - 8; v++) {
        if (*v == '"') buf[len++] = '"';
        buf[len++] = *v;
      }
      buf[len++] = '"';
    }
    len += (size_t)snprintf(buf + len, CSV_MAX - len, "\r\n");
  }
  r->ctype = "text/csv; charset=utf-8";
  r->body = (unsigned char *)buf;
  r->body_len = len;
  r->body_free = free_body;
  return 201;
}

/* GET /dai-ly/doi-soat?ngay=YYYY-MM-DD&csv=1  — one day (today by
 * default): dossiers taken in online and on paper, fees collected,
 * consignments handed over and signed for, results delivered and attempts
 * failed. An agent sees his own line; the head of the office (agent and
 * leader) every agent's. */
int page_recon_show(struct req *r)
{
  char day[16];
  int st = consign_day(r, r->val[IN_RECON_DAY], day);
  if (st) return st;
  int head = (r->user_roles & ROLE_LEADER) != 0;
  if (db_rows(DB_Q(RECON_AGENTS, day, r->user_unit, head ? 0 : 1, r->user_id), r->hdf, "Page.rows") < 0) return 503;
  if (r->val[IN_RECON_CSV] && strcmp(r->val[IN_RECON_CSV], "1") == 0) return as_csv(r, day);
  long sum[7] = { 0 };
  static const char *const cols[] = { "online", "paper", "fees", "handed", "signed", "delivered", "failed" };
  for (HDF *row = hdf_get_child(r->hdf, "Page.rows"); row; row = hdf_obj_next(row))
    for (int i = 0; i < 7; i++) sum[i] += hdf_get_int_value(row, cols[i], 0);
  NEOERR *err = NULL;
  for (int i = 0; !err && i < 7; i++) err = hdf_set_valuef(r->hdf, "Page.sum.%s=%ld", cols[i], sum[i]);
  if (!err) err = hdf_set_int_value(r->hdf, "Page.head", head);
  if (err) { nerr_ignore(&err); return 500; }
  return 200;
}
