<?cs # rating.cs: GET/POST /ho-so/{code}/danh-gia?k= — the satisfaction rating through the QR link (nine criteria, three levels), changeable for a few days. ?><?cs set:Page.title = Lang.rating.title + " " + Page.d.code ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.rating.title ?> <span class="code"><?cs var:Page.d.code ?></span></h1>
<p><strong><?cs var:Lang.dossier.procedure ?>:</strong> <?cs var:Page.d.proc_name ?> · <strong><?cs var:Lang.dossier.status ?>:</strong> <?cs var:Lang.status[Page.d.status] ?></p>
<?cs if:Page.rating.desk ?><p class="note"><?cs var:Lang.rating.desk ?></p><?cs /if ?>
<?cs if:Page.rating.exists ?><p class="saved" role="status"><?cs var:Lang.rating.saved ?> <time datetime="<?cs var:Page.rating.t.iso ?>"><?cs call:when(Page.rating.t) ?></time>.</p><?cs /if ?>
<?cs if:Page.rfb.code ?><p class="note"><?cs var:Lang.rating.fb_opened ?> <a href="<?cs var:Page.rfb.url ?>"><?cs var:Page.rfb.code ?></a></p><?cs /if ?>
<?cs if:subcount(Page.error_list) ?><div class="summary" role="alert"><h2><?cs var:Lang.submit.errors_heading ?></h2><ul><?cs each:e = Page.error_list ?><li><a href="#f-<?cs var:e.field ?>"><?cs var:e.msg ?></a></li><?cs /each ?></ul></div><?cs /if ?>
<?cs if:!Page.rating.can ?><p><?cs var:Lang.rating.not_yet ?></p><?cs
elif:!Page.rating.may_change ?><p><?cs var:Lang.rating.closed ?></p>
<dl class="facts"><?cs each:c = Page.crit ?><?cs if:c.level > 0 ?><?cs set:ck = "c" + c.n ?><?cs set:lk = "level" + c.level ?><dt><?cs var:Lang.rating[ck] ?></dt><dd><?cs var:Lang.rating[lk] ?></dd><?cs /if ?><?cs /each ?></dl><?cs
else ?><p><?cs var:Lang.rating.lead ?> <?cs var:Page.rating.days ?> <?cs var:Lang.rating.lead_days ?></p>
<?cs if:!Page.rating.final ?><p class="hint"><?cs var:Lang.rating.lead_reception ?></p><?cs /if ?>
<?cs call:form_post("/ho-so/" + url_escape(Page.d.code) + "/danh-gia?k=" + url_escape(Query.k)) ?>
<?cs if:Page.rating.desk ?><input type="hidden" name="quay" value="1"><?cs /if ?>
<?cs each:c = Page.crit ?><?cs if:c.shown == 1 ?><?cs set:ck = "c" + c.n ?>
<fieldset class="rate<?cs if:Page.errors[ck] ?> has-error<?cs /if ?>" id="f-<?cs var:ck ?>"><legend><?cs var:c.n ?>. <?cs var:Lang.rating[ck] ?></legend><?cs call:field_error(ck) ?>
<?cs loop:l = 3, 1, -1 ?><?cs set:lk = "level" + l ?><div class="choice"><input type="radio" id="f-<?cs var:ck ?>-<?cs var:l ?>" name="<?cs var:ck ?>" value="<?cs var:l ?>"<?cs if:c.level == l ?> checked<?cs /if ?>><label for="f-<?cs var:ck ?>-<?cs var:l ?>"><?cs var:Lang.rating[lk] ?></label></div><?cs /loop ?>
</fieldset><?cs /if ?><?cs /each ?>
<div class="field"><label for="f-y_kien"><?cs var:Lang.rating.comment ?></label><textarea id="f-y_kien" name="y_kien" rows="3" maxlength="1000"><?cs alt:Page.form.y_kien ?><?cs var:Page.rating.comment ?><?cs /alt ?></textarea></div>
<p><button type="submit"><?cs if:Page.rating.exists ?><?cs var:Lang.rating.button_change ?><?cs else ?><?cs var:Lang.rating.button ?><?cs /if ?></button></p>
</form><?cs /if ?>
<p><a href="<?cs var:Page.status_path ?>"><?cs var:Lang.dossier.status_link ?></a></p>
<?cs include:"footer.cs" ?>
