<?cs # staff-login.cs: GET/POST /can-bo/dang-nhap — staff sign-in. ?><?cs set:Page.title = Lang.staff.login_title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.staff.login_title ?></h1>
<?cs call:form_post("/can-bo/dang-nhap") ?>
<?cs if:Page.errors.ten ?><p class="error" id="e-ten" role="alert"><?cs var:Page.errors.ten ?></p><?cs /if ?>
<div class="field"><label for="f-ten"><?cs var:Lang.staff.user ?></label>
<input id="f-ten" name="ten" type="text" maxlength="64" autocomplete="username" value="<?cs var:Page.form.ten ?>" required></div>
<div class="field"><label for="f-mat_khau"><?cs var:Lang.staff.password ?></label>
<input id="f-mat_khau" name="mat_khau" type="password" autocomplete="current-password" required></div>
<p><button type="submit"><?cs var:Lang.staff.login ?></button></p>
</form>
<?cs include:"footer.cs" ?>
