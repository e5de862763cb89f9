<?cs # footer.cs: the bottom of every page. ?></main>
<footer class="site noprint"><p><?cs var:Lang.site.footer ?></p></footer>
</body>
</html>
