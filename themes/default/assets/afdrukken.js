/* The print edition's cover says on which day it was printed (issue 14): a printed plan
   lies on a council member's desk long after the site has changed. Filled in when the
   browser prints; without JavaScript the cover simply leaves the line out. */
(function () {
  'use strict';
  function stamp() {
    var date = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    document.querySelectorAll('.omslag-afgedrukt').forEach(function (el) {
      if (el.tagName === 'DD') { el.textContent = date; }
      el.hidden = false;
    });
  }
  window.addEventListener('beforeprint', stamp);
  if (window.matchMedia) {
    var print = window.matchMedia('print');
    if (print.addEventListener) { print.addEventListener('change', function (e) { if (e.matches) { stamp(); } }); }
  }
}());
