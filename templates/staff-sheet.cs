<?cs # staff-sheet.cs: GET /can-bo/ho-so/{code}/phieu-kiem-soat — form 06, the process control sheet, printable. ?><?cs set:Page.title = Lang.staff.sheet + " " + Page.c.code ?><?cs include:"header.cs" ?>
<article class="sheet" aria-labelledby="s-title">
<p class="r-agency"><?cs var:Page.c.holder_name ?> · <?cs var:Lang.staff.sheet_form ?></p>
<h1 id="s-title"><?cs var:Lang.staff.sheet ?></h1>
<dl class="facts">
<dt><?cs var:Lang.staff.code ?></dt><dd><?cs var:Page.c.code ?></dd>
<dt><?cs var:Lang.staff.procedure ?></dt><dd><?cs var:Page.c.proc_name ?></dd>
<dt><?cs var:Lang.staff.applicant ?></dt><dd><?cs var:Page.c.applicant_name ?></dd>
<dt><?cs var:Lang.dossier.received ?></dt><dd><?cs call:when(Page.c.t_received) ?></dd>
<dt><?cs var:Lang.dossier.due ?></dt><dd><?cs call:when(Page.c.t_due) ?></dd>
</dl>
<div class="table"><table class="worklist">
<thead><tr><th scope="col"><?cs var:Lang.staff.sheet_when ?></th><th scope="col"><?cs var:Lang.staff.sheet_what ?></th><th scope="col"><?cs var:Lang.staff.sheet_who ?></th><th scope="col"><?cs var:Lang.staff.sheet_unit ?></th><th scope="col"><?cs var:Lang.staff.sheet_due ?></th><th scope="col"><?cs var:Lang.staff.sheet_result ?></th></tr></thead>
<tbody><?cs each:s = Page.steps_done ?><tr>
<td><?cs var:s.t.time ?> <?cs var:s.t.date ?></td><td><?cs alt:Lang.staff.action[s.action] ?><?cs var:s.action ?><?cs /alt ?></td>
<td><?cs var:s.full_name ?></td><td><?cs var:s.unit ?></td><td><?cs var:s.td.time ?> <?cs var:s.td.date ?></td>
<td><?cs if:s.on_time == 1 ?><?cs var:Lang.staff.sheet_ontime ?><?cs else ?><strong class="flag"><?cs var:Lang.staff.sheet_late ?></strong><?cs /if ?></td>
</tr><?cs /each ?></tbody>
</table></div>
</article>
<?cs include:"footer.cs" ?>
