// <newsmark-annotator>: a text with its highlights and a small legend, in a
// shadow root that the host page's CSS cannot reach.
//
//   <newsmark-annotator text="…" types="person,org" reference-date="2024-10-20" theme="dark">
//   <newsmark-annotator src="article.txt">          (same origin only)
//   <newsmark-annotator>Text as the element's own content.</newsmark-annotator>
//   <newsmark-annotator watchlist="Open RAN:PRODUCT, Jane Roe:PERSON">  (the reader's own terms)
//
// Events: `annotated` (detail: { document, text }) after each rendering;
// `error` (detail: { message, code }) when the text cannot be had or
// annotated, with code 'cross-origin', 'fetch', 'types' or 'annotate'.
// Styles come from a constructable stylesheet (a strict CSP forbids <style>),
// and the wrapper resets every property, so nothing inherits from the host.

import { init, annotate } from './core.js';
import { CATEGORIES, LABEL_NAMES, categoryOf, labelsFor, paletteCss } from './labels.js';

const CSS_TEXT = `
/* all: initial resets what the host page did not set; the !important
   resets beat even a host's !important (inside a shadow tree, important
   declarations of the inner context win), so the host's box never shows
   around ours. Margins, width and display stay the host's to set. */
:host { all: initial; display: block; contain: content; }
:host { padding: 0 !important; border: 0 none !important; background: none !important; box-shadow: none !important; outline: none !important; }
:host([hidden]) { display: none; }
.nm {
  all: initial; display: block; box-sizing: border-box;
  --nm-fg: #1b1b1f; --nm-bg: #ffffff; --nm-muted: #5b5b66; --nm-border: #d6d6de; --nm-error: #b3261e;
  color: var(--newsmark-fg, var(--nm-fg)); background: var(--newsmark-bg, var(--nm-bg));
  border: 1px solid var(--newsmark-border, var(--nm-border)); border-radius: 8px; padding: 12px 16px;
  font-family: var(--newsmark-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--newsmark-font-size, 16px); line-height: 1.6; font-weight: 400; font-style: normal;
  letter-spacing: normal; word-spacing: normal; text-align: start; text-transform: none;
  text-decoration: none; text-indent: 0; text-shadow: none; white-space: normal;
  overflow-wrap: break-word; unicode-bidi: isolate; cursor: auto; visibility: visible;
}
:host([theme="dark"]) .nm {
  --nm-fg: #ececf1; --nm-bg: #1c1c21; --nm-muted: #a9a9b6; --nm-border: #3a3a44; --nm-error: #ffb4ab;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme])) .nm, :host([theme="auto"]) .nm {
    --nm-fg: #ececf1; --nm-bg: #1c1c21; --nm-muted: #a9a9b6; --nm-border: #3a3a44; --nm-error: #ffb4ab;
  }
}
.text { display: block; margin: 0; white-space: pre-wrap; unicode-bidi: plaintext; }
mark { color: inherit; padding: 0 1px; border-radius: 3px; font: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; list-style: none; margin: 10px 0 0; padding: 8px 0 0;
  border-top: 1px solid var(--newsmark-border, var(--nm-border)); font-size: 0.8125em; color: var(--nm-muted); }
.legend:empty { display: none; }
.legend li { display: inline-flex; align-items: center; gap: 6px; margin: 0; padding: 0; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; }
.status { display: block; margin: 6px 0 0; font-size: 0.8125em; color: var(--nm-muted); }
.status:empty { display: none; }
.status.error { color: var(--nm-error); }
${paletteCss((l) => `mark[data-label="${l}"]`, { alpha: 0.3 })}
${CATEGORIES.map((c) => `.swatch[data-category="${c.id}"] { background: ${c.colour}; }`).join('\n')}
`;

/** `"Term:LABEL, Other term:LABEL"` → watch terms (the label is after the last colon). */
export function parseWatchlist(value) {
  if (!value) return undefined;
  return value
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.lastIndexOf(':');
      if (colon <= 0) throw new TypeError(`watchlist entry ${JSON.stringify(entry)} is not "term:LABEL"`);
      return { term: entry.slice(0, colon).trim(), label: entry.slice(colon + 1).trim().toUpperCase() };
    });
}

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
  }
  return sheet;
}

// Importable where there is no DOM (Node, server-side rendering): the class
// then exists but is never defined as an element.
const Base = globalThis.HTMLElement ?? class {};

export class NewsmarkAnnotator extends Base {
  static get observedAttributes() {
    return ['text', 'src', 'types', 'reference-date', 'theme', 'watchlist'];
  }

  #generation = 0;
  #scheduled = false;
  #nodes;
  /** The last annotation document, or null. */
  document = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [styleSheet()];
    const doc = shadow.ownerDocument;
    const wrapper = doc.createElement('div');
    wrapper.className = 'nm';
    wrapper.setAttribute('part', 'container');
    const text = doc.createElement('p');
    text.className = 'text';
    text.setAttribute('part', 'text');
    const legend = doc.createElement('ul');
    legend.className = 'legend';
    legend.setAttribute('part', 'legend');
    legend.setAttribute('aria-label', 'Legend');
    const status = doc.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    wrapper.append(text, legend, status);
    shadow.append(wrapper);
    this.#nodes = { text, legend, status };
  }

  connectedCallback() {
    this.#schedule();
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && name !== 'theme') this.#schedule();
  }

  /** Re-reads the attributes and renders again. */
  refresh() {
    return this.#render();
  }

  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#render();
    });
  }

  #fail(code, message) {
    this.#nodes.status.textContent = message;
    this.#nodes.status.classList.add('error');
    this.dispatchEvent(new CustomEvent('error', { detail: { code, message } }));
  }

  async #render() {
    const generation = ++this.#generation;
    const { status } = this.#nodes;
    status.classList.remove('error');
    let labels;
    try {
      labels = labelsFor(this.getAttribute('types'));
    } catch (error) {
      this.#fail('types', error.message);
      return;
    }
    let text;
    const src = this.getAttribute('src');
    if (src) {
      const url = new URL(src, this.ownerDocument.baseURI);
      const here = this.ownerDocument.defaultView.location.origin;
      if (url.origin !== here) {
        this.#fail('cross-origin', `newsmark-annotator: refusing to fetch ${url.href}: src must be on this page's origin (${here})`);
        return;
      }
      status.textContent = 'Loading…';
      try {
        const response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        text = await response.text();
      } catch (error) {
        if (generation === this.#generation) this.#fail('fetch', `newsmark-annotator: cannot fetch ${url.href}: ${error.message}`);
        return;
      }
    } else {
      text = this.getAttribute('text') ?? this.textContent ?? '';
    }
    let document;
    try {
      await init();
      const referenceDate = this.getAttribute('reference-date') || undefined;
      document = annotate(text, { referenceDate, watchlist: parseWatchlist(this.getAttribute('watchlist')) });
    } catch (error) {
      if (generation === this.#generation) this.#fail('annotate', `newsmark-annotator: ${error.message}`);
      return;
    }
    if (generation !== this.#generation) return; // a newer rendering started meanwhile
    status.textContent = '';
    this.#draw(text, document.spans.filter((s) => labels.has(s.label)));
    this.document = document;
    this.dispatchEvent(new CustomEvent('annotated', { detail: { document, text }, bubbles: true, composed: true }));
  }

  #draw(text, spans) {
    const doc = this.ownerDocument;
    const { text: out, legend } = this.#nodes;
    const fragment = doc.createDocumentFragment();
    let at = 0;
    const counts = new Map();
    for (const span of spans) {
      if (span.start > at) fragment.append(text.slice(at, span.start));
      const mark = doc.createElement('mark');
      mark.dataset.label = span.label;
      mark.dataset.span = String(span.id);
      mark.setAttribute('part', 'mark');
      mark.title = LABEL_NAMES[span.label] || span.label;
      mark.textContent = text.slice(span.start, span.end);
      fragment.append(mark);
      at = span.end;
      const category = categoryOf(span.label);
      counts.set(category, (counts.get(category) || 0) + 1);
    }
    if (at < text.length) fragment.append(text.slice(at));
    out.replaceChildren(fragment);
    legend.replaceChildren(
      ...CATEGORIES.filter((c) => counts.has(c)).map((c) => {
        const li = doc.createElement('li');
        const swatch = doc.createElement('span');
        swatch.className = 'swatch';
        swatch.dataset.category = c.id;
        li.append(swatch, `${c.name} ${counts.get(c)}`);
        return li;
      }),
    );
  }
}

/** Defines `<newsmark-annotator>` (once; importing this module already does). */
export function defineNewsmarkAnnotator(name = 'newsmark-annotator') {
  if (globalThis.customElements && !customElements.get(name)) {
    customElements.define(name, name === 'newsmark-annotator' ? NewsmarkAnnotator : class extends NewsmarkAnnotator {});
  }
}

defineNewsmarkAnnotator();
