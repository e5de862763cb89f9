<?cs # agent-fee.cs: GET /dai-ly/ho-so/{code}/bien-lai — the fee receipt: the agent's service fee and the postage collected for one dossier; A5 or 80 mm. ?><?cs set:Page.title = Lang.agent.fee.title + " " + Page.c.code ?><?cs set:Page.print = 1 ?><?cs set:Page.body_class = "receipt-page" ?><?cs include:"header.cs" ?>
<article class="receipt slip" aria-labelledby="f-title">
<div class="r-head">
<p class="r-agency"><strong><?cs var:Page.c.office_name ?></strong><br><?cs var:Page.c.office_address ?></p>
<p class="r-nation"><strong><?cs var:Lang.receipt.nation ?></strong><br><span class="motto"><?cs var:Lang.receipt.motto ?></span></p>
</div>
<h1 id="f-title"><?cs var:Lang.agent.fee.heading ?></h1>
<dl class="r-facts">
<dt><?cs var:Lang.agent.fee.payer ?>:</dt><dd><?cs var:Page.c.applicant_name ?></dd>
<dt><?cs var:Lang.dossier.code ?>:</dt><dd><?cs var:Page.c.code ?><?cs if:Page.c.s10 ?> — <?cs var:Page.c.s10 ?><?cs /if ?></dd>
<dt><?cs var:Lang.agent.fee.for ?>:</dt><dd><?cs var:Page.c.proc_name ?> — <?cs var:Lang.channel[Page.c.channel] ?></dd>
<dt><?cs var:Lang.agent.fee_service ?>:</dt><dd><?cs var:Page.c.service_fee ?> <?cs var:Lang.agent.vnd ?></dd>
<dt><?cs var:Lang.agent.slip.price ?>:</dt><dd><?cs var:Page.c.postal_fee ?> <?cs var:Lang.agent.vnd ?></dd>
<dt><?cs var:Lang.agent.fee.total ?>:</dt><dd><strong><?cs var:Page.total ?> <?cs var:Lang.agent.vnd ?></strong></dd>
<dt><?cs var:Lang.agent.slip.when ?>:</dt><dd><?cs call:when(Page.c.t_created) ?></dd>
</dl>
<p class="r-sign"><?cs var:Lang.agent.fee.collector ?><br><?cs var:Page.c.agent_name ?></p>
</article>
<p class="noprint actions"><a href="/dai-ly/ho-so/<?cs var:url_escape(Page.c.code) ?>"><?cs var:Lang.doc.back ?></a></p>
<?cs include:"footer.cs" ?>
