<?cs # home.cs: GET / — procedure search, fields, dossier lookup. ?><?cs set:Page.title = Lang.home.title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.home.title ?></h1>
<p class="lead"><?cs var:Lang.home.lead ?></p>
<section aria-labelledby="h-search">
<h2 id="h-search"><?cs var:Lang.home.search_heading ?></h2>
<form method="get" action="/thu-tuc" class="search" role="search">
<label for="q"><?cs var:Lang.home.search_label ?></label>
<p class="hint" id="q-hint"><?cs var:Lang.home.search_hint ?></p>
<div class="row"><input id="q" name="q" type="search" aria-describedby="q-hint" maxlength="100"><button type="submit"><?cs var:Lang.home.search_button ?></button></div>
</form>
</section>
<section aria-labelledby="h-fields">
<h2 id="h-fields"><?cs var:Lang.home.fields_heading ?></h2>
<ul class="fields"><?cs each:f = Page.fields ?><li><a href="/thu-tuc?linh-vuc=<?cs var:url_escape(f.slug) ?>"><?cs var:f.name ?></a></li><?cs /each ?></ul>
</section>
<section aria-labelledby="h-lookup">
<h2 id="h-lookup"><?cs var:Lang.home.lookup_heading ?></h2>
<p><?cs var:Lang.home.lookup_lead ?></p>
<form method="get" action="/tra-cuu" class="lookup">
<div class="field"><label for="ma"><?cs var:Lang.lookup.ma ?></label><input id="ma" name="ma" type="text" maxlength="60" autocomplete="off" placeholder="000.00.10.H26-251124-0001"></div>
<div class="field"><label for="so"><?cs var:Lang.lookup.so ?></label><input id="so" name="so" type="text" inputmode="numeric" maxlength="4" pattern="[0-9]{4}" autocomplete="off"></div>
<button type="submit"><?cs var:Lang.lookup.button ?></button>
</form>
</section>
<?cs include:"footer.cs" ?>
