/* public.c: motcua-public, the citizen-facing FastCGI program: its route table and main(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "fcgi.h"
#include "pages.h"
#include "sql.h"

/* The public URLs are a contract: they are printed on paper receipts. */
static const struct route routes[] = {
  { "/", M_GET, 0, V_NONE, { { 0 } }, page_home_show, "home.cs" },
  { "/thu-tuc", M_GET, 0, V_NONE,
    { { "q", V_TEXT, 100, 0 }, { "linh-vuc", V_SLUG, 40, 0 } },
    page_catalogue_list, "catalogue.cs" },
  { "/thu-tuc/*", M_GET, 0, V_PCODE, { { 0 } }, page_catalogue_show, "procedure.cs" },
  { "/nop-ho-so/*", M_GET, R_FORM, V_PCODE, { { 0 } }, page_submit_form, "submit.cs" },
  { "/nop-ho-so/*", M_POST, R_FORM, V_PCODE, { { 0 } }, page_submit_post, "submit.cs" },
  { "/ho-so/*", M_GET, R_CACHE, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_status, "status.cs" },
  { "/ho-so/*/bien-nhan", M_GET, R_CACHE, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_receipt, "receipt.cs" },
  { "/ho-so/*/bien-nhan.png", M_GET, R_CACHE, V_DCODE, { { "k", V_TOKEN, 0, 1 } }, page_dossier_png, NULL },
  { "/tra-cuu", M_GET, 0, V_NONE,
    { { "ma", V_TEXT, 60, 0 }, { "so", V_DIGITS, 4, 0 } },
    page_dossier_lookup, "lookup.cs" },
};

static void usage(void)
{
  fprintf(stderr, "usage: motcua-public -c CONFIG -s SOCKET [-w WORKERS] [-t TEMPLATES] [-l LANGFILE]\n");
  exit(2);
}

int main(int argc, char **argv)
{
  struct app a = {
    .name = "motcua-public",
    .routes = routes,
    .nroutes = sizeof routes / sizeof *routes,
    .template_dir = "templates",
    .lang_file = "templates/lang/vi.hdf",
    .conf_file = NULL,
    .db_role = ROLE_PUBLIC,
  };
  const char *sock = NULL;
  int workers = 4, c;
  while ((c = getopt(argc, argv, "c:s:w:t:l:")) != -1) {
    switch (c) {
    case 'c': a.conf_file = optarg; break;
    case 's': sock = optarg; break;
    case 'w': workers = (int)strtol(optarg, NULL, 10); break; /* bounded below */
    case 't': a.template_dir = optarg; break;
    case 'l': a.lang_file = optarg; break;
    default: usage();
    }
  }
  if (!a.conf_file || !sock || workers < 1 || workers > 64) usage();
  struct fcgi_app fa = {
    .name = a.name, .init = app_init, .handle = app_handle, .fini = app_fini,
    .arg = &a, .max_requests = 100000,
  };
  return fcgi_run(&fa, sock, workers) == 0 ? 0 : 1;
}
