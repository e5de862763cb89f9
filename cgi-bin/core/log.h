/* log.h: one-line logs to stderr (nginx-style: level, pid, message). */
#ifndef MOTCUA_LOG_H
#define MOTCUA_LOG_H

void log_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A ClearSilver error with its traceback, logged once and freed; returns -1. */
struct _neo_err;
int log_neoerr(const char *what, struct _neo_err *err);

#endif
