// Parallax: keyboard help only; every page works without it.
// "/" focuses the search box; on an article opened from a citation, the highlighted span gets focus.
document.addEventListener('keydown', function (e) {
  if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
    var q = document.getElementById('q');
    if (q) { e.preventDefault(); q.focus(); q.select(); }
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var hl = document.getElementById('hl');
  if (hl && location.hash === '#hl') { hl.focus({preventScroll: false}); hl.scrollIntoView({block: 'center'}); }
});
