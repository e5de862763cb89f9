<?cs # staff-stats.cs: GET /can-bo/thong-ke — my unit's figures (as the competent agency); each number links to the dossiers behind it. ?><?cs set:Page.title = Lang.stats.staff_title ?><?cs include:"header.cs" ?><?cs include:"stats-macros.cs" ?>
<h1><?cs var:Lang.stats.staff_title ?> — <?cs var:Page.staff.unit_name ?></h1>
<p><?cs var:Lang.stats.staff_lead ?> <?cs var:Lang.stats.asof ?> <?cs call:when(Page.asof) ?>.</p>
<form class="filters noprint" method="get" action="/can-bo/thong-ke"><div class="field"><label for="f-ky"><?cs var:Lang.stats.period ?> (YYYY, YYYY-MM)</label><input id="f-ky" name="ky" type="text" value="<?cs var:Page.period.ky ?>" maxlength="7"></div><p><button type="submit"><?cs var:Lang.stats.show ?></button></p></form>
<?cs set:base = "/can-bo/thong-ke/ho-so?ky=" + url_escape(Page.period.ky) + "&do=" ?>
<h2><?cs var:Lang.stats.months_h ?></h2>
<?cs if:subcount(Page.months) ?><?cs call:months_chart() ?><?cs /if ?>
<div class="table" role="region" aria-label="<?cs var:Lang.stats.months_h ?>" tabindex="0"><table class="stats" id="tbl-months"><caption><?cs var:Lang.stats.months_h ?> (<?cs var:Lang.stats.as_unit ?>)</caption>
<thead><tr><th scope="col"><?cs var:Lang.stats.month ?></th><?cs call:fig_th() ?></tr></thead>
<tbody><?cs each:m = Page.months ?><tr><th scope="row"><?cs var:m.label ?></th><?cs call:fig_td(m, "/can-bo/thong-ke/ho-so?ky=" + m.ky + "&do=") ?></tr>
<?cs /each ?></tbody><tfoot><tr><th scope="row"><?cs var:Lang.stats.total ?></th><?cs call:fig_td(Page.total, base) ?></tr></tfoot></table></div>
<p><?cs var:Lang.stats.col.overdue ?>: <?cs if:Page.total.overdue > 0 ?><a href="<?cs var:base ?>overdue" id="overdue-link"><?cs var:Page.total.overdue ?></a><?cs else ?>0<?cs /if ?></p>
<h2><?cs var:Lang.stats.channels_h ?></h2>
<div class="table" role="region" aria-label="<?cs var:Lang.stats.channels_h ?>" tabindex="0"><table class="stats"><caption><?cs var:Lang.stats.channels_h ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.dossier.channel ?></th><?cs call:fig_th() ?></tr></thead>
<tbody><?cs each:c = Page.channels ?><tr><th scope="row"><?cs var:Lang.stats.channel[c.ch] ?></th><?cs call:fig_td(c, "") ?></tr><?cs /each ?></tbody></table></div>
<h2><?cs var:Lang.stats.procs_h ?></h2>
<div class="table" role="region" aria-label="<?cs var:Lang.stats.procs_h ?>" tabindex="0"><table class="stats"><caption><?cs var:Lang.stats.procs_h ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.dossier.procedure ?></th><?cs call:fig_th() ?></tr></thead>
<tbody><?cs each:p = Page.procs ?><tr><th scope="row"><?cs var:p.name ?></th><?cs call:fig_td(p, "") ?></tr><?cs /each ?></tbody></table></div>
<h2><?cs var:Lang.stats.sat_h ?></h2>
<?cs if:subcount(Page.sat) ?><?cs call:sat_table(base) ?><?cs else ?><p><?cs var:Lang.stats.none ?></p><?cs /if ?>
<h2><?cs var:Lang.stats.fb_h ?></h2>
<?cs call:fb_table() ?>
<p><a href="/can-bo/phan-anh"><?cs var:Lang.feedback.staff_title ?></a> · <a href="/thong-ke/chi-so?ky=<?cs var:url_escape(Page.period.this_month) ?>"><?cs var:Lang.stats.index_link ?></a></p>
<?cs include:"footer.cs" ?>
