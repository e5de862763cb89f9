<?cs # queue-book.cs: GET/POST /xep-hang/dat-truoc — book a number online: point, service, day, identification number and phone. ?><?cs set:Page.title = Lang.queue.book_title ?><?cs set:Page.css.0 = "queue.css" ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.queue.book_title ?></h1>
<p class="lead"><?cs var:Lang.queue.book_lead ?> <?cs var:Page.hours ?> <?cs var:Lang.queue.book_lead2 ?></p>
<?cs if:?Page.error_list.0.field ?><div class="summary" role="alert" tabindex="-1" id="loi">
<h2><?cs var:Lang.queue.errors_heading ?></h2>
<ul><?cs each:e = Page.error_list ?><li><a href="#f-<?cs var:e.field ?>"><?cs var:e.msg ?></a></li><?cs /each ?></ul>
</div><?cs /if ?>
<?cs if:?Page.days.0.value ?><?cs call:form_post("/xep-hang/dat-truoc") ?>
<div class="field<?cs if:Page.errors.diem ?> has-error<?cs /if ?>">
<label for="f-diem"><?cs var:Lang.queue.book_point ?> <span class="req">*</span></label><?cs call:field_error("diem") ?>
<select id="f-diem" name="diem" required<?cs call:field_aria("diem") ?>><option value=""><?cs var:Lang.queue.book_point_choose ?></option><?cs each:p = Page.points ?>
<option value="<?cs var:p.id ?>"<?cs if:p.id == Page.form.diem ?> selected<?cs /if ?>><?cs var:p.name ?></option><?cs /each ?></select>
</div>
<fieldset class="<?cs if:Page.errors.dich_vu ?>has-error<?cs /if ?>" id="f-dich_vu">
<legend><?cs var:Lang.queue.service ?> <span class="req">*</span></legend><?cs call:field_error("dich_vu") ?>
<?cs each:s = Page.services ?><div class="choice"><input type="radio" name="dich_vu" id="f-dich_vu-<?cs var:s.slug ?>" value="<?cs var:s.slug ?>"<?cs if:s.slug == Page.form.dich_vu ?> checked<?cs /if ?>>
<label for="f-dich_vu-<?cs var:s.slug ?>"><?cs var:s.letter ?> — <?cs var:s.name ?></label></div><?cs /each ?>
</fieldset>
<div class="field<?cs if:Page.errors.ngay ?> has-error<?cs /if ?>">
<label for="f-ngay"><?cs var:Lang.queue.book_day ?> <span class="req">*</span></label><?cs call:field_error("ngay") ?>
<select id="f-ngay" name="ngay" required<?cs call:field_aria("ngay") ?>><option value=""><?cs var:Lang.queue.book_day_choose ?></option><?cs each:d = Page.days ?>
<option value="<?cs var:d.value ?>"<?cs if:d.value == Page.form.ngay ?> selected<?cs /if ?>><?cs var:Lang.queue.day[d.wd] ?>, <?cs var:d.date ?></option><?cs /each ?></select>
</div>
<p class="hint" id="h-privacy"><?cs var:Lang.queue.book_privacy ?></p>
<?cs call:input("so_dinh_danh", Lang.queue.book_id, "text", 1, 12, "off") ?>
<?cs call:input("dien_thoai", Lang.queue.book_phone, "tel", 1, 20, "tel") ?>
<div class="choice priority">
<input type="checkbox" name="uu_tien" id="f-uu_tien" value="1"<?cs if:Page.form.uu_tien == "1" ?> checked<?cs /if ?>>
<label for="f-uu_tien"><?cs var:Lang.queue.priority ?></label>
</div>
<p><button type="submit"><?cs var:Lang.queue.book_submit ?></button></p>
</form><?cs else ?><p><?cs var:Lang.queue.book_none ?></p><?cs /if ?>
<?cs include:"footer.cs" ?>
