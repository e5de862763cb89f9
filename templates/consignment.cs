<?cs # consignment.cs: GET/POST /dai-ly/tui-ho-so/{code} and /can-bo/tui-ho-so/{code} — the handover record (biên bản giao nhận) of a consignment, one line per dossier; the receiving side ticks and signs it. ?><?cs set:Page.title = Lang.agent.record.title + " " + Page.k.code ?><?cs set:Page.body_class = "doc" ?><?cs include:"header.cs" ?>
<article class="sheet letter" aria-labelledby="k-title">
<div class="letterhead"><p class="r-agency"><?cs if:Page.k.kind == "intake" ?><?cs var:Page.k.office_name ?><?cs else ?><?cs var:Page.k.agency_name ?><?cs /if ?></p>
<p class="motto"><?cs var:Lang.doc.nation ?><br><?cs var:Lang.doc.motto ?></p></div>
<h1 id="k-title"><?cs if:Page.k.kind == "intake" ?><?cs var:Lang.agent.record.heading ?><?cs else ?><?cs var:Lang.agent.record.heading_return ?><?cs /if ?></h1>
<p class="r-code"><?cs var:Lang.agent.bag_code ?>: <strong class="s10"><?cs var:Page.k.code ?></strong><?cs if:Page.k.late == 1 ?> — <strong class="flag"><?cs var:Lang.agent.late ?></strong><?cs /if ?></p>
<dl class="facts">
<dt><?cs var:Lang.agent.record.from ?></dt><dd><?cs if:Page.k.kind == "intake" ?><?cs var:Page.k.office_name ?><?cs else ?><?cs var:Page.k.agency_name ?><?cs /if ?> — <?cs var:Page.k.created_name ?></dd>
<dt><?cs var:Lang.agent.record.to ?></dt><dd><?cs if:Page.k.kind == "intake" ?><?cs var:Page.k.agency_name ?><?cs else ?><?cs var:Page.k.office_name ?><?cs /if ?></dd>
<dt><?cs var:Lang.agent.bag_created ?></dt><dd><?cs call:when(Page.k.t_created) ?></dd>
<dt><?cs var:Lang.agent.record.limit ?></dt><dd>J+<?cs var:Page.k.limit_days ?> <?cs var:Lang.agent.record.limit_days ?>: <?cs call:when(Page.k.t_due) ?></dd>
<dt><?cs var:Lang.agent.bag_received ?></dt><dd><?cs if:Page.k.received ?><?cs call:when(Page.k.t_received) ?> — <?cs var:Page.k.received_name ?><?cs else ?><?cs var:Lang.agent.record.not_signed ?><?cs /if ?></dd>
</dl>
<?cs if:Page.errors.ky ?><p class="error" role="alert" id="e-ky"><?cs var:Page.errors.ky ?></p><?cs /if ?>
<?cs if:Page.may_sign == 1 && Page.area == "/can-bo" ?><?cs call:form_post("/can-bo/tui-ho-so/" + Page.k.code) ?><p class="hint noprint"><?cs var:Lang.agent.record.sign_hint ?></p><?cs /if ?>
<div class="table"><table class="register">
<thead><tr><th scope="col"><?cs var:Lang.agent.record.no ?></th><th scope="col"><?cs var:Lang.agent.record.dossier ?></th><th scope="col"><?cs var:Lang.agent.record.item ?></th><th scope="col"><?cs var:Lang.agent.record.name ?></th><th scope="col"><?cs var:Lang.agent.record.procedure ?></th><th scope="col"><?cs var:Lang.agent.record.state ?></th></tr></thead>
<tbody><?cs each:i = Page.items ?><tr>
<td><?cs var:i.no ?></td><td><?cs var:i.code ?></td><td><?cs var:i.s10 ?></td><td><?cs var:i.applicant_name ?></td><td><?cs var:i.proc_name ?></td>
<td><?cs if:Page.may_sign == 1 && Page.area == "/can-bo" ?><div class="choice"><input type="checkbox" id="f-nhan_<?cs var:i.dossier_id ?>" name="nhan_<?cs var:i.dossier_id ?>" value="1" checked><label for="f-nhan_<?cs var:i.dossier_id ?>"><?cs var:Lang.agent.record.got ?></label></div>
<label for="f-thieu_<?cs var:i.dossier_id ?>"><?cs var:Lang.agent.record.what_missing ?></label> <input id="f-thieu_<?cs var:i.dossier_id ?>" name="thieu_<?cs var:i.dossier_id ?>" type="text" maxlength="500"><?cs else ?><?cs var:Lang.agent.state[i.state] ?><?cs if:i.note ?>: <?cs var:i.note ?><?cs /if ?><?cs /if ?></td>
</tr><?cs /each ?></tbody>
</table></div>
<?cs if:Page.may_sign == 1 && Page.area == "/can-bo" ?><p class="noprint"><button type="submit"><?cs var:Lang.agent.record.sign ?></button></p></form><?cs /if ?>
<?cs if:Page.k.kind == "return" ?><p><?cs var:Lang.agent.record.sealed ?></p><?cs /if ?>
<div class="k-qr">
<?cs # The QR is SVG markup built by qr.c from a bit matrix (no user text): uvar is safe here. ?><?cs uvar:Page.qr_svg ?>
<p><?cs var:Lang.agent.record.scan ?></p>
</div>
<div class="r-signs"><p><?cs var:Lang.agent.record.sign_giver ?></p><p><?cs var:Lang.agent.record.sign_taker ?><?cs if:Page.k.received ?><br><?cs var:Lang.agent.record.signed ?>: <?cs var:Page.k.received_name ?><?cs /if ?></p></div>
</article>
<?cs if:Page.may_sign == 1 && Page.area == "/dai-ly" ?><?cs call:form_post("/dai-ly/tui-ho-so/" + Page.k.code) ?><p class="noprint"><button type="submit"><?cs var:Lang.agent.record.sign_return ?></button></p></form><?cs /if ?>
<?cs include:"footer.cs" ?>
