<?cs # catalogue.cs: GET /thu-tuc?q=&linh-vuc= — search and filter the procedure catalogue. ?><?cs set:Page.title = Lang.catalogue.title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.catalogue.title ?></h1>
<form method="get" action="/thu-tuc" class="search" role="search">
<div class="field"><label for="q"><?cs var:Lang.home.search_label ?></label>
<p class="hint" id="q-hint"><?cs var:Lang.home.search_hint ?></p>
<?cs if:Page.errors.q ?><p class="error" id="e-q"><?cs var:Lang.err.text ?></p><?cs /if ?>
<input id="q" name="q" type="search" value="<?cs var:Page.q ?>" maxlength="100" aria-describedby="q-hint"></div>
<div class="field"><label for="linh-vuc"><?cs var:Lang.catalogue.field_label ?></label>
<select id="linh-vuc" name="linh-vuc"><option value=""><?cs var:Lang.catalogue.field_all ?></option><?cs each:f = Page.fields ?><option value="<?cs var:f.slug ?>"<?cs if:f.slug == Page.field ?> selected<?cs /if ?>><?cs var:f.name ?></option><?cs /each ?></select></div>
<button type="submit"><?cs var:Lang.home.search_button ?></button>
</form>
<p class="count" role="status"><?cs var:Page.count ?> <?cs var:Lang.catalogue.count ?></p>
<?cs if:Page.count == 0 ?><p><?cs var:Lang.catalogue.none ?></p><?cs /if ?>
<ul class="procs">
<?cs each:p = Page.procs ?><li>
<h2><a href="/thu-tuc/<?cs var:url_escape(p.code) ?>"><?cs var:p.name ?></a></h2>
<p class="meta"><span><?cs var:Lang.catalogue.code ?>: <?cs var:p.code ?></span> · <span><?cs var:p.field ?></span> · <span><?cs if:p.level == "ward" ?><?cs var:Lang.catalogue.level_ward ?><?cs else ?><?cs var:Lang.catalogue.level_city ?><?cs /if ?></span> · <span><?cs var:Lang.catalogue.limit ?>: <?cs call:limit(p.days, p.unit) ?></span><?cs if:?p.green_days ?> · <span class="green"><?cs var:Lang.catalogue.green ?>: <?cs call:limit(p.green_days, p.unit) ?></span><?cs /if ?><?cs if:p.online_full == 1 ?> · <span><?cs var:Lang.catalogue.online_full ?></span><?cs /if ?></p>
</li><?cs /each ?>
</ul>
<?cs include:"footer.cs" ?>
