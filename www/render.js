// The reading view: the article as paragraphs of text nodes with a <mark> per
// span. Text always goes in as text nodes, so pasted markup stays inert.
//
// Rendering is keyed by paragraph (its text and its spans relative to it), so
// typing rebuilds only the paragraph being edited, and a 50,000-word article
// is built in slices of a few milliseconds that yield to the browser between
// them; a newer document makes an older render stop early.

import { categoryOf, tagOf } from './labels.js';

const BLANK_LINES = /\r?\n(?:[ \t]*\r?\n)+/g;
const SLICE_MS = 6;

/** Paragraphs as [{start, end}], split at blank lines; blank lines are dropped. */
export function paragraphs(text) {
  const out = [];
  let start = 0;
  for (const m of text.matchAll(BLANK_LINES)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}

const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

export class ReadingView {
  constructor(container, { isWatched }) {
    this.container = container;
    this.isWatched = isWatched;
    this.cache = new Map(); // key -> paragraph element (from the last render)
    this.paraStart = new WeakMap(); // paragraph element -> its start offset
    this.spanByStart = new Map();
    this.generation = 0;
    this.paras = [];
    this.paraEls = [];
  }

  /** Renders; resolves to true when done, false when a newer render replaced it. */
  async render(text, doc) {
    const generation = ++this.generation;
    const spans = doc.spans || [];
    const paras = paragraphs(text);
    const next = new Map();
    const elements = [];
    let si = 0;
    let sliceStart = performance.now();
    for (const para of paras) {
      while (si < spans.length && spans[si].end <= para.start) si++;
      const inside = [];
      for (let j = si; j < spans.length && spans[j].start < para.end; j++) inside.push(spans[j]);
      const paraText = text.slice(para.start, para.end);
      const key = `${paraText}\u0001${inside.map((sp) => `${sp.start - para.start},${sp.end - para.start},${sp.label},${this.isWatched(sp) ? 1 : 0}`).join(';')}`;
      let el = this.cache.get(key);
      if (!el || next.has(key)) el = this.buildParagraph(paraText, para.start, inside);
      next.set(key, el);
      this.paraStart.set(el, para.start);
      elements.push(el);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToBrowser();
        if (generation !== this.generation) return false;
        sliceStart = performance.now();
      }
    }
    this.reconcile(elements);
    this.cache = next;
    this.paras = paras;
    this.paraEls = elements;
    this.spanByStart = new Map(spans.map((sp) => [sp.start, sp]));
    this.container.classList.toggle('empty', elements.length === 0);
    return true;
  }

  buildParagraph(paraText, start, spans) {
    const p = document.createElement('p');
    p.className = 'para';
    // Each paragraph takes its direction from its own text (Arabic, Hebrew).
    p.dir = 'auto';
    let at = 0;
    for (const span of spans) {
      const from = Math.max(0, span.start - start);
      const to = Math.min(paraText.length, span.end - start);
      if (from > at) p.append(paraText.slice(at, from));
      const mark = document.createElement('mark');
      mark.className = this.isWatched(span) ? 'm watched' : 'm';
      mark.dataset.cat = categoryOf(span.label);
      mark.dataset.label = span.label;
      mark.dataset.tag = tagOf(span.label);
      // Start relative to the paragraph (may be negative for a span that
      // began in the previous paragraph): stays valid when the paragraph
      // moves because text before it changed.
      mark.dataset.o = String(span.start - start);
      mark.tabIndex = -1;
      mark.setAttribute('role', 'button');
      mark.textContent = paraText.slice(from, to);
      p.append(mark);
      at = to;
    }
    if (at < paraText.length) p.append(paraText.slice(at));
    return p;
  }

  // Moves only what changed, so unchanged paragraphs keep their layout.
  reconcile(elements) {
    const { container } = this;
    let cursor = container.firstElementChild;
    for (const el of elements) {
      if (cursor === el) {
        cursor = cursor.nextElementSibling;
      } else {
        container.insertBefore(el, cursor);
      }
    }
    while (cursor) {
      const after = cursor.nextElementSibling;
      cursor.remove();
      cursor = after;
    }
  }

  /** The span a <mark> shows. */
  spanOf(mark) {
    const start = this.paraStart.get(mark.parentElement) + Number(mark.dataset.o);
    return this.spanByStart.get(start);
  }

  /** The <mark> elements showing a span (several if it crosses a paragraph). */
  marksOf(span) {
    // Binary search for the last paragraph starting at or before the span.
    let lo = 0;
    let hi = this.paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paras[mid].start <= span.start) lo = mid;
      else hi = mid - 1;
    }
    const out = [];
    for (let i = lo; i < this.paras.length && this.paras[i].start < span.end; i++) {
      const o = span.start - this.paras[i].start;
      for (const m of this.paraEls[i].querySelectorAll(`mark[data-o="${o}"]`)) out.push(m);
    }
    return out;
  }

  /** The first <mark> of a span (to focus, scroll to). */
  markOf(span) {
    return this.marksOf(span)[0] || null;
  }
}
