<?cs # staff-worklist.cs: GET /can-bo — what waits on my unit, by due date. ?><?cs set:Page.title = Lang.staff.worklist ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.staff.worklist ?> — <?cs var:Page.staff.unit_name ?></h1>
<?cs if:Page.staff.counter == 1 ?><form method="get" action="/can-bo/tiep-nhan" class="filters">
<div class="field"><label for="f-thu_tuc"><?cs var:Lang.staff.receive ?></label>
<p class="hint" id="h-thu_tuc"><?cs var:Lang.staff.receive_hint ?></p>
<input id="f-thu_tuc" name="thu_tuc" type="text" maxlength="32" aria-describedby="h-thu_tuc"></div>
<button type="submit"><?cs var:Lang.staff.receive_open ?></button>
</form><?cs /if ?>
<form method="get" action="/can-bo" class="filters">
<div class="field"><label for="f-trang_thai"><?cs var:Lang.staff.filter_status ?></label>
<select id="f-trang_thai" name="trang_thai"><option value=""><?cs var:Lang.staff.all ?></option>
<?cs each:o = Lang.staff.open_status ?><option value="<?cs name:o ?>"<?cs if:Page.status_filter == name(o) ?> selected<?cs /if ?>><?cs var:Lang.status[name(o)] ?></option><?cs /each ?>
</select></div>
<div class="field"><label for="f-thu_tuc-loc"><?cs var:Lang.staff.filter_proc ?></label><input id="f-thu_tuc-loc" name="thu_tuc" type="text" maxlength="32" value="<?cs var:Page.proc_filter ?>"></div>
<div class="field"><label for="f-diem"><?cs var:Lang.staff.filter_point ?></label>
<select id="f-diem" name="diem"><option value=""><?cs var:Lang.staff.all ?></option>
<?cs each:p = Page.points ?><option value="<?cs var:p.id ?>"<?cs if:Page.point_filter == p.id ?> selected<?cs /if ?>><?cs var:p.name ?></option><?cs /each ?>
</select></div>
<div class="field"><label for="f-q"><?cs var:Lang.staff.search ?></label><input id="f-q" name="q" type="search" maxlength="60" value="<?cs var:Page.q ?>"></div>
<div class="field choice"><input type="checkbox" id="f-cua_toi" name="cua_toi" value="1"<?cs if:Page.mine == 1 ?> checked<?cs /if ?>><label for="f-cua_toi"><?cs var:Lang.staff.filter_mine ?></label></div>
<button type="submit"><?cs var:Lang.staff.filter ?></button>
</form>
<p class="count" role="status"><?cs var:Page.count ?> <?cs var:Lang.dossier.title ?></p>
<?cs if:Page.count == 0 ?><p><?cs var:Lang.staff.none ?></p><?cs else ?>
<div class="table"><table class="worklist">
<thead><tr><th scope="col"><?cs var:Lang.staff.code ?></th><th scope="col"><?cs var:Lang.staff.applicant ?></th><th scope="col"><?cs var:Lang.staff.procedure ?></th><th scope="col"><?cs var:Lang.staff.point ?></th><th scope="col"><?cs var:Lang.dossier.status ?></th><th scope="col"><?cs var:Lang.staff.assignee ?></th><th scope="col"><?cs var:Lang.staff.due ?></th></tr></thead>
<tbody><?cs each:d = Page.rows ?>
<tr class="<?cs if:d.overdue == 1 ?>overdue<?cs elif:d.due_soon == 1 ?>due-soon<?cs /if ?>">
<td><a href="/can-bo/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a></td>
<td><?cs var:d.applicant_name ?></td><td><?cs var:d.proc_name ?></td><td><?cs var:d.point ?></td>
<td><?cs var:Lang.status[d.status] ?><?cs if:d.forwarded == 1 ?> (<?cs var:Lang.staff.forwarded ?>)<?cs /if ?></td><td><?cs var:d.assignee ?></td>
<td><?cs var:d.t_due.time ?> <?cs var:d.t_due.date ?><?cs if:d.overdue == 1 ?> <strong class="flag"><?cs var:Lang.staff.overdue ?></strong><?cs elif:d.due_soon == 1 ?> <strong class="flag soon"><?cs var:Lang.staff.due_soon ?></strong><?cs /if ?>
<?cs if:d.draft == 1 ?><br><span class="note"><?cs var:Lang.staff.apology_drafted ?></span><?cs elif:d.extended == 1 ?><br><span class="note"><?cs var:Lang.staff.apology_signed ?></span><?cs elif:d.due_soon == 1 ?><br><span class="note"><?cs var:Lang.staff.apology_hint ?></span><?cs /if ?></td>
</tr><?cs /each ?></tbody>
</table></div><?cs /if ?>
<?cs include:"footer.cs" ?>
