/* quota.c: daily quotas of public submissions, counted in the database; the limits are settings (quota.*). */
#include <stdio.h>

#include "core/db.h"
#include "core/fcgi.h"
#include "domain/quota.h"
#include "rules/net.h"
#include "rules/token.h"

struct over { long exceeded; };

/* 1 when one more for subject today would pass the setting's limit, 0
 * when not (or no such setting), -1 on error. */
static int spent(const char *scope, const char *subject, const char *setting)
{
  static const struct db_field cols[] = { DB_INT_FIELD(struct over, exceeded) };
  struct over o = { 0 };
  int n = db_get(DB_Q(QUOTA_SPENT, scope, subject, setting), cols, 1, &o);
  return n < 0 ? -1 : n == 1 && o.exceeded;
}

static int client(char out[NET_KEY_MAX])
{
  return net_client_key(fcgi_param("REMOTE_ADDR"), out, NET_KEY_MAX);
}

/* Each quota class: its own count (the scope) and its own limit. */
static const struct { const char *scope, *setting; } classes[] = {
  [Q_FORM] = { "client", "quota.client_posts" },
  [Q_KIOSK] = { "kiosk", "quota.kiosk_posts" },
};

/* Read here, written by quota_count: a POST that passes owes its count
 * (r->quota_owed), and so does one refused here. Two POSTs of one client
 * at the same moment may both pass the last unit of its limit: a quota
 * overshoots by at most the requests in flight, the program's workers. */
int quota_post(struct req *r, int quota_class)
{
  char who[NET_KEY_MAX];
  if (client(who) != 0) return 400;
  if (quota_class < 0 || quota_class > Q_KIOSK) return 500;
  r->quota_owed = quota_class + 1;
  int o = spent(classes[quota_class].scope, who, classes[quota_class].setting);
  return o < 0 ? 503 : o ? 429 : 0;
}

int quota_count(struct req *r)
{
  char who[NET_KEY_MAX];
  int c = r->quota_owed - 1;
  if (c < 0 || c > Q_KIOSK || client(who) != 0) return -1;
  return db_exec(DB_Q(QUOTA_BUMP, classes[c].scope, who), NULL) < 0 ? -1 : 0;
}

int quota_dossier(struct req *r, const char *idnumber, long agency)
{
  (void)r;
  char tag[TOKEN_LEN + 1], who[NET_KEY_MAX], at[NET_KEY_MAX + 24];
  token_tag(app_key, "idnumber", idnumber, tag);
  if (client(who) != 0) return 400;
  snprintf(at, sizeof at, "%s|%ld", who, agency);
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return 503;
  int n = db_rows(DB_Q(QUOTA_DOSSIER, tag, at), h, "q"), over = 0;
  for (HDF *q = hdf_get_child(h, "q"); q; q = hdf_obj_next(q)) over |= hdf_get_int_value(q, "exceeded", 0) > 0;
  hdf_destroy(&h);
  return n != 2 ? 503 : over ? 429 : 0;
}
