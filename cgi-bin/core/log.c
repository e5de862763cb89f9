/* log.c: one-line logs to stderr, which the stack script sends to var/log/. */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include <ClearSilver.h>

#include "core/log.h"

static void vlog(const char *level, const char *fmt, va_list ap)
{
  char when[32];
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm);
  fprintf(stderr, "%s [%s] %d: ", when, level, (int)getpid());
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

void log_err(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vlog("error", fmt, ap);
  va_end(ap);
}

void log_info(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vlog("info", fmt, ap);
  va_end(ap);
}

int log_neoerr(const char *what, NEOERR *err)
{
  STRING s;
  string_init(&s);
  nerr_error_traceback(err, &s);
  log_err("%s: %s", what, s.buf ? s.buf : "?");
  string_clear(&s);
  nerr_ignore(&err);
  return -1;
}
