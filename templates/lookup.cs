<?cs # lookup.cs: GET /tra-cuu — find a dossier by its code and the last 4 digits of the identification number. ?><?cs set:Page.title = Lang.lookup.title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.lookup.title ?></h1>
<p><?cs var:Lang.lookup.lead ?></p>
<?cs if:Page.notfound ?><p class="error" role="alert"><?cs var:Lang.lookup.notfound ?></p><?cs /if ?>
<?cs if:Page.locked ?><p class="error" role="alert"><?cs var:Lang.lookup.locked ?></p><?cs /if ?>
<form method="get" action="/tra-cuu" class="lookup" novalidate>
<div class="field<?cs if:Page.errors.ma ?> has-error<?cs /if ?>"><label for="f-ma"><?cs var:Lang.lookup.ma ?></label>
<p class="hint" id="h-ma"><?cs var:Lang.lookup.ma_hint ?></p><?cs call:field_error("ma") ?>
<input id="f-ma" name="ma" type="text" maxlength="60" autocomplete="off" value="<?cs var:Page.form.ma ?>" aria-describedby="h-ma"<?cs if:Page.errors.ma ?> aria-invalid="true"<?cs /if ?>></div>
<div class="field<?cs if:Page.errors.so ?> has-error<?cs /if ?>"><label for="f-so"><?cs var:Lang.lookup.so ?></label><?cs call:field_error("so") ?>
<input id="f-so" name="so" type="text" inputmode="numeric" maxlength="4" autocomplete="off" value="<?cs var:Page.form.so ?>"<?cs call:field_aria("so") ?>></div>
<button type="submit"><?cs var:Lang.lookup.button ?></button>
</form>
<?cs if:Page.readonly ?><section class="lookup-result" aria-labelledby="found">
<h2 id="found"><?cs var:Lang.dossier.title ?> <span class="code"><?cs var:Page.d.code ?></span></h2>
<p class="hint"><?cs var:Lang.lookup.readonly ?></p>
<?cs include:"status-body.cs" ?>
</section><?cs /if ?>
<?cs include:"footer.cs" ?>
