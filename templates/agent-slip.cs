<?cs # agent-slip.cs: GET /dai-ly/ho-so/{code}/phieu-gui — the postal dossier slip (phiếu gửi hồ sơ), signed by the citizen and the post office; one A5 page, or an 80 mm roll. ?><?cs set:Page.title = Lang.agent.slip.title + " " + Page.c.s10 ?><?cs set:Page.print = 1 ?><?cs set:Page.body_class = "receipt-page" ?><?cs include:"header.cs" ?>
<article class="receipt slip" aria-labelledby="s-title">
<div class="r-head">
<p class="r-agency"><strong><?cs var:Page.c.office_name ?></strong><br><?cs var:Page.c.office_address ?></p>
<p class="r-nation"><strong><?cs var:Lang.receipt.nation ?></strong><br><span class="motto"><?cs var:Lang.receipt.motto ?></span></p>
</div>
<h1 id="s-title"><?cs var:Lang.agent.slip.heading ?></h1>
<p class="r-code"><?cs var:Lang.agent.slip_no ?>: <strong class="s10"><?cs var:Page.c.s10 ?></strong><br><?cs var:Lang.dossier.code ?>: <?cs var:Page.c.code ?></p>
<dl class="r-facts">
<dt><?cs var:Lang.agent.slip.sender ?>:</dt><dd><?cs var:Page.c.applicant_name ?>, <?cs var:Page.c.address ?>, <?cs var:Page.c.phone ?></dd>
<dt><?cs var:Lang.agent.slip.receiver ?>:</dt><dd><?cs var:Page.c.resolver_name ?><?cs if:Page.c.resolver_address ?>, <?cs var:Page.c.resolver_address ?><?cs /if ?></dd>
<dt><?cs var:Lang.dossier.procedure ?>:</dt><dd><?cs var:Page.c.proc_name ?> (<?cs var:Page.c.proc_code ?>)</dd>
<dt><?cs var:Lang.agent.slip.service ?>:</dt><dd><?cs var:Lang.agent.slip.service_name ?></dd>
<dt><?cs var:Lang.agent.slip.price ?>:</dt><dd><?cs var:Page.c.postal_fee ?> <?cs var:Lang.agent.vnd ?> (<?cs var:Lang.agent.slip.paid ?>)</dd>
<dt><?cs var:Lang.agent.slip.when ?>:</dt><dd><?cs call:when(Page.c.t_created) ?>, <?cs var:Page.c.office_name ?></dd>
<dt><?cs var:Lang.dossier.return ?>:</dt><dd><?cs var:Lang.return[Page.c.return_method] ?></dd>
</dl>
<p class="r-docs-h"><?cs var:Lang.agent.slip.docs ?>:</p>
<ol class="r-docs"><?cs each:d = Page.docs ?><li><?cs var:d.name ?> (<?cs var:d.copies ?>): <strong><?cs if:d.counted == 1 ?><?cs var:Lang.agent.slip.counted ?><?cs else ?><?cs var:Lang.agent.slip.missing ?><?cs /if ?></strong></li><?cs /each ?></ol>
<div class="r-qr">
<?cs # The QR is SVG markup built by qr.c from a bit matrix (no user text): uvar is safe here. ?><?cs uvar:Page.qr_svg ?>
<p><?cs var:Lang.agent.slip.note ?></p>
</div>
<div class="r-signs"><p><?cs var:Lang.agent.slip.signer_citizen ?></p><p><?cs var:Lang.agent.slip.signer_agent ?><br><?cs var:Page.c.agent_name ?></p></div>
</article>
<p class="noprint actions"><a href="/dai-ly/ho-so/<?cs var:url_escape(Page.c.code) ?>"><?cs var:Lang.doc.back ?></a></p>
<?cs include:"footer.cs" ?>
