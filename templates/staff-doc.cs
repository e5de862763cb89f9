<?cs # staff-doc.cs: the printable letters of a dossier: the refusal slip (Page.doc = refusal), form 04 apology and new appointment (apology), form 05 stop notice (stop). ?><?cs set:Page.title = Lang.doc[Page.doc].title + " " + Page.c.code ?><?cs include:"header.cs" ?>
<article class="sheet letter" aria-labelledby="d-title">
<div class="letterhead"><p class="r-agency"><?cs if:Page.doc == "refusal" ?><?cs var:Page.c.point_name ?><?cs elif:Page.doc == "apology" ?><?cs var:Page.ap.unit_name ?><?cs else ?><?cs var:Page.c.resolver_name ?><?cs /if ?></p>
<p class="motto"><?cs var:Lang.doc.nation ?><br><?cs var:Lang.doc.motto ?></p></div>
<p class="form-no"><?cs var:Lang.doc[Page.doc].form ?></p>
<h1 id="d-title"><?cs var:Lang.doc[Page.doc].title ?></h1>
<?cs if:Page.doc == "apology" && Page.ap.is_signed != 1 ?><p class="flag"><?cs var:Lang.doc.apology.draft ?></p><?cs /if ?>
<p><?cs var:Lang.doc.to ?> <strong><?cs var:Page.c.applicant_name ?></strong> — <?cs var:Page.c.address ?></p>
<dl class="facts">
<dt><?cs var:Lang.staff.code ?></dt><dd><?cs var:Page.c.code ?></dd>
<dt><?cs var:Lang.staff.procedure ?></dt><dd><?cs var:Page.c.proc_name ?></dd>
<dt><?cs var:Lang.dossier.received ?></dt><dd><?cs call:when(Page.c.t_received) ?>, <?cs var:Page.c.point_name ?></dd>
</dl>
<?cs if:Page.doc == "refusal" ?>
<p><?cs var:Lang.doc.refusal.body ?></p>
<p class="legal"><?cs var:Page.c.missing_docs ?></p>
<p><?cs var:Lang.doc.refusal.once ?></p>
<?cs elif:Page.doc == "apology" ?>
<p><?cs var:Lang.doc.apology.body ?> <strong><?cs call:when(Page.ap.t_old) ?></strong>.</p>
<p><strong><?cs var:Lang.doc.reason ?></strong></p><p class="legal"><?cs var:Page.ap.reason ?></p>
<p><?cs var:Lang.doc.apology.sorry ?> <strong><?cs call:when(Page.ap.t_new) ?></strong>.</p>
<?cs else ?>
<p><?cs var:Lang.doc.stop[Page.c.status] ?></p>
<p><strong><?cs var:Lang.doc.reason ?></strong></p><p class="legal"><?cs var:Page.reason ?></p>
<p><?cs var:Lang.doc.stop.after ?></p>
<?cs /if ?>
<div class="signature"><p><?cs var:Lang.doc.signer[Page.doc] ?></p>
<p class="signed-name"><?cs if:Page.doc == "apology" ?><?cs var:Page.ap.signed_name ?><?cs if:Page.ap.is_signed == 1 ?><br><?cs call:when(Page.ap.t_signed) ?><?cs /if ?><?cs else ?><?cs var:Page.staff.full_name ?><?cs /if ?></p></div>
</article>
<p class="noprint"><a href="/can-bo/ho-so/<?cs var:url_escape(Page.c.code) ?>"><?cs var:Lang.doc.back ?></a></p>
<?cs include:"footer.cs" ?>
