<?cs # staff-desk.cs: GET/POST /can-bo/quay/{counter} — one counter's desk: the number served, call next, recall, skip, transfer, receive its dossier. ?><?cs set:Page.title = Lang.queue.desk_title + " " + Page.counter.no ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.queue.desk_title ?> <?cs var:Page.counter.no ?><?cs if:Page.counter.priority == 1 ?> (<?cs var:Lang.queue.display_counter_all ?>)<?cs /if ?></h1>
<?cs if:Page.errors.viec ?><div class="summary" role="alert" id="loi"><p class="error"><?cs var:Page.errors.viec ?></p></div><?cs /if ?>
<section class="step" aria-labelledby="cur-h">
<h2 id="cur-h"><?cs var:Lang.queue.desk_current ?></h2>
<?cs if:Page.current.id ?><p class="desk-number"><strong><?cs var:Page.current.label ?></strong> — <?cs var:Page.current.service ?><?cs if:Page.current.priority == 1 ?> — <strong><?cs var:Lang.queue.priority_short ?></strong><?cs /if ?><?cs if:Page.current.booked == 1 ?> (<?cs var:Lang.queue.desk_booked ?>)<?cs /if ?></p>
<p class="hint"><?cs var:Lang.queue.desk_queued ?> <?cs var:Page.current.t_queued.time ?>, <?cs var:Lang.queue.desk_called ?> <?cs var:Page.current.t_called.time ?><?cs if:Page.current.recalls > 0 ?>, <?cs var:Page.current.recalls ?> <?cs var:Lang.queue.desk_recalls ?><?cs /if ?></p>
<form method="get" action="/can-bo/tiep-nhan" class="filters">
<input type="hidden" name="so_thu_tu" value="<?cs var:Page.current.id ?>">
<div class="field"><label for="f-thu_tuc"><?cs var:Lang.queue.desk_receive ?></label>
<input id="f-thu_tuc" name="thu_tuc" type="text" maxlength="32" aria-describedby="h-thu_tuc"><p class="hint" id="h-thu_tuc"><?cs var:Lang.staff.receive_hint ?></p></div>
<button type="submit"><?cs var:Lang.queue.desk_receive_button ?></button>
</form>
<div class="desk-actions">
<?cs call:form_post("/can-bo/quay/" + Page.counter.id) ?><input type="hidden" name="viec" value="goi-lai"><input type="hidden" name="ve" value="<?cs var:Page.current.id ?>"><button type="submit"><?cs var:Lang.queue.desk_recall ?></button></form>
<?cs call:form_post("/can-bo/quay/" + Page.counter.id) ?><input type="hidden" name="viec" value="vang"><input type="hidden" name="ve" value="<?cs var:Page.current.id ?>"><button type="submit" class="secondary"><?cs var:Lang.queue.desk_skip ?></button></form>
<?cs call:form_post("/can-bo/quay/" + Page.counter.id) ?><input type="hidden" name="viec" value="xong"><input type="hidden" name="ve" value="<?cs var:Page.current.id ?>"><button type="submit" class="secondary"><?cs var:Lang.queue.desk_done ?></button></form>
</div>
<?cs call:form_post("/can-bo/quay/" + Page.counter.id) ?><input type="hidden" name="viec" value="chuyen"><input type="hidden" name="ve" value="<?cs var:Page.current.id ?>">
<div class="field"><label for="f-dich_vu"><?cs var:Lang.queue.desk_transfer ?></label>
<select id="f-dich_vu" name="dich_vu"><?cs each:s = Page.services ?><?cs if:s.id != Page.current.service_id ?><option value="<?cs var:s.id ?>"><?cs var:s.letter ?> — <?cs var:s.name ?></option><?cs /if ?><?cs /each ?></select></div>
<button type="submit"><?cs var:Lang.queue.desk_transfer_button ?></button></form>
<?cs else ?><p><?cs var:Lang.queue.desk_none ?></p><?cs /if ?>
</section>
<?cs call:form_post("/can-bo/quay/" + Page.counter.id) ?><input type="hidden" name="viec" value="goi"><button type="submit" class="big"><?cs var:Lang.queue.desk_next ?></button></form>
<h2><?cs var:Lang.queue.desk_waiting ?></h2>
<?cs if:?Page.waiting.0.id ?><div class="table"><table class="worklist">
<thead><tr><th scope="col"><?cs var:Lang.queue.ticket_title ?></th><th scope="col"><?cs var:Lang.queue.service ?></th><th scope="col"><?cs var:Lang.queue.desk_queued ?></th></tr></thead>
<tbody><?cs each:w = Page.waiting ?><tr><td><?cs var:w.label ?><?cs if:w.priority == 1 ?> — <strong><?cs var:Lang.queue.priority_short ?></strong><?cs /if ?><?cs if:w.booked == 1 ?> (<?cs var:Lang.queue.desk_booked ?>)<?cs /if ?></td><td><?cs var:w.service ?></td><td><?cs var:w.t_queued.time ?></td></tr><?cs /each ?></tbody>
</table></div><?cs else ?><p><?cs var:Lang.queue.desk_waiting_none ?></p><?cs /if ?>
<p><a href="/can-bo/quay"><?cs var:Lang.queue.desks_title ?></a> · <a href="/xep-hang/<?cs var:Page.counter.point_id ?>/man-hinh"><?cs var:Lang.queue.display_link ?></a></p>
<?cs include:"footer.cs" ?>
