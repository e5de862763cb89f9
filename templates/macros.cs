<?cs # macros.cs: form macros shared by every page; form_post emits the CSRF field, so no form can forget it. ?>
<?cs def:form_post(action) ?><form method="post" action="<?cs var:action ?>" enctype="multipart/form-data" novalidate><input type="hidden" name="_csrf" value="<?cs var:Page.csrf ?>"><?cs /def ?>
<?cs def:field_error(name) ?><?cs if:Page.errors[name] ?><p class="error" id="e-<?cs var:name ?>"><?cs var:Page.errors[name] ?></p><?cs /if ?><?cs /def ?>
<?cs def:field_aria(name) ?><?cs if:Page.errors[name] ?> aria-invalid="true" aria-describedby="e-<?cs var:name ?>"<?cs /if ?><?cs /def ?>
<?cs def:input(name, label, type, required, maxlen, auto) ?>
<div class="field<?cs if:Page.errors[name] ?> has-error<?cs /if ?>">
<label for="f-<?cs var:name ?>"><?cs var:label ?><?cs if:required ?> <span class="req" title="<?cs var:Lang.submit.required_mark ?>">*</span><?cs /if ?></label>
<?cs call:field_error(name) ?>
<input id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>" value="<?cs var:Page.form[name] ?>"<?cs if:required ?> required<?cs /if ?><?cs if:maxlen ?> maxlength="<?cs var:maxlen ?>"<?cs /if ?><?cs if:auto ?> autocomplete="<?cs var:auto ?>"<?cs /if ?><?cs call:field_aria(name) ?>>
</div>
<?cs /def ?>
<?cs def:limit(days, unit) ?><?cs if:days == 0 ?><?cs var:Lang.limit.same_day ?><?cs elif:unit == "calendar" ?><?cs var:days ?> <?cs var:Lang.limit.calendar ?><?cs else ?><?cs var:days ?> <?cs var:Lang.limit.working ?><?cs /if ?><?cs /def ?>
<?cs def:when(t) ?><?cs var:t.hh ?> <?cs var:Lang.t.hour ?> <?cs var:t.mm ?> <?cs var:Lang.t.minute ?>, <?cs var:Lang.t.day ?> <?cs var:t.date ?><?cs /def ?>
