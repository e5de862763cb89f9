/* db-conf.c: the DB.* settings of a configuration: one server, or the nodes of a Galera cluster in order. */
#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "core/log.h"

/* DB.hosts.0.socket = /run/mysqld/mysqld.sock   (a node on this host)
 * DB.hosts.1.host = 10.0.0.12, DB.hosts.1.port = 3306   (a node elsewhere)
 * Without DB.hosts, the one server of DB.socket, or DB.host and DB.port. */
void db_conf_from(HDF *h, int role, struct db_conf *out)
{
  memset(out, 0, sizeof *out);
  out->user = hdf_get_value(h, "DB.user", "");
  out->password = hdf_get_value(h, "DB.password", "");
  out->database = hdf_get_value(h, "DB.name", "motcua");
  out->role = role;
  int t = hdf_get_int_value(h, "DB.timeout", 30), ct = hdf_get_int_value(h, "DB.connect_timeout", 5);
  out->timeout = t > 0 && t <= 3600 ? (unsigned)t : 30;
  out->connect_timeout = ct > 0 && ct <= 3600 ? (unsigned)ct : 5;
  for (HDF *n = hdf_get_child(h, "DB.hosts"); n; n = hdf_obj_next(n)) {
    if (out->nep == DB_MAX_HOSTS) { log_err("DB.hosts: more than %d, the rest ignored", DB_MAX_HOSTS); break; }
    struct db_endpoint *e = &out->ep[out->nep++];
    e->socket = hdf_get_value(n, "socket", NULL);
    e->host = hdf_get_value(n, "host", "127.0.0.1");
    e->port = (unsigned)hdf_get_int_value(n, "port", 3306);
  }
  if (out->nep == 0) {
    struct db_endpoint *e = &out->ep[out->nep++];
    e->socket = hdf_get_value(h, "DB.socket", NULL);
    e->host = hdf_get_value(h, "DB.host", "127.0.0.1");
    e->port = (unsigned)hdf_get_int_value(h, "DB.port", 3306);
  }
}
