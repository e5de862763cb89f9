<?cs # staff-desks.cs: GET /can-bo/quay — the counters of my reception point, to sit at one. ?><?cs set:Page.title = Lang.queue.desks_title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.queue.desks_title ?></h1>
<?cs if:?Page.counters.0.id ?><p><?cs var:Lang.queue.desks_lead ?></p>
<ul class="desks"><?cs each:c = Page.counters ?><li><a href="/can-bo/quay/<?cs var:c.id ?>"><?cs var:Lang.queue.counter ?> <?cs var:c.no ?></a> — <?cs var:Lang.queue.desks_serves ?> <?cs var:c.letters ?><?cs if:c.priority == 1 ?> (<?cs var:Lang.queue.display_counter_all ?>)<?cs /if ?></li><?cs /each ?></ul>
<ul class="links">
<li><a href="/xep-hang/<?cs var:Page.point ?>"><?cs var:Lang.queue.kiosk_title ?></a></li>
<li><a href="/xep-hang/<?cs var:Page.point ?>/man-hinh"><?cs var:Lang.queue.display_link ?></a></li>
<li><a href="/xep-hang/<?cs var:Page.point ?>/so-lieu"><?cs var:Lang.queue.figures_link ?></a></li>
</ul><?cs else ?><p><?cs var:Lang.queue.desks_none ?></p><?cs /if ?>
<?cs include:"footer.cs" ?>
