/* page-home.c: the home page: procedure search and dossier lookup boxes. */
#include "domain/refdata.h"
#include "public/public.h"

/* GET /  — search box (→ /thu-tuc), fields to browse, lookup box (→ /tra-cuu). */
int page_home_show(struct req *r)
{
  if (refdata_fields(r->hdf, "Page.fields") < 0) return 503;
  return 200;
}
