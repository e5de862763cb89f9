<?cs # staff-case.cs: GET/POST /can-bo/ho-so/{code} — one dossier for the unit holding it, and its next steps. ?><?cs set:Page.title = Lang.staff.case + " " + Page.c.code ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.staff.case ?> <span class="code"><?cs var:Page.c.code ?></span></h1>
<p class="status"><strong><?cs var:Lang.dossier.status ?>:</strong> <?cs var:Lang.status[Page.c.status] ?><?cs if:Page.c.overdue == 1 ?> — <strong class="flag"><?cs var:Lang.staff.overdue ?></strong><?cs /if ?></p>
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
<?cs if:Page.agent.agent_name ?><dt><?cs var:Lang.agent.by ?></dt><dd><?cs var:Page.agent.agent_name ?>, <?cs var:Page.agent.office_name ?></dd><?cs /if ?>
<dt><?cs var:Lang.dossier.received ?></dt><dd><?cs call:when(Page.c.t_received) ?></dd>
<?cs if:Page.q.label ?><dt><?cs var:Lang.queue.case_ticket ?></dt><dd><?cs var:Page.q.label ?><?cs if:Page.q.counter_no ?>, <?cs var:Lang.queue.counter ?> <?cs var:Page.q.counter_no ?><?cs /if ?> — <?cs var:Lang.queue.case_wait ?> <span class="q-wait"><?cs var:Page.q.wait_min ?></span> <?cs var:Lang.queue.minutes ?>, <?cs var:Lang.queue.case_service ?> <span class="q-service"><?cs var:Page.q.service_min ?></span> <?cs var:Lang.queue.minutes ?></dd><?cs /if ?>
<dt><?cs var:Lang.dossier.due ?></dt><dd><?cs call:when(Page.c.t_due) ?><?cs if:Page.c.first_due ?> (<?cs var:Lang.staff.first_due ?> <?cs call:when(Page.c.t_first_due) ?>)<?cs /if ?><?cs if:Page.c.overdue != 1 && Page.c.due_soon == 1 && !Page.c.finished ?> — <strong class="flag soon"><?cs var:Lang.staff.due_soon ?></strong><?cs /if ?></dd>
<?cs if:Page.c.step_due ?><dt><?cs var:Lang.staff.step_due ?></dt><dd><?cs call:when(Page.c.t_step_due) ?></dd><?cs /if ?>
<dt><?cs var:Lang.staff.holder ?></dt><dd><?cs var:Page.c.holder_name ?><?cs if:Page.c.origin_name ?> (<?cs var:Lang.staff.forwarded_by ?> <?cs var:Page.c.origin_name ?>)<?cs /if ?></dd>
<dt><?cs var:Lang.dossier.resolver ?></dt><dd><?cs var:Page.c.resolver_name ?></dd>
<?cs if:Page.c.assignee_name ?><dt><?cs var:Lang.staff.assignee ?></dt><dd><?cs var:Page.c.assignee_name ?></dd><?cs /if ?>
<dt><?cs var:Lang.dossier.return ?></dt><dd><?cs var:Lang.return[Page.c.return_method] ?></dd>
<?cs if:Page.c.returned_how ?><dt><?cs var:Lang.staff.returned_how ?></dt><dd><?cs var:Lang.return[Page.c.returned_how] ?><?cs if:Page.c.post_tracking ?> — <?cs var:Lang.staff.tracking ?> <?cs var:Page.c.post_tracking ?><?cs /if ?></dd><?cs /if ?>
<?cs if:Page.c.missing_docs ?><dt><?cs var:Lang.staff.missing ?></dt><dd class="legal"><?cs var:Page.c.missing_docs ?></dd><?cs /if ?>
</dl>
<ul class="noprint links">
<li><a href="/can-bo/ho-so/<?cs var:url_escape(Page.c.code) ?>/phieu-kiem-soat"><?cs var:Lang.staff.sheet_link ?></a></li>
<?cs if:Page.c.status != "new" && Page.c.status != "not_received" ?><li><a href="<?cs var:Page.rating_url ?>"><?cs var:Lang.rating.desk ?></a></li><?cs /if ?>
<?cs if:Page.c.status == "not_received" ?><li><a href="/can-bo/ho-so/<?cs var:url_escape(Page.c.code) ?>/phieu-tu-choi"><?cs var:Lang.staff.slip_link ?></a></li><?cs /if ?>
<?cs if:Page.ap.reason ?><li><a href="/can-bo/ho-so/<?cs var:url_escape(Page.c.code) ?>/xin-loi"><?cs var:Lang.staff.apology_link ?></a><?cs if:Page.ap.is_signed != 1 ?> (<?cs var:Lang.staff.draft ?>)<?cs /if ?></li><?cs /if ?>
<?cs if:Page.c.status == "stopped" || Page.c.status == "withdrawn" ?><li><a href="/can-bo/ho-so/<?cs var:url_escape(Page.c.code) ?>/dung-xu-ly"><?cs var:Lang.staff.stop_link ?></a></li><?cs /if ?>
</ul>
<?cs if:?Page.attempts.0.outcome ?><h2><?cs var:Lang.agent.attempts ?></h2>
<ol><?cs each:a = Page.attempts ?><li><time datetime="<?cs var:a.t.iso ?>"><?cs var:a.t.time ?> <?cs var:a.t.date ?></time> — <?cs var:Lang.agent.outcome[a.outcome] ?><?cs if:a.id_last ?> (…<?cs var:a.id_last ?>)<?cs /if ?></li><?cs /each ?></ol><?cs /if ?>
<h2><?cs var:Lang.staff.values ?></h2>
<dl class="facts"><?cs each:v = Page.values ?><dt><?cs var:v.label ?></dt><dd><?cs var:v.value ?></dd><?cs /each ?></dl>
<h2><?cs var:Lang.staff.files ?></h2>
<ul><?cs each:f = Page.files ?><li><?cs var:f.doc ?>: <a href="/can-bo/tep?ho_so=<?cs var:url_escape(Page.c.code) ?>&amp;id=<?cs var:f.id ?>"><?cs var:f.filename ?></a> (<?cs var:f.mime ?>, <?cs var:f.size ?> B)</li><?cs /each ?></ul>
<h2><?cs var:Lang.staff.steps ?></h2>
<?cs if:Page.errors.buoc ?><p class="error" role="alert" id="e-buoc"><?cs var:Page.errors.buoc ?></p><?cs /if ?>
<?cs if:Page.c.here != 1 ?><p><?cs var:Lang.staff.not_here ?> <?cs var:Page.c.holder_name ?>.</p>
<?cs elif:?Page.steps.0.name ?><?cs each:s = Page.steps ?><?cs set:mine = Page.failed == s.name ?>
<section class="step" aria-labelledby="h-<?cs var:s.name ?>">
<h3 id="h-<?cs var:s.name ?>"><?cs var:Lang.staff.step[s.name] ?></h3>
<?cs call:form_post("/can-bo/ho-so/" + url_escape(Page.c.code)) ?>
<input type="hidden" name="buoc" value="<?cs var:s.name ?>"><input type="hidden" name="phien_ban" value="<?cs var:Page.c.version ?>">
<?cs if:s.in.specialist ?><div class="field<?cs if:mine && Page.errors.chuyen_vien ?> has-error<?cs /if ?>"><label for="f-<?cs var:s.name ?>-chuyen_vien"><?cs var:Lang.staff.in_specialist ?></label>
<?cs if:mine ?><?cs call:field_error("chuyen_vien") ?><?cs /if ?>
<select id="f-<?cs var:s.name ?>-chuyen_vien" name="chuyen_vien"><?cs each:p = Page.specialists ?><option value="<?cs var:p.id ?>"<?cs if:p.id == Page.c.assignee_id ?> selected<?cs /if ?>><?cs var:p.full_name ?></option><?cs /each ?></select></div><?cs /if ?>
<?cs if:s.in.agency ?><div class="field<?cs if:mine && Page.errors.don_vi ?> has-error<?cs /if ?>"><label for="f-<?cs var:s.name ?>-don_vi"><?cs var:Lang.staff.in_agency ?></label>
<?cs if:mine ?><?cs call:field_error("don_vi") ?><?cs /if ?>
<select id="f-<?cs var:s.name ?>-don_vi" name="don_vi"><?cs each:a = Page.agencies ?><option value="<?cs var:a.id ?>"><?cs var:a.name ?></option><?cs /each ?></select></div><?cs /if ?>
<?cs if:s.in.date ?><div class="field<?cs if:mine && Page.errors.ngay_hen ?> has-error<?cs /if ?>"><label for="f-<?cs var:s.name ?>-ngay_hen"><?cs var:Lang.staff.in_date ?></label>
<?cs if:mine ?><?cs call:field_error("ngay_hen") ?><?cs /if ?>
<input id="f-<?cs var:s.name ?>-ngay_hen" name="ngay_hen" type="date" value="<?cs if:mine ?><?cs var:Page.form.ngay_hen ?><?cs /if ?>"></div><?cs /if ?>
<?cs if:s.in.how ?><fieldset class="choices<?cs if:mine && Page.errors.cach_tra ?> has-error<?cs /if ?>"><legend><?cs var:Lang.staff.in_how ?></legend>
<?cs if:mine ?><?cs call:field_error("cach_tra") ?><?cs /if ?>
<?cs each:h = Lang.return ?><div class="choice"><input type="radio" id="f-cach_tra-<?cs name:h ?>" name="cach_tra" value="<?cs name:h ?>"<?cs if:name(h) == Page.c.return_method ?> checked<?cs /if ?>><label for="f-cach_tra-<?cs name:h ?>"><?cs var:h ?></label></div><?cs /each ?>
</fieldset>
<div class="field<?cs if:mine && Page.errors.ma_buu_gui ?> has-error<?cs /if ?>"><label for="f-ma_buu_gui"><?cs var:Lang.staff.in_tracking ?></label>
<?cs if:mine ?><?cs call:field_error("ma_buu_gui") ?><?cs /if ?>
<input id="f-ma_buu_gui" name="ma_buu_gui" type="text" maxlength="40" value="<?cs if:mine ?><?cs var:Page.form.ma_buu_gui ?><?cs /if ?>"></div><?cs /if ?>
<?cs if:s.in.result ?><div class="field<?cs if:mine && Page.errors.ket_qua ?> has-error<?cs /if ?>"><label for="f-<?cs var:s.name ?>-ket_qua"><?cs var:Lang.staff.result ?></label>
<?cs if:mine ?><?cs call:field_error("ket_qua") ?><?cs /if ?>
<input id="f-<?cs var:s.name ?>-ket_qua" name="ket_qua" type="file" accept="application/pdf"></div><?cs /if ?>
<?cs if:s.note == 1 ?><div class="field<?cs if:mine && Page.errors.ghi_chu ?> has-error<?cs /if ?>"><label for="f-<?cs var:s.name ?>-ghi_chu"><?cs alt:Lang.staff.note_for[s.name] ?><?cs var:Lang.staff.note ?><?cs /alt ?> <span class="req">*</span></label>
<?cs if:mine ?><?cs call:field_error("ghi_chu") ?><?cs /if ?>
<textarea id="f-<?cs var:s.name ?>-ghi_chu" name="ghi_chu" rows="3" maxlength="1000"><?cs if:mine ?><?cs var:Page.form.ghi_chu ?><?cs /if ?></textarea></div><?cs /if ?>
<p><button type="submit"><?cs var:Lang.staff.step[s.name] ?></button></p>
</form></section><?cs /each ?><?cs else ?><p><?cs var:Lang.staff.no_steps ?></p><?cs /if ?>
<h2><?cs var:Lang.dossier.timeline ?></h2>
<ol class="timeline"><?cs each:e = Page.events ?><?cs if:e.ev_status ?>
<li><time datetime="<?cs var:e.t.iso ?>"><?cs var:e.t.time ?> <?cs var:e.t.date ?></time> — <strong><?cs var:Lang.status[e.ev_status] ?></strong> · <?cs var:e.ev_agency ?><?cs if:e.ev_note ?><br><span class="note"><?cs var:e.ev_note ?></span><?cs /if ?></li><?cs /if ?><?cs /each ?>
</ol>
<?cs include:"footer.cs" ?>
