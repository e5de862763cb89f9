<?cs # queue-booking.cs: GET /xep-hang/dat-truoc/{id}?k= — a booking: its code, point, service, day, hours and where it stands. ?><?cs set:Page.title = Lang.queue.booking_title + " " + Page.b.id ?><?cs set:Page.css.0 = "queue.css" ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.queue.booking_title ?></h1>
<p class="booking-code"><?cs var:Lang.queue.booking_code ?>: <strong class="code"><?cs var:Page.b.id ?></strong></p>
<p class="hint"><?cs var:Lang.queue.booking_keep ?></p>
<dl class="facts">
<dt><?cs var:Lang.queue.book_point ?></dt><dd><?cs var:Page.b.point ?></dd>
<dt><?cs var:Lang.queue.service ?></dt><dd><?cs var:Page.b.letter ?> — <?cs var:Page.b.service ?><?cs if:Page.b.priority == 1 ?> (<?cs var:Lang.queue.priority_short ?>)<?cs /if ?></dd>
<dt><?cs var:Lang.queue.booking_day ?></dt><dd><?cs var:Lang.queue.day[Page.b.wd] ?>, <?cs var:Page.b.date ?></dd>
<dt><?cs var:Lang.queue.booking_hours ?></dt><dd><?cs var:Page.hours ?></dd>
<dt><?cs var:Lang.queue.booking_state ?></dt><dd class="state state-<?cs var:Page.b.state ?>"><?cs var:Lang.queue.state[Page.b.state] ?></dd>
</dl>
<?cs if:Page.b.state == "checked_in" ?><p><a class="button" href="<?cs var:Page.b.ticket_path ?>"><?cs var:Lang.queue.booking_ticket ?></a></p><?cs
elif:Page.b.state != "lapsed" ?><p><?cs var:Lang.queue.booking_how ?></p>
<p><a href="/xep-hang/<?cs var:Page.b.point_id ?>"><?cs var:Lang.queue.booking_kiosk ?></a></p><?cs /if ?>
<?cs include:"footer.cs" ?>
