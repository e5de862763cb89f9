<?cs # staff-feedback.cs: GET/POST /can-bo/phan-anh/{code} — one feedback item with the sender's contact; a leader answers it. ?><?cs set:Page.title = Lang.feedback.item + " " + Page.f.code ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.feedback.item ?> <span class="code"><?cs var:Page.f.code ?></span></h1>
<p class="status"><strong><?cs var:Lang.dossier.status ?>:</strong> <?cs var:Lang.feedback.status[Page.f.status] ?><?cs if:Page.f.overdue == 1 ?> — <span class="flag"><?cs var:Lang.feedback.overdue ?></span><?cs /if ?></p>
<dl class="facts">
<dt><?cs var:Lang.feedback.sent ?></dt><dd><?cs call:when(Page.f.t_created) ?></dd>
<dt><?cs var:Lang.feedback.due ?></dt><dd><?cs call:when(Page.f.t_due) ?></dd>
<?cs if:Page.f.dossier_code ?><dt><?cs var:Lang.feedback.dossier ?></dt><dd><a href="/can-bo/ho-so/<?cs var:url_escape(Page.f.dossier_code) ?>"><?cs var:Page.f.dossier_code ?></a></dd><?cs /if ?>
<dt><?cs var:Lang.feedback.sender ?></dt><dd><?cs alt:Page.f.sender_name ?><?cs var:Page.f.name_masked ?><?cs /alt ?><?cs if:Page.f.source == "rating" ?> (<?cs var:Lang.feedback.from_rating ?>)<?cs /if ?></dd>
<?cs if:Page.f.contact ?><dt><?cs var:Lang.feedback.staff_contact ?></dt><dd><?cs var:Page.f.contact ?></dd><?cs /if ?>
</dl>
<h2><?cs var:Lang.feedback.body ?></h2><p class="legal"><?cs var:Page.f.body ?></p>
<?cs if:Page.f.reopen_note ?><p><strong><?cs var:Lang.feedback.reopen_note ?></strong></p><p class="legal"><?cs var:Page.f.reopen_note ?></p><?cs /if ?>
<?cs if:Page.f.answer ?><h2><?cs var:Lang.feedback.answer ?></h2><p class="legal"><?cs var:Page.f.answer ?></p><?cs /if ?>
<?cs if:Page.staff.leader == 1 && (Page.f.status == "open" || Page.f.status == "reopened") ?><?cs call:form_post("/can-bo/phan-anh/" + Page.f.code) ?>
<input type="hidden" name="phien_ban" value="<?cs var:Page.f.version ?>">
<div class="field<?cs if:Page.errors.tra_loi ?> has-error<?cs /if ?>"><label for="f-tra_loi"><?cs var:Lang.feedback.staff_answer ?></label><?cs call:field_error("tra_loi") ?>
<textarea id="f-tra_loi" name="tra_loi" rows="6" maxlength="4000"<?cs call:field_aria("tra_loi") ?>><?cs var:Page.form.tra_loi ?></textarea></div>
<?cs if:Page.f.allow_publish == 1 ?><div class="choice"><input type="checkbox" id="f-cong_khai" name="cong_khai" value="1" checked><label for="f-cong_khai"><?cs var:Lang.feedback.staff_publish ?></label></div><?cs else ?><p class="hint"><?cs var:Lang.feedback.staff_no_publish ?></p><?cs /if ?>
<p><button type="submit"><?cs var:Lang.feedback.staff_button ?></button></p></form><?cs /if ?>
<p><a href="/can-bo/phan-anh"><?cs var:Lang.feedback.staff_title ?></a></p>
<?cs include:"footer.cs" ?>
