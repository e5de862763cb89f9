/* fcgi-out.h: a response as FastCGI records (core/fcgi.c's requests): gathered, and sent with the request's end in one writev. */
#ifndef MOTCUA_FCGI_OUT_H
#define MOTCUA_FCGI_OUT_H

/* As a request begins: its connection and FastCGI request id; nothing gathered. */
void out_begin(int fd, int request_id);
/* Part of the response: gathered, or (a large part) sent at once after what was. len, or -1. */
int out_write(const char *buf, int len);
/* What was gathered and the request's end; refuse: an empty stderr record behind it, so
 * that nginx closes a connection it asked to keep. 0, or -1 on a write error. */
int out_end(int refuse);

#endif
