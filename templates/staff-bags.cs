<?cs # staff-bags.cs: GET/POST /can-bo/tui-ho-so — the unit's consignments with the post offices (late ones flagged): open one by its code or QR; hand results to a post office. ?><?cs set:Page.title = Lang.agent.staff_link ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.agent.staff_link ?> — <?cs var:Page.staff.unit_name ?></h1>
<form method="get" action="/can-bo/tui-ho-so" class="filters">
<div class="field"><label for="f-ma"><?cs var:Lang.agent.open_bag ?></label><input id="f-ma" name="ma" type="text" maxlength="13" autocomplete="off"></div>
<button type="submit"><?cs var:Lang.agent.open_bag_button ?></button>
</form>
<h2><?cs var:Lang.agent.return_make ?></h2>
<p><?cs var:Page.ready_count ?> <?cs var:Lang.agent.return_ready ?></p>
<?cs if:Page.ready_count > 0 ?><?cs call:form_post("/can-bo/tui-ho-so") ?>
<div class="field<?cs if:Page.errors.buu_dien ?> has-error<?cs /if ?>"><label for="f-buu_dien"><?cs var:Lang.agent.return_office ?></label><?cs call:field_error("buu_dien") ?>
<select id="f-buu_dien" name="buu_dien"<?cs call:field_aria("buu_dien") ?>><?cs each:o = Page.offices ?><option value="<?cs var:o.id ?>"><?cs var:o.name ?></option><?cs /each ?></select></div>
<ul><?cs each:d = Page.ready ?><li><?cs var:d.code ?> — <?cs var:d.applicant_name ?>, <?cs var:d.address ?></li><?cs /each ?></ul>
<p><button type="submit"><?cs var:Lang.agent.return_button ?></button></p>
</form><?cs else ?><?cs call:field_error("buu_dien") ?><?cs /if ?>
<h2><?cs var:Lang.agent.bags ?></h2>
<?cs if:?Page.bags.0.code ?><div class="table"><table>
<thead><tr><th scope="col"><?cs var:Lang.agent.bag_code ?></th><th scope="col"><?cs var:Lang.agent.record.state ?></th><th scope="col"><?cs var:Lang.agent.bag_other ?></th><th scope="col"><?cs var:Lang.agent.bag_items ?></th><th scope="col"><?cs var:Lang.agent.bag_created ?></th><th scope="col"><?cs var:Lang.agent.bag_due ?></th><th scope="col"><?cs var:Lang.agent.bag_received ?></th></tr></thead>
<tbody><?cs each:b = Page.bags ?><tr<?cs if:b.late == 1 ?> class="overdue"<?cs /if ?>>
<td><a href="/can-bo/tui-ho-so/<?cs var:url_escape(b.code) ?>"><?cs var:b.code ?></a></td><td><?cs var:Lang.agent.kind[b.kind] ?></td><td><?cs var:b.other ?></td><td><?cs var:b.items ?></td>
<td><?cs var:b.t_created.time ?> <?cs var:b.t_created.date ?></td><td><?cs var:b.t_due.date ?><?cs if:b.late == 1 ?> <strong class="flag"><?cs var:Lang.agent.late ?></strong><?cs /if ?></td>
<td><?cs if:b.received ?><?cs var:b.t_received.time ?> <?cs var:b.t_received.date ?><?cs else ?><?cs var:Lang.agent.record.not_signed ?><?cs /if ?></td>
</tr><?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.agent.bags_none ?></p><?cs /if ?>
<?cs include:"footer.cs" ?>
