// The bookmarklet: highlights the main article of the page it is clicked on.
//
// The `javascript:` link (made by `bookmarkletHref`) only imports this module
// from where newsmark is deployed and calls `run()`; a second click clears the
// highlights. When the page's Content-Security-Policy forbids loading the
// module (script-src) or compiling WebAssembly ('wasm-unsafe-eval'), a small
// notice says so instead of failing silently. Loading from another origin
// also needs the deployment to send `Access-Control-Allow-Origin` for
// `embed/`, `pkg/` (module scripts and the .wasm are fetched with CORS).

import { init } from './core.js';
import { highlight } from './highlight.js';
import { CATEGORIES, categoryOf } from './labels.js';

const STATE = Symbol.for('newsmark.bookmarklet');
const textLength = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim().length;

/**
 * The page's main article: the `<article>` with the most paragraph text when
 * there is one; otherwise the element whose own `<p>` children hold the most
 * text (the usual shape of an article body: a container of paragraphs); else
 * `<main>`, else `<body>`.
 */
export function findArticle(doc = document) {
  const paragraphText = (root) =>
    Array.from(root.querySelectorAll('p')).reduce((sum, p) => sum + textLength(p), 0);
  const articles = Array.from(doc.querySelectorAll('article'));
  if (articles.length > 0) {
    return articles.reduce((best, a) => (paragraphText(a) > paragraphText(best) ? a : best));
  }
  const scores = new Map();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || parent.closest('nav, header, footer, aside, [aria-hidden="true"]')) continue;
    scores.set(parent, (scores.get(parent) || 0) + textLength(p));
  }
  let best = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best || doc.querySelector('main') || doc.body;
}

/**
 * The `javascript:` URL of the bookmarklet that loads `moduleUrl` (the
 * absolute URL of this file where newsmark is deployed).
 */
export function bookmarkletHref(moduleUrl) {
  const url = JSON.stringify(String(new URL(moduleUrl)));
  // Kept small and self-contained: if the import fails nothing of newsmark
  // is loaded, so the notice is built right here.
  const code = `(()=>{const u=${url};let blocked=false;const d=document;
const seen=(e)=>{if(String(e.blockedURI).startsWith(new URL(u).origin))blocked=true;};
d.addEventListener('securitypolicyviolation',seen);
import(u).then((m)=>m.run({moduleUrl:u})).catch((e)=>setTimeout(()=>{
const n=d.createElement('div');n.setAttribute('role','alert');n.dataset.newsmarkNotice='';
n.style.cssText='position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:360px;padding:10px 14px;background:#1b1b1f;color:#fff;font:14px/1.4 system-ui,sans-serif;border-radius:8px;box-shadow:0 2px 12px #0006';
n.textContent=blocked?'newsmark cannot run here: this page\\'s Content-Security-Policy does not allow loading it from '+new URL(u).origin+'.':'newsmark could not load from '+new URL(u).origin+' ('+(e&&e.message||e)+'). The page may block it.';
d.body.append(n);setTimeout(()=>n.remove(),10000);},100)).finally(()=>setTimeout(()=>d.removeEventListener('securitypolicyviolation',seen),200));})();`;
  return `javascript:${encodeURIComponent(code.replace(/\n/g, ''))}`;
}

function notice(doc, message, { error = false } = {}) {
  const host = doc.createElement('div');
  host.setAttribute('data-newsmark-notice', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
    .box { all: initial; display: block; max-width: 360px; padding: 10px 14px; border-radius: 8px;
      background: #1b1b1f; color: #fff; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 2px 12px #0006; }
    .box.error { background: #8c1d18; }
    ul { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; }
    li { display: inline-flex; align-items: center; gap: 5px; }
    .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; }
    button { all: initial; margin-left: 10px; color: #fff; font: inherit; text-decoration: underline; cursor: pointer; }
  `);
  shadow.adoptedStyleSheets = [sheet];
  const box = doc.createElement('div');
  box.className = error ? 'box error' : 'box';
  box.setAttribute('role', error ? 'alert' : 'status');
  box.append(message);
  shadow.append(box);
  doc.body.append(host);
  return { host, box };
}

/**
 * Highlights the main article (`findArticle`), or clears it when it is
 * already highlighted. Shows a small legend with a close button.
 */
export async function run({ moduleUrl = import.meta.url, doc = document, types } = {}) {
  const previous = globalThis[STATE];
  if (previous) {
    previous.close();
    return null;
  }
  try {
    await init();
  } catch (error) {
    const wasm = /WebAssembly|wasm|unsafe-eval/i.test(String(error && error.message));
    const { host } = notice(
      doc,
      wasm
        ? `newsmark cannot run here: this page's Content-Security-Policy does not allow WebAssembly (${error.message}).`
        : `newsmark could not load its module from ${new URL(moduleUrl).origin}: ${error.message}`,
      { error: true },
    );
    setTimeout(() => host.remove(), 10000);
    return null;
  }
  let handle;
  try {
    handle = await highlight(findArticle(doc), { types });
  } catch (error) {
    const { host } = notice(doc, `newsmark could not annotate this page: ${error.message}`, { error: true });
    setTimeout(() => host.remove(), 10000);
    return null;
  }
  const counts = new Map();
  for (const span of handle.spans) counts.set(categoryOf(span.label), (counts.get(categoryOf(span.label)) || 0) + 1);
  const { host, box } = notice(doc, `newsmark: ${handle.spans.length} highlights`);
  const list = doc.createElement('ul');
  for (const c of CATEGORIES.filter((x) => counts.has(x))) {
    const li = doc.createElement('li');
    const swatch = doc.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = c.colour;
    li.append(swatch, `${c.name} ${counts.get(c)}`);
    list.append(li);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Clear';
  box.append(close, list);
  const state = {
    handle,
    close() {
      handle.clear();
      host.remove();
      if (globalThis[STATE] === state) delete globalThis[STATE];
    },
  };
  close.addEventListener('click', () => state.close());
  globalThis[STATE] = state;
  return handle;
}
