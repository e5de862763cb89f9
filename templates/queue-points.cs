<?cs # queue-points.cs: GET /xep-hang?phuong= — the reception points nearest a ward, each with its wait now. ?><?cs set:Page.title = Lang.queue.points_title ?><?cs set:Page.css.0 = "queue.css" ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.queue.points_title ?></h1>
<p class="lead"><?cs var:Lang.queue.points_lead ?></p>
<form method="get" action="/xep-hang" class="filters">
<div class="field"><label for="f-phuong"><?cs var:Lang.queue.points_ward ?></label>
<select id="f-phuong" name="phuong"><option value=""><?cs var:Lang.queue.points_choose ?></option><?cs each:w = Page.wards ?>
<option value="<?cs var:w.id ?>"<?cs if:w.id == Page.ward ?> selected<?cs /if ?>><?cs var:w.name ?></option><?cs /each ?></select></div>
<button type="submit"><?cs var:Lang.queue.points_show ?></button>
</form>
<?cs if:Page.ward ?><?cs if:?Page.near.0.id ?><ol class="points"><?cs each:p = Page.near ?>
<li><h2><a href="/xep-hang/<?cs var:p.id ?>/so-lieu"><?cs var:p.name ?></a></h2>
<?cs if:p.address ?><p class="hint"><?cs var:p.address ?></p><?cs /if ?>
<p><?cs var:p.km ?> <?cs var:Lang.queue.points_km ?> · <strong><?cs var:Lang.queue.waiting ?>: <?cs var:p.waiting ?> <?cs var:Lang.queue.people ?></strong><?cs if:p.expect > 0 ?> · <?cs var:Lang.queue.expect ?> <?cs var:p.expect ?> <?cs var:Lang.queue.minutes ?><?cs /if ?></p>
<p><a href="/xep-hang/<?cs var:p.id ?>"><?cs var:Lang.queue.points_take ?></a> · <a href="/xep-hang/dat-truoc?diem=<?cs var:p.id ?>"><?cs var:Lang.queue.book_link ?></a></p></li><?cs /each ?>
</ol><?cs else ?><p><?cs var:Lang.queue.points_none ?></p><?cs /if ?><?cs /if ?>
<p><a href="/xep-hang/dat-truoc"><?cs var:Lang.queue.book_link ?></a></p>
<?cs include:"footer.cs" ?>
