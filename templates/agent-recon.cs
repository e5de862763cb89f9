<?cs # agent-recon.cs: GET /dai-ly/doi-soat (an office's agents) and /can-bo/doi-soat-buu-dien (the Centre: every post office) — the day's reconciliation, printable; the agents' also as CSV. ?><?cs if:Page.centre == 1 ?><?cs set:Page.title = Lang.agent.recon.centre_title ?><?cs else ?><?cs set:Page.title = Lang.agent.recon.title ?><?cs /if ?><?cs set:Page.print = 1 ?><?cs set:Page.body_class = "doc" ?><?cs include:"header.cs" ?>
<h1><?cs var:Page.title ?> — <?cs var:Page.day_shown ?></h1>
<form method="get" action="<?cs if:Page.centre == 1 ?>/can-bo/doi-soat-buu-dien<?cs else ?>/dai-ly/doi-soat<?cs /if ?>" class="filters noprint">
<div class="field"><label for="f-ngay"><?cs var:Lang.agent.recon.day ?></label><input id="f-ngay" name="ngay" type="date" value="<?cs var:Page.day ?>"></div>
<button type="submit"><?cs var:Lang.agent.recon.show ?></button>
</form>
<?cs if:Page.centre != 1 ?><p class="noprint"><a href="/dai-ly/doi-soat?ngay=<?cs var:url_escape(Page.day) ?>&amp;csv=1"><?cs var:Lang.agent.recon.csv ?></a><?cs if:Page.head != 1 ?> — <?cs var:Lang.agent.recon.own ?><?cs /if ?></p><?cs /if ?>
<div class="table"><table class="register">
<thead><tr><th scope="col"><?cs if:Page.centre == 1 ?><?cs var:Lang.agent.recon.office ?><?cs else ?><?cs var:Lang.agent.recon.agent ?><?cs /if ?></th><th scope="col"><?cs var:Lang.agent.recon.online ?></th><th scope="col"><?cs var:Lang.agent.recon.paper ?></th><th scope="col"><?cs var:Lang.agent.recon.fees ?></th><th scope="col"><?cs var:Lang.agent.recon.handed ?></th><th scope="col"><?cs var:Lang.agent.recon.signed ?></th><th scope="col"><?cs var:Lang.agent.recon.delivered ?></th><th scope="col"><?cs var:Lang.agent.recon.failed ?></th></tr></thead>
<tbody><?cs each:x = Page.rows ?><tr><th scope="row"><?cs if:Page.centre == 1 ?><?cs var:x.office ?><?cs else ?><?cs var:x.full_name ?> (<?cs var:x.username ?>)<?cs /if ?></th><td><?cs var:x.online ?></td><td><?cs var:x.paper ?></td><td><?cs var:x.fees ?></td><td><?cs var:x.handed ?></td><td><?cs var:x.signed ?></td><td><?cs var:x.delivered ?></td><td><?cs var:x.failed ?></td></tr><?cs /each ?></tbody>
<?cs if:Page.centre != 1 ?><tfoot><tr><th scope="row"><?cs var:Lang.agent.recon.total ?></th><td><?cs var:Page.sum.online ?></td><td><?cs var:Page.sum.paper ?></td><td><?cs var:Page.sum.fees ?></td><td><?cs var:Page.sum.handed ?></td><td><?cs var:Page.sum.signed ?></td><td><?cs var:Page.sum.delivered ?></td><td><?cs var:Page.sum.failed ?></td></tr></tfoot><?cs /if ?>
</table></div>
<?cs include:"footer.cs" ?>
