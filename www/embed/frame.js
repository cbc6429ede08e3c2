// The iframe endpoint: answers `{type: 'annotate', text, options, id}` with
// `{type: 'annotated', id, document}` (or `{type: 'error', id, message}`),
// only for senders whose origin is in `?origins=a,b` (default: this page's
// own origin), and only to that origin. Messages that arrive while the module
// loads wait for it. Once ready, the frame posts `{type: 'ready'}` to its
// parent when the parent's origin is allowed.

import { init, annotate } from './core.js';

/** The allowed origins of `?origins=` (invalid entries dropped), or this page's origin. */
export function allowedOrigins(search = location.search, self = location.origin) {
  const list = new URLSearchParams(search).get('origins');
  const origins = new Set();
  for (const entry of (list || '').split(',')) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    try {
      const origin = new URL(trimmed).origin;
      if (origin !== 'null') origins.add(origin);
    } catch {
      console.warn(`newsmark frame: ignoring ${JSON.stringify(trimmed)} in ?origins= (not an origin)`);
    }
  }
  if (origins.size === 0) origins.add(self);
  return origins;
}

const allowed = allowedOrigins();
const ready = init();
const status = document.getElementById('status');

addEventListener('message', async (event) => {
  if (!allowed.has(event.origin) || !event.source) return;
  const message = event.data;
  if (!message || typeof message !== 'object' || message.type !== 'annotate') return;
  const reply = (data) => event.source.postMessage(data, event.origin);
  try {
    if (typeof message.text !== 'string') throw new TypeError('text must be a string');
    await ready;
    const document = annotate(message.text, message.options);
    reply({ type: 'annotated', id: message.id, document });
  } catch (error) {
    reply({ type: 'error', id: message.id, message: String((error && error.message) || error) });
  }
});

ready.then(
  () => {
    if (status) status.textContent = `newsmark: ready for ${[...allowed].join(', ')}`;
    const parentOrigin =
      (location.ancestorOrigins && location.ancestorOrigins[0]) ||
      (document.referrer ? new URL(document.referrer).origin : null);
    if (window.parent !== window && parentOrigin && allowed.has(parentOrigin)) {
      window.parent.postMessage({ type: 'ready' }, parentOrigin);
    }
  },
  (error) => {
    if (status) status.textContent = `newsmark: cannot load (${error.message})`;
  },
);
