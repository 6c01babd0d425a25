// Coding a transcript in the browser. Select text, press c (or Enter, or the floating button),
// pick one or more codes in a picker that filters as you type (arrows move, space ticks, Enter
// applies, Escape closes; a name that matches nothing can become a new inductive code). Overlapping
// codings show as stacked colour bands with a count; clicking a coded stretch lists its codings
// (memo, delete) in the side panel; Ctrl+Z / Cmd+Z or the undo button takes back the last actions.
//
// Positions are UTF-16 code units over #transcript's textContent (the source text), half-open
// [start, end): what String.length counts here and what the server is told (unit=utf16).
// Without JavaScript the page shows the server's <mark> spans and a list with delete forms; this
// script replaces both. The text is cut into blocks at line ends (over-long lines at spaces); each
// block keeps its offset and the codings touching it, and a change rebuilds only the blocks it
// touches, so a 20,000-word transcript with 1,000 codings stays quick. Timings are left as
// performance.measure entries named "coding:…" (first render, re-render, apply, picker open).
//
// The page it expects: #coding-page[data-base][data-csrf][data-lang=nl|en][data-can-code="1"|""]
// holding <script type="application/json" id="coding-data"> ({codes:[{id,name,path,colour,
// codable}], codings:[{id,code,start,end,coder,own,memo}], turns:[{start,time}], texts:{…},
// optional length: the text's UTF-16 length, checked; optional coders:{id: name}), then
// <pre id="transcript"> and <aside id="coding-side"> (its children are the no-JS view and are
// hidden). It posts form fields with _csrf and Accept: application/json to {base}/codings
// (code…, start, end, unit=utf16 → {codings}), {base}/codings/{id}/delete (→ {deleted}),
// {base}/codings/restore (id, code, start, end, unit, memo → {codings}), {base}/codings/{id}/memo
// (memo → {coding}) and {base}/codes (name → {code}); a refusal answers 4xx {error}.
(function () {
  'use strict';
  var page = document.getElementById('coding-page');
  var pre = document.getElementById('transcript');
  var dataElement = document.getElementById('coding-data');
  if (!page || !pre || !dataElement || !window.fetch || !window.getSelection || !window.URLSearchParams) return;
  var started = performance.now();
  var data;
  try { data = JSON.parse(dataElement.textContent || '{}') || {}; } catch (e) { return; }

  var BLOCK_MAX = 2000;          // longest block, in UTF-16 units
  var UNDO_MAX = 100;
  var PENDING = ' pending';      // pseudo-coding for the stretch being coded (a space: never an id)
  var base = page.getAttribute('data-base') || '';
  var csrf = page.getAttribute('data-csrf') || '';
  var canCode = page.getAttribute('data-can-code') !== '';   // absent: allowed (the server checks anyway)
  var lang = page.getAttribute('data-lang') === 'en' ? 'en' : 'nl';
  var DEFAULTS = {
    nl: { apply: 'Coderen', code: 'Coderen', filter: 'Filter codes…', undo: 'Ongedaan maken',
      nothingToUndo: 'Niets om ongedaan te maken.', memo: 'Memo', save: 'Opslaan', delete: 'Verwijderen',
      failed: 'Dat lukte niet; er is niets veranderd.', newCode: 'Nieuwe code', create: 'Maken', close: 'Sluiten',
      picker: 'Codes kiezen', pickerHelp: 'Typ om te filteren · ↑ ↓ kiezen, dan spatie vinkt aan · Enter past toe · Esc sluit',
      noMatches: 'Geen passende code.', applied: 'Gecodeerd: %s', deleted: 'Verwijderd: %s', memoSaved: 'Memo opgeslagen.',
      undone: 'Ongedaan gemaakt: %s', here: 'Coderingen hier', own: 'Uw coderingen', other: 'andere codeur',
      chosen: 'Gekozen: %s', show: 'Toon in de tekst',
      mismatch: 'De tekst op de pagina wijkt af van de bron; coderen staat uit. Laad de pagina opnieuw.' },
    en: { apply: 'Code', code: 'Code', filter: 'Filter codes…', undo: 'Undo', nothingToUndo: 'Nothing to undo.',
      memo: 'Memo', save: 'Save', delete: 'Delete', failed: 'That did not work; nothing was changed.',
      newCode: 'New code', create: 'Create', close: 'Close', picker: 'Choose codes',
      pickerHelp: 'Type to filter · ↑ ↓ move, then space ticks · Enter applies · Esc closes', noMatches: 'No matching code.',
      applied: 'Coded: %s', deleted: 'Deleted: %s', memoSaved: 'Memo saved.', undone: 'Undone: %s',
      here: 'Codings here', own: 'Your codings', other: 'other coder', chosen: 'Chosen: %s', show: 'Show in the text',
      mismatch: 'The text on the page differs from the source; coding is off. Reload the page.' }
  };
  var texts = data.texts || {};

  function t(key) {
    var s = texts[key] || DEFAULTS[lang][key] || key;
    for (var i = 1; i < arguments.length; i++) {
      var value = String(arguments[i]);
      s = s.replace('%s', function () { return value; });
    }
    return s;
  }

  function make(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content != null) node.textContent = content;
    return node;
  }

  function button(className, label) {
    var b = make('button', className, label);
    b.type = 'button';
    return b;
  }

  function measure(name, from) {
    try { performance.measure(name, { start: from, end: performance.now() }); } catch (e) { /* older browser */ }
  }

  // Case- and diacritics-insensitive form for filtering ("Privé" matches "prive").
  function fold(s) {
    s = String(s).toLowerCase();
    return s.normalize ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
  }

  var text = pre.textContent;
  if (!text.length) return;

  // ---- Codes and codings ----------------------------------------------------------------------

  function map() { return Object.create(null); }   // a dictionary without inherited keys

  var codes = map();
  var codeList = [];            // codebook order

  function tint(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16 & 255) + ', ' + (n >> 8 & 255) + ', ' + (n & 255) + ', ' + alpha + ')';
  }

  function addCode(raw) {
    if (!raw || typeof raw.id !== 'string') return null;
    var colour = String(raw.colour || '');
    if (/^#[0-9a-f]{3}$/i.test(colour)) colour = '#' + colour[1] + colour[1] + colour[2] + colour[2] + colour[3] + colour[3];
    if (!/^#[0-9a-f]{6}$/i.test(colour)) colour = '#9aa3ad';
    var name = String(raw.name || '?');
    var path = String(raw.path || name);
    var code = { id: raw.id, name: name, path: path, colour: colour, tint: tint(colour, 0.42),
      codable: raw.codable !== false, key: fold(name), pathKey: fold(path) };
    if (!codes[code.id]) codeList.push(code); else codeList[codeList.indexOf(codes[code.id])] = code;
    codes[code.id] = code;
    return code;
  }

  var codings = map();
  var alias = map();               // a coding restored under a new id: old id → new id

  function resolve(id) { while (alias[id]) id = alias[id]; return id; }

  function normalCoding(raw) {
    if (!raw || typeof raw.id !== 'string' || typeof raw.code !== 'string') return null;
    var start = raw.start, end = raw.end;
    if (typeof start !== 'number' || typeof end !== 'number' || start !== Math.floor(start) || end !== Math.floor(end)
      || start < 0 || end > text.length || start >= end) return null;
    if (!codes[raw.code]) addCode({ id: raw.code, name: '?', codable: false });
    return { id: raw.id, code: raw.code, start: start, end: end, coder: raw.coder || null, own: raw.own !== false,
      memo: typeof raw.memo === 'string' && raw.memo !== '' ? raw.memo : null };
  }

  function codeOf(c) { return codes[c.code]; }

  // Another coder's name when the page lists them ("coders": {id: name}), else "other coder".
  function coderLabel(c) {
    var names = data.coders || {};
    return Object.prototype.hasOwnProperty.call(names, c.coder) && typeof names[c.coder] === 'string' ? names[c.coder] : t('other');
  }

  // ---- Blocks ---------------------------------------------------------------------------------

  var blocks = [];              // {start, end, el, ids: {codingId: true}, turns: [offsets]}
  var lineFirst = [];           // per line of the text: the index of its first block
  var turns = map();            // UTF-16 offset → time label of a timed turn
  var dirty = map();            // block index → true
  var pending = null;           // {start, end} being coded while the picker is open

  function cutPoint(from, limit) {
    var space = text.lastIndexOf(' ', limit - 1);
    if (space > from) return space + 1;
    var c = text.charCodeAt(limit - 1);
    return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;   // never between a surrogate pair
  }

  function cutBlocks() {
    var i = 0;
    while (i < text.length) {
      var newline = text.indexOf('\n', i);
      var end = newline < 0 ? text.length : newline + 1;
      lineFirst.push(blocks.length);
      while (end - i > BLOCK_MAX) {
        var cut = cutPoint(i, i + BLOCK_MAX);
        blocks.push({ start: i, end: cut, el: null, ids: map(), turns: [] });
        i = cut;
      }
      blocks.push({ start: i, end: end, el: null, ids: map(), turns: [] });
      i = end;
    }
  }

  function blockAt(pos) {
    var lo = 0, hi = blocks.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (blocks[mid].start <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function eachBlock(start, end, fn) {
    for (var b = blockAt(start), last = blockAt(Math.max(start, end - 1)); b <= last; b++) fn(blocks[b], b);
  }

  function markDirty(range) { eachBlock(range.start, range.end, function (block, b) { dirty[b] = true; }); }

  function index(c, on) {
    eachBlock(c.start, c.end, function (block, b) {
      if (on) block.ids[c.id] = true; else delete block.ids[c.id];
      dirty[b] = true;
    });
  }

  // One text node or span per stretch with the same set of codings: a sweep over the sorted
  // start and end points of the codings touching the block (ends before starts at one point,
  // longer codings first, so the colour bands keep a stable order).
  function renderBlock(b) {
    var block = blocks[b], events = [], id, c;
    for (id in block.ids) {
      c = codings[id];
      events.push([Math.max(c.start, block.start), 1, c.end, id], [Math.min(c.end, block.end), 0, 0, id]);
    }
    for (var k = 0; k < block.turns.length; k++) events.push([block.turns[k], -1, 0, null]);
    if (pending && pending.start < block.end && pending.end > block.start) {
      events.push([Math.max(pending.start, block.start), 1, pending.end, PENDING], [Math.min(pending.end, block.end), 0, 0, PENDING]);
    }
    events.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || y[2] - x[2]; });
    var frag = document.createDocumentFragment(), active = [], at = block.start;
    for (var i = 0; i < events.length; i++) {
      var ev = events[i];
      if (ev[0] > at) { segment(frag, at, ev[0], active); at = ev[0]; }
      if (ev[1] > 0) active.push(ev[3]); else if (ev[1] === 0) active.splice(active.indexOf(ev[3]), 1);
    }
    if (at < block.end) segment(frag, at, block.end, active);
    block.el.textContent = '';
    block.el.appendChild(frag);
  }

  function segment(frag, start, end, active) {
    if (turns[start] !== undefined) {
      var marker = make('span', 'turn-time');
      marker.setAttribute('data-time', turns[start]);
      frag.appendChild(marker);
    }
    var piece = text.slice(start, end);
    if (!active.length) { frag.appendChild(document.createTextNode(piece)); return; }
    var ids = [], isPending = false;
    for (var i = 0; i < active.length; i++) { if (active[i] === PENDING) isPending = true; else ids.push(active[i]); }
    var span = make('span', isPending ? 'seg pending' : 'seg', piece);
    if (ids.length) paint(span, ids);
    if (!/\S/.test(piece)) span.classList.add('blank');   // no badge or underline on bare white space
    frag.appendChild(span);
  }

  // One coding: its colour as a tint with a solid underline. Several: horizontal bands of each
  // colour stacked top to bottom (repeated on every line the stretch wraps over), a dark
  // underline and a count badge (drawn by CSS, so no characters are added); the title lists them.
  function paint(span, ids) {
    var n = ids.length, names = [], stops = [], other = false;
    for (var i = 0; i < n; i++) {
      var c = codings[ids[i]], code = codeOf(c);
      names.push(code.path + (c.own ? '' : ' (' + coderLabel(c) + ')'));
      if (!c.own) other = true;
      stops.push(code.tint + ' ' + (i * 100 / n).toFixed(2) + '% ' + ((i + 1) * 100 / n).toFixed(2) + '%');
    }
    span.setAttribute('data-codings', ids.join(' '));
    span.title = names.join('\n');
    if (n === 1) {
      var only = codeOf(codings[ids[0]]);
      span.style.setProperty('--seg-bg', only.tint);
      span.style.setProperty('--seg-line', only.colour);
    } else {
      span.classList.add('multi');
      span.setAttribute('data-count', String(n));
      span.style.setProperty('--seg-bg', 'linear-gradient(' + stops.join(', ') + ')');
    }
    if (other) span.classList.add('other');
  }

  function flush(name) {
    var from = performance.now();
    for (var b in dirty) renderBlock(+b);
    dirty = map();
    measure(name || 'coding:rerender', from);
  }

  // Each line is a block box of its own (CSS), so a change lays out only its line; a line's
  // blocks are inline spans inside it.
  function lineEnd(k) { return k + 1 < lineFirst.length ? blocks[lineFirst[k + 1]].start : text.length; }

  function renderAll() {
    var frag = document.createDocumentFragment(), line = null, next = 0;
    for (var b = 0; b < blocks.length; b++) {
      if (b === lineFirst[next]) {
        line = make('span', 'tline');
        line.setAttribute('data-line', String(b));
        line.style.setProperty('--rows', String(Math.max(1, Math.ceil((lineEnd(next) - blocks[b].start) / 72))));
        frag.appendChild(line);
        next++;
      }
      var span = make('span', 'tblock');
      span.setAttribute('data-i', String(b));
      blocks[b].el = span;
      renderBlock(b);
      line.appendChild(span);
    }
    dirty = map();
    pre.textContent = '';
    pre.appendChild(frag);
  }

  // ---- Selection ↔ offsets --------------------------------------------------------------------

  // The offset of a DOM boundary point inside the transcript: its block's offset plus the
  // length of the block's text before the point.
  function offsetOf(node, offset) {
    if (node === pre) return offset >= lineFirst.length ? text.length : blocks[lineFirst[offset]].start;
    var holder = node.nodeType === 1 ? node : node.parentNode;
    var anchor = holder && holder.closest ? holder.closest('.tblock') || holder.closest('.tline') : null;
    if (!anchor || !pre.contains(anchor)) return null;
    var first = anchor.classList.contains('tblock') ? anchor.getAttribute('data-i') : anchor.getAttribute('data-line');
    var r = document.createRange();
    r.setStart(anchor, 0);
    r.setEnd(node, offset);
    return blocks[+first].start + r.toString().length;
  }

  function isSpace(ch) { return /\s/.test(ch); }

  function trimmed(start, end) {
    while (start < end && isSpace(text.charAt(start))) start++;
    while (end > start && isSpace(text.charAt(end - 1))) end--;
    if (start > 0 && /[\udc00-\udfff]/.test(text.charAt(start)) && /[\ud800-\udbff]/.test(text.charAt(start - 1))) start--;
    if (end < text.length && /[\ud800-\udbff]/.test(text.charAt(end - 1))) end++;
    return start < end ? { start: start, end: end } : null;
  }

  // The selection as offsets, clamped to the transcript when one end lies outside it; null when
  // nothing (or nothing but white space) of the transcript is selected, or both ends are outside.
  function selectedRange() {
    var sel = window.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) return null;
    var r = sel.getRangeAt(0), whole = document.createRange(), s, e;
    whole.selectNodeContents(pre);
    try {
      s = whole.comparePoint(r.startContainer, r.startOffset);
      e = whole.comparePoint(r.endContainer, r.endOffset);
    } catch (err) { return null; }
    if (s > 0 || e < 0 || (s < 0 && e > 0)) return null;
    var start = s < 0 ? 0 : offsetOf(r.startContainer, r.startOffset);
    var end = e > 0 ? text.length : offsetOf(r.endContainer, r.endOffset);
    return start == null || end == null ? null : trimmed(start, end);
  }

  function pointAt(pos) {
    var block = blocks[blockAt(pos)], rest = pos - block.start, node, last = null;
    var walker = document.createTreeWalker(block.el, NodeFilter.SHOW_TEXT, null);
    while ((node = walker.nextNode())) {
      if (rest <= node.data.length) return { node: node, offset: rest };
      rest -= node.data.length;
      last = node;
    }
    return last ? { node: last, offset: last.data.length } : { node: block.el, offset: 0 };
  }

  function domRange(range) {
    var s = pointAt(range.start), e = pointAt(range.end), r = document.createRange();
    r.setStart(s.node, s.offset);
    r.setEnd(e.node, e.offset);
    return r;
  }

  function select(range) {
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(domRange(range));
  }

  function excerpt(start, end, max) {
    var s = text.slice(start, Math.min(end, start + max));
    if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
    return s.replace(/\s+/g, ' ') + (end - start > max ? '…' : '');
  }

  function lastRect(r) {
    var rects = r.getClientRects();
    for (var i = rects.length - 1; i >= 0; i--) if (rects[i].width || rects[i].height) return rects[i];
    return r.getBoundingClientRect();
  }

  // Places a floating element (a child of body, positioned in document coordinates) just below
  // a rectangle in viewport coordinates, inside the window. Floating elements live outside the
  // page's grid so showing or moving them never lays out the transcript or the side panel.
  function place(node, rect) {
    var left = window.pageXOffset, width = document.documentElement.clientWidth;
    var x = Math.max(left + 8, Math.min(rect.right + left - 16, left + width - node.offsetWidth - 8));
    node.style.setProperty('--x', Math.round(x) + 'px');
    node.style.setProperty('--y', Math.round(rect.bottom + window.pageYOffset + 6) + 'px');
  }

  // ---- Talking to the server -----------------------------------------------------------------

  var queue = Promise.resolve();

  // Runs one action after the ones before it have finished, so undo never overtakes an apply.
  function enqueue(fn) {
    var p = queue.then(fn);
    queue = p.catch(function () {});
    return p;
  }

  function post(path, fields) {
    var body = new URLSearchParams();
    body.append('_csrf', csrf);
    fields.forEach(function (pair) { body.append(pair[0], String(pair[1])); });
    return fetch(base + path, { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' } })
      .then(function (r) {
        return r.text().then(function (s) {
          var json = null;
          try { json = JSON.parse(s); } catch (e) { json = null; }
          if (r.ok && json) return json;
          var err = new Error(json && json.error ? String(json.error) : t('failed') + ' (' + r.status + ')');
          err.status = r.status;
          throw err;
        });
      }, function () { throw new Error(t('failed')); });
  }

  // ---- Actions and undo ----------------------------------------------------------------------

  var undoStack = [];

  function pushUndo(action) {
    undoStack.push(action);
    if (undoStack.length > UNDO_MAX) undoStack.shift();
    panel.updateUndo();
  }

  function addCoding(raw) {
    var c = normalCoding(raw);
    if (!c) return null;
    if (codings[c.id]) index(codings[c.id], false);
    codings[c.id] = c;
    index(c, true);
    panel.listAdd(c);
    return c;
  }

  function removeCoding(id) {
    var c = codings[id];
    if (!c) return null;
    index(c, false);
    delete codings[id];
    panel.forget(id);
    return c;
  }

  function applyCodes(range, ids) {
    var from = performance.now();
    var fields = ids.map(function (id) { return ['code', id]; })
      .concat([['start', range.start], ['end', range.end], ['unit', 'utf16']]);
    return post('/codings', fields).then(function (json) {
      var answered = performance.now(), added = [], names = [];
      (json.codings || []).forEach(function (raw) {
        var fresh = !codings[raw && raw.id];
        var c = addCoding(raw);
        if (c && fresh) { added.push(c.id); names.push(codeOf(c).name); }
      });
      flush();
      if (added.length) pushUndo({ kind: 'apply', ids: added, label: names.join(', ') });
      announce(t('applied', names.join(', ')));
      measure('coding:apply-dom', answered);
      measure('coding:apply', from);
    });
  }

  // Deletes one coding; one the server no longer has (404: deleted elsewhere) goes from the page too.
  function deleteOne(id) {
    if (!codings[id]) return Promise.resolve(null);
    function drop() { var gone = removeCoding(id); flush(); return gone; }
    return post('/codings/' + encodeURIComponent(id) + '/delete', []).then(drop, function (err) {
      if (err.status === 404) { drop(); return null; }
      throw err;
    });
  }

  function restoreOne(c) {
    return post('/codings/restore', [['id', c.id], ['code', c.code], ['start', c.start], ['end', c.end],
      ['unit', 'utf16'], ['memo', c.memo || '']]).then(function (json) {
      (json.codings || []).forEach(function (raw) {
        var back = addCoding(raw);
        if (back && back.id !== c.id) alias[c.id] = back.id;
      });
      flush();
    });
  }

  function memoOne(id, memo) {
    return post('/codings/' + encodeURIComponent(id) + '/memo', [['memo', memo]]).then(function (json) {
      var c = codings[id];
      if (!c) return;
      var saved = json.coding && typeof json.coding.memo === 'string' ? json.coding.memo : memo;
      c.memo = saved || null;
      panel.refresh(c);
    });
  }

  function failed(err) { showError(err && err.message ? err.message : t('failed')); }

  function deleteCoding(id) {
    return enqueue(function () {
      var c = codings[id];
      if (!c) return;
      var name = codeOf(c).name;
      return deleteOne(id).then(function (gone) {
        if (!gone) return;
        pushUndo({ kind: 'delete', coding: gone, label: name });
        announce(t('deleted', name));
      });
    }).catch(failed);
  }

  function saveMemo(id, memo) {
    return enqueue(function () {
      var c = codings[id];
      if (!c || (c.memo || '') === memo) return;
      var before = c.memo || '';
      return memoOne(id, memo).then(function () {
        pushUndo({ kind: 'memo', id: id, before: before, label: t('memo') + ' ' + codeOf(c).name });
        announce(t('memoSaved'));
      });
    }).catch(failed);
  }

  function undoAction(a) {
    if (a.kind === 'delete') return restoreOne(a.coding);
    if (a.kind === 'memo') return memoOne(resolve(a.id), a.before);
    // apply: delete the codings it made, newest first; those already deleted stay deleted on a retry
    function next() {
      if (!a.ids.length) return Promise.resolve();
      return deleteOne(resolve(a.ids[a.ids.length - 1])).then(function () { a.ids.pop(); return next(); });
    }
    return next();
  }

  function undo() {
    return enqueue(function () {
      var a = undoStack.pop();
      panel.updateUndo();
      if (!a) { announce(t('nothingToUndo')); return; }
      return undoAction(a).then(function () { announce(t('undone', a.label)); }, function (err) {
        undoStack.push(a);
        panel.updateUndo();
        throw err;
      });
    }).catch(failed);
  }

  // ---- Messages ------------------------------------------------------------------------------

  var messages = make('div', 'coding-messages');
  var statusLine = make('p', 'coding-status');
  var errorLine = make('p', 'coding-error');
  statusLine.id = 'coding-status';
  statusLine.setAttribute('role', 'status');
  errorLine.id = 'coding-error';
  errorLine.setAttribute('role', 'alert');
  messages.appendChild(statusLine);
  messages.appendChild(errorLine);
  var statusTimer = null;

  function announce(message) {
    errorLine.textContent = '';
    statusLine.textContent = message;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () { statusLine.textContent = ''; }, 6000);
  }

  function showError(message) { errorLine.textContent = message; }

  // ---- Side panel ----------------------------------------------------------------------------

  function swatch(code) {
    var s = make('span', 'swatch');
    s.setAttribute('aria-hidden', 'true');
    s.style.setProperty('--swatch', code.colour);
    return s;
  }

  function buildPanel() {
    var side = document.getElementById('coding-side');
    if (!side) { side = make('aside', 'coding-side'); side.id = 'coding-side'; page.appendChild(side); }
    var heading = side.querySelector('h2');
    var title = heading ? heading.textContent : t('own');
    Array.prototype.forEach.call(side.children, function (child) { child.hidden = true; });
    var box = make('div', 'coding-panel');
    var tools = make('div', 'coding-tools');
    var undoButton = button('secondary', t('undo'));
    undoButton.id = 'coding-undo';
    undoButton.disabled = true;
    undoButton.setAttribute('aria-keyshortcuts', 'Control+Z Meta+Z');
    tools.appendChild(undoButton);
    tools.appendChild(make('span', 'small', 'Ctrl+Z'));
    var detail = make('section', 'coding-detail');
    detail.id = 'coding-detail';
    detail.hidden = true;
    var detailHead = make('div', 'detail-head');
    var detailTitle = make('h2', null, t('here'));
    detailTitle.id = 'coding-detail-title';
    detailTitle.tabIndex = -1;
    detail.setAttribute('aria-labelledby', detailTitle.id);
    var closeDetail = button('link detail-close', t('close'));
    detailHead.appendChild(detailTitle);
    detailHead.appendChild(closeDetail);
    var detailItems = make('div', 'detail-items');
    detail.appendChild(detailHead);
    detail.appendChild(detailItems);
    var own = make('section', 'coding-own');
    var listTitle = make('h2', null, title + ' ');
    listTitle.id = 'coding-list-title';
    listTitle.tabIndex = -1;
    var countBadge = make('span', 'count');
    listTitle.appendChild(countBadge);
    var list = make('ol', 'coding-list');
    list.id = 'coding-list';
    list.setAttribute('aria-labelledby', listTitle.id);
    own.appendChild(listTitle);
    own.appendChild(list);
    if (canCode) box.appendChild(tools);
    box.appendChild(detail);
    box.appendChild(own);
    side.insertBefore(box, side.firstChild);

    var listIds = [], items = {}, shown = [];

    function before(a, b) { return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); }

    function listItem(c) {
      var code = codeOf(c), li = make('li', 'coding-entry');
      li.setAttribute('data-coding', c.id);
      li.appendChild(swatch(code));
      var show = button('link coding-show', code.name);
      show.title = code.path + ' — ' + t('show');
      li.appendChild(show);
      if (c.memo) { var flag = make('span', 'memo-flag', '✎'); flag.title = t('memo') + ': ' + c.memo; li.appendChild(flag); }
      if (c.own && canCode) {
        var del = button('link coding-delete', t('delete'));
        del.setAttribute('aria-label', t('delete') + ': ' + code.name + ' — ' + excerpt(c.start, c.end, 40));
        li.appendChild(del);
      } else if (!c.own) {
        li.appendChild(make('span', 'small', coderLabel(c)));
      }
      li.appendChild(make('q', 'coding-excerpt', excerpt(c.start, c.end, 90)));
      return li;
    }

    function detailItem(c) {
      var code = codeOf(c), item = make('article', 'coding-item');
      item.setAttribute('data-coding', c.id);
      item.style.setProperty('--seg-line', code.colour);
      var head = make('h3');
      head.appendChild(swatch(code));
      head.appendChild(document.createTextNode(' ' + code.path));
      item.appendChild(head);
      item.appendChild(make('q', 'coding-excerpt', excerpt(c.start, c.end, 240)));
      if (!c.own || !canCode) {
        if (!c.own) item.appendChild(make('p', 'small', coderLabel(c)));
        if (c.memo) item.appendChild(make('p', 'memo', t('memo') + ': ' + c.memo));
        return item;
      }
      var label = make('label', 'memo-label', t('memo'));
      var area = make('textarea', 'memo-text');
      area.id = 'memo-' + c.id;
      area.rows = 3;
      area.value = c.memo || '';
      label.htmlFor = area.id;
      var actions = make('div', 'detail-actions');
      actions.appendChild(button('secondary memo-save', t('save')));
      actions.appendChild(button('link coding-delete', t('delete')));
      item.appendChild(label);
      item.appendChild(area);
      item.appendChild(actions);
      return item;
    }

    function count() { countBadge.textContent = '(' + listIds.length + ')'; }

    function position(c) {
      var lo = 0, hi = listIds.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (before(codings[listIds[mid]], c) < 0) lo = mid + 1; else hi = mid; }
      return lo;
    }

    return {
      fill: function () {
        var all = Object.keys(codings).map(function (id) { return codings[id]; }).sort(before);
        var frag = document.createDocumentFragment();
        all.forEach(function (c) { items[c.id] = listItem(c); listIds.push(c.id); frag.appendChild(items[c.id]); });
        list.appendChild(frag);
        count();
      },
      listAdd: function (c) {
        if (items[c.id]) this.forget(c.id);
        var at = position(c);
        items[c.id] = listItem(c);
        list.insertBefore(items[c.id], list.children[at] || null);
        listIds.splice(at, 0, c.id);
        count();
      },
      forget: function (id) {
        var li = items[id];
        if (li) { li.remove(); delete items[id]; listIds.splice(listIds.indexOf(id), 1); count(); }
        var at = shown.indexOf(id);
        if (at >= 0) {
          shown.splice(at, 1);
          Array.prototype.forEach.call(detailItems.querySelectorAll('[data-coding]'), function (item) {
            if (item.getAttribute('data-coding') === id) item.remove();
          });
          if (!shown.length) detail.hidden = true;
        }
      },
      refresh: function (c) {
        var li = items[c.id];
        if (li) { var fresh = listItem(c); li.replaceWith(fresh); items[c.id] = fresh; }
        var area = document.getElementById('memo-' + c.id);
        if (area && area !== document.activeElement) area.value = c.memo || '';
      },
      show: function (ids, focus) {
        shown = ids.filter(function (id) { return codings[id]; });
        detailItems.textContent = '';
        shown.forEach(function (id) { detailItems.appendChild(detailItem(codings[id])); });
        detail.hidden = !shown.length;
        if (shown.length && focus) detailTitle.focus();
        else if (shown.length) detail.scrollIntoView({ block: 'nearest' });
      },
      hide: function () { shown = []; detail.hidden = true; detailItems.textContent = ''; },
      updateUndo: function () {
        var top = undoStack[undoStack.length - 1];
        undoButton.disabled = !top;
        undoButton.title = top ? t('undo') + ': ' + top.label : t('nothingToUndo');
      },
      // Where focus goes once a coding is deleted from the list (the next entry, else the list
      // title) or from the detail (its title while it lists others, else the list title).
      focusAfter: function (id, fromDetail) {
        var li = items[id], next = li && (li.nextElementSibling || li.previousElementSibling);
        return function () {
          var target = fromDetail ? (detail.hidden ? listTitle : detailTitle)
            : next && next.isConnected ? next.querySelector('.coding-show') : listTitle;
          if (target) target.focus();
        };
      },
      side: side,
      closeDetail: closeDetail
    };
  }

  // Scrolls the text to a coding and lets its stretch flash briefly.
  function reveal(id) {
    var c = codings[id];
    if (!c) return;
    var p = pointAt(c.start);
    var holder = p.node.nodeType === 1 ? p.node : p.node.parentNode;
    holder.scrollIntoView({ block: 'center' });
    eachBlock(c.start, c.end, function (block) {
      Array.prototype.forEach.call(block.el.querySelectorAll('.seg[data-codings]'), function (seg) {
        if ((' ' + seg.getAttribute('data-codings') + ' ').indexOf(' ' + id + ' ') < 0) return;
        seg.classList.remove('flash');
        void seg.offsetWidth;
        seg.classList.add('flash');
      });
    });
  }

  // ---- Code picker ---------------------------------------------------------------------------

  function buildPicker() {
    var box = make('div', 'code-picker');
    box.id = 'code-picker';
    box.hidden = true;
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', t('picker'));
    var quote = make('p', 'picker-quote');
    var label = make('label', 'visually-hidden', t('filter'));
    var input = make('input', 'picker-input');
    input.id = 'code-picker-input';
    input.type = 'text';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.placeholder = t('filter');
    label.htmlFor = input.id;
    var list = make('ul', 'picker-list');
    list.id = 'code-picker-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-multiselectable', 'true');
    list.setAttribute('aria-label', t('picker'));
    [['role', 'combobox'], ['aria-autocomplete', 'list'], ['aria-expanded', 'true'], ['aria-controls', list.id],
      ['aria-describedby', 'code-picker-help']].forEach(function (a) { input.setAttribute(a[0], a[1]); });
    var empty = make('p', 'picker-empty small', t('noMatches'));
    var chosen = make('p', 'picker-chosen small');
    var help = make('p', 'picker-help small', t('pickerHelp'));
    help.id = 'code-picker-help';
    var actions = make('div', 'picker-actions');
    var applyButton = button('primary picker-apply', t('apply'));
    var closeButton = button('secondary picker-close', t('close'));
    actions.appendChild(applyButton);
    actions.appendChild(closeButton);
    [quote, label, input, list, empty, chosen, help, actions].forEach(function (n) { box.appendChild(n); });
    document.body.appendChild(box);

    var state = { open: false, range: null, checked: {}, items: [], active: -1, navigating: false, busy: false, back: null };

    function checkedIds() { return codeList.filter(function (c) { return state.checked[c.id]; }).map(function (c) { return c.id; }); }

    function filter() {
      var typed = input.value.trim(), q = fold(typed), terms = q ? q.split(/\s+/) : [], found = [], exact = false;
      codeList.forEach(function (c, order) {
        if (!c.codable) return;
        for (var j = 0; j < terms.length; j++) if (c.key.indexOf(terms[j]) < 0 && c.pathKey.indexOf(terms[j]) < 0) return;
        if (c.key === q) exact = true;
        var at = q ? c.key.indexOf(q) : 0;
        found.push({ code: c, rank: at === 0 ? 0 : at > 0 ? 1 : 2, order: order });
      });
      found.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });
      state.items = found.map(function (f) { return { code: f.code }; });
      if (typed && !exact) state.items.push({ create: typed });
      drawOptions();
      if (state.open && !box.hidden) list.scrollTop = 0;   // (a hidden list is at its top anyway)
      setActive(state.items.length ? 0 : -1, true);
    }

    function drawOptions() {
      var frag = document.createDocumentFragment();
      state.items.forEach(function (item, i) {
        var li = make('li', item.create ? 'create' : null);
        li.id = 'code-picker-opt-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('data-index', String(i));
        if (item.create) {
          li.setAttribute('aria-selected', 'false');
          li.appendChild(make('span', 'plus', '+'));
          li.appendChild(make('span', 'name', t('newCode') + ': “' + item.create + '”'));
          li.appendChild(make('span', 'path', 'Enter: ' + t('create')));
        } else {
          li.setAttribute('aria-selected', state.checked[item.code.id] ? 'true' : 'false');
          li.setAttribute('data-code', item.code.id);
          var check = make('span', 'check');
          check.setAttribute('aria-hidden', 'true');
          li.appendChild(check);
          li.appendChild(swatch(item.code));
          li.appendChild(make('span', 'name', item.code.name));
          if (item.code.path !== item.code.name) li.appendChild(make('span', 'path', item.code.path));
        }
        frag.appendChild(li);
      });
      list.textContent = '';
      list.appendChild(frag);
      empty.hidden = state.items.length > 0;
    }

    function setActive(i, fresh) {
      var old = list.querySelector('.active');
      if (old) old.classList.remove('active');
      state.active = i;
      var li = i >= 0 ? list.children[i] : null;
      if (!li) { input.removeAttribute('aria-activedescendant'); return; }
      li.classList.add('active');
      input.setAttribute('aria-activedescendant', li.id);
      if (fresh) return;                       // the list was just drawn, scrolled to its top
      var top = li.offsetTop, bottom = top + li.offsetHeight;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
    }

    function showChosen() {
      var ids = checkedIds();
      chosen.textContent = ids.length ? t('chosen', ids.map(function (id) { return codes[id].name; }).join(', ')) : '';
      applyButton.textContent = t('apply') + (ids.length ? ' (' + ids.length + ')' : '');
    }

    function toggle(i) {
      var item = state.items[i];
      if (!item || !item.code) return;
      if (state.checked[item.code.id]) delete state.checked[item.code.id]; else state.checked[item.code.id] = true;
      var li = list.children[i];
      if (li) li.setAttribute('aria-selected', state.checked[item.code.id] ? 'true' : 'false');
      showChosen();
    }

    function open(range) {
      var from = performance.now();
      if (state.open) close(false);
      state.back = document.activeElement;
      state.range = range;
      state.checked = {};
      state.navigating = false;
      state.open = true;
      floatButton.hidden = true;
      errorLine.textContent = '';
      setPending(range);
      quote.textContent = '“' + excerpt(range.start, range.end, 120) + '”';
      input.value = '';
      filter();
      showChosen();
      box.hidden = false;
      reposition(true);
      input.focus({ preventScroll: true });
      measure('coding:picker-open', from);
    }

    // Below the selection; when there is no room below but enough above, above it (anchored by
    // its bottom edge, so it stays against the selection as the list shrinks); on first showing,
    // scrolled into view if it fits neither way. Narrow windows show it as a fixed sheet (CSS).
    function reposition(first) {
      if (!state.open || !state.range) return;
      var selected = domRange(state.range), top = selected.getBoundingClientRect().top;
      box.classList.remove('above');
      place(box, lastRect(selected));
      if (getComputedStyle(box).position !== 'absolute') return;
      var r = box.getBoundingClientRect();
      if (r.bottom <= window.innerHeight) return;
      if (top - r.height - 12 >= 0) {
        box.classList.add('above');
        box.style.setProperty('--y', Math.round(top + window.pageYOffset - 6) + 'px');
      } else if (first) {
        box.scrollIntoView({ block: 'nearest' });
      }
    }

    function close(restore) {
      if (!state.open) return;
      state.open = false;
      box.hidden = true;
      var range = state.range, back = state.back;
      state.range = null;
      state.back = null;
      setPending(null);
      if (restore && range) select(range);
      if (back && back !== document.body && back.isConnected && !back.closest('[hidden]') && back.focus) back.focus({ preventScroll: true });
      else if (document.activeElement === input) input.blur();
    }

    function apply() {
      if (state.busy || !state.range) return;
      var ids = checkedIds(), item = state.items[state.active], create = item && item.create ? item.create : null;
      if (!ids.length && !create) {
        if (!item) { showError(t('noMatches')); return; }
        ids = [item.code.id];
      }
      var range = state.range;
      state.busy = true;
      box.setAttribute('aria-busy', 'true');
      applyButton.disabled = true;
      enqueue(function () {
        var made = create ? post('/codes', [['name', create]]).then(function (json) {
          var code = addCode(json.code);
          if (!code) throw new Error(t('failed'));
          state.checked[code.id] = true;       // kept if applying fails, so a retry applies it
          filter();
          showChosen();
          return ids.concat([code.id]);
        }) : Promise.resolve(ids);
        return made.then(function (all) { return applyCodes(range, all); });
      }).then(function () {
        done();
        if (state.range === range) { close(false); window.getSelection().removeAllRanges(); }
      }, function (err) {
        done();
        failed(err);
        if (state.open) input.focus();
      });
    }

    function done() { state.busy = false; box.removeAttribute('aria-busy'); applyButton.disabled = false; }

    function move(step) {
      if (!state.items.length) return;
      setActive(Math.max(0, Math.min(state.items.length - 1, state.active + step)));
      state.navigating = true;
    }

    input.addEventListener('input', function () { state.navigating = false; filter(); });
    input.addEventListener('keydown', function (e) {
      var key = e.key;
      if (key === 'ArrowDown' || key === 'ArrowUp') { e.preventDefault(); move(key === 'ArrowDown' ? 1 : -1); }
      else if ((key === 'Home' || key === 'End') && state.navigating) { e.preventDefault(); move(key === 'Home' ? -state.items.length : state.items.length); }
      else if (key === ' ' && (state.navigating || !input.value) && state.items[state.active] && state.items[state.active].code) {
        e.preventDefault();
        toggle(state.active);
      } else if (key === 'Enter') { e.preventDefault(); apply(); }
    });
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); if (!state.busy) close(true); return; }
      if (e.key !== 'Tab') return;
      var first = input, last = closeButton;    // keep Tab inside the dialog while it is open
      if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    });
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });   // keep focus in the input
    list.addEventListener('click', function (e) {
      var li = e.target.closest('[role=option]');
      if (!li) return;
      var i = +li.getAttribute('data-index');
      setActive(i);
      if (state.items[i] && state.items[i].create) apply(); else toggle(i);
      input.focus();
    });
    applyButton.addEventListener('click', apply);
    closeButton.addEventListener('click', function () { if (!state.busy) close(true); });

    return { open: open, close: close, reposition: reposition, state: state, box: box, input: input };
  }

  function setPending(range) {
    if (pending) markDirty(pending);
    pending = range;
    if (range) markDirty(range);
    flush('coding:pending');
  }

  // ---- Floating button and keys --------------------------------------------------------------

  var floatButton = button('coding-float', t('code') + ' ');
  floatButton.id = 'coding-float';
  floatButton.hidden = true;
  floatButton.setAttribute('aria-keyshortcuts', 'c');
  floatButton.appendChild(make('kbd', null, 'c'));

  function isTyping(node) {
    if (!node || node.nodeType !== 1) return false;
    if (node.isContentEditable || node.tagName === 'TEXTAREA' || node.tagName === 'SELECT') return true;
    return node.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset|range|color|file)$/.test(node.type);
  }

  function isControl(node) { return node && node.closest && node.closest('a, button, input, select, textarea, summary'); }

  var floatRange = null;

  function updateFloat() {
    if (!canCode || picker.state.open) return;
    floatRange = selectedRange();
    floatButton.hidden = !floatRange;
    if (floatRange) place(floatButton, lastRect(domRange(floatRange)));
  }

  // Floating elements are placed in document coordinates, but lines the browser has not laid
  // out yet (content-visibility) change height as they come into view: place them again after
  // scrolling or resizing.
  function followScroll() {
    if (!floatButton.hidden && floatRange) place(floatButton, lastRect(domRange(floatRange)));
    picker.reposition(false);
  }

  function listen() {
    var scheduled = false;
    document.addEventListener('selectionchange', function () {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(function () { scheduled = false; updateFloat(); });
    });
    var following = false;
    function follow() {
      if (following) return;
      following = true;
      requestAnimationFrame(function () { following = false; followScroll(); });
    }
    window.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', follow);
    floatButton.addEventListener('mousedown', function (e) { e.preventDefault(); });   // keep the selection
    floatButton.addEventListener('click', function () { var r = selectedRange(); if (r) picker.open(r); });
    document.addEventListener('keydown', function (e) {
      if (e.defaultPrevented) return;
      var target = e.target;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === 'z' || e.key === 'Z')) {
        if (isTyping(target) || !canCode) return;
        e.preventDefault();
        undo();
        return;
      }
      if (!canCode || e.ctrlKey || e.metaKey || e.altKey || isTyping(target) || picker.box.contains(target)) return;
      if (e.key === 'c' || e.key === 'C' || (e.key === 'Enter' && !isControl(target))) {
        var range = selectedRange();
        if (!range) return;
        e.preventDefault();
        picker.open(range);
      } else if (e.key === 'Escape') {
        floatButton.hidden = true;
      }
    });
    document.addEventListener('mousedown', function (e) {
      if (picker.state.open && !picker.state.busy && !picker.box.contains(e.target)) picker.close(false);
    });
    pre.addEventListener('click', function (e) {
      var sel = window.getSelection();
      if (sel && !sel.isCollapsed) return;
      var seg = e.target.closest && e.target.closest('.seg[data-codings]');
      if (seg) panel.show(seg.getAttribute('data-codings').split(' '), false);
    });
    panel.side.addEventListener('click', function (e) {
      var b = e.target.closest('button');
      if (!b) return;
      var holder = b.closest('[data-coding]'), id = holder && holder.getAttribute('data-coding');
      if (b.id === 'coding-undo') undo();
      else if (b === panel.closeDetail) panel.hide();
      else if (!id || !codings[id]) return;
      else if (b.classList.contains('coding-show')) { panel.show([id], false); reveal(id); }
      else if (b.classList.contains('memo-save')) saveMemo(id, holder.querySelector('textarea').value);
      else if (b.classList.contains('coding-delete')) {
        var refocus = holder.contains(document.activeElement) ? panel.focusAfter(id, holder.tagName === 'ARTICLE') : null;
        deleteCoding(id).then(function () { if (refocus && !codings[id]) refocus(); });
      }
    });
    panel.side.addEventListener('keydown', function (e) {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !e.target.classList.contains('memo-text')) return;
      e.preventDefault();
      var holder = e.target.closest('[data-coding]');
      saveMemo(holder.getAttribute('data-coding'), e.target.value);
    });
  }

  // ---- Start ---------------------------------------------------------------------------------

  function list(value) { return Array.isArray(value) ? value : []; }

  document.documentElement.classList.add('coding-js');
  document.body.appendChild(messages);
  // Offsets only mean something over the very text the server counted them in (a newline right
  // after <pre> is dropped by the HTML parser, for one): otherwise keep the server's marks.
  if (typeof data.length === 'number' && data.length !== text.length) { showError(t('mismatch')); return; }
  list(data.codes).forEach(addCode);
  cutBlocks();
  list(data.turns).forEach(function (turn) {
    if (!turn || !turn.time || turn.start !== Math.floor(turn.start) || turn.start < 0 || turn.start >= text.length) return;
    turns[turn.start] = String(turn.time);
    blocks[blockAt(turn.start)].turns.push(turn.start);
  });
  list(data.codings).forEach(function (raw) {
    var c = normalCoding(raw);
    if (c) { codings[c.id] = c; index(c, true); }
  });
  renderAll();
  measure('coding:first-render', started);
  var layoutFrom = performance.now();
  void pre.offsetHeight;                 // force style and layout once, to time them
  measure('coding:first-layout', layoutFrom);
  page.classList.add('coding-ready');
  if (canCode) document.body.appendChild(floatButton);
  var panel = buildPanel();
  var picker = buildPicker();
  panel.fill();
  listen();
  measure('coding:ready', started);
  requestAnimationFrame(function () { setTimeout(function () { measure('coding:first-frame', started); }, 0); });
})();
