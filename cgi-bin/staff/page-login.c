/* page-login.c: signing in to the back office and out of it. */
#include "domain/session.h"
#include "staff/staff.h"

/* GET /can-bo/dang-nhap  — the sign-in form. */
int page_login_form(struct req *r)
{
  (void)r;
  return 200;
}

/* POST /can-bo/dang-nhap  — fields: ten (username), mat_khau. 303 to the
 * worklist, or 422 with one message that does not say which part was wrong. */
int page_login_post(struct req *r)
{
  const char *user = r->val[IN_LOGIN_USER], *pw = r->val[IN_LOGIN_PASSWORD];
  NEOERR *err = hdf_set_value(r->hdf, K_FORM ".ten", user ? user : "");
  nerr_ignore(&err);
  if (!user || !pw) {
    app_error(r, "ten", "Lang.staff.err_login");
    return 422;
  }
  const char *msg = session_login(r, user, pw);
  if (msg) {
    app_error(r, "ten", msg);
    return 422;
  }
  return app_redirect(r, "/can-bo");
}

/* POST /can-bo/dang-xuat  — ends the session; 303 to the sign-in form. */
int page_login_out(struct req *r)
{
  if (session_logout(r) != 0) return 503;
  return app_redirect(r, "/can-bo/dang-nhap");
}
