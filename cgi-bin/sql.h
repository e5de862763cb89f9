/* sql.h: every SQL statement of motcua, named; the text lives in sql.c. */
#ifndef MOTCUA_SQL_H
#define MOTCUA_SQL_H

/* Which program may prepare a statement: its MariaDB account is granted
 * exactly what these statements need (db/grants.sql.in). */
enum { ROLE_PUBLIC = 1, ROLE_STAFF = 2, ROLE_TOOL = 4 };

enum sql_id {
  SQL_SETTINGS,
  SQL_HOLIDAYS,
  SQL_FIELDS,
  SQL_PROC_SEARCH,
  SQL_PROC_GET,
  SQL_PROC_DOCS,
  SQL_PROC_FIELDS,
  SQL_WARDS,
  SQL_AGENCY_GET,
  SQL_DOSSIER_BY_KEY,
  SQL_SEQ_BUMP,
  SQL_SEQ_GET,
  SQL_DOSSIER_INSERT,
  SQL_VALUE_INSERT,
  SQL_ATTACH_INSERT,
  SQL_EVENT_INSERT,
  SQL_DOSSIER_VIEW,
  SQL_DOSSIER_DOCS,
  SQL_DOSSIER_LOOKUP,
  SQL_RESULT_GET,
  SQL_SUPPLEMENT,
  SQL_STAFF_BY_NAME,
  SQL_STAFF_FAIL,
  SQL_STAFF_OK,
  SQL_SESSION_NEW,
  SQL_SESSION_GET,
  SQL_SESSION_TOUCH,
  SQL_SESSION_DEL,
  SQL_AUDIT,
  SQL_WORKLIST,
  SQL_CASE_GET,
  SQL_CASE_VALUES,
  SQL_CASE_FILES,
  SQL_FILE_GET,
  SQL_CASE_MOVE,
  SQL_CASE_AUDIT,
  SQL_TOOL_ACCOUNT_ADD,
  SQL_TOOL_ROLE_ADD,
  SQL_TOOL_PASSWORD,
  SQL_TOOL_ACCOUNT_ID,
  SQL__MAX
};

struct sql_stmt {
  enum sql_id id;
  int roles;
  const char *text;
};

extern const struct sql_stmt sql_table[SQL__MAX];

#endif
