<?cs # submit.cs: GET/POST /nop-ho-so/{code} — the submission form; on error it comes back filled in, with messages. The same form at a counter (/can-bo/tiep-nhan/{code}) and for a post-office agent (Page.channel: agent, online for the citizen; postal, a paper dossier by post). ?><?cs set:Page.title = Lang.submit.title + ": " + Page.proc.name ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.submit.title ?>: <?cs var:Page.proc.name ?></h1>
<p class="lead"><?cs if:Page.channel == "postal" ?><strong><?cs var:Lang.agent.channel_postal ?>.</strong> <?cs elif:Page.channel ?><strong><?cs var:Lang.agent.channel_agent ?>.</strong> <?cs /if ?><?cs var:Lang.submit.lead ?></p>
<?cs if:Page.draft ?><p class="saved" role="status"><?cs var:Lang.agent.draft_saved ?> <?cs var:Page.t_draft.time ?> <?cs var:Page.t_draft.date ?>. <?cs var:Lang.agent.draft_note ?></p><?cs /if ?>
<?cs if:?Page.error_list.0.field ?><div class="summary" role="alert" tabindex="-1" id="loi">
<h2><?cs var:Lang.submit.errors_heading ?></h2>
<ul><?cs each:e = Page.error_list ?><li><a href="#f-<?cs var:e.field ?>"><?cs var:e.msg ?></a></li><?cs /each ?></ul>
</div><?cs /if ?>
<?cs call:form_post(Page.action) ?><?cs if:Page.draft ?><input type="hidden" name="nhap" value="<?cs var:Page.draft ?>"><?cs /if ?>
<?cs if:Page.ticket.id ?><input type="hidden" name="so_thu_tu" value="<?cs var:Page.ticket.id ?>"><p class="ticket-note"><?cs var:Lang.queue.intake_ticket ?> <strong><?cs var:Page.ticket.label ?></strong></p><?cs /if ?>
<fieldset>
<legend><?cs var:Lang.submit.applicant ?></legend>
<?cs call:input("ho_ten", Lang.submit.ho_ten, "text", 1, 100, "name") ?>
<?cs call:input("so_dinh_danh", Lang.submit.so_dinh_danh, "text", 1, 12, "off") ?>
<?cs call:input("ngay_sinh", Lang.submit.ngay_sinh, "date", 1, 0, "bday") ?>
<?cs call:input("dien_thoai", Lang.submit.dien_thoai, "tel", 1, 20, "tel") ?>
<?cs call:input("email", Lang.submit.email, "email", 0, 120, "email") ?>
<?cs call:input("dia_chi", Lang.submit.dia_chi, "text", 1, 300, "") ?>
<?cs if:Page.proc.level == "ward" ?>
<div class="field<?cs if:Page.errors.co_quan ?> has-error<?cs /if ?>">
<label for="f-co_quan"><?cs var:Lang.submit.co_quan ?> <span class="req">*</span></label>
<p class="hint" id="h-co_quan"><?cs var:Lang.submit.co_quan_hint ?></p><?cs call:field_error("co_quan") ?>
<select id="f-co_quan" name="co_quan" required aria-describedby="h-co_quan"<?cs if:Page.errors.co_quan ?> aria-invalid="true"<?cs /if ?>>
<option value=""><?cs var:Lang.submit.co_quan_choose ?></option><?cs if:Page.form.co_quan ?><?cs each:w = Ref.wards ?>
<option value="<?cs var:w.id ?>"<?cs if:w.id == Page.form.co_quan ?> selected<?cs /if ?>><?cs var:w.name ?></option><?cs /each ?><?cs else ?>
<?cs # No ward chosen: the same options, rendered once per worker by refdata.c with each id and name HTML-escaped there (neos_html_escape): uvar is safe here. ?><?cs uvar:Ref.wards_options ?><?cs /if ?>
</select>
</div>
<?cs else ?>
<p><strong><?cs var:Lang.submit.city_agency ?>:</strong> <?cs var:Page.proc.authority ?></p>
<?cs /if ?>
</fieldset>
<?cs if:?Page.pfields.0.name && Page.channel != "postal" ?><fieldset>
<legend><?cs var:Lang.submit.details ?></legend>
<?cs each:f = Page.pfields ?><?cs set:n = "f_" + f.name ?>
<div class="field<?cs if:Page.errors[n] ?> has-error<?cs /if ?>">
<label for="f-<?cs var:n ?>"><?cs var:f.label ?><?cs if:f.required == 1 ?> <span class="req">*</span><?cs /if ?></label>
<?cs if:f.help ?><p class="hint" id="h-<?cs var:n ?>"><?cs var:f.help ?></p><?cs /if ?><?cs call:field_error(n) ?>
<?cs if:f.kind == "textarea" ?><textarea id="f-<?cs var:n ?>" name="<?cs var:n ?>" rows="4" maxlength="<?cs var:f.max_len ?>"<?cs if:f.required == 1 ?> required<?cs /if ?><?cs call:field_aria(n) ?>><?cs var:Page.form[n] ?></textarea>
<?cs elif:f.kind == "select" ?><select id="f-<?cs var:n ?>" name="<?cs var:n ?>"<?cs if:f.required == 1 ?> required<?cs /if ?><?cs call:field_aria(n) ?>><option value=""><?cs var:Lang.submit.choose ?></option><?cs each:o = Page.options[f.name] ?><option<?cs if:o == Page.form[n] ?> selected<?cs /if ?>><?cs var:o ?></option><?cs /each ?></select>
<?cs else ?><input id="f-<?cs var:n ?>" name="<?cs var:n ?>" type="<?cs if:f.kind == "date" ?>date<?cs elif:f.kind == "number" ?>text" inputmode="numeric<?cs else ?>text<?cs /if ?>"<?cs if:f.kind != "date" ?> maxlength="<?cs var:f.max_len ?>"<?cs /if ?> value="<?cs var:Page.form[n] ?>"<?cs if:f.required == 1 ?> required<?cs /if ?><?cs call:field_aria(n) ?>>
<?cs /if ?>
</div>
<?cs /each ?>
</fieldset><?cs /if ?>
<?cs if:Page.channel == "postal" ?><fieldset>
<legend><?cs var:Lang.agent.docs_legend ?></legend>
<p class="hint"><?cs var:Lang.agent.docs_hint ?></p>
<?cs each:d = Page.docs ?><?cs set:n = "giay_" + d.pos ?><div class="choice"><input type="checkbox" id="f-<?cs var:n ?>" name="<?cs var:n ?>" value="1"<?cs if:Page.form[n] == "1" ?> checked<?cs /if ?>><label for="f-<?cs var:n ?>"><?cs var:d.name ?> <span class="copies">(<?cs var:d.copies ?>)</span></label></div>
<?cs /each ?>
</fieldset><?cs else ?><fieldset>
<legend><?cs var:Lang.submit.files ?></legend>
<p class="hint"><?cs var:Lang.submit.files_hint ?></p>
<?cs if:Page.errors.tep ?><p class="error" id="e-tep"><?cs var:Page.errors.tep ?></p><?cs /if ?>
<?cs each:d = Page.docs ?><?cs set:n = "tep_" + d.pos ?>
<div class="field<?cs if:Page.errors[n] ?> has-error<?cs /if ?>">
<label for="f-<?cs var:n ?>"><?cs var:d.name ?> <span class="copies">(<?cs var:d.copies ?>)</span><?cs if:d.required == 1 ?> <span class="req">*</span><?cs /if ?></label><?cs call:field_error(n) ?>
<?cs if:?Page.kept[d.pos].sha ?><p class="kept"><?cs var:Lang.submit.file_kept ?> <?cs var:Page.kept[d.pos].name ?> <?cs var:Lang.submit.file_kept_hint ?></p>
<input type="hidden" name="giu_<?cs var:d.pos ?>" value="<?cs var:Page.kept[d.pos].sha ?>"><input type="hidden" name="ten_<?cs var:d.pos ?>" value="<?cs var:Page.kept[d.pos].name ?>"><?cs /if ?>
<input id="f-<?cs var:n ?>" name="<?cs var:n ?>" type="file" accept="application/pdf,image/jpeg,image/png"<?cs call:field_aria(n) ?>>
</div>
<?cs /each ?>
</fieldset><?cs /if ?>
<fieldset class="choices<?cs if:Page.errors.nhan_ket_qua ?> has-error<?cs /if ?>">
<legend><?cs var:Lang.submit.result ?></legend><?cs call:field_error("nhan_ket_qua") ?>
<div class="choice"><input type="radio" id="f-nhan_ket_qua-counter" name="nhan_ket_qua" value="counter"<?cs if:Page.form.nhan_ket_qua == "counter" ?> checked<?cs /if ?>><label for="f-nhan_ket_qua-counter"><?cs var:Lang.return.counter ?></label></div>
<div class="choice"><input type="radio" id="f-nhan_ket_qua-post" name="nhan_ket_qua" value="post"<?cs if:Page.form.nhan_ket_qua == "post" ?> checked<?cs /if ?>><label for="f-nhan_ket_qua-post"><?cs var:Lang.return.post ?></label></div>
<div class="choice"><input type="radio" id="f-nhan_ket_qua-electronic" name="nhan_ket_qua" value="electronic"<?cs if:Page.form.nhan_ket_qua == "electronic" ?> checked<?cs /if ?>><label for="f-nhan_ket_qua-electronic"><?cs var:Lang.return.electronic ?></label></div>
</fieldset>
<?cs if:Page.channel != "postal" ?><div class="field choice<?cs if:Page.errors.cam_doan ?> has-error<?cs /if ?>"><?cs call:field_error("cam_doan") ?>
<input type="checkbox" id="f-cam_doan" name="cam_doan" value="1"<?cs if:Page.form.cam_doan == "1" ?> checked<?cs /if ?><?cs call:field_aria("cam_doan") ?>><label for="f-cam_doan"><?cs var:Lang.submit.declare ?></label>
</div><?cs /if ?>
<?cs if:Page.channel ?><fieldset class="agent<?cs if:Page.errors.dong_y || Page.errors.co_mat ?> has-error<?cs /if ?>">
<legend><?cs var:Lang.agent.consent_legend ?></legend>
<div class="field choice"><?cs call:field_error("dong_y") ?>
<input type="checkbox" id="f-dong_y" name="dong_y" value="1"<?cs if:Page.form.dong_y == "1" ?> checked<?cs /if ?><?cs call:field_aria("dong_y") ?>><label for="f-dong_y"><?cs if:Page.channel == "postal" ?><?cs var:Lang.agent.consent_postal ?><?cs else ?><?cs var:Lang.agent.consent ?><?cs /if ?></label>
</div>
<div class="field<?cs if:Page.errors.co_mat ?> has-error<?cs /if ?>"><label for="f-co_mat"><?cs var:Lang.agent.present ?> <span class="req">*</span></label>
<p class="hint" id="h-co_mat"><?cs var:Lang.agent.present_hint ?></p><?cs call:field_error("co_mat") ?>
<input id="f-co_mat" name="co_mat" type="text" maxlength="200" value="<?cs var:Page.form.co_mat ?>" aria-describedby="h-co_mat"<?cs call:field_aria("co_mat") ?>></div>
</fieldset>
<div class="fees"><h2><?cs var:Lang.agent.fees ?></h2><dl class="facts">
<dt><?cs var:Lang.agent.fee_service ?></dt><dd><?cs var:Page.fees.service ?> <?cs var:Lang.agent.vnd ?></dd>
<?cs if:Page.channel == "postal" ?><dt><?cs var:Lang.agent.fee_dossier ?></dt><dd><?cs var:Page.fees.dossier ?> <?cs var:Lang.agent.vnd ?></dd>
<dt><?cs var:Lang.agent.fee_result ?></dt><dd><?cs var:Page.fees.result ?> <?cs var:Lang.agent.vnd ?></dd><?cs /if ?>
</dl><?cs if:Page.channel == "agent" ?><p class="hint"><?cs var:Lang.agent.fee_free_result ?></p><?cs /if ?></div><?cs /if ?>
<p><button type="submit"><?cs var:Lang.submit.button ?></button><?cs if:Page.channel ?> <button type="submit" name="luu_nhap" value="1" class="secondary"><?cs var:Lang.agent.save_draft ?></button><?cs /if ?></p>
<?cs if:Page.counter == 1 ?><fieldset class="refuse<?cs if:Page.errors.thieu ?> has-error<?cs /if ?>">
<legend><?cs var:Lang.submit.refuse ?></legend>
<p class="hint" id="h-thieu"><?cs var:Lang.submit.refuse_hint ?></p>
<div class="field"><label for="f-thieu"><?cs var:Lang.submit.missing ?></label><?cs call:field_error("thieu") ?>
<textarea id="f-thieu" name="thieu" rows="4" maxlength="1000"<?cs call:field_aria("thieu") ?>><?cs var:Page.form.thieu ?></textarea></div>
<p><button type="submit" name="tu_choi" value="1" class="secondary"><?cs var:Lang.submit.refuse_button ?></button></p>
</fieldset><?cs /if ?>
</form>
<?cs include:"footer.cs" ?>
