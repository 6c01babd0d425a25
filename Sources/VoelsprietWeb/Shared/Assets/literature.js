// Screening by keyboard, with the next record loaded ahead.
//
// i / e / m decide (include, exclude, maybe); at full text, e without a reason moves to the
// reason first. After a decision the record that was loaded ahead is shown at once while the
// decision is sent; if the server refuses it, its answer (with the message) replaces the page.
// Without JavaScript the buttons post the form and the server shows the next record.
(function () {
  'use strict';
  var ahead = null;      // {html, record} of the page loaded ahead
  var sending = 0;

  function page() { return document.getElementById('screen-page'); }

  function current() {
    var article = document.querySelector('.screen-record');
    return article ? article.getAttribute('data-record') : null;
  }

  function loadAhead() {
    var p = page();
    var id = current();
    if (!p || !id) return;
    ahead = null;
    fetch(p.getAttribute('data-base') + '?skip=' + encodeURIComponent(id), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html) ahead = { html: html, after: id }; })
      .catch(function () { ahead = null; });
  }

  function show(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var next = doc.getElementById('screen-page');
    var p = page();
    if (!next || !p) { document.open(); document.write(html); document.close(); return; }
    p.replaceWith(document.importNode(next, true));
    window.scrollTo(0, 0);
    bind();
  }

  function send(form, verdict) {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { data.append(key, value); });
    data.set('verdict', verdict);
    var decided = current();
    var prepared = ahead && ahead.after === decided ? ahead.html : null;
    sending += 1;
    if (prepared) show(prepared);
    fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin',
                         headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
      .then(function (r) {
        return r.text().then(function (html) {
          sending -= 1;
          if (!r.ok || !prepared) { show(html); }
          if (r.ok) { loadAhead(); }
        });
      })
      .catch(function () { sending -= 1; form.submit(); });
  }

  function bind() {
    var form = document.getElementById('decide-form');
    if (!form) return;
    form.addEventListener('submit', function (event) {
      var button = event.submitter || document.activeElement;
      var verdict = button && button.name === 'verdict' ? button.value : null;
      if (!verdict || !window.fetch || !window.DOMParser) return;
      var stage = page().getAttribute('data-stage');
      var reason = form.querySelector('[name=reason]').value || form.querySelector('[name=reason_other]').value;
      if (stage === 'full_text' && verdict === 'exclude' && !reason) {
        event.preventDefault();
        form.querySelector('[name=reason]').focus();
        return;
      }
      event.preventDefault();
      send(form, verdict);
    });
    // While a decision is on its way the server may still count that record as open.
    if (!sending) loadAhead();
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    var form = document.getElementById('decide-form');
    if (!form) return;
    var key = event.key.toLowerCase();
    if (key === 'j' && ahead) { event.preventDefault(); show(ahead.html); return; }
    if (key === 'k') { event.preventDefault(); history.back(); return; }
    var button = form.querySelector('button[data-key="' + key + '"]');
    if (!button) return;
    event.preventDefault();
    if (typeof form.requestSubmit === 'function') { form.requestSubmit(button); } else { button.click(); }
  });

  bind();
})();
