/* db-struct.c: one row into a C struct, by column name (db_get, db_struct). */
#include <stdlib.h>
#include <string.h>

#include "core/db.h"
#include "core/log.h"

int db_struct(HDF *row, const struct db_field *fields, size_t nfields, void *obj)
{
  for (size_t i = 0; i < nfields; i++) {
    const struct db_field *f = &fields[i];
    const char *v = row ? hdf_get_value(row, f->col, NULL) : NULL;
    char *dst = (char *)obj + f->off;
    if (f->type == DB_INT) {
      *(long *)(void *)dst = v ? strtol(v, NULL, 10) : 0;
    } else if (!v) {
      dst[0] = '\0';
    } else if (strlen(v) >= f->size) {
      log_err("sql: column %s longer than its field (%zu)", f->col, f->size);
      return -1;
    } else {
      memcpy(dst, v, strlen(v) + 1);
    }
  }
  return 0;
}

/* The row as HDF first (the fetch code above, one copy), then into the
 * struct by column name: a column the struct lacks is not needed here. */
int db_get(enum sql_id id, int nargs, const struct db_arg *args, const struct db_field *fields, size_t nfields,
           void *obj)
{
  HDF *h;
  if (hdf_init(&h) != STATUS_OK) return -1;
  int n = db_row(id, nargs, args, h, "r");
  if (n == 1 && db_struct(hdf_get_obj(h, "r"), fields, nfields, obj) != 0) n = -1;
  hdf_destroy(&h);
  return n;
}
