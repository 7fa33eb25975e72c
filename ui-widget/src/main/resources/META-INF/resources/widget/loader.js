/*
 * Mosaic widget loader. A clinic pastes one tag into its page:
 *
 *   <script src="https://MOSAIC/widget/loader.js" data-clinic="ID" async></script>
 *
 * Optional attributes: data-locale="es", data-position="bottom-left", data-colour="#1d5c63",
 * data-launcher-text="Talk to us", data-open="true" (open on load), data-target="#element"
 * (inline mode: the chat fills that element, no launcher).
 *
 * The chat runs in an iframe on Mosaic's origin, so this page's scripts cannot read the conversation;
 * the two talk only through postMessage with exact origins. Small API: Mosaic.open(), Mosaic.close(),
 * Mosaic.toggle(), Mosaic.on('ready' | 'open' | 'close' | 'completed' | 'escalated' | 'withdrawn', fn).
 * Events carry no client data.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.Mosaic && window.Mosaic.version) { return; }

  var data = script.dataset;
  var clinic = data.clinic || '';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(clinic)) {
    if (window.console) { window.console.error('Mosaic: data-clinic is missing or not a clinic id'); }
    return;
  }
  var mosaicOrigin = new URL(script.src, window.location.href).origin;
  var locale = /^[a-z]{2}$/.test(data.locale || '') ? data.locale : '';
  var left = data.position === 'bottom-left';
  var colour = /^#[0-9a-fA-F]{6}$/.test(data.colour || '') ? data.colour : '#1d5c63';
  // until the clinic's settings arrive (with the words from the service's message bundle), the launcher shows
  // only this placeholder
  var launcherText = (data.launcherText || '').slice(0, 60) || 'Chat';
  var clinicName = '';
  var frameTitle = 'Chat {0}';
  var target = data.target ? document.querySelector(data.target) : null;

  var handlers = {};
  var frame = null;
  var panel = null;
  var launcher = null;
  var opened = false;

  function emit(type) {
    (handlers[type] || []).forEach(function (fn) {
      try { fn({ type: type }); } catch (e) { if (window.console) { window.console.error(e); } }
    });
  }

  function chatUrl(mode) {
    return mosaicOrigin + '/widget/chat?clinic=' + encodeURIComponent(clinic) + (locale ? '&locale=' + locale : '')
      + '&host=' + encodeURIComponent(window.location.origin) + '&mode=' + mode;
  }

  function style(element, rules) {
    Object.keys(rules).forEach(function (k) { element.style[k] = rules[k]; });
  }

  function titled() {
    return frameTitle.replace('{0}', clinicName).trim();
  }

  function makeFrame(mode) {
    var f = document.createElement('iframe');
    f.src = chatUrl(mode);
    f.title = titled();
    f.setAttribute('allow', '');
    f.referrerPolicy = 'no-referrer';
    style(f, { border: '0', width: '100%', height: '100%', display: 'block', background: '#ffffff' });
    return f;
  }

  // ---- messages from the chat: exact origin, the frame's own window, a known shape ----------------

  window.addEventListener('message', function (event) {
    if (event.origin !== mosaicOrigin || !frame || event.source !== frame.contentWindow) { return; }
    var m = event.data;
    if (!m || typeof m !== 'object' || m.source !== 'mosaic-chat' || typeof m.type !== 'string') { return; }
    if (m.type === 'close') {
      close();
    } else if (['ready', 'completed', 'escalated', 'withdrawn'].indexOf(m.type) >= 0) {
      emit(m.type);
    }
  });

  function tellChat(type) {
    if (frame && frame.contentWindow) {
      frame.contentWindow.postMessage({ source: 'mosaic-host', version: 1, type: type }, mosaicOrigin);
    }
  }

  // ---- floating mode: a launcher and a panel --------------------------------------------------------

  function phone() {
    return window.matchMedia && window.matchMedia('(max-width: 480px)').matches;
  }

  function place() {
    if (!panel) { return; }
    if (phone()) {
      style(panel, { top: '0', left: '0', right: '0', bottom: '0', width: '100%', height: '100%', borderRadius: '0' });
    } else {
      style(panel, { top: 'auto', bottom: '88px', width: '400px', height: 'min(640px, calc(100vh - 112px))', borderRadius: '12px',
        left: left ? '20px' : 'auto', right: left ? 'auto' : '20px' });
    }
  }

  function build() {
    launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.textContent = launcherText;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-haspopup', 'dialog');
    launcher.id = 'mosaic-launcher';
    style(launcher, { position: 'fixed', bottom: '20px', zIndex: '2147483000', background: colour, color: textOn(colour),
      border: '0', borderRadius: '999px', padding: '14px 22px', font: '600 16px system-ui, sans-serif', cursor: 'pointer',
      boxShadow: '0 4px 14px rgba(0,0,0,.25)', minHeight: '48px' });
    style(launcher, left ? { left: '20px' } : { right: '20px' });
    launcher.addEventListener('click', toggle);
    document.body.appendChild(launcher);

    if (window.matchMedia) {
      var query = window.matchMedia('(max-width: 480px)');
      if (query.addEventListener) { query.addEventListener('change', place); }
    }
  }

  function textOn(hex) {
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
  }

  function open() {
    if (target) { return; }
    if (!panel) {
      panel = document.createElement('div');
      panel.id = 'mosaic-panel';
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-label', 'Chat with ' + clinicName);
      style(panel, { position: 'fixed', zIndex: '2147483001', overflow: 'hidden', background: '#ffffff',
        boxShadow: '0 8px 30px rgba(0,0,0,.3)' });
      frame = makeFrame('floating');
      panel.appendChild(frame);
      document.body.appendChild(panel);
      launcher.setAttribute('aria-controls', 'mosaic-panel');
    }
    place();
    panel.hidden = false;
    panel.style.display = 'block';
    opened = true;
    launcher.setAttribute('aria-expanded', 'true');
    if (phone()) { launcher.style.display = 'none'; }
    frame.focus();
    tellChat('opened');
    emit('open');
  }

  function close() {
    if (target || !panel || !opened) { return; }
    panel.style.display = 'none';
    opened = false;
    launcher.style.display = '';
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
    emit('close');
  }

  function toggle() {
    if (opened) { close(); } else { open(); }
  }

  /** The clinic's theme (colour, launcher text, name) unless the page's attributes set them. Public data only. */
  function theme() {
    if (!window.fetch) { return; }
    window.fetch(mosaicOrigin + '/api/v1/clinics/' + encodeURIComponent(clinic) + '/widget', { credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) { return; }
        clinicName = typeof s.name === 'string' ? s.name.slice(0, 100) : clinicName;
        var labels = s.labels || {};
        if (typeof labels.frameTitle === 'string') { frameTitle = labels.frameTitle; }
        if (!data.launcherText && typeof labels.launcher === 'string') { launcherText = labels.launcher.slice(0, 60); }
        if (!data.colour && /^#[0-9a-fA-F]{6}$/.test(s.accentColour || '')) { colour = s.accentColour; }
        if (!data.launcherText && typeof s.launcherText === 'string' && s.launcherText) { launcherText = s.launcherText.slice(0, 60); }
        if (launcher) {
          launcher.textContent = launcherText;
          style(launcher, { background: colour, color: textOn(colour) });
        }
        if (frame) { frame.title = titled(); }
      })['catch'](function () { /* the defaults stay */ });
  }

  function init() {
    theme();
    if (target) {
      frame = makeFrame('inline');
      style(frame, { minHeight: '520px' });
      target.appendChild(frame);
      opened = true;
      return;
    }
    build();
    if (data.open === 'true') { open(); }
  }

  window.Mosaic = {
    version: 1,
    open: open,
    close: close,
    toggle: toggle,
    on: function (type, fn) {
      if (typeof fn === 'function') { (handlers[type] = handlers[type] || []).push(fn); }
      return window.Mosaic;
    },
    off: function (type, fn) {
      handlers[type] = (handlers[type] || []).filter(function (h) { return h !== fn; });
      return window.Mosaic;
    }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
