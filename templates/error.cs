<?cs # error.cs: the one error page (404 for unknown pages, codes and tokens alike; 400, 403, 405, 413, 429, 500, 503). ?><?cs
if:Page.status == 404 ?><?cs set:Page.title = Lang.error.title_404 ?><?cs set:Page.text = Lang.error.text_404 ?><?cs
elif:Page.status == 403 ?><?cs set:Page.title = Lang.error.title_403 ?><?cs set:Page.text = Lang.error.text_403 ?><?cs
elif:Page.status == 405 ?><?cs set:Page.title = Lang.error.title_405 ?><?cs set:Page.text = Lang.error.text_405 ?><?cs
elif:Page.status == 400 ?><?cs set:Page.title = Lang.error.title_400 ?><?cs set:Page.text = Lang.error.text_400 ?><?cs
elif:Page.status == 429 ?><?cs set:Page.title = Lang.error.title_429 ?><?cs set:Page.text = Lang.error.text_429 ?><?cs
elif:Page.status == 413 ?><?cs set:Page.title = Lang.error.title_413 ?><?cs set:Page.text = Lang.error.text_413 ?><?cs
else ?><?cs set:Page.title = Lang.error.title_500 ?><?cs set:Page.text = Lang.error.text_500 ?><?cs /if ?><?cs
include:"header.cs" ?>
<h1><?cs var:Page.title ?></h1>
<p><?cs var:Page.text ?></p>
<?cs # Home, never the request's own address: the error page repeats nothing the request sent. ?>
<p><a href="/"><?cs var:Lang.error.back ?></a></p>
<?cs include:"footer.cs" ?>
