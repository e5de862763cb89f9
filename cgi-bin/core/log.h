/* log.h: one-line logs to stderr (nginx-style: level, pid, message). */
#ifndef MOTCUA_LOG_H
#define MOTCUA_LOG_H

void log_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
