// The live examples of embed.html.

import './element.js';
import { highlight } from './highlight.js';
import { bookmarkletHref } from './bookmarklet.js';

const $ = (id) => document.getElementById(id);

// The custom element.
const element = $('element-demo');
element.addEventListener('annotated', (event) => {
  const { spans } = event.detail.document;
  $('element-log').textContent = `annotated: ${spans.length} spans — ${spans.map((s) => `${s.text} (${s.label})`).join(', ')}`;
});
element.addEventListener('error', (event) => {
  $('element-log').textContent = `error: ${event.detail.message}`;
});
$('element-theme').addEventListener('change', (event) => element.setAttribute('theme', event.target.value));
$('element-types').addEventListener('change', (event) => {
  if (event.target.value) element.setAttribute('types', event.target.value);
  else element.removeAttribute('types');
});

// highlight().
let handle = null;
const log = $('highlight-log');
$('highlight-run').addEventListener('click', async () => {
  try {
    handle = await highlight($('highlight-demo'), {
      mode: $('highlight-mode').value,
      referenceDate: '2024-10-20',
      onClick: (span) => {
        log.textContent = `clicked: ${span.text} — ${span.label}${span.timex ? ` ${span.timex}` : ''}${span.value != null ? ` = ${span.value}` : ''}`;
      },
    });
    log.textContent = `${handle.spans.length} highlights (${handle.mode} mode). Click one.`;
  } catch (error) {
    log.textContent = `error: ${error.message}`;
  }
});
$('highlight-clear').addEventListener('click', () => {
  if (handle) handle.clear();
  handle = null;
  log.textContent = 'cleared';
});

// The bookmarklet: its module URL is resolved from where this page is served.
const moduleUrl = new URL('embed/bookmarklet.js', location.href);
$('bookmarklet-link').href = bookmarkletHref(moduleUrl);
$('bookmarklet-origin').textContent = moduleUrl.origin;

// The iframe.
const frame = $('frame-demo');
const frameLog = $('frame-log');
let nextId = 1;
addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
  const { type, id, document: doc, message } = event.data || {};
  if (type === 'annotated') {
    frameLog.textContent = `#${id}: ${doc.spans.map((s) => `${s.text} (${s.label})`).join(', ') || 'no spans'}`;
  } else if (type === 'error') {
    frameLog.textContent = `#${id}: error ${message}`;
  } else if (type === 'ready') {
    frameLog.textContent = 'iframe ready';
  }
});
$('frame-send').addEventListener('click', () => {
  frame.contentWindow.postMessage(
    { type: 'annotate', id: nextId++, text: $('frame-text').value, options: { referenceDate: '2024-10-20' } },
    location.origin,
  );
});
