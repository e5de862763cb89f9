/* sql.c: the table of SQL statements built from sql.def; every value is a bound parameter (?). */
#include "core/sql.h"

#define P ROLE_PUBLIC
#define S ROLE_STAFF
#define A ROLE_TOOL
#define D ROLE_POST   /* đại lý: the post-office agents' program */

/* The limit in force for a procedure on a day: the proc_limit row with the
 * greatest effective_from not after that day. */
#define LIMIT_JOIN \
  " LEFT JOIN proc_limit l ON l.proc_id = p.id AND l.effective_from =" \
  " (SELECT MAX(effective_from) FROM proc_limit WHERE proc_id = p.id AND effective_from <= CURDATE())"

/* The statuses a result reaches only through a leader's approval. */
#define APPROVED "('resolved', 'returned')"

#define DT(col, alias) "DATE_FORMAT(" col ", '%Y-%m-%d %H:%i') AS " alias

#define SQL(id_, roles_, types_, names_, cols_, text_) \
  [SQL_##id_] = { SQL_##id_, roles_, types_, names_, cols_, text_, #id_ },
const struct sql_stmt sql_table[SQL__MAX] = {
#include "core/sql.def"
};
#undef SQL
