// Respondent pages: a quick exit, and a questionnaire that keeps one entry in the tab's history.
// Hand-written, no framework. Without JavaScript every page still works: the quick exit is a
// plain link, forms post normally.
(function () {
  'use strict';

  // Quick exit: the button, or Escape twice within a second and a half. The page is blanked
  // and replaced (location.replace), so Back does not return to it.
  function leave(link) {
    var target = (link && link.href) || 'https://www.google.com/';
    try {
      document.title = '';
      document.body.innerHTML = '';
    } catch (ignored) {}
    window.location.replace(target);
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.quick-exit');
    if (link) {
      event.preventDefault();
      leave(link);
      return;
    }
    // Links between respondent pages replace the page too: one history entry in all.
    var inner = event.target.closest && event.target.closest('a[data-replace]');
    if (inner && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      window.location.replace(inner.href);
    }
  });
  var escapes = 0;
  var timer = null;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    escapes += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { escapes = 0; }, 1500);
    if (escapes >= 2) leave(document.querySelector('a.quick-exit'));
  });

  // Exclusive options ("nobody", "don't know"): ticking one clears the item's other boxes, and
  // ticking another clears it. The server refuses the combination anyway; this saves a round trip.
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (!box.matches || !box.matches('input[type=checkbox]') || !box.checked) return;
    var item = box.closest('[data-item]');
    if (!item) return;
    var boxes = item.querySelectorAll('input[type=checkbox]');
    for (var i = 0; i < boxes.length; i++) {
      var other = boxes[i];
      if (other === box) continue;
      if (box.hasAttribute('data-exclusive') || other.hasAttribute('data-exclusive')) other.checked = false;
    }
  });

  // Forms marked data-in-place are posted with fetch and the answer is shown in place of the
  // page, instead of as a new page in the history. On any failure the form posts normally.
  if (!window.fetch || !window.DOMParser || !window.FormData || !window.URLSearchParams) return;
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-in-place]')) return;
    event.preventDefault();
    var submitter = event.submitter;
    var data = new FormData(form);
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    var buttons = form.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
    fetch(form.action, {
      method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin', redirect: 'follow',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('text/html') !== 0) throw new Error('not a page');
      return response.text().then(function (html) {
        return { status: response.status, html: html, url: response.redirected ? response.url : null };
      });
    }).then(function (answer) {
      var page = new DOMParser().parseFromString(answer.html, 'text/html');
      if (answer.status >= 500) {
        // The server could not take the page (its database was out of reach, say): keep this
        // page and its answers, say so, and let the respondent send it again.
        var said = page.querySelector('main p');
        var note = form.querySelector('.send-failed') || document.createElement('p');
        note.className = 'error send-failed';
        note.setAttribute('role', 'alert');
        note.textContent = said ? said.textContent : 'Er ging iets mis; probeer het opnieuw. / Something went wrong; please try again.';
        form.insertBefore(note, form.firstChild);
        for (var k = 0; k < buttons.length; k++) buttons[k].disabled = false;
        note.setAttribute('tabindex', '-1');
        note.focus();
        return;
      }
      document.title = page.title;
      document.documentElement.lang = page.documentElement.lang;
      document.body.replaceWith(document.adoptNode(page.body));
      // After sending, the server redirects to the thank-you page: the address bar follows, so a
      // reload shows that page again (it stores nothing) instead of the questionnaire's start.
      if (answer.url && window.history && history.replaceState) history.replaceState(null, '', answer.url);
      window.scrollTo(0, 0);
      var focus = document.querySelector('[role=alert]') || document.querySelector('main h1');
      if (focus) {
        if (!focus.hasAttribute('tabindex')) focus.setAttribute('tabindex', '-1');
        focus.focus();
      }
    }).catch(function () {
      for (var j = 0; j < buttons.length; j++) buttons[j].disabled = false;
      form.removeAttribute('data-in-place');
      if (form.requestSubmit) form.requestSubmit(submitter || undefined); else form.submit();
    });
  });
})();
