<?cs # feedback-view.cs: GET/POST /phan-anh/{code}?k= — a feedback item through its own QR link: where it stands, the answer, the sender's verdict (reopen once). ?><?cs set:Page.title = Lang.feedback.item + " " + Page.f.code ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.feedback.item ?> <span class="code"><?cs var:Page.f.code ?></span></h1>
<p class="status fb-<?cs var:Page.f.status ?>"><strong><?cs var:Lang.dossier.status ?>:</strong> <span id="fb-status"><?cs var:Lang.feedback.status[Page.f.status] ?></span><?cs if:Page.f.overdue == 1 ?> — <span class="flag"><?cs var:Lang.feedback.overdue ?></span><?cs /if ?></p>
<dl class="facts">
<dt><?cs var:Lang.feedback.sent ?></dt><dd><time datetime="<?cs var:Page.f.t_created.iso ?>"><?cs call:when(Page.f.t_created) ?></time></dd>
<dt><?cs var:Lang.feedback.to ?></dt><dd><?cs var:Page.f.unit_name ?></dd>
<?cs if:Page.f.dossier_code ?><dt><?cs var:Lang.feedback.dossier ?></dt><dd><?cs var:Page.f.dossier_code ?></dd><?cs /if ?>
<dt><?cs var:Lang.feedback.sender ?></dt><dd><?cs var:Page.f.name_masked ?><?cs if:Page.f.source == "rating" ?> (<?cs var:Lang.feedback.from_rating ?>)<?cs /if ?></dd>
<dt><?cs var:Lang.feedback.due ?></dt><dd><time datetime="<?cs var:Page.f.t_due.iso ?>"><?cs call:when(Page.f.t_due) ?></time></dd>
</dl>
<h2><?cs var:Lang.feedback.body ?></h2><p class="legal"><?cs var:Page.f.body ?></p>
<?cs if:Page.f.reopen_note ?><p><strong><?cs var:Lang.feedback.reopen_note ?></strong></p><p class="legal"><?cs var:Page.f.reopen_note ?></p><?cs /if ?>
<?cs if:Page.f.answer ?><h2><?cs var:Lang.feedback.answer ?></h2><p class="meta"><?cs var:Lang.feedback.answered ?> <time datetime="<?cs var:Page.f.t_answered.iso ?>"><?cs call:when(Page.f.t_answered) ?></time></p><p class="legal" id="fb-answer"><?cs var:Page.f.answer ?></p><?cs /if ?>
<?cs if:Page.f.status == "answered" ?><?cs call:form_post(Page.f.path) ?>
<fieldset<?cs if:Page.errors.ket_qua ?> class="has-error"<?cs /if ?> id="f-ket_qua"><legend><?cs var:Lang.feedback.verdict ?></legend><?cs call:field_error("ket_qua") ?>
<div class="choice"><input type="radio" id="f-kq-1" name="ket_qua" value="da-giai-quyet"><label for="f-kq-1"><?cs var:Lang.feedback.resolved ?></label></div>
<div class="choice"><input type="radio" id="f-kq-2" name="ket_qua" value="chua-giai-quyet"><label for="f-kq-2"><?cs var:Lang.feedback.unresolved ?></label></div></fieldset>
<?cs if:Page.f.reopens == 0 ?><div class="field<?cs if:Page.errors.ly_do ?> has-error<?cs /if ?>"><label for="f-ly_do"><?cs var:Lang.feedback.reason ?></label><?cs call:field_error("ly_do") ?><textarea id="f-ly_do" name="ly_do" rows="3" maxlength="1000"></textarea></div><?cs /if ?>
<p class="hint"><?cs var:Lang.feedback.reopen_once ?></p>
<p><button type="submit"><?cs var:Lang.feedback.send ?></button></p></form><?cs /if ?>
<p class="hint"><?cs var:Lang.feedback.follow ?> <a href="<?cs var:Page.f.path ?>"><?cs var:Page.f.url ?></a></p>
<?cs include:"footer.cs" ?>
