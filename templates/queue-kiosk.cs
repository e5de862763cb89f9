<?cs # queue-kiosk.cs: GET/POST /xep-hang/{point} — the kiosk: take a number for a service (priority if entitled), or check a booking in. ?><?cs set:Page.title = Lang.queue.kiosk_title + " — " + Page.point.short_name ?><?cs set:Page.css.0 = "queue.css" ?><?cs set:Page.body_class = "queue-page" ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.queue.kiosk_title ?> <span class="sub"><?cs var:Page.point.name ?></span></h1>
<?cs if:Page.point.address ?><p class="hint"><?cs var:Page.point.address ?></p><?cs /if ?>
<?cs if:?Page.error_list.0.field ?><div class="summary" role="alert" tabindex="-1" id="loi">
<h2><?cs var:Lang.queue.errors_heading ?></h2>
<ul><?cs each:e = Page.error_list ?><li><a href="#f-<?cs var:e.field ?>"><?cs var:e.msg ?></a></li><?cs /each ?></ul>
</div><?cs /if ?>
<?cs call:form_post("/xep-hang/" + Page.point.id) ?>
<fieldset class="services<?cs if:Page.errors.dich_vu ?> has-error<?cs /if ?>" id="f-dich_vu">
<legend><?cs var:Lang.queue.service ?></legend>
<p class="hint"><?cs var:Lang.queue.kiosk_lead ?></p><?cs call:field_error("dich_vu") ?>
<?cs each:s = Page.services ?><div class="service-choice">
<input type="radio" name="dich_vu" id="f-dich_vu-<?cs var:s.slug ?>" value="<?cs var:s.slug ?>" aria-describedby="h-<?cs var:s.slug ?>"<?cs if:s.slug == Query.dich_vu ?> checked<?cs /if ?>>
<label for="f-dich_vu-<?cs var:s.slug ?>"><span class="letter"><?cs var:s.letter ?></span> <?cs var:s.name ?></label>
<p class="hint" id="h-<?cs var:s.slug ?>"><?cs var:Lang.queue.fields ?>: <?cs var:s.fields ?>.<?cs each:w = Page.now ?><?cs if:w.id == s.id ?> <strong><?cs var:Lang.queue.waiting ?>: <?cs var:w.waiting ?> <?cs var:Lang.queue.people ?></strong><?cs if:w.expect > 0 ?>, <?cs var:Lang.queue.expect ?> <?cs var:w.expect ?> <?cs var:Lang.queue.minutes ?><?cs /if ?>.<?cs /if ?><?cs /each ?></p>
</div><?cs /each ?>
</fieldset>
<div class="choice priority">
<input type="checkbox" name="uu_tien" id="f-uu_tien" value="1" aria-describedby="h-uu_tien"<?cs if:Query.uu_tien == "1" ?> checked<?cs /if ?>>
<label for="f-uu_tien"><?cs var:Lang.queue.priority ?></label>
</div>
<p class="hint" id="h-uu_tien"><?cs var:Lang.queue.priority_hint ?></p>
<p><button type="submit" class="big"><?cs var:Lang.queue.take ?></button></p>
</form>
<section class="checkin" aria-labelledby="checkin-h">
<h2 id="checkin-h"><?cs var:Lang.queue.checkin_heading ?></h2>
<p class="hint"><?cs var:Lang.queue.checkin_lead ?></p>
<?cs call:form_post("/xep-hang/" + Page.point.id + "/den") ?>
<div class="field<?cs if:Page.errors.ma_dat ?> has-error<?cs /if ?>">
<label for="f-ma_dat"><?cs var:Lang.queue.checkin_code ?></label><?cs call:field_error("ma_dat") ?>
<input id="f-ma_dat" name="ma_dat" type="text" inputmode="numeric" maxlength="9" autocomplete="off" value="<?cs var:Query.ma_dat ?>"<?cs call:field_aria("ma_dat") ?>>
</div>
<div class="field">
<label for="f-so_dinh_danh"><?cs var:Lang.queue.checkin_id ?></label>
<input id="f-so_dinh_danh" name="so_dinh_danh" type="text" inputmode="numeric" maxlength="12" autocomplete="off">
</div>
<p><button type="submit"><?cs var:Lang.queue.checkin ?></button></p>
</form>
</section>
<nav class="noprint" aria-labelledby="more-h"><h2 id="more-h"><?cs var:Lang.queue.links_heading ?></h2><ul class="links">
<li><a href="/xep-hang/<?cs var:Page.point.id ?>/man-hinh"><?cs var:Lang.queue.display_link ?></a></li>
<li><a href="/xep-hang/<?cs var:Page.point.id ?>/so-lieu"><?cs var:Lang.queue.figures_link ?></a></li>
<li><a href="/xep-hang/dat-truoc?diem=<?cs var:Page.point.id ?>"><?cs var:Lang.queue.book_link ?></a></li>
<li><a href="/xep-hang"><?cs var:Lang.queue.points_link ?></a></li>
</ul></nav>
<?cs include:"footer.cs" ?>
