// Screening by keyboard, with the next record loaded ahead.
//
// i / e / m decide (include, exclude, maybe); at full text, e without a reason moves to the
// reason first. After a decision the record that was loaded ahead is shown at once while the
// decision is sent; if the server refuses it, its answer (with the message) replaces the page.
// j passes over a record (it comes back when the others are done), k goes back to the record
// shown before. Without JavaScript the buttons post the form and the server shows the next record.
(function () {
  'use strict';
  var ahead = null;      // {html, after}: the page loaded ahead, and the record it comes after
  var sending = 0;
  var skipped = [];      // records passed over with j
  var earlier = [];      // records shown before the current one, newest last (for k)

  function page() { return document.getElementById('screen-page'); }

  function current() {
    var article = document.querySelector('.screen-record');
    return article ? article.getAttribute('data-record') : null;
  }

  function parse(html) { return new DOMParser().parseFromString(html, 'text/html'); }

  function loadAhead() {
    var p = page();
    var id = current();
    if (!p || !id) return;
    ahead = null;
    var base = p.getAttribute('data-base');
    function get(skip) {
      return fetch(base + '?skip=' + encodeURIComponent(skip.join(',')), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : null; });
    }
    var skip = skipped.filter(function (s) { return s !== id; }).concat([id]);
    get(skip)
      .then(function (html) {
        // Only passed-over records are left: come back to them.
        if (html && skip.length > 1 && !parse(html).querySelector('.screen-record')) return get([id]);
        return html;
      })
      .then(function (html) { if (html && current() === id) ahead = { html: html, after: id }; })
      .catch(function () { ahead = null; });
  }

  function show(html, goingBack) {
    var doc = parse(html);
    var next = doc.getElementById('screen-page');
    var p = page();
    if (!next || !p) { document.open(); document.write(html); document.close(); return; }
    var was = current();
    p.replaceWith(document.importNode(next, true));
    if (!goingBack && was && was !== current()) earlier.push(was);
    window.scrollTo(0, 0);
    bind();
  }

  // The page loaded ahead was made before the decision was saved, so its count is one short:
  // take the progress from the server's answer while that page is still the one shown.
  function progress(html, shown) {
    if (current() !== shown) return;
    var doc = parse(html);
    ['.progress-text', 'progress'].forEach(function (selector) {
      var fresh = doc.querySelector('#screen-page ' + selector);
      var old = document.querySelector('#screen-page ' + selector);
      if (fresh && old) old.replaceWith(document.importNode(fresh, true));
    });
  }

  function back() {
    var p = page();
    var id = earlier.pop();
    if (!p || !id) return;
    fetch(p.getAttribute('data-base') + '?record=' + encodeURIComponent(id), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html) show(html, true); })
      .catch(function () { earlier.push(id); });
  }

  function send(form, verdict) {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { data.append(key, value); });
    data.set('verdict', verdict);
    var decided = current();
    var prepared = ahead && ahead.after === decided ? ahead.html : null;
    sending += 1;
    if (prepared) show(prepared);
    var shown = current();
    fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin',
                         headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
      .then(function (r) {
        return r.text().then(function (html) {
          sending -= 1;
          if (!r.ok || !prepared) { show(html); } else { progress(html, shown); }
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
    if (key === 'j') {
      event.preventDefault();
      var id = current();
      if (ahead && ahead.after === id) {
        if (skipped.indexOf(id) < 0) skipped.push(id);
        show(ahead.html);
      }
      return;
    }
    if (key === 'k') { event.preventDefault(); back(); return; }
    var button = form.querySelector('button[data-key="' + key + '"]');
    if (!button) return;
    event.preventDefault();
    if (typeof form.requestSubmit === 'function') { form.requestSubmit(button); } else { button.click(); }
  });

  bind();
})();

// Import form: the upload's progress as a bar, then a note while the server reads and stores
// the file (the page that follows has the summary or the message). Without JavaScript the form
// posts as usual.
(function () {
  'use strict';
  var form = document.getElementById('import-file');
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var bar = document.getElementById('import-progress');
    if (!bar) {
      bar = document.createElement('progress');
      bar.id = 'import-progress';
      bar.max = 100;
      form.appendChild(bar);
    }
    var status = document.getElementById('import-status') || form.appendChild(document.createElement('p'));
    status.id = 'import-status';
    status.setAttribute('role', 'status');
    var button = form.querySelector('button[type=submit]');
    if (button) button.disabled = true;
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.onprogress = function (e) {
      if (e.lengthComputable) { bar.value = Math.round(e.loaded * 100 / e.total); status.textContent = bar.value + ' %'; }
    };
    request.upload.onload = function () { bar.removeAttribute('value'); status.textContent = form.getAttribute('data-reading') || '…'; };
    request.onload = function () {
      // The answer is the next page (after the redirect) or the page with the message.
      history.replaceState(null, '', request.responseURL || form.action);
      document.open(); document.write(request.responseText); document.close();
    };
    request.onerror = function () { if (button) button.disabled = false; form.submit(); };
    request.send(new FormData(form));
  });
})();
