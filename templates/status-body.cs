<?cs # status-body.cs: a dossier's status, dates and timeline (masked name only), shared by the status page and the read-only lookup (Page.readonly: no link that needs the QR token). ?>
<p class="status status-<?cs var:Page.d.status ?>"><strong><?cs var:Lang.dossier.status ?>:</strong> <?cs var:Lang.status[Page.d.status] ?></p>
<p class="status-words"><?cs if:Page.d.status == "new" ?><?cs var:Lang.say.new ?> <?cs var:Page.d.agency_name ?>.<?cs
elif:Page.d.status == "received" ?><?cs var:Lang.say.received ?> <?cs var:Page.d.resolver_name ?>.<?cs
elif:Page.d.status == "processing" || Page.d.status == "signoff" ?><?cs var:Lang.say.processing ?> <strong><?cs var:Page.d.holder_name ?></strong>.<?cs
elif:Page.d.status == "resolved" ?><?cs var:Lang.say.resolved[Page.d.return_method] ?><?cs if:Page.d.return_method == "counter" ?> <strong><?cs var:Page.d.point_name ?></strong><?cs if:Page.d.point_address ?>, <?cs var:Page.d.point_address ?><?cs /if ?>.<?cs /if ?><?cs
elif:Page.d.status == "returned" ?><?cs var:Lang.say.returned ?> <?cs alt:Lang.return[Page.d.returned_how] ?><?cs var:Lang.return[Page.d.return_method] ?><?cs /alt ?>.<?cs if:Page.d.post_tracking ?> <?cs var:Lang.say.tracking ?> <strong><?cs var:Page.d.post_tracking ?></strong>.<?cs /if ?><?cs
elif:Page.d.status == "stopped" || Page.d.status == "withdrawn" || Page.d.status == "not_received" ?><?cs var:Lang.say[Page.d.status] ?><?cs
elif:Page.d.status == "supplement_requested" ?><?cs var:Lang.say.supplement ?><?cs /if ?></p>
<?cs if:Page.reason && (Page.d.status == "stopped" || Page.d.status == "withdrawn" || Page.d.status == "not_received") ?><div class="note" role="note"><p><strong><?cs if:Page.d.status == "not_received" ?><?cs var:Lang.say.missing ?><?cs else ?><?cs var:Lang.say.reason ?><?cs /if ?></strong></p><p class="legal"><?cs var:Page.reason ?></p></div><?cs /if ?>
<?cs if:Page.ap.reason ?><div class="note apology" role="note"><p><strong><?cs var:Lang.say.apology ?></strong></p><p class="legal"><?cs var:Page.ap.reason ?></p>
<p><?cs var:Lang.say.new_due ?> <strong><time datetime="<?cs var:Page.ap.t.iso ?>"><?cs call:when(Page.ap.t) ?></time></strong></p></div><?cs /if ?>
<p class="timing timing-<?cs var:Page.timing ?>"><strong><?cs var:Lang.dossier.timing ?>:</strong> <?cs var:Lang.timing[Page.timing] ?></p>
<dl class="facts">
<dt><?cs var:Lang.dossier.procedure ?></dt><dd><?cs var:Page.d.proc_name ?></dd>
<dt><?cs var:Lang.dossier.applicant ?></dt><dd><?cs var:Page.d.name_masked ?></dd>
<dt><?cs var:Lang.dossier.agency ?></dt><dd><?cs var:Page.d.agency_name ?></dd>
<dt><?cs var:Lang.dossier.point ?></dt><dd><?cs var:Page.d.point_name ?></dd>
<dt><?cs var:Lang.dossier.channel ?></dt><dd><?cs var:Lang.channel[Page.d.channel] ?></dd>
<dt><?cs var:Lang.dossier.received ?></dt><dd><time datetime="<?cs var:Page.t.received.iso ?>"><?cs call:when(Page.t.received) ?></time></dd>
<dt><?cs var:Lang.dossier.limit ?></dt><dd><?cs call:limit(Page.d.limit_days, Page.d.limit_unit) ?><?cs if:Page.d.green == 1 ?> — <?cs var:Lang.dossier.green ?><?cs /if ?></dd>
<dt><?cs var:Lang.dossier.due ?></dt><dd><time datetime="<?cs var:Page.t.due.iso ?>"><?cs call:when(Page.t.due) ?></time></dd>
<dt><?cs var:Lang.dossier.return ?></dt><dd><?cs var:Lang.return[Page.d.return_method] ?></dd>
</dl>
<?cs if:Page.d.status == "supplement_requested" ?><div class="note" role="alert"><p><strong><?cs var:Lang.supplement.asked ?></strong></p><p class="legal"><?cs var:Page.request ?></p>
<?cs if:!Page.readonly ?><p><a class="button" href="/ho-so/<?cs var:url_escape(Page.d.code) ?>/bo-sung?k=<?cs var:url_escape(Query.k) ?>"><?cs var:Lang.supplement.link ?></a></p><?cs /if ?></div><?cs /if ?>
<?cs if:Page.d.has_result == 1 && !Page.readonly ?><p class="result"><a class="button" href="/ho-so/<?cs var:url_escape(Page.d.code) ?>/ket-qua?k=<?cs var:url_escape(Query.k) ?>"><?cs var:Lang.dossier.result ?></a></p><?cs /if ?>
<?cs if:Page.d.status != "new" && Page.d.status != "not_received" && !Page.readonly ?><p class="noprint"><a href="/ho-so/<?cs var:url_escape(Page.d.code) ?>/danh-gia?k=<?cs var:url_escape(Query.k) ?>"><?cs var:Lang.rating.link ?></a></p><?cs /if ?>
<h2><?cs var:Lang.dossier.timeline ?></h2>
<ol class="timeline"><?cs each:e = Page.events ?><?cs if:e.ev_status ?>
<li><time datetime="<?cs var:e.t.iso ?>"><?cs var:e.t.time ?> <?cs var:e.t.date ?></time> — <strong><?cs var:Lang.status[e.ev_status] ?></strong> · <?cs var:e.ev_agency ?><?cs if:e.ev_note ?><br><span class="note"><?cs var:e.ev_note ?></span><?cs /if ?></li><?cs /if ?><?cs /each ?>
</ol>
