// Keyboard shortcuts for the triage page. Served from our origin (no inline script: CSP).
(function () {
  'use strict';
  var mentions = [];
  var current = 0;
  function select(i) {
    if (!mentions.length) return;
    current = (i + mentions.length) % mentions.length;
    mentions.forEach(function (m, k) { m.classList.toggle('selected', k === current); });
    mentions[current].scrollIntoView({ block: 'nearest' });
  }
  function hint(text) {
    var box = document.getElementById('key-hint');
    if (!box || !text) return;
    box.textContent = text;
    box.hidden = false;
  }
  function press(key) {
    var scope = mentions[current] || document;
    var button = scope.querySelector('[data-key="' + key + '"]') || document.querySelector('.post-actions [data-key="' + key + '"]');
    if (button) button.click();
    // 's' on a name nobody matches: say so instead of doing nothing.
    else if (key === 's' && mentions[current]) hint(mentions[current].getAttribute('data-no-suggestion'));
  }
  document.addEventListener('DOMContentLoaded', function () {
    mentions = Array.prototype.slice.call(document.querySelectorAll('.mention'));
    select(0);
  });
  document.addEventListener('keydown', function (e) {
    var tag = (e.target && e.target.tagName) || '';
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'j') select(current + 1);
    else if (e.key === 'k') select(current - 1);
    else if (['n', 's', 'l', 'x', 'i', 'd'].indexOf(e.key) >= 0) press(e.key);
    else return;
    e.preventDefault();
  });
})();
