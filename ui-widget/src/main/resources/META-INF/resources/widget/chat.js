/*
 * Mosaic chat page: runs inside the iframe the loader adds, on Mosaic's origin, so the host page's
 * scripts cannot read the conversation. Talks to the client API (same origin) and to the host page
 * only through postMessage with the host's exact origin. No framework, no dependencies.
 */
(function () {
  'use strict';

  // the labels in every locale, put into the page by the service from its message bundles
  var TEXT = JSON.parse(document.getElementById('mosaic-texts').textContent);

  var params = new URLSearchParams(window.location.search);
  var clinicId = params.get('clinic') || '';
  var requestedLocale = /^[a-z]{2}$/.test(params.get('locale') || '') ? params.get('locale') : '';
  var hostOrigin = origin(params.get('host'));
  var floating = params.get('mode') !== 'inline' && window.parent !== window;
  var storeKey = 'mosaic.intake.' + clinicId;
  var t = TEXT.en;
  var settings = null;
  var intake = null; // {id, token}
  var prompt = null;
  var status = null;
  var busy = false;

  function $(id) { return document.getElementById(id); }

  function format(s) {
    var args = Array.prototype.slice.call(arguments, 1);
    return s.replace(/\{(\d)\}/g, function (m, i) { return args[i] === undefined ? m : String(args[i]); });
  }

  function origin(value) {
    if (!value) { return null; }
    try {
      var u = new URL(value);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value ? value : null;
    } catch (e) { return null; }
  }

  // ---- talking to the host page ------------------------------------------------------------------

  function tellHost(type) {
    if (hostOrigin && window.parent !== window) {
      window.parent.postMessage({ source: 'mosaic-chat', version: 1, type: type }, hostOrigin);
    }
  }

  window.addEventListener('message', function (event) {
    if (!hostOrigin || event.origin !== hostOrigin || event.source !== window.parent) { return; }
    var m = event.data;
    if (!m || typeof m !== 'object' || m.source !== 'mosaic-host' || m.type !== 'opened') { return; }
    focusAnswer();
  });

  // ---- the client API ----------------------------------------------------------------------------

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  }

  function api(method, path, body, idempotencyKey) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (intake && intake.token) { headers['Authorization'] = 'Bearer ' + intake.token; }
    if (idempotencyKey) { headers['Idempotency-Key'] = idempotencyKey; }
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store' })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          return { status: response.status, ok: response.ok, body: json };
        });
      });
  }

  function save() {
    try { window.sessionStorage.setItem(storeKey, JSON.stringify(intake)); } catch (e) { /* storage blocked: no resume */ }
  }

  function forget() {
    try { window.sessionStorage.removeItem(storeKey); } catch (e) { /* nothing stored */ }
    intake = null;
  }

  function saved() {
    try {
      var value = JSON.parse(window.sessionStorage.getItem(storeKey) || 'null');
      return value && typeof value.id === 'string' && typeof value.token === 'string' ? value : null;
    } catch (e) { return null; }
  }

  // ---- rendering ---------------------------------------------------------------------------------

  function line(author, text) {
    var li = document.createElement('div');
    li.className = 'line ' + author;
    var who = document.createElement('span');
    who.className = 'visually-hidden';
    who.textContent = (author === 'client' ? t.you : author === 'assistant' ? t.assistant : '') + (author === 'note' ? '' : ': ');
    li.appendChild(who);
    li.appendChild(document.createTextNode(text));
    $('log').appendChild(li);
    scrollToEnd();
  }

  /** The newest line in view, once the composer below has taken its height for the next question. */
  function scrollToEnd() {
    var log = $('log');
    window.requestAnimationFrame(function () { log.scrollTop = log.scrollHeight; });
  }

  function typing(on) {
    $('typing').textContent = on ? format(t.typing, settings ? settings.name : '') : '';
    $('send').disabled = on;
  }

  function resources(list, help) {
    list.textContent = '';
    help.resources.forEach(function (r) {
      var li = document.createElement('li');
      var name = document.createElement('strong');
      name.textContent = r.name;
      li.appendChild(name);
      if (r.hours) { li.appendChild(document.createTextNode(' (' + r.hours + ')')); }
      [['phone', 'tel:', t.call], ['text', 'sms:', t.text]].forEach(function (k) {
        if (r[k[0]]) {
          li.appendChild(document.createTextNode(' · '));
          var a = document.createElement('a');
          a.href = k[1] + r[k[0]].replace(/[^0-9+]/g, '');
          a.textContent = format(k[2], r[k[0]]);
          li.appendChild(a);
        }
      });
      if (r.url && /^https:\/\//.test(r.url)) {
        li.appendChild(document.createTextNode(' · '));
        var w = document.createElement('a');
        w.href = r.url;
        w.target = '_blank';
        w.rel = 'noopener noreferrer';
        w.textContent = t.website;
        li.appendChild(w);
      }
      list.appendChild(li);
    });
  }

  /**
   * The crisis block goes into the conversation where it happened, right before the question that
   * follows, so both are in view. Only the newest block is the alert; the same help is not repeated
   * on every later turn (the header's help button keeps it one click away).
   */
  var lastCrisis = null;

  function showCrisis(crisis) {
    if (!crisis) { return; }
    var signature = crisis.level + '|' + crisis.message;
    if (signature === lastCrisis && document.getElementById('crisis')) { return; }
    lastCrisis = signature;
    var previous = document.getElementById('crisis');
    if (previous) { previous.removeAttribute('id'); previous.removeAttribute('role'); }
    var box = document.createElement('section');
    box.id = 'crisis';
    box.className = 'crisis';
    box.setAttribute('role', 'alert');
    var h = document.createElement('h2');
    h.textContent = t.crisisTitle;
    var p = document.createElement('p');
    p.textContent = crisis.message;
    var ul = document.createElement('ul');
    ul.className = 'resources';
    resources(ul, crisis);
    var e = document.createElement('p');
    e.className = 'emergency';
    e.textContent = format(t.emergency, crisis.emergency);
    box.appendChild(h);
    box.appendChild(p);
    box.appendChild(ul);
    box.appendChild(e);
    $('log').appendChild(box);
  }

  function showProgress(progress) {
    if (!progress || status !== 'IN_PROGRESS') { $('progress').hidden = true; return; }
    $('progress').hidden = false;
    $('progress-text').textContent = progress.label || '';
    $('progress-bar').style.width = Math.max(0, Math.min(100, progress.percent)) + '%';
  }

  function showPrompt(p) {
    prompt = p;
    var options = $('options');
    options.textContent = '';
    if (!p || status !== 'IN_PROGRESS') {
      $('composer').hidden = true;
      return;
    }
    $('composer').hidden = false;
    $('composer').setAttribute('data-prompt', p.id);
    $('composer').setAttribute('data-kind', p.kind);
    options.setAttribute('aria-label', t.choices);
    (p.options || []).forEach(function (o) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = o.label;
      b.addEventListener('click', function () { answer({ choice: o.value }, o.label); });
      options.appendChild(b);
    });
    options.hidden = !(p.options && p.options.length);
    $('input').value = '';
    $('input-label').textContent = t.answer;
    $('input').setAttribute('aria-describedby', 'prompt-current');
    var last = $('log').lastElementChild;
    var previous = document.getElementById('prompt-current');
    if (previous) { previous.removeAttribute('id'); }
    if (last) { last.id = 'prompt-current'; }
    $('back').hidden = p.id === 'consent';
  }

  function showEnd() {
    $('end').hidden = false;
    $('end').focus();
    tellHost('completed');
  }

  function render(body, fresh) {
    status = body.status;
    (body.messages || []).forEach(function (m) {
      if (!body.crisis || m !== body.crisis.message) { line('assistant', m); }
    });
    showCrisis(body.crisis);
    if (body.prompt && fresh) { line('assistant', body.prompt.text); }
    showProgress(body.progress);
    showPrompt(body.prompt);
    if (status === 'COMPLETED') { showEnd(); }
    if (status === 'ESCALATED') {
      line('note', t.escalated);
      tellHost('escalated');
    }
    scrollToEnd();
  }

  function focusAnswer() {
    var first = $('options').querySelector('button');
    if (!$('composer').hidden) { (first && !$('options').hidden ? first : $('input')).focus(); }
  }

  function problem(response) {
    if (response.status === 0) { return t.offline; }
    var body = response.body;
    if (body && body.violations && body.violations.length) { return body.violations[0].message; }
    if (body && body.error && response.status < 500) { return body.error; }
    return t.error;
  }

  // ---- actions -----------------------------------------------------------------------------------

  function answer(given, shown) {
    if (busy || !intake) { return; }
    busy = true;
    // the question this answer is for: if the intake has moved on (another tab, a lost reply), the
    // service refuses it (409) rather than store it against the wrong question
    var body = Object.assign({}, given);
    if (!given.back && prompt) { body.promptId = prompt.id; }
    line('client', shown);
    typing(true);
    var key = uuid();
    var attempt = function (retries) {
      return api('POST', '/api/v1/intakes/' + encodeURIComponent(intake.id) + '/turns', body, key)
        .catch(function () {
          // the same Idempotency-Key: a retried turn is stored once
          return retries > 0 ? attempt(retries - 1) : { status: 0, ok: false, body: null };
        });
    };
    attempt(1).then(function (r) {
      typing(false);
      busy = false;
      if (r.ok) {
        render(r.body, true);
        focusAnswer();
      } else if (r.status === 401 || r.status === 404 || r.status === 410) {
        forget();
        line('note', t.expired);
        start();
      } else if (r.status === 409) {
        line('note', problem(r));
        refresh();
      } else {
        line('note', problem(r));
        focusAnswer();
      }
    });
  }

  function start() {
    typing(true);
    return api('POST', '/api/v1/intakes', { clinic: clinicId, locale: settings.locale }).then(function (r) {
      typing(false);
      if (!r.ok) { line('note', problem(r)); return; }
      intake = { id: r.body.intakeId, token: r.body.token };
      save();
      render(r.body, true);
      focusAnswer();
    }, function () { typing(false); line('note', t.offline); });
  }

  /** Shows the question the intake is at now, after an answer that came too late for its question. */
  function refresh() {
    api('GET', '/api/v1/intakes/' + encodeURIComponent(intake.id)).then(function (r) {
      if (r.ok) {
        render({ status: r.body.status, prompt: r.body.prompt, progress: r.body.progress, crisis: r.body.crisis, messages: [] }, true);
        focusAnswer();
      }
    }, function () { line('note', t.offline); });
  }

  function resume(stored) {
    intake = stored;
    typing(true);
    return api('GET', '/api/v1/intakes/' + encodeURIComponent(stored.id)).then(function (r) {
      typing(false);
      if (!r.ok) { forget(); return start(); }
      (r.body.transcript || []).forEach(function (l) { line(l.author === 'CLIENT' ? 'client' : 'assistant', l.text); });
      render({ status: r.body.status, prompt: r.body.prompt, progress: r.body.progress, crisis: r.body.crisis, messages: [] }, false);
      if (r.body.status === 'COMPLETED') { $('end').hidden = false; }
      focusAnswer();
    }, function () { typing(false); line('note', t.offline); });
  }

  function withdraw() {
    if (!intake) { return; }
    api('DELETE', '/api/v1/intakes/' + encodeURIComponent(intake.id)).then(function (r) {
      $('confirm-delete').hidden = true;
      if (r.ok || r.status === 404 || r.status === 410) {
        forget();
        $('log').textContent = '';
        $('composer').hidden = true;
        $('end').hidden = true;
        $('progress').hidden = true;
        line('note', t.deleted);
        $('log').focus();
        tellHost('withdrawn');
      } else {
        line('note', problem(r));
      }
    }, function () { line('note', t.offline); });
  }

  function askDelete() {
    $('confirm-delete').hidden = false;
    $('confirm-delete').focus();
  }

  // ---- start-up ----------------------------------------------------------------------------------

  function label() {
    document.documentElement.lang = settings.locale;
    document.title = format(t.title, settings.name);
    $('title').textContent = format(t.title, settings.name);
    $('help-toggle').textContent = t.help;
    $('help-title').textContent = t.helpTitle;
    $('help-intro').textContent = t.helpIntro;
    $('help-emergency').textContent = format(t.emergency, settings.help.emergency);
    resources($('help-list'), settings.help);
    $('close-label').textContent = t.close;
    $('close').hidden = !floating;
    $('send').textContent = t.send;
    $('back').textContent = t.back;
    $('delete').textContent = t.deleteAnswers;
    $('end-delete').textContent = t.deleteAnswers;
    $('confirm-title').textContent = t.confirmTitle;
    $('confirm-text').textContent = t.confirmText;
    $('confirm-yes').textContent = t.confirmYes;
    $('confirm-no').textContent = t.confirmNo;
    $('end-title').textContent = t.endTitle;
    $('end-text').textContent = t.endText;
    $('log').setAttribute('aria-label', t.conversation);
    $('log').tabIndex = 0; // scrollable: reachable by keyboard
    var accent = /^#[0-9a-fA-F]{6}$/.test(settings.accentColour) ? settings.accentColour : '#1d5c63';
    document.documentElement.style.setProperty('--accent', accent);
    document.documentElement.style.setProperty('--on-accent', contrastText(accent));
  }

  /** Black or white, whichever reads better on the clinic's colour (WCAG relative luminance). */
  function contrastText(hex) {
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
  }

  function wire() {
    $('composer').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = $('input').value.trim();
      if (!text) { $('input').focus(); return; }
      answer({ text: text }, text);
    });
    $('input').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        $('composer').requestSubmit ? $('composer').requestSubmit() : $('send').click();
      }
    });
    $('back').addEventListener('click', function () { answer({ back: true }, t.back); });
    $('delete').addEventListener('click', askDelete);
    $('end-delete').addEventListener('click', askDelete);
    $('confirm-yes').addEventListener('click', withdraw);
    $('confirm-no').addEventListener('click', function () { $('confirm-delete').hidden = true; focusAnswer(); });
    $('help-toggle').addEventListener('click', function () {
      var help = $('help');
      help.hidden = !help.hidden;
      $('help-toggle').setAttribute('aria-expanded', String(!help.hidden));
      if (!help.hidden) { help.focus(); }
    });
    $('close').addEventListener('click', function () { tellHost('close'); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && floating) { tellHost('close'); }
    });
  }

  function boot() {
    wire();
    var query = requestedLocale ? '?locale=' + encodeURIComponent(requestedLocale) : '';
    api('GET', '/api/v1/clinics/' + encodeURIComponent(clinicId) + '/widget' + query).then(function (r) {
      if (!r.ok) { line('note', TEXT.en.unavailable); return; }
      settings = r.body;
      t = TEXT[settings.locale] || TEXT.en;
      label();
      var stored = saved();
      tellHost('ready');
      return stored ? resume(stored) : start();
    }, function () { line('note', TEXT.en.offline); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
}());
