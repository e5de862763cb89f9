<?cs # staff-stats-list.cs: GET /can-bo/thong-ke/ho-so — the dossiers behind one of my unit's figures, recounted from the raw rows. ?><?cs set:Page.title = Lang.stats.list_title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.stats.list_title ?>: <?cs alt:Lang.stats.col[Page.measure] ?><?cs var:Page.measure ?><?cs /alt ?></h1>
<p><?cs var:Lang.stats.period ?>: <?cs var:Page.period.ky ?> · <span id="list-count"><?cs var:Page.count ?></span> <?cs var:Lang.stats.list_count ?></p>
<?cs if:Page.count > 0 ?><div class="table" role="region" aria-label="<?cs var:Lang.stats.list_title ?>" tabindex="0"><table class="worklist"><caption><?cs var:Lang.stats.list_title ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.dossier.code ?></th><th scope="col"><?cs var:Lang.dossier.procedure ?></th><th scope="col"><?cs var:Lang.dossier.status ?></th><th scope="col"><?cs var:Lang.dossier.received ?></th><th scope="col"><?cs var:Lang.dossier.due ?></th><th scope="col"><?cs var:Lang.stats.col.resolved ?></th></tr></thead>
<tbody><?cs each:d = Page.rows ?><tr><th scope="row"><a href="/can-bo/ho-so/<?cs var:url_escape(d.code) ?>" class="code"><?cs var:d.code ?></a></th><td><?cs var:d.proc_name ?></td><td><?cs var:Lang.status[d.status] ?></td><td><?cs var:d.t_received.date ?></td><td><?cs var:d.t_due.time ?> <?cs var:d.t_due.date ?></td><td><?cs if:d.finished ?><?cs var:d.t_finished.time ?> <?cs var:d.t_finished.date ?><?cs /if ?></td></tr>
<?cs /each ?></tbody></table></div><?cs /if ?>
<p><a href="/can-bo/thong-ke?ky=<?cs var:url_escape(Page.period.ky) ?>"><?cs var:Lang.stats.staff_title ?></a></p>
<?cs include:"footer.cs" ?>
