<?cs # queue-display.cs: GET /xep-hang/{point}/man-hinh — the hall's screen: each counter's number, the next numbers of each service; refreshes itself. ?><?cs set:Page.title = Lang.queue.display_title + " — " + Page.point.short_name ?><?cs set:Page.css.0 = "queue.css" ?><?cs set:Page.body_class = "display-page" ?><?cs set:Page.refresh = 10 ?><?cs set:Page.script = "queue.js" ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.queue.display_title ?> <span class="sub"><?cs var:Page.point.name ?></span></h1>
<div id="board" class="board" data-live="3" aria-live="polite">
<section aria-labelledby="serving-h">
<h2 id="serving-h"><?cs var:Lang.queue.display_serving ?></h2>
<ul class="counters"><?cs each:c = Page.board ?>
<li class="<?cs if:c.label ?>busy<?cs else ?>idle<?cs /if ?><?cs if:c.recalls > 0 ?> recalled<?cs /if ?>"><span class="c-name"><?cs var:Lang.queue.counter ?> <?cs var:c.no ?><?cs if:c.priority == 1 ?> (<?cs var:Lang.queue.display_counter_all ?>)<?cs /if ?></span> <span class="c-number"><?cs alt:c.label ?><?cs var:Lang.queue.display_none ?><?cs /alt ?></span><?cs if:c.recalls > 0 ?> <span class="c-recall"><?cs var:Lang.queue.display_recalled ?></span><?cs /if ?></li><?cs /each ?>
</ul>
</section>
<section aria-labelledby="next-h">
<h2 id="next-h"><?cs var:Lang.queue.display_next ?></h2>
<ul class="services-next"><?cs each:s = Page.now ?>
<li><span class="s-name"><span class="letter"><?cs var:s.letter ?></span> <?cs var:s.name ?></span> <span class="s-wait"><?cs var:Lang.queue.waiting ?>: <?cs var:s.waiting ?></span>
<?cs if:?s.next.0.label ?><ol class="next"><?cs each:n = s.next ?><li><?cs var:n.label ?><?cs if:n.priority == 1 ?> <span class="prio">(<?cs var:Lang.queue.priority_short ?>)</span><?cs /if ?></li><?cs /each ?></ol><?cs /if ?></li><?cs /each ?>
</ul>
</section>
</div>
<?cs include:"footer.cs" ?>
