<?cs # staff-case.cs: GET/POST /can-bo/ho-so/{code} — one dossier for the unit holding it, and its next steps. ?><?cs set:Page.title = Lang.staff.case + " " + Page.c.code ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.staff.case ?> <span class="code"><?cs var:Page.c.code ?></span></h1>
<p class="status"><strong><?cs var:Lang.dossier.status ?>:</strong> <?cs var:Lang.status[Page.c.status] ?><?cs if:Page.c.overdue == 1 ?> — <strong class="flag"><?cs var:Lang.staff.overdue ?></strong><?cs /if ?></p>
<?cs if:Page.errors.buoc ?><p class="error" role="alert" id="e-buoc"><?cs var:Page.errors.buoc ?></p><?cs /if ?>
<dl class="facts">
<dt><?cs var:Lang.staff.procedure ?></dt><dd><?cs var:Page.c.proc_name ?> (<?cs var:Page.c.proc_code ?>)</dd>
<dt><?cs var:Lang.staff.applicant ?></dt><dd><?cs var:Page.c.applicant_name ?></dd>
<dt><?cs var:Lang.staff.id_number ?></dt><dd><?cs var:Page.c.id_number ?></dd>
<dt><?cs var:Lang.staff.birth ?></dt><dd><?cs var:Page.c.birth ?></dd>
<dt><?cs var:Lang.staff.phone ?></dt><dd><?cs var:Page.c.phone ?></dd>
<?cs if:Page.c.email ?><dt><?cs var:Lang.staff.email ?></dt><dd><?cs var:Page.c.email ?></dd><?cs /if ?>
<dt><?cs var:Lang.staff.address ?></dt><dd><?cs var:Page.c.address ?></dd>
<dt><?cs var:Lang.dossier.point ?></dt><dd><?cs var:Page.c.point_name ?></dd>
<dt><?cs var:Lang.dossier.channel ?></dt><dd><?cs var:Lang.channel[Page.c.channel] ?></dd>
<dt><?cs var:Lang.dossier.received ?></dt><dd><?cs call:when(Page.c.t_received) ?></dd>
<dt><?cs var:Lang.dossier.due ?></dt><dd><?cs call:when(Page.c.t_due) ?></dd>
<dt><?cs var:Lang.dossier.return ?></dt><dd><?cs var:Lang.return[Page.c.return_method] ?></dd>
<?cs if:Page.c.missing_docs ?><dt><?cs var:Lang.staff.missing ?></dt><dd class="legal"><?cs var:Page.c.missing_docs ?></dd><?cs /if ?>
</dl>
<p class="noprint"><a href="/can-bo/ho-so/<?cs var:url_escape(Page.c.code) ?>/phieu-kiem-soat"><?cs var:Lang.staff.sheet_link ?></a></p>
<h2><?cs var:Lang.staff.values ?></h2>
<dl class="facts"><?cs each:v = Page.values ?><dt><?cs var:v.label ?></dt><dd><?cs var:v.value ?></dd><?cs /each ?></dl>
<h2><?cs var:Lang.staff.files ?></h2>
<ul><?cs each:f = Page.files ?><li><?cs var:f.doc ?>: <a href="/can-bo/tep?ho_so=<?cs var:url_escape(Page.c.code) ?>&amp;id=<?cs var:f.id ?>"><?cs var:f.filename ?></a> (<?cs var:f.mime ?>, <?cs var:f.size ?> B)</li><?cs /each ?></ul>
<h2><?cs var:Lang.staff.steps ?></h2>
<?cs if:?Page.steps.0.name ?><?cs call:form_post("/can-bo/ho-so/" + url_escape(Page.c.code)) ?>
<input type="hidden" name="phien_ban" value="<?cs var:Page.c.version ?>">
<fieldset class="choices"><legend><?cs var:Lang.staff.steps ?></legend>
<?cs each:s = Page.steps ?><div class="choice"><input type="radio" id="b-<?cs var:s.name ?>" name="buoc" value="<?cs var:s.name ?>"<?cs if:name(s) == "0" ?> checked<?cs /if ?>><label for="b-<?cs var:s.name ?>"><?cs var:Lang.staff.step[s.name] ?></label></div><?cs /each ?>
</fieldset>
<div class="field<?cs if:Page.errors.ghi_chu ?> has-error<?cs /if ?>"><label for="f-ghi_chu"><?cs var:Lang.staff.note ?></label>
<?cs if:Page.errors.ghi_chu ?><p class="error" id="e-ghi_chu"><?cs var:Page.errors.ghi_chu ?></p><?cs /if ?>
<textarea id="f-ghi_chu" name="ghi_chu" rows="3" maxlength="1000"></textarea></div>
<div class="field<?cs if:Page.errors.ket_qua ?> has-error<?cs /if ?>"><label for="f-ket_qua"><?cs var:Lang.staff.result ?></label>
<?cs if:Page.errors.ket_qua ?><p class="error" id="e-ket_qua"><?cs var:Page.errors.ket_qua ?></p><?cs /if ?>
<input id="f-ket_qua" name="ket_qua" type="file" accept="application/pdf"></div>
<p><button type="submit"><?cs var:Lang.staff.steps ?></button></p>
</form><?cs else ?><p><?cs var:Lang.staff.no_steps ?></p><?cs /if ?>
<h2><?cs var:Lang.dossier.timeline ?></h2>
<ol class="timeline"><?cs each:e = Page.events ?><?cs if:e.ev_status ?>
<li><time datetime="<?cs var:e.t.iso ?>"><?cs var:e.t.time ?> <?cs var:e.t.date ?></time> — <strong><?cs var:Lang.status[e.ev_status] ?></strong> · <?cs var:e.ev_agency ?><?cs if:e.ev_note ?><br><span class="note"><?cs var:e.ev_note ?></span><?cs /if ?></li><?cs /if ?><?cs /each ?>
</ol>
<?cs include:"footer.cs" ?>
