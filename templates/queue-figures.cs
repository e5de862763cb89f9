<?cs # queue-figures.cs: GET /xep-hang/{point}/so-lieu — waiting figures of one point: now per service, by hour and by weekday. ?><?cs set:Page.title = Lang.queue.figures_title + " — " + Page.point.short_name ?><?cs set:Page.css.0 = "queue.css" ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.queue.figures_title ?> <span class="sub"><?cs var:Page.point.name ?></span></h1>
<h2><?cs var:Lang.queue.figures_now ?></h2>
<div class="table"><table class="figures">
<thead><tr><th scope="col"><?cs var:Lang.queue.service ?></th><th scope="col"><?cs var:Lang.queue.waiting ?></th><th scope="col"><?cs var:Lang.queue.expect ?></th><th scope="col"><?cs var:Lang.queue.figures_served ?></th><th scope="col"><?cs var:Lang.queue.figures_avg_wait ?></th></tr></thead>
<tbody><?cs each:s = Page.now ?><tr><th scope="row"><?cs var:s.letter ?> — <?cs var:s.name ?></th><td><?cs var:s.waiting ?> <?cs var:Lang.queue.people ?></td><td><?cs var:s.expect ?> <?cs var:Lang.queue.minutes ?></td><td><?cs var:s.served ?></td><td><?cs var:s.wait_min ?> <?cs var:Lang.queue.minutes ?></td></tr><?cs /each ?></tbody>
</table></div>
<p class="hint"><?cs var:Lang.queue.figures_note ?></p>
<h2><?cs var:Lang.queue.figures_by_hour ?></h2>
<?cs if:?Page.hours.0.h ?><div class="table"><table class="figures">
<thead><tr><th scope="col"><?cs var:Lang.queue.figures_hour ?></th><th scope="col"><?cs var:Lang.queue.figures_per_day ?></th><th scope="col"><?cs var:Lang.queue.figures_wait ?></th></tr></thead>
<tbody><?cs each:h = Page.hours ?><tr><th scope="row"><?cs var:h.h ?>:00</th><td><?cs var:h.per_day ?></td><td><meter min="0" max="<?cs var:Page.hours_max ?>" value="<?cs var:h.wait_min ?>"><?cs var:h.wait_min ?></meter> <?cs var:h.wait_min ?></td></tr><?cs /each ?></tbody>
</table></div><?cs else ?><p><?cs var:Lang.queue.figures_empty ?></p><?cs /if ?>
<h2><?cs var:Lang.queue.figures_by_weekday ?></h2>
<?cs if:?Page.weekdays.0.wd ?><div class="table"><table class="figures">
<thead><tr><th scope="col"><?cs var:Lang.queue.figures_weekday ?></th><th scope="col"><?cs var:Lang.queue.figures_per_day ?></th><th scope="col"><?cs var:Lang.queue.figures_wait ?></th></tr></thead>
<tbody><?cs each:d = Page.weekdays ?><tr><th scope="row"><?cs var:Lang.queue.day[d.dow] ?></th><td><?cs var:d.per_day ?></td><td><meter min="0" max="<?cs var:Page.weekdays_max ?>" value="<?cs var:d.wait_min ?>"><?cs var:d.wait_min ?></meter> <?cs var:d.wait_min ?></td></tr><?cs /each ?></tbody>
</table></div><?cs else ?><p><?cs var:Lang.queue.figures_empty ?></p><?cs /if ?>
<p class="noprint"><a href="/xep-hang/<?cs var:Page.point.id ?>"><?cs var:Lang.queue.kiosk_title ?></a> · <a href="/xep-hang"><?cs var:Lang.queue.points_link ?></a></p>
<?cs include:"footer.cs" ?>
