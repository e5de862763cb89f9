<?cs # agent-case.cs: GET/POST /dai-ly/ho-so/{code} — a dossier of the post office: what the step in hand needs, what the agency asked for, what to print, the delivery steps. ?><?cs set:Page.title = Lang.agent.case + " " + Page.c.code ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.agent.case ?> <span class="code"><?cs var:Page.c.code ?></span></h1>
<p class="status"><strong><?cs var:Lang.dossier.status ?>:</strong> <?cs var:Lang.status[Page.c.status] ?></p>
<?cs if:Page.c.status == "not_received" && Page.c.missing_docs ?><div class="note" role="note"><p><strong><?cs var:Lang.agent.asked_missing ?></strong></p><p class="legal"><?cs var:Page.c.missing_docs ?></p></div><?cs /if ?>
<?cs if:Page.c.status == "supplement_requested" ?><div class="note" role="note"><p><strong><?cs var:Lang.agent.asked_supplement ?></strong></p><p class="legal"><?cs var:Page.request ?></p>
<p><a class="button" href="<?cs var:Page.supplement_path ?>"><?cs var:Lang.agent.help_supplement ?></a></p></div><?cs /if ?>
<ul class="noprint links">
<?cs if:Page.c.channel == "agent" ?><li><a href="<?cs var:Page.receipt_path ?>"><?cs var:Lang.agent.print_receipt ?></a></li>
<li><a href="<?cs var:Page.png_path ?>"><?cs var:Lang.agent.print_png ?></a></li><?cs /if ?>
<?cs if:Page.c.channel == "postal" && Page.c.s10 ?><li><a href="/dai-ly/ho-so/<?cs var:url_escape(Page.c.code) ?>/phieu-gui"><?cs var:Lang.agent.print_slip ?></a></li><?cs /if ?>
<?cs if:Page.c.agent_name ?><li><a href="/dai-ly/ho-so/<?cs var:url_escape(Page.c.code) ?>/bien-lai"><?cs var:Lang.agent.print_fees ?></a></li><?cs /if ?>
<li><a href="<?cs var:Page.status_path ?>"><?cs var:Lang.agent.status_link ?></a></li>
</ul>
<dl class="facts">
<dt><?cs var:Lang.staff.procedure ?></dt><dd><?cs var:Page.c.proc_name ?> (<?cs var:Page.c.proc_code ?>)</dd>
<dt><?cs var:Lang.agent.applicant ?></dt><dd><?cs var:Page.c.applicant_name ?></dd>
<dt><?cs var:Lang.agent.id_last4 ?></dt><dd><?cs var:Lang.agent.id_last4_checked ?></dd>
<dt><?cs var:Lang.agent.phone ?></dt><dd><?cs var:Page.c.phone ?></dd>
<dt><?cs var:Lang.agent.address ?></dt><dd><?cs var:Page.c.address ?></dd>
<dt><?cs var:Lang.dossier.channel ?></dt><dd><?cs var:Lang.channel[Page.c.channel] ?></dd>
<?cs if:Page.c.agent_name ?><dt><?cs var:Lang.agent.by ?></dt><dd><?cs var:Page.c.agent_name ?>, <?cs var:Page.c.office_name ?></dd>
<dt><?cs var:Lang.agent.present ?></dt><dd><?cs var:Page.c.present ?></dd><?cs /if ?>
<?cs if:Page.c.s10 ?><dt><?cs var:Lang.agent.slip_no ?></dt><dd><?cs var:Page.c.s10 ?></dd><?cs /if ?>
<dt><?cs var:Lang.dossier.resolver ?></dt><dd><?cs var:Page.c.resolver_name ?></dd>
<dt><?cs var:Lang.agent.holder ?></dt><dd><?cs var:Page.c.holder_name ?></dd>
<dt><?cs var:Lang.dossier.return ?></dt><dd><?cs var:Lang.return[Page.c.return_method] ?><?cs if:Page.c.post_tracking ?> — <?cs var:Page.c.post_tracking ?><?cs /if ?></dd>
</dl>
<?cs if:?Page.attempts.0.outcome ?><h2><?cs var:Lang.agent.attempts ?></h2>
<ol><?cs each:a = Page.attempts ?><li><time datetime="<?cs var:a.t.iso ?>"><?cs var:a.t.time ?> <?cs var:a.t.date ?></time> — <?cs var:Lang.agent.outcome[a.outcome] ?><?cs if:a.id_last ?> (…<?cs var:a.id_last ?>)<?cs /if ?></li><?cs /each ?></ol><?cs /if ?>
<?cs if:?Page.steps.0.name ?><h2><?cs var:Lang.agent.steps ?></h2>
<?cs if:Page.errors.buoc ?><p class="error" role="alert" id="e-buoc"><?cs var:Page.errors.buoc ?></p><?cs /if ?>
<?cs each:s = Page.steps ?><?cs set:mine = Page.failed == s.name ?>
<section class="step" aria-labelledby="h-<?cs var:s.name ?>">
<h3 id="h-<?cs var:s.name ?>"><?cs var:Lang.agent.step[s.name] ?></h3>
<p class="hint"><?cs var:Lang.agent.step_hint[s.name] ?></p>
<?cs call:form_post("/dai-ly/ho-so/" + url_escape(Page.c.code)) ?>
<input type="hidden" name="buoc" value="<?cs var:s.name ?>"><input type="hidden" name="phien_ban" value="<?cs var:Page.c.version ?>">
<?cs if:s.recipient ?><fieldset class="choices<?cs if:mine && Page.errors.nguoi_nhan ?> has-error<?cs /if ?>"><legend><?cs var:Lang.agent.recipient ?></legend>
<?cs if:mine ?><?cs call:field_error("nguoi_nhan") ?><?cs /if ?>
<div class="choice"><input type="radio" id="f-nguoi_nhan-applicant" name="nguoi_nhan" value="applicant" checked><label for="f-nguoi_nhan-applicant"><?cs var:Lang.agent.recipient_applicant ?></label></div>
<div class="choice"><input type="radio" id="f-nguoi_nhan-authorised" name="nguoi_nhan" value="authorised"><label for="f-nguoi_nhan-authorised"><?cs var:Lang.agent.recipient_authorised ?></label></div>
</fieldset>
<div class="field<?cs if:mine && Page.errors.so_giay_to ?> has-error<?cs /if ?>"><label for="f-so_giay_to"><?cs var:Lang.agent.id_last ?></label>
<?cs if:mine ?><?cs call:field_error("so_giay_to") ?><?cs /if ?>
<input id="f-so_giay_to" name="so_giay_to" type="text" inputmode="numeric" maxlength="4" value="<?cs if:mine ?><?cs var:Page.form.so_giay_to ?><?cs /if ?>"></div><?cs /if ?>
<p><button type="submit"><?cs var:Lang.agent.step[s.name] ?></button></p>
</form></section><?cs /each ?><?cs /if ?>
<h2><?cs var:Lang.dossier.timeline ?></h2>
<ol class="timeline"><?cs each:e = Page.events ?><?cs if:e.ev_status ?>
<li><time datetime="<?cs var:e.t.iso ?>"><?cs var:e.t.time ?> <?cs var:e.t.date ?></time> — <strong><?cs var:Lang.status[e.ev_status] ?></strong> · <?cs var:e.ev_agency ?><?cs if:e.ev_note ?><br><span class="note"><?cs var:e.ev_note ?></span><?cs /if ?></li><?cs /if ?><?cs /each ?>
</ol>
<?cs include:"footer.cs" ?>
