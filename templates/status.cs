<?cs # status.cs: GET /ho-so/{code}?k= — what the QR opens: status, dates, on-time indicator, timeline; masked name only. ?><?cs set:Page.title = Lang.dossier.title + " " + Page.d.code ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.dossier.title ?> <span class="code"><?cs var:Page.d.code ?></span></h1>
<?cs include:"status-body.cs" ?>
<p class="noprint"><a href="<?cs var:Page.receipt_path ?>"><?cs var:Lang.dossier.receipt ?></a> · <a href="<?cs var:Page.png_path ?>"><?cs var:Lang.dossier.receipt_png ?></a></p>
<p class="hint"><?cs var:Lang.dossier.privacy ?></p>
<?cs include:"footer.cs" ?>
