/* staff.h: the handlers of the back-office program (page-staff.c). */
#ifndef MOTCUA_STAFF_H
#define MOTCUA_STAFF_H

#include "core/app.h"

int page_staff_login_form(struct req *r);
int page_staff_login(struct req *r);
int page_staff_logout(struct req *r);
int page_staff_worklist(struct req *r);
int page_staff_case(struct req *r);
int page_staff_move(struct req *r);
int page_staff_file(struct req *r);
int page_staff_pick(struct req *r);
int page_staff_sheet(struct req *r);
int page_staff_slip(struct req *r);
int page_staff_apology(struct req *r);
int page_staff_stop(struct req *r);
int page_staff_register(struct req *r);

#endif
