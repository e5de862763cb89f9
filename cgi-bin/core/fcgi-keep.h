/* fcgi-keep.h: the connections a FastCGI worker keeps for nginx between requests (core/fcgi.c's loop). */
#ifndef MOTCUA_FCGI_KEEP_H
#define MOTCUA_FCGI_KEEP_H

#include <poll.h>

#define KEEP_MAX 64   /* a worker's idle kept connections, at most (nginx keeps 16 idle in all) */

/* Once per worker: the settings (MOTCUA_KEEP_CONNS, MOTCUA_KEEP_WAIT_MS) and the timer's handler. */
int keep_init(void);
/* The kept connections into pf (room for KEEP_MAX); returns how many. */
int keep_fds(struct pollfd *pf);
/* Takes fd out of the set to answer on it: 0, or -1 when it is no longer kept (the timer closed it). */
int keep_take(int fd);
/* Whether one more may be kept; keep_put adds one (after keep_room said so). */
int keep_room(void);
void keep_put(int fd);
/* keep_guard(1) as a request's handler begins, (0) when it ends: the timer that frees the idle ones. */
void keep_guard(int on);
/* Closes them all (the worker ends). */
void keep_drop(void);

#endif
