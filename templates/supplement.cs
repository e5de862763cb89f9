<?cs # supplement.cs: GET/POST /ho-so/{code}/bo-sung?k= — the citizen sends what the unit asked for, through the QR link. ?><?cs set:Page.title = Lang.supplement.title + " " + Page.d.code ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.supplement.title ?> <span class="code"><?cs var:Page.d.code ?></span></h1>
<p><strong><?cs var:Lang.dossier.status ?>:</strong> <?cs var:Lang.status[Page.d.status] ?></p>
<?cs if:Page.request ?><p><strong><?cs var:Lang.supplement.asked ?></strong></p><p class="legal note"><?cs var:Page.request ?></p><?cs /if ?>
<?cs if:Page.d.status == "supplement_requested" || Page.errors.tep_1 ?>
<p><?cs var:Lang.supplement.lead ?></p>
<?cs call:form_post("/ho-so/" + url_escape(Page.d.code) + "/bo-sung?k=" + url_escape(Query.k)) ?>
<?cs loop:i = 1, 3, 1 ?><?cs set:n = "tep_" + i ?>
<div class="field<?cs if:Page.errors[n] ?> has-error<?cs /if ?>"><label for="f-<?cs var:n ?>"><?cs var:Lang.supplement.file ?> <?cs var:i ?></label><?cs call:field_error(n) ?>
<input id="f-<?cs var:n ?>" name="<?cs var:n ?>" type="file" accept="application/pdf,image/jpeg,image/png"<?cs call:field_aria(n) ?>></div>
<?cs /loop ?>
<p><button type="submit"><?cs var:Lang.supplement.button ?></button></p>
</form>
<?cs else ?><p><?cs var:Lang.supplement.not_asked ?></p><?cs /if ?>
<p><a href="<?cs var:Page.status_path ?>"><?cs var:Lang.dossier.status_link ?></a></p>
<?cs include:"footer.cs" ?>
