<?cs # procedure.cs: GET /thu-tuc/{code} — one procedure: authority, limits, fee, documents, who, online, submit. ?><?cs set:Page.title = Page.proc.name ?><?cs include:"header.cs" ?>
<h1><?cs var:Page.proc.name ?></h1>
<?cs if:Page.proc.provisional == 1 ?><p class="note"><?cs var:Lang.proc.provisional ?></p><?cs /if ?>
<dl class="facts">
<dt><?cs var:Lang.catalogue.code ?></dt><dd><?cs var:Page.proc.code ?></dd>
<dt><?cs var:Lang.proc.field ?></dt><dd><?cs var:Page.proc.field ?></dd>
<dt><?cs var:Lang.proc.authority ?></dt><dd><?cs var:Page.proc.authority ?></dd>
<dt><?cs var:Lang.proc.level ?></dt><dd><?cs if:Page.proc.level == "ward" ?><?cs var:Lang.catalogue.level_ward ?><?cs else ?><?cs var:Lang.catalogue.level_city ?><?cs /if ?></dd>
<dt><?cs var:Lang.proc.limit ?></dt><dd><?cs call:limit(Page.proc.days, Page.proc.unit) ?></dd>
<?cs if:?Page.proc.green_days ?><dt><?cs var:Lang.proc.green_limit ?></dt><dd class="green"><?cs call:limit(Page.proc.green_days, Page.proc.unit) ?></dd><?cs /if ?>
<dt><?cs var:Lang.proc.fee ?></dt><dd><?cs var:Page.proc.fee ?></dd>
<dt><?cs var:Lang.proc.who ?></dt><dd><?cs var:Page.proc.who ?></dd>
<dt><?cs var:Lang.proc.result ?></dt><dd><?cs var:Page.proc.result ?></dd>
<dt><?cs var:Lang.proc.online ?></dt><dd><?cs if:Page.proc.online_full == 1 ?><?cs var:Lang.proc.online_yes ?><?cs else ?><?cs var:Lang.proc.online_no ?><?cs /if ?></dd>
</dl>
<h2><?cs var:Lang.proc.docs ?></h2>
<ol class="docs"><?cs each:d = Page.docs ?><li><?cs var:d.name ?> <span class="copies">(<?cs var:d.copies ?>; <?cs if:d.required == 1 ?><?cs var:Lang.proc.required ?><?cs else ?><?cs var:Lang.proc.optional ?><?cs /if ?>)</span></li><?cs /each ?></ol>
<p><a class="button" href="/nop-ho-so/<?cs var:url_escape(Page.proc.code) ?>"><?cs var:Lang.proc.submit ?></a></p>
<h2><?cs var:Lang.proc.legal ?></h2>
<p class="legal"><?cs var:Page.proc.legal_basis ?></p>
<?cs include:"footer.cs" ?>
