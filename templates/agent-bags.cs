<?cs # agent-bags.cs: GET/POST /dai-ly/tui-ho-so — the post office's consignments (late ones flagged) and the paper dossiers waiting for one. ?><?cs set:Page.title = Lang.agent.bags ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.agent.bags ?></h1>
<h2><?cs var:Lang.agent.bag_make ?></h2>
<?cs if:?Page.agencies.0.id ?><?cs call:form_post("/dai-ly/tui-ho-so") ?>
<div class="field<?cs if:Page.errors.co_quan ?> has-error<?cs /if ?>"><label for="f-co_quan"><?cs var:Lang.agent.bag_agency ?></label><?cs call:field_error("co_quan") ?>
<select id="f-co_quan" name="co_quan"<?cs call:field_aria("co_quan") ?>><?cs each:a = Page.agencies ?><option value="<?cs var:a.id ?>"><?cs var:a.name ?></option><?cs /each ?></select></div>
<ul><?cs each:d = Page.pending ?><li><?cs var:d.resolver ?>: <?cs var:d.code ?> — <?cs var:d.s10 ?> — <?cs var:d.applicant_name ?></li><?cs /each ?></ul>
<p><button type="submit"><?cs var:Lang.agent.bag_make_button ?></button></p>
</form><?cs else ?><?cs call:field_error("co_quan") ?><p><?cs var:Lang.agent.bag_nothing ?></p><?cs /if ?>
<h2><?cs var:Lang.agent.nav_bags ?></h2>
<?cs if:?Page.bags.0.code ?><div class="table"><table>
<thead><tr><th scope="col"><?cs var:Lang.agent.bag_code ?></th><th scope="col"><?cs var:Lang.agent.record.state ?></th><th scope="col"><?cs var:Lang.agent.bag_other ?></th><th scope="col"><?cs var:Lang.agent.bag_items ?></th><th scope="col"><?cs var:Lang.agent.bag_created ?></th><th scope="col"><?cs var:Lang.agent.bag_due ?></th><th scope="col"><?cs var:Lang.agent.bag_received ?></th></tr></thead>
<tbody><?cs each:b = Page.bags ?><tr<?cs if:b.late == 1 ?> class="overdue"<?cs /if ?>>
<td><a href="/dai-ly/tui-ho-so/<?cs var:url_escape(b.code) ?>"><?cs var:b.code ?></a></td><td><?cs var:Lang.agent.kind[b.kind] ?></td><td><?cs var:b.other ?></td><td><?cs var:b.items ?></td>
<td><?cs var:b.t_created.time ?> <?cs var:b.t_created.date ?></td><td><?cs var:b.t_due.date ?><?cs if:b.late == 1 ?> <strong class="flag"><?cs var:Lang.agent.late ?></strong><?cs /if ?></td>
<td><?cs if:b.received ?><?cs var:b.t_received.time ?> <?cs var:b.t_received.date ?><?cs else ?><?cs var:Lang.agent.record.not_signed ?><?cs /if ?></td>
</tr><?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.agent.bags_none ?></p><?cs /if ?>
<?cs include:"footer.cs" ?>
