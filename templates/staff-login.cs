<?cs # staff-login.cs: GET/POST /can-bo/dang-nhap and /dai-ly/dang-nhap — sign-in to the back office, or to a post office's agent pages (Page.area). ?><?cs set:Page.title = Lang.staff.login_title ?><?cs if:Page.area == "/dai-ly" ?><?cs set:Page.title = Lang.agent.login_title ?><?cs /if ?><?cs include:"header.cs" ?>
<h1><?cs var:Page.title ?></h1>
<?cs call:form_post(Page.area + "/dang-nhap") ?>
<?cs if:Page.errors.ten ?><p class="error" id="e-ten" role="alert"><?cs var:Page.errors.ten ?></p><?cs /if ?>
<div class="field"><label for="f-ten"><?cs var:Lang.staff.user ?></label>
<input id="f-ten" name="ten" type="text" maxlength="64" autocomplete="username" value="<?cs var:Page.form.ten ?>" required></div>
<div class="field"><label for="f-mat_khau"><?cs var:Lang.staff.password ?></label>
<input id="f-mat_khau" name="mat_khau" type="password" autocomplete="current-password" required></div>
<p><button type="submit"><?cs var:Lang.staff.login ?></button></p>
</form>
<?cs include:"footer.cs" ?>
