<?cs # receipt.cs: GET /ho-so/{code}/bien-nhan?k= — form 01, the receipt and appointment slip; one A5 page in print. ?><?cs set:Page.title = Lang.receipt.title + " " + Page.d.code ?><?cs set:Page.print = 1 ?><?cs set:Page.body_class = "receipt-page" ?><?cs include:"header.cs" ?>
<p class="saved noprint" role="status"><?cs var:Lang.receipt.saved ?></p>
<article class="receipt" aria-labelledby="r-title">
<div class="r-head">
<p class="r-agency"><?cs var:Lang.site.name ?><br><strong><?cs var:Page.d.agency_name ?></strong></p>
<p class="r-nation"><strong><?cs var:Lang.receipt.nation ?></strong><br><span class="motto"><?cs var:Lang.receipt.motto ?></span></p>
</div>
<h1 id="r-title"><?cs var:Lang.receipt.heading ?></h1>
<p class="r-code"><?cs var:Lang.dossier.code ?>: <strong><?cs var:Page.d.code ?></strong></p>
<dl class="r-facts">
<dt><?cs var:Lang.receipt.from ?>:</dt><dd><?cs var:Page.d.name_masked ?></dd>
<dt><?cs var:Lang.dossier.procedure ?>:</dt><dd><?cs var:Page.d.proc_name ?></dd>
<dt><?cs var:Lang.dossier.point ?>:</dt><dd><?cs var:Page.d.point_name ?></dd>
<dt><?cs var:Lang.dossier.channel ?>:</dt><dd><?cs var:Lang.channel[Page.d.channel] ?></dd>
<?cs if:Page.agent.agent_name ?><dt><?cs var:Lang.agent.by ?>:</dt><dd><?cs var:Page.agent.agent_name ?>, <?cs var:Page.agent.office_name ?></dd><?cs /if ?>
</dl>
<p class="r-docs-h"><?cs var:Lang.receipt.docs ?>:</p>
<ol class="r-docs"><?cs each:d = Page.docs ?><li><?cs var:d.name ?> (<?cs var:d.copies ?>; <?cs var:d.files ?> <?cs var:Lang.receipt.files ?>)</li><?cs /each ?></ol>
<dl class="r-facts">
<dt><?cs var:Lang.dossier.received ?>:</dt><dd><?cs call:when(Page.t.received) ?></dd>
<dt><?cs var:Lang.dossier.due ?>:</dt><dd><strong><?cs call:when(Page.t.due) ?></strong></dd>
<dt><?cs var:Lang.dossier.return ?>:</dt><dd><?cs var:Lang.return[Page.d.return_method] ?></dd>
</dl>
<?cs if:Page.d.channel == "online" ?><p class="r-note"><?cs var:Lang.receipt.online_note ?></p><?cs /if ?>
<div class="r-qr">
<?cs # The QR is SVG markup built by qr.c from a bit matrix (no user text): uvar is safe here. ?><?cs uvar:Page.qr_svg ?>
<p><?cs var:Lang.receipt.scan ?><br><?cs var:Lang.receipt.lookup ?> <span class="url"><?cs var:Page.lookup_url ?></span> <?cs var:Lang.receipt.lookup2 ?></p>
</div>
<p class="r-sign"><?cs var:Lang.receipt.keeper ?><br><span class="hint"><?cs var:Lang.receipt.system ?></span></p>
</article>
<p class="noprint actions"><a href="<?cs var:Page.status_path ?>"><?cs var:Lang.dossier.status_link ?></a> · <a href="<?cs var:Page.png_path ?>" download="bien-nhan-<?cs var:Page.d.code ?>.png"><?cs var:Lang.dossier.receipt_png ?></a></p>
<?cs include:"footer.cs" ?>
