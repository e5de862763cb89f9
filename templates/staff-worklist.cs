<?cs # staff-worklist.cs: GET /can-bo — what waits on my unit, by due date. ?><?cs set:Page.title = Lang.staff.worklist ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.staff.worklist ?> — <?cs var:Page.staff.unit_name ?></h1>
<?cs if:Page.staff.roles ?><form method="get" action="/can-bo/tiep-nhan" class="filters">
<div class="field"><label for="f-thu_tuc"><?cs var:Lang.staff.receive ?></label>
<p class="hint" id="h-thu_tuc"><?cs var:Lang.staff.receive_hint ?></p>
<input id="f-thu_tuc" name="thu_tuc" type="text" maxlength="32" aria-describedby="h-thu_tuc"></div>
<button type="submit"><?cs var:Lang.staff.receive_open ?></button>
</form><?cs /if ?>
<form method="get" action="/can-bo" class="filters">
<div class="field"><label for="f-trang_thai"><?cs var:Lang.staff.filter_status ?></label>
<select id="f-trang_thai" name="trang_thai"><option value=""><?cs var:Lang.staff.all ?></option>
<option value="new"<?cs if:Page.status_filter == "new" ?> selected<?cs /if ?>><?cs var:Lang.status.new ?></option>
<option value="received"<?cs if:Page.status_filter == "received" ?> selected<?cs /if ?>><?cs var:Lang.status.received ?></option>
<option value="processing"<?cs if:Page.status_filter == "processing" ?> selected<?cs /if ?>><?cs var:Lang.status.processing ?></option>
<option value="resolved"<?cs if:Page.status_filter == "resolved" ?> selected<?cs /if ?>><?cs var:Lang.status.resolved ?></option>
</select></div>
<div class="field"><label for="f-q"><?cs var:Lang.staff.search ?></label><input id="f-q" name="q" type="search" maxlength="60" value="<?cs var:Page.q ?>"></div>
<button type="submit"><?cs var:Lang.staff.filter ?></button>
</form>
<p class="count" role="status"><?cs var:Page.count ?> <?cs var:Lang.dossier.title ?></p>
<?cs if:Page.count == 0 ?><p><?cs var:Lang.staff.none ?></p><?cs else ?>
<div class="table"><table class="worklist">
<thead><tr><th scope="col"><?cs var:Lang.staff.code ?></th><th scope="col"><?cs var:Lang.staff.applicant ?></th><th scope="col"><?cs var:Lang.staff.procedure ?></th><th scope="col"><?cs var:Lang.dossier.status ?></th><th scope="col"><?cs var:Lang.staff.due ?></th></tr></thead>
<tbody><?cs each:d = Page.rows ?>
<tr class="<?cs if:d.overdue == 1 ?>overdue<?cs elif:d.due_soon == 1 ?>due-soon<?cs /if ?>">
<td><a href="/can-bo/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a></td>
<td><?cs var:d.applicant_name ?></td><td><?cs var:d.proc_name ?></td><td><?cs var:Lang.status[d.status] ?></td>
<td><?cs var:d.t_due.time ?> <?cs var:d.t_due.date ?><?cs if:d.overdue == 1 ?> <strong class="flag"><?cs var:Lang.staff.overdue ?></strong><?cs elif:d.due_soon == 1 ?> <strong class="flag soon"><?cs var:Lang.staff.due_soon ?></strong><?cs /if ?></td>
</tr><?cs /each ?></tbody>
</table></div><?cs /if ?>
<?cs include:"footer.cs" ?>
