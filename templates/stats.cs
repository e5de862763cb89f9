<?cs # stats.cs: GET /thong-ke — the public dashboard: charts drawn on the server with their tables, CSV links, figures as of now. ?><?cs set:Page.title = Lang.stats.title ?><?cs include:"header.cs" ?><?cs include:"stats-macros.cs" ?>
<h1><?cs var:Lang.stats.title ?></h1>
<p class="lead"><?cs var:Lang.stats.lead ?></p>
<p><?cs var:Lang.stats.asof ?> <time datetime="<?cs var:Page.asof.iso ?>"><?cs call:when(Page.asof) ?></time>. <?cs var:Lang.stats.period ?>: <strong><?cs if:Page.period.month ?><?cs var:Lang.stats.month ?> <?cs var:Page.period.label ?><?cs else ?><?cs var:Lang.stats.year ?> <?cs var:Page.period.year ?><?cs /if ?></strong>.</p>
<form class="filters noprint" method="get" action="/thong-ke"><div class="field"><label for="f-ky"><?cs var:Lang.stats.period ?> (YYYY, YYYY-MM)</label><input id="f-ky" name="ky" type="text" value="<?cs var:Page.period.ky ?>" maxlength="7" inputmode="numeric"></div><p><button type="submit"><?cs var:Lang.stats.show ?></button></p></form>
<ul class="links noprint"><li><a href="/thong-ke/chi-so?ky=<?cs var:url_escape(Page.period.ky) ?>"><?cs var:Lang.stats.index_link ?></a></li><li><a href="/thong-ke/du-lieu"><?cs var:Lang.stats.data_link ?></a></li><li><a href="/phan-anh"><?cs var:Lang.feedback.title ?></a></li></ul>

<h2><?cs var:Lang.stats.total ?></h2>
<dl class="facts totals">
<dt><?cs var:Lang.stats.col.received ?></dt><dd id="t-received"><?cs var:Page.total.received ?></dd>
<dt><?cs var:Lang.stats.col.resolved ?></dt><dd id="t-resolved"><?cs var:Page.total.resolved ?></dd>
<dt><?cs var:Lang.stats.col.p_ok ?></dt><dd id="t-p-ok"><?cs var:Page.total.p_ok ?></dd>
<dt><?cs var:Lang.stats.col.late ?></dt><dd id="t-late"><?cs var:Page.total.late ?></dd>
<dt><?cs var:Lang.stats.col.overdue ?></dt><dd id="t-overdue"><?cs var:Page.total.overdue ?></dd>
<dt><?cs var:Lang.stats.col.rated ?></dt><dd id="t-rated"><?cs var:Page.total.rated ?></dd>
<dt><?cs var:Lang.stats.col.p_unsat ?></dt><dd id="t-p-unsat"><?cs var:Page.total.p_unsat ?></dd>
</dl>
<p class="hint"><?cs var:Lang.stats.ontime_note ?> <?cs var:Lang.stats.overdue_note ?></p>

<h2><?cs var:Lang.stats.months_h ?></h2>
<?cs if:subcount(Page.months) ?><?cs call:months_chart() ?><?cs /if ?>
<div class="table" role="region" aria-label="<?cs var:Lang.stats.months_h ?>" tabindex="0"><table class="stats" id="tbl-months"><caption><?cs var:Lang.stats.months_h ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.stats.month ?></th><?cs call:fig_th() ?></tr></thead>
<tbody><?cs each:m = Page.months ?><tr><th scope="row"><a href="/thong-ke?ky=<?cs var:m.ky ?>"><?cs var:m.label ?></a></th><?cs call:fig_td(m, "") ?></tr>
<?cs /each ?></tbody><tfoot><tr><th scope="row"><?cs var:Lang.stats.total ?></th><?cs call:fig_td(Page.total, "") ?></tr></tfoot></table></div>
<?cs call:csv_link("thang", "thang") ?>

<h2><?cs var:Lang.stats.units_h ?></h2>
<?cs if:subcount(Page.units) ?><div class="table" role="region" aria-label="<?cs var:Lang.stats.units_h ?>" tabindex="0"><table class="stats" id="tbl-units"><caption><?cs var:Lang.stats.units_h ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.index.unit ?></th><?cs call:fig_th() ?><th scope="col"><?cs var:Lang.stats.col.overdue ?></th></tr></thead>
<tbody><?cs each:u = Page.units ?><tr><th scope="row"><?cs var:u.name ?></th><?cs call:fig_td(u, "") ?><td class="num"><?cs alt:u.overdue ?>0<?cs /alt ?></td></tr>
<?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.stats.none ?></p><?cs /if ?>
<?cs call:csv_link("don-vi", "don_vi") ?>

<h2><?cs var:Lang.stats.points_h ?></h2>
<?cs if:subcount(Page.points) ?><div class="table" role="region" aria-label="<?cs var:Lang.stats.points_h ?>" tabindex="0"><table class="stats" id="tbl-points"><caption><?cs var:Lang.stats.points_h ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.index.unit ?></th><?cs call:fig_th() ?></tr></thead>
<tbody><?cs each:u = Page.points ?><tr><th scope="row"><?cs var:u.name ?></th><?cs call:fig_td(u, "") ?></tr>
<?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.stats.none ?></p><?cs /if ?>
<?cs call:csv_link("diem", "diem") ?>

<h2><?cs var:Lang.stats.channels_h ?></h2>
<?cs if:subcount(Page.channels) ?><?cs call:channels_chart() ?>
<div class="table" role="region" aria-label="<?cs var:Lang.stats.channels_h ?>" tabindex="0"><table class="stats" id="tbl-channels"><caption><?cs var:Lang.stats.channels_h ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.dossier.channel ?></th><?cs call:fig_th() ?></tr></thead>
<tbody><?cs each:c = Page.channels ?><tr><th scope="row"><?cs var:Lang.stats.channel[c.ch] ?></th><?cs call:fig_td(c, "") ?></tr>
<?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.stats.none ?></p><?cs /if ?>
<?cs call:csv_link("kenh", "kenh") ?>

<h2><?cs var:Lang.stats.procs_h ?></h2>
<?cs if:subcount(Page.procs) ?><div class="table" role="region" aria-label="<?cs var:Lang.stats.procs_h ?>" tabindex="0"><table class="stats" id="tbl-procs"><caption><?cs var:Lang.stats.procs_h ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.catalogue.code ?></th><th scope="col"><?cs var:Lang.dossier.procedure ?></th><?cs call:fig_th() ?></tr></thead>
<tbody><?cs each:p = Page.procs ?><tr><td><?cs var:p.code ?></td><th scope="row"><?cs var:p.name ?></th><?cs call:fig_td(p, "") ?></tr>
<?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.stats.none ?></p><?cs /if ?>
<?cs call:csv_link("thu-tuc", "thu_tuc") ?>

<h2><?cs var:Lang.stats.sat_h ?></h2>
<?cs if:subcount(Page.sat) ?><?cs call:sat_chart() ?><?cs call:sat_table("") ?><?cs else ?><p><?cs var:Lang.stats.none ?></p><?cs /if ?>
<?cs call:csv_link("hai-long", "hai_long") ?>
<h2><?cs var:Lang.stats.sat_units_h ?></h2>
<?cs if:subcount(Page.sat_units) ?><div class="table" role="region" aria-label="<?cs var:Lang.stats.sat_units_h ?>" tabindex="0"><table class="stats" id="tbl-sat-units"><caption><?cs var:Lang.stats.sat_units_h ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.index.unit ?></th><th scope="col"><?cs var:Lang.stats.col.rated ?></th><th scope="col"><?cs var:Lang.stats.col.rated_unsat ?></th><th scope="col"><?cs var:Lang.stats.col.p_unsat ?></th><th scope="col"><?cs var:Lang.rating.level3 ?></th><th scope="col"><?cs var:Lang.rating.level2 ?></th><th scope="col"><?cs var:Lang.rating.level1 ?></th></tr></thead>
<tbody><?cs each:u = Page.sat_units ?><tr><th scope="row"><?cs var:u.name ?></th><td class="num"><?cs var:u.rated ?></td><td class="num"><?cs var:u.rated_unsat ?></td><td class="num"><?cs var:u.p_unsat ?></td><td class="num"><?cs var:u.very ?></td><td class="num"><?cs var:u.sat ?></td><td class="num"><?cs var:u.unsat ?></td></tr>
<?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.stats.none ?></p><?cs /if ?>
<?cs call:csv_link("hai-long-don-vi", "hai_long_don_vi") ?>

<h2><?cs var:Lang.stats.fb_h ?></h2>
<?cs call:fb_table() ?>
<?cs call:csv_link("phan-anh", "phan_anh") ?>
<?cs include:"footer.cs" ?>
