// queue.js: progressive enhancement of the queue pages (the pages work without it): a region marked
// data-live="N" is refetched every N seconds and swapped in place (the page's own URL, which nginx
// caches a second, so a hall of phones costs one render a second); a data-print element gets a
// print button. No inline script: the CSP allows only files from this site.
(function () {
  'use strict';
  var live = document.querySelector('[data-live]');
  if (live && live.id && window.fetch && window.DOMParser) {
    var every = (parseInt(live.getAttribute('data-live'), 10) || 5) * 1000;
    var tick = function () {
      fetch(location.href, { cache: 'no-store', credentials: 'same-origin' }).then(function (res) {
        // The ticket moves on to the dossier's status once one was received for it.
        if (res.redirected) { location.replace(res.url); return null; }
        return res.ok ? res.text() : null;
      }).then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(live.id);
        if (fresh && fresh.innerHTML !== live.innerHTML) {
          live.replaceChildren.apply(live, Array.prototype.slice.call(document.adoptNode(fresh).childNodes));
        }
      }).catch(function () { /* offline for a moment: try again next time */ }).then(function () {
        setTimeout(tick, every);
      });
    };
    setTimeout(tick, every);
  }
  var slot = document.querySelector('[data-print]');
  if (slot && window.print) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = slot.getAttribute('data-print');
    b.addEventListener('click', function () { window.print(); });
    slot.insertBefore(b, slot.firstChild);
  }
}());
