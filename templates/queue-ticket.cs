<?cs # queue-ticket.cs: GET /xep-hang/ve/{id}?k= — the number on the citizen's phone and on the 80 mm slip, with its QR; updates itself. ?><?cs set:Page.title = Lang.queue.ticket_title + " " + Page.t.label ?><?cs set:Page.css.0 = "queue.css" ?><?cs set:Page.css.1 = "ticket.css" ?><?cs set:Page.body_class = "ticket-page" ?><?cs if:Page.t.status == "waiting" && Page.t.today == 1 ?><?cs set:Page.refresh = 20 ?><?cs /if ?><?cs set:Page.script = "queue.js" ?><?cs include:"header.cs" ?>
<article class="ticket" aria-labelledby="t-h">
<p class="t-point"><strong><?cs var:Page.t.point ?></strong><?cs if:Page.t.point_address ?><br><?cs var:Page.t.point_address ?><?cs /if ?></p>
<h1 id="t-h"><span class="t-caption"><?cs var:Lang.queue.ticket_title ?></span> <span class="t-number"><?cs var:Page.t.label ?></span></h1>
<p class="t-service"><?cs var:Page.t.service ?><?cs if:Page.t.priority == 1 ?> — <strong><?cs var:Lang.queue.priority_short ?></strong><?cs /if ?></p>
<div id="t-live" class="t-status" data-live="8" aria-live="polite">
<?cs if:Page.t.today != 1 ?><p><?cs var:Lang.queue.ticket_old ?></p><?cs
elif:Page.t.status == "waiting" ?><p><?cs var:Lang.queue.ticket_waiting ?> <?cs var:Lang.queue.ticket_ahead ?> <strong class="t-ahead"><?cs var:Page.t.ahead ?></strong> <?cs var:Lang.queue.people ?><?cs if:Page.t.expect > 0 ?>; <?cs var:Lang.queue.expect ?> <strong><?cs var:Page.t.expect ?></strong> <?cs var:Lang.queue.minutes ?><?cs /if ?>.</p><?cs
elif:Page.t.status == "called" ?><p class="t-called"><?cs var:Lang.queue.ticket_called ?> <strong><?cs var:Lang.queue.counter ?> <?cs var:Page.t.counter_no ?></strong></p><?cs
elif:Page.t.status == "done" ?><p><?cs var:Lang.queue.ticket_done ?></p><?cs
else ?><p><?cs var:Lang.queue.ticket_skipped ?></p><?cs /if ?>
<?cs if:?Page.dossiers.0.code ?><p><?cs var:Lang.queue.ticket_dossiers ?>:</p><ul><?cs each:d = Page.dossiers ?><li><a href="<?cs var:d.path ?>"><?cs var:d.code ?></a></li><?cs /each ?></ul><?cs /if ?>
</div>
<p class="t-when"><?cs var:Lang.queue.ticket_taken ?> <?cs call:when(Page.t.t_queued) ?></p>
<div class="t-qr">
<?cs # The QR is SVG markup built by qr.c from a bit matrix (no user text): uvar is safe here. ?><?cs uvar:Page.qr_svg ?>
<p><?cs var:Lang.queue.ticket_scan ?></p>
</div>
</article>
<p class="noprint hint"><?cs var:Lang.queue.ticket_refresh ?></p>
<p class="noprint actions" data-print="<?cs var:Lang.queue.ticket_print ?>"><a href="/xep-hang/<?cs var:Page.t.point_id ?>"><?cs var:Lang.queue.ticket_another ?></a></p>
<?cs include:"footer.cs" ?>
