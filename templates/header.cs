<?cs # header.cs: the top of every page: doctype, head, skip link, site header and navigation. ?><?cs include:"macros.cs" ?><!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs var:Page.title ?> — <?cs var:Lang.site.short ?></title>
<link rel="stylesheet" href="/static/motcua.css">
<?cs if:Page.print ?><link rel="stylesheet" href="/static/receipt.css"><?cs /if ?>
<?cs each:c = Page.css ?><link rel="stylesheet" href="/static/<?cs var:c ?>">
<?cs /each ?><?cs if:Page.refresh ?><noscript><meta http-equiv="refresh" content="<?cs var:Page.refresh ?>"></noscript>
<?cs /if ?><?cs if:Page.script ?><script src="/static/<?cs var:Page.script ?>" defer></script>
<?cs /if ?></head>
<body<?cs if:Page.body_class ?> class="<?cs var:Page.body_class ?>"<?cs /if ?>>
<a class="skip" href="#main"><?cs var:Lang.site.skip ?></a>
<header class="site noprint">
<p class="site-name"><a href="/"><?cs var:Lang.site.name ?></a></p>
<?cs if:Page.staff.username && Page.area == "/dai-ly" ?><nav aria-label="<?cs var:Lang.agent.area ?>"><ul>
<li><a href="/dai-ly"><?cs var:Lang.agent.nav_desk ?></a></li>
<li><a href="/dai-ly/tui-ho-so"><?cs var:Lang.agent.nav_bags ?></a></li>
<li><a href="/dai-ly/doi-soat"><?cs var:Lang.agent.nav_recon ?></a></li>
<li><?cs var:Lang.agent.signed_in ?>: <?cs var:Page.staff.full_name ?> (<?cs var:Page.staff.unit_name ?>)</li>
<li><?cs call:form_post("/dai-ly/dang-xuat") ?><button type="submit" class="link"><?cs var:Lang.staff.logout ?></button></form></li>
</ul></nav><?cs elif:Page.staff.username ?><nav aria-label="Cán bộ"><ul>
<li><a href="/can-bo"><?cs var:Lang.staff.worklist ?></a></li>
<li><a href="/can-bo/so-theo-doi"><?cs var:Lang.staff.register_link ?></a></li>
<li><a href="/can-bo/phan-anh"><?cs var:Lang.feedback.title ?></a></li>
<li><a href="/can-bo/thong-ke"><?cs var:Lang.stats.short ?></a></li>
<?cs if:Page.staff.counter == 1 ?><li><a href="/can-bo/tui-ho-so"><?cs var:Lang.agent.staff_link ?></a></li><?cs /if ?>
<?cs if:Page.staff.counter == 1 ?><li><a href="/can-bo/quay"><?cs var:Lang.queue.desks_title ?></a></li><?cs /if ?>
<li><?cs var:Lang.staff.signed_in ?>: <?cs var:Page.staff.full_name ?> (<?cs var:Page.staff.unit_name ?>)</li>
<li><?cs call:form_post("/can-bo/dang-xuat") ?><button type="submit" class="link"><?cs var:Lang.staff.logout ?></button></form></li>
</ul></nav><?cs else ?><nav aria-label="Chính"><ul>
<li><a href="/"><?cs var:Lang.site.nav_home ?></a></li>
<li><a href="/thu-tuc"><?cs var:Lang.site.nav_catalogue ?></a></li>
<li><a href="/tra-cuu"><?cs var:Lang.site.nav_lookup ?></a></li>
<li><a href="/thong-ke"><?cs var:Lang.stats.short ?></a></li>
<li><a href="/phan-anh"><?cs var:Lang.feedback.title ?></a></li>
<li><a href="/xep-hang"><?cs var:Lang.queue.nav ?></a></li>
</ul></nav><?cs /if ?>
</header>
<main id="main">
