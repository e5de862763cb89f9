<?cs # agent-home.cs: GET /dai-ly — the agent's desk: take a dossier in (online or on paper), find one by code or phone, drafts, results to deliver. ?><?cs set:Page.title = Lang.agent.desk ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.agent.desk ?> — <?cs var:Page.staff.unit_name ?></h1>
<div class="boxes">
<form method="get" action="/dai-ly/nop" class="filters">
<div class="field"><label for="f-thu_tuc"><?cs var:Lang.agent.submit_box ?></label>
<p class="hint" id="h-thu_tuc"><?cs var:Lang.agent.submit_hint ?></p>
<input id="f-thu_tuc" name="thu_tuc" type="text" maxlength="32" aria-describedby="h-thu_tuc"></div>
<button type="submit"><?cs var:Lang.agent.submit_open ?></button>
</form>
<form method="get" action="/dai-ly/buu-chinh" class="filters">
<div class="field"><label for="f-thu_tuc-giay"><?cs var:Lang.agent.paper_box ?></label>
<p class="hint" id="h-thu_tuc-giay"><?cs var:Lang.agent.paper_hint ?></p>
<input id="f-thu_tuc-giay" name="thu_tuc" type="text" maxlength="32" aria-describedby="h-thu_tuc-giay"></div>
<button type="submit"><?cs var:Lang.agent.paper_open ?></button>
</form>
</div>
<?cs if:Page.pending_count > 0 ?><p class="note"><a href="/dai-ly/tui-ho-so"><?cs var:Page.pending_count ?> <?cs var:Lang.agent.pending ?></a></p><?cs /if ?>
<?cs if:?Page.drafts.0.id ?><h2><?cs var:Lang.agent.drafts ?></h2>
<ul><?cs each:g = Page.drafts ?><li><a href="/dai-ly/<?cs if:g.channel == "postal" ?>buu-chinh<?cs else ?>nop<?cs /if ?>/<?cs var:url_escape(g.proc_code) ?>?nhap=<?cs var:g.id ?>"><?cs var:Lang.agent.draft_open ?>: <?cs var:g.proc_name ?></a> (<?cs var:g.t_saved.time ?> <?cs var:g.t_saved.date ?>)</li><?cs /each ?></ul><?cs /if ?>
<h2><?cs var:Lang.agent.deliver ?></h2>
<?cs if:?Page.deliver.0.code ?><div class="table"><table>
<thead><tr><th scope="col"><?cs var:Lang.staff.code ?></th><th scope="col"><?cs var:Lang.agent.applicant ?></th><th scope="col"><?cs var:Lang.agent.address ?></th><th scope="col"><?cs var:Lang.agent.slip_no ?></th><th scope="col"><?cs var:Lang.agent.tries ?></th></tr></thead>
<tbody><?cs each:d = Page.deliver ?><tr><td><a href="/dai-ly/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a></td><td><?cs var:d.applicant_name ?><br><?cs var:d.phone ?></td><td><?cs var:d.address ?></td><td><?cs var:d.post_tracking ?></td><td><?cs var:d.tries ?></td></tr><?cs /each ?></tbody>
</table></div><?cs else ?><p><?cs var:Lang.agent.deliver_none ?></p><?cs /if ?>
<h2><?cs var:Lang.agent.search ?></h2>
<form method="get" action="/dai-ly" class="filters">
<div class="field"><label for="f-q"><?cs var:Lang.agent.search ?></label><input id="f-q" name="q" type="search" maxlength="40" value="<?cs var:Page.q ?>"></div>
<button type="submit"><?cs var:Lang.agent.find ?></button>
</form>
<?cs if:Page.count == 0 ?><p><?cs var:Lang.agent.none ?></p><?cs else ?>
<div class="table"><table class="worklist">
<thead><tr><th scope="col"><?cs var:Lang.staff.code ?></th><th scope="col"><?cs var:Lang.agent.applicant ?></th><th scope="col"><?cs var:Lang.staff.procedure ?></th><th scope="col"><?cs var:Lang.dossier.channel ?></th><th scope="col"><?cs var:Lang.dossier.status ?></th><th scope="col"><?cs var:Lang.agent.submitted ?></th></tr></thead>
<tbody><?cs each:d = Page.rows ?><tr>
<td><a href="/dai-ly/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a><?cs if:d.s10 ?><br><?cs var:d.s10 ?><?cs /if ?></td>
<td><?cs var:d.applicant_name ?></td><td><?cs var:d.proc_name ?></td><td><?cs var:Lang.channel[d.channel] ?></td>
<td><?cs var:Lang.status[d.status] ?><?cs if:d.here == 1 ?> (<?cs var:Lang.agent.here ?>)<?cs /if ?></td><td><?cs var:d.t_submitted.time ?> <?cs var:d.t_submitted.date ?></td>
</tr><?cs /each ?></tbody>
</table></div><?cs /if ?>
<?cs include:"footer.cs" ?>
