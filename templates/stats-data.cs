<?cs # stats-data.cs: GET /thong-ke/du-lieu — the open data: every CSV at its stable URL, with each column described. ?><?cs set:Page.title = Lang.stats.data_title ?><?cs include:"header.cs" ?>
<h1><?cs var:Lang.stats.data_title ?></h1>
<p class="lead"><?cs var:Lang.stats.data_lead ?></p>
<?cs each:d = Page.datasets ?><section class="dataset"><h2><?cs var:Lang.stats.csv[d.key] ?></h2>
<p><a href="/thong-ke/<?cs var:d.name ?>.csv"><code>/thong-ke/<?cs var:d.name ?>.csv</code></a> (<a href="/thong-ke/<?cs var:d.name ?>.csv?ky=<?cs var:Page.period.this_month ?>">?ky=<?cs var:Page.period.this_month ?></a>)</p>
<dl class="facts"><?cs each:c = d.cols ?><dt><code><?cs var:c ?></code></dt><dd><?cs var:Lang.stats.col[c] ?></dd><?cs /each ?></dl></section>
<?cs /each ?>
<h2><?cs var:Lang.stats.col.criterion ?></h2>
<ol><?cs loop:i = 1, 9, 1 ?><?cs set:ck = "c" + i ?><li><?cs var:Lang.rating[ck] ?></li><?cs /loop ?></ol>
<?cs include:"footer.cs" ?>
