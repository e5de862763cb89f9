<?cs # feedback.cs: GET/POST /phan-anh — feedback from anyone (with or without a dossier code), and the answers published with the senders' leave. ?><?cs set:Page.title = Lang.feedback.title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.feedback.title ?></h1>
<p class="lead"><?cs var:Lang.feedback.lead ?></p>
<?cs if:subcount(Page.error_list) ?><div class="summary" role="alert"><h2><?cs var:Lang.submit.errors_heading ?></h2><ul><?cs each:e = Page.error_list ?><li><a href="#f-<?cs var:e.field ?>"><?cs var:e.msg ?></a></li><?cs /each ?></ul></div><?cs /if ?>
<?cs call:form_post("/phan-anh") ?>
<div class="field<?cs if:Page.errors.ma ?> has-error<?cs /if ?>"><label for="f-ma"><?cs var:Lang.feedback.code ?></label><p class="hint" id="h-ma"><?cs var:Lang.feedback.code_hint ?></p><?cs call:field_error("ma") ?>
<input id="f-ma" name="ma" type="text" value="<?cs var:Page.form.ma ?>" maxlength="60" aria-describedby="h-ma"></div>
<div class="field<?cs if:Page.errors.don_vi ?> has-error<?cs /if ?>"><label for="f-don_vi"><?cs var:Lang.feedback.unit ?></label><?cs call:field_error("don_vi") ?>
<select id="f-don_vi" name="don_vi"<?cs call:field_aria("don_vi") ?>><option value=""><?cs var:Lang.feedback.unit_choose ?></option><?cs each:u = Page.units ?><option value="<?cs var:u.id ?>"<?cs if:Page.form.don_vi == u.id ?> selected<?cs /if ?>><?cs var:u.name ?></option><?cs /each ?></select></div>
<?cs call:input("ho_ten", Lang.feedback.name, "text", 1, 100, "name") ?>
<div class="field<?cs if:Page.errors.lien_he ?> has-error<?cs /if ?>"><label for="f-lien_he"><?cs var:Lang.feedback.contact ?> <span class="req" title="<?cs var:Lang.submit.required_mark ?>">*</span></label><p class="hint" id="h-lien_he"><?cs var:Lang.feedback.contact_hint ?></p><?cs call:field_error("lien_he") ?>
<input id="f-lien_he" name="lien_he" type="text" value="<?cs var:Page.form.lien_he ?>" maxlength="120" required aria-describedby="h-lien_he"></div>
<div class="field<?cs if:Page.errors.noi_dung ?> has-error<?cs /if ?>"><label for="f-noi_dung"><?cs var:Lang.feedback.body ?> <span class="req" title="<?cs var:Lang.submit.required_mark ?>">*</span></label><?cs call:field_error("noi_dung") ?>
<textarea id="f-noi_dung" name="noi_dung" rows="6" maxlength="2000" required<?cs call:field_aria("noi_dung") ?>><?cs var:Page.form.noi_dung ?></textarea></div>
<div class="choice"><input type="checkbox" id="f-cong_khai" name="cong_khai" value="1"<?cs if:Page.form.cong_khai == "1" ?> checked<?cs /if ?>><label for="f-cong_khai"><?cs var:Lang.feedback.publish ?></label></div>
<p><button type="submit"><?cs var:Lang.feedback.button ?></button></p>
</form>
<h2><?cs var:Lang.feedback.published ?></h2>
<?cs if:subcount(Page.published) ?><?cs each:p = Page.published ?><article class="fb-public"><h3><?cs var:Lang.feedback.item ?> <?cs var:p.code ?> · <?cs var:p.unit_name ?></h3>
<p class="meta"><?cs var:Lang.feedback.sender ?>: <?cs var:p.name_masked ?> · <?cs var:Lang.feedback.sent ?> <?cs var:p.t_created.date ?></p>
<p class="legal"><?cs var:p.body ?></p><p><strong><?cs var:Lang.feedback.answer ?> (<?cs var:p.t_answered.date ?>):</strong></p><p class="legal"><?cs var:p.answer ?></p></article>
<?cs /each ?><?cs else ?><p><?cs var:Lang.feedback.none_published ?></p><?cs /if ?>
<?cs include:"footer.cs" ?>
