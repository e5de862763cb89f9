<?cs # staff-feedback-list.cs: GET /can-bo/phan-anh — the unit's feedback, what waits first, by deadline. ?><?cs set:Page.title = Lang.feedback.staff_title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.feedback.staff_title ?> — <?cs var:Page.staff.unit_name ?></h1>
<?cs if:subcount(Page.rows) ?><div class="table" role="region" aria-label="<?cs var:Lang.feedback.staff_title ?>" tabindex="0"><table class="worklist"><caption><?cs var:Lang.feedback.staff_title ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.feedback.item ?></th><th scope="col"><?cs var:Lang.dossier.status ?></th><th scope="col"><?cs var:Lang.feedback.due ?></th><th scope="col"><?cs var:Lang.feedback.body ?></th></tr></thead>
<tbody><?cs each:f = Page.rows ?><tr<?cs if:f.overdue == 1 ?> class="overdue"<?cs /if ?>><th scope="row"><a href="/can-bo/phan-anh/<?cs var:f.code ?>"><?cs var:f.code ?></a><?cs if:f.dossier_code ?><br><span class="code"><?cs var:f.dossier_code ?></span><?cs /if ?></th>
<td><?cs var:Lang.feedback.status[f.status] ?><?cs if:f.overdue == 1 ?><br><span class="flag"><?cs var:Lang.feedback.overdue ?></span><?cs /if ?><?cs if:f.source == "rating" ?><br><?cs var:Lang.feedback.from_rating ?><?cs /if ?></td>
<td><time datetime="<?cs var:f.t_due.iso ?>"><?cs var:f.t_due.date ?></time></td><td><?cs var:f.body ?></td></tr>
<?cs /each ?></tbody></table></div><?cs else ?><p><?cs var:Lang.feedback.staff_none ?></p><?cs /if ?>
<?cs include:"footer.cs" ?>
