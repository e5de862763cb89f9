<?cs # staff-register.cs: GET /can-bo/so-theo-doi?tu=&den= — form 07, the register of dossiers received or resolved by my unit, printable. ?><?cs set:Page.title = Lang.reg.title ?><?cs include:"header.cs" ?>
<article class="sheet register" aria-labelledby="g-title">
<p class="r-agency"><?cs var:Page.staff.unit_name ?> · <?cs var:Lang.reg.form ?></p>
<h1 id="g-title"><?cs var:Lang.reg.title ?></h1>
<form method="get" action="/can-bo/so-theo-doi" class="filters noprint">
<div class="field<?cs if:Page.errors.tu ?> has-error<?cs /if ?>"><label for="f-tu"><?cs var:Lang.reg.from ?></label><?cs call:field_error("tu") ?><input id="f-tu" name="tu" type="date" value="<?cs var:Page.form.tu ?>"<?cs call:field_aria("tu") ?>></div>
<div class="field<?cs if:Page.errors.den ?> has-error<?cs /if ?>"><label for="f-den"><?cs var:Lang.reg.to ?></label><?cs call:field_error("den") ?><input id="f-den" name="den" type="date" value="<?cs var:Page.form.den ?>"<?cs call:field_aria("den") ?>></div>
<button type="submit"><?cs var:Lang.reg.show ?></button>
</form>
<?cs if:!Page.errors.tu && !Page.errors.den ?><p class="count" role="status"><?cs var:Lang.reg.period ?> <?cs var:Page.from ?> – <?cs var:Page.to ?>: <?cs var:Page.count ?> <?cs var:Lang.dossier.title ?><?cs
 if:Page.pages > 1 || Page.last < Page.count ?>; <?cs var:Lang.reg.shown ?> <?cs var:Page.first ?>–<?cs var:Page.last ?><?cs /if ?></p>
<?cs set:reg_url = "/can-bo/so-theo-doi?tu=" + url_escape(Page.form.tu) + "&den=" + url_escape(Page.form.den) ?><?cs
 if:Page.so_dong ?><?cs set:reg_url = reg_url + "&so_dong=" + Page.so_dong ?><?cs /if ?>
<?cs if:Page.pages > 1 ?><nav class="pager noprint" aria-label="<?cs var:Lang.reg.pages ?>"><?cs
 if:Page.page > 1 ?><a href="<?cs var:reg_url ?>&amp;trang=<?cs var:#Page.page - #1 ?>" rel="prev"><?cs var:Lang.reg.prev ?></a> <?cs /if ?><?cs
 var:Lang.reg.page ?> <?cs var:Page.page ?>/<?cs var:Page.pages ?><?cs
 if:Page.page < Page.pages ?> <a href="<?cs var:reg_url ?>&amp;trang=<?cs var:#Page.page + #1 ?>" rel="next"><?cs var:Lang.reg.next ?></a><?cs /if ?>
 · <a href="<?cs var:reg_url ?>&amp;in=1"><?cs var:Lang.reg.print ?></a></nav><?cs /if ?>
<?cs if:Page.print && Page.last < Page.count ?><p class="error" role="alert"><?cs var:Lang.reg.cut ?></p><?cs /if ?>
<div class="table"><table class="worklist">
<thead><tr><th scope="col"><?cs var:Lang.reg.no ?></th><th scope="col"><?cs var:Lang.staff.code ?></th><th scope="col"><?cs var:Lang.staff.procedure ?></th><th scope="col"><?cs var:Lang.staff.applicant ?></th><th scope="col"><?cs var:Lang.reg.received ?></th><th scope="col"><?cs var:Lang.reg.due ?></th><th scope="col"><?cs var:Lang.reg.finished ?></th><th scope="col"><?cs var:Lang.reg.returned ?></th><th scope="col"><?cs var:Lang.reg.note ?></th></tr></thead>
<tbody><?cs each:d = Page.rows ?><tr>
<td><?cs var:d.no ?></td><td><?cs var:d.code ?></td><td><?cs var:d.proc_name ?></td><td><?cs var:d.applicant_name ?><br><span class="hint"><?cs var:d.address ?></span></td>
<td><?cs var:d.t_received.time ?> <?cs var:d.t_received.date ?><br><span class="hint"><?cs var:d.point ?></span></td>
<td><?cs var:d.t_due.time ?> <?cs var:d.t_due.date ?><?cs if:d.extended == 1 ?><br><span class="hint"><?cs var:Lang.reg.new_due ?> <?cs var:d.t_new_due.date ?></span><?cs /if ?></td>
<td><?cs if:d.finished ?><?cs var:d.t_finished.time ?> <?cs var:d.t_finished.date ?><?cs /if ?></td>
<td><?cs if:d.returned ?><?cs var:d.t_returned.date ?><?cs if:d.returned_how ?><br><span class="hint"><?cs var:Lang.return[d.returned_how] ?></span><?cs /if ?><?cs /if ?></td>
<td><?cs var:Lang.status[d.status] ?><?cs if:d.timing ?><br><?cs var:Lang.timing[d.timing] ?><?cs /if ?></td>
</tr><?cs /each ?></tbody>
</table></div><?cs /if ?>
</article>
<?cs include:"footer.cs" ?>
