// The plain HTML example's own script: a classic script, no build step, no framework. It hears the element's
// events on the document (they bubble and are composed, so they leave the shadow root) and sets the element's
// attributes from the page's menus. Text is set with textContent only: nothing from an event becomes markup.
(function () {
  'use strict';

  var EVENTS = [
    'latch-show',
    'latch-hide',
    'latch-authenticated',
    'latch-authorization-error',
    'latch-unrecoverable-error',
    'latch-signin-ready',
    'latch-signin-submit',
    'latch-forgot-password-ready',
    'latch-forgot-password-submit',
    'latch-forgot-password-success',
    'latch-forgot-password-error',
    'latch-signup-ready',
    'latch-signup-submit',
    'latch-signup-success',
    'latch-signup-error',
    'latch-password-reset-ready',
    'latch-password-reset-submit',
    'latch-password-reset-success',
    'latch-password-reset-error',
  ];

  var login = document.getElementById('login');
  var list = document.getElementById('events');
  var empty = document.getElementById('events-empty');
  var stage = document.getElementById('stage');
  var last = document.getElementById('last-event');
  var lastDetail = document.getElementById('last-event-detail');

  /** Tokens shortened to 12 characters, so a line stays short and the page never shows a whole one. */
  function describe(detail) {
    if (detail === null || detail === undefined) return '';
    return JSON.stringify(detail, function (key, value) {
      return typeof value === 'string' && /token/i.test(key) && value.length > 12 ? value.slice(0, 12) + '…' : value;
    });
  }

  /** Time of day with milliseconds, as on the main demo page's log. */
  function clock(date) {
    function pad(n, width) {
      return String(n).padStart(width || 2, '0');
    }
    return pad(date.getHours()) + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) + '.' + pad(date.getMilliseconds(), 3);
  }

  function tone(type) {
    if (/error$/.test(type)) return 'error';
    return /(authenticated|success)$/.test(type) ? 'success' : '';
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  }

  function show(event) {
    var detail = describe(event.detail);
    var entry = el('li', 'log-entry', '');
    entry.setAttribute('data-event', event.type);
    if (tone(event.type)) entry.setAttribute('data-tone', tone(event.type));
    entry.append(el('time', 'log-time', clock(new Date())), el('span', 'log-source', 'page'), el('strong', 'log-name', event.type));
    if (detail) entry.append(el('code', 'log-payload', detail));
    list.prepend(entry);
    empty.hidden = true;

    last.hidden = false;
    if (tone(event.type)) last.setAttribute('data-tone', tone(event.type));
    else last.removeAttribute('data-tone');
    document.getElementById('last-event-name').textContent = event.type;
    lastDetail.textContent = detail;
    lastDetail.hidden = !detail;
  }

  EVENTS.forEach(function (name) {
    document.addEventListener(name, show);
  });

  document.getElementById('events-clear').addEventListener('click', function () {
    list.replaceChildren();
    last.hidden = true;
    empty.hidden = false;
  });

  document.getElementById('language').addEventListener('change', function (event) {
    login.setAttribute('lang', event.target.value);
  });

  document.getElementById('color-scheme').addEventListener('change', function (event) {
    login.setAttribute('color-scheme', event.target.value);
    stage.setAttribute('data-scheme', event.target.value);
  });
})();
