/* test-render.c: a template's parse tree, kept per worker, renders each request's own values, escaped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap.h"
#include "core/render.h"

static const char page[] =
  "<?cs include:\"inc.cs\" ?><?cs def:item(x) ?><li><?cs var:x.v ?></li><?cs /def ?>"
  "<h1><?cs var:Page.name ?></h1><ul><?cs each:i = Page.items ?><?cs call:item(i) ?><?cs /each ?></ul>"
  "<?cs set:Page.title = Page.name + \"!\" ?><p><?cs var:Page.title ?></p>"
  "<?cs if:Page.flag ?>yes<?cs else ?>no<?cs /if ?><a href=\"/x?k=<?cs var:url_escape(Page.k) ?>\">";
static const char inc[] = "<b><?cs var:Page.name ?></b>";

static void put(const char *dir, const char *name, const char *text)
{
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (f) { fputs(text, f); fclose(f); }
}

static HDF *request(const char *name, const char *item, int n, int flag, const char *k)
{
  HDF *h = NULL;
  hdf_init(&h);
  hdf_set_value(h, "Page.name", name);
  for (int i = 0; i < n; i++) hdf_set_valuef(h, "Page.items.%d.v=%s %d", i, item, i);
  hdf_set_int_value(h, "Page.flag", flag);
  hdf_set_value(h, "Page.k", k);
  return h;
}

static char *render(HDF *h)
{
  STRING s;
  string_init(&s);
  if (render_hdf(h, "page.cs", &s) != 0) { string_clear(&s); return strdup("(failed)"); }
  char *out = strdup(s.buf ? s.buf : "");
  string_clear(&s);
  return out;
}

int main(void)
{
  char dir[] = "/tmp/motcua-render.XXXXXX";
  CHECK(mkdtemp(dir) != NULL, "a template directory");
  put(dir, "page.cs", page);
  put(dir, "inc.cs", inc);
  CHECK(hdf_init(&app_global) == STATUS_OK, "a global tree (the language file's)");
  CHECK(render_init(dir) == 0, "templates loaded");
  HDF *a = request("Alpha", "first", 2, 1, "a b"), *b = request("<script>x</script>&\"", "<i>", 3, 0, "k&=1");
  char *ra = render(a), *rb = render(b), *ra2 = render(a);
  CHECK(strstr(ra, "<h1>Alpha</h1>") && strstr(ra, "<b>Alpha</b>") && strstr(ra, "yes"), "the first request's values: %s", ra);
  CHECK(strstr(rb, "<h1>&lt;script&gt;x&lt;/script&gt;&amp;&quot;</h1>") != NULL, "the second request's values, escaped: %s", rb);
  CHECK(strstr(rb, "<b>&lt;script&gt;") != NULL, "an include of the kept tree shows the second request's value, escaped");
  CHECK(strstr(rb, "<li>&lt;i&gt; 2</li>") && !strstr(rb, "first"), "a loop and a macro over the second request's rows only");
  CHECK(strstr(rb, "no") && !strstr(rb, "yes"), "a condition on the second request's value");
  CHECK(strstr(rb, "k=k%26%3D1") != NULL, "url_escape on the second request's value");
  CHECK(strstr(rb, "<p>&lt;script&gt;x&lt;/script&gt;&amp;&quot;!</p>") != NULL, "set: computed from the second request");
  CHECK(strcmp(hdf_get_value(a, "Page.title", ""), "Alpha!") == 0 && strstr(hdf_get_value(b, "Page.title", ""), "<script>"),
        "set: wrote into each request's own HDF");
  CHECK(!strstr(rb, "<script>") && !strstr(rb, "Alpha"), "nothing of the first request, nothing unescaped");
  CHECK(strcmp(ra, ra2) == 0, "the first request again renders as the first time");
  CHECK(render_hdf(a, "missing.cs", &(STRING){ 0 }) == -1, "an unknown template is an error");

  /* The language file's fixed strings are part of the kept tree (compile_lang):
   * the same bytes as ClearSilver's own var: of them, which a space after
   * "var:" keeps (not compiled); a name the file lacks, an expression, a
   * macro's argument and an include still render per request. */
  hdf_set_value(app_global, "Lang.x", "Tôi <b>&\"'</b>");
  hdf_set_value(app_global, "Lang.s.new", "Mới");
  hdf_set_value(app_global, "Lang.s.done", "Xong");
  hdf_set_value(app_global, "Lang.part.sub", "phần");
  put(dir, "lang.cs", "<?cs def:m(x) ?>[<?cs var:Lang.x ?>|<?cs var:x ?>]<?cs /def ?>"
      "A<?cs var:Lang.x ?>|<?cs var: Lang.x ?>|<?cs var:Lang.x?>|<?cs var:Lang.nope ?>|<?cs var:Lang.s[Page.st] ?>|"
      "<?cs var:Lang.part ?>|<?cs var:Lang.part.sub ?>|<?cs call:m(Lang.s.done) ?><?cs include:\"lang-inc.cs\" ?>|<?cs var:Lang.");
  put(dir, "lang-inc.cs", "{<?cs var:Lang.s.new ?>}");
  render_fini();
  CHECK(render_init(dir) == 0, "templates loaded again, with the language strings");
  HDF *c = NULL;
  hdf_init(&c);
  hdf_set_value(c, "Page.st", "done");
  STRING s = { 0 };
  string_init(&s);
  CHECK(render_hdf(c, "lang.cs", &s) != 0, "a template cut inside a var: is still an error, not a crash");
  string_clear(&s);
  put(dir, "lang.cs", "<?cs def:m(x) ?>[<?cs var:Lang.x ?>|<?cs var:x ?>]<?cs /def ?>"
      "A<?cs var:Lang.x ?>|<?cs var: Lang.x ?>|<?cs var:Lang.x?>|<?cs var:Lang.nope ?>|<?cs var:Lang.s[Page.st] ?>|"
      "<?cs var:Lang.part ?>|<?cs var:Lang.part.sub ?>|<?cs call:m(Lang.s.done) ?><?cs include:\"lang-inc.cs\" ?>");
  render_fini();
  CHECK(render_init(dir) == 0, "templates loaded a third time");
  for (int i = 0; i < 2; i++) {
    string_init(&s);
    CHECK(render_hdf(c, "lang.cs", &s) == 0, "the language template renders (%d)", i);
    const char *want = i == 0
      ? "ATôi &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;|Tôi &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;|"
        "Tôi &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;||Xong||phần|[Tôi &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;|Xong]{Mới}"
      : "ATôi &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;|Tôi &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;|"
        "Tôi &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;||Mới||phần|[Tôi &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;|Mới]{Mới}";
    CHECK(s.buf && strcmp(s.buf, want) == 0, "fixed strings as ClearSilver escapes them, the rest per request: %s",
          s.buf ? s.buf : "(null)");
    string_clear(&s);
    hdf_set_value(c, "Page.st", "new");
    hdf_set_value(app_global, "Lang.s.done", "Mới");   /* a request-time lookup sees today's value */
  }
  hdf_destroy(&c);
  hdf_destroy(&app_global);
  free(ra); free(rb); free(ra2);
  hdf_destroy(&a);
  hdf_destroy(&b);
  render_fini();
  char path[512];
  snprintf(path, sizeof path, "%s/page.cs", dir); unlink(path);
  snprintf(path, sizeof path, "%s/inc.cs", dir); unlink(path);
  snprintf(path, sizeof path, "%s/lang.cs", dir); unlink(path);
  snprintf(path, sizeof path, "%s/lang-inc.cs", dir); unlink(path);
  rmdir(dir);
  return tap_done();
}
