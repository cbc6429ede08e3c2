// highlight(root, options): annotates an element of an existing page in place.
//
// 1. Collect: the text under `root` as the reader sees it. Inline elements
//    (<a>, <em>, <span>, …) join their text into one; block elements, <br>
//    and content that is not prose (script, style, code, pre, form fields,
//    contenteditable, aria-hidden, hidden) separate texts. Runs of white space
//    collapse to one space, as rendering does, so source line breaks never
//    split a sentence. Every character keeps its (text node, offset).
// 2. Annotate all texts at once (separated by blank lines) so mentions of one
//    entity group across paragraphs.
// 3. Show: with the CSS Custom Highlight API one Range per span (crossing
//    inline elements freely) and no change to the host DOM; otherwise <mark>
//    elements, one per text node piece, so a mark never crosses an element
//    boundary and tables and lists keep their structure.
//
// `clear()` puts back the very text nodes that were there (same objects, same
// data), so the host's innerHTML and its references to nodes survive.

import { init, annotate } from './core.js';
import { LABEL_NAMES, labelsFor, paletteCss } from './labels.js';

const NOT_PROSE = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'textarea', 'input',
  'select', 'option', 'button', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'head', 'title', 'meta', 'link',
]);

// Inline and textless: neither part of the text nor a separation (an emoji
// drawn as an <img> must not split its sentence).
const VOID_INLINE = new Set(['img', 'wbr', 'picture']);

// Used when `root` is not rendered, so no computed style is available.
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'label', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
]);

const IGNORE = -1; // no text, no separation
const SKIP = 0; // not prose: separates texts, never annotated
const INLINE_KIND = 1; // part of the surrounding text
const BLOCK = 2; // a text of its own

const active = new WeakMap(); // root → handle
const MARK_ATTR = 'data-newsmark';

function kindOf(el, view) {
  const name = el.localName;
  if (VOID_INLINE.has(name)) return IGNORE;
  if (NOT_PROSE.has(name) || name === 'br') return SKIP;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return SKIP;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return SKIP;
  if (active.has(el)) return SKIP; // highlighted on its own
  if (view) {
    const display = view.getComputedStyle(el).display;
    if (display === 'none') return SKIP;
    return display === 'inline' || display === 'contents' ? INLINE_KIND : BLOCK;
  }
  return INLINE.has(name) ? INLINE_KIND : BLOCK;
}

function excludedRoot(root) {
  if (root.isContentEditable) return true;
  const hidden = root.closest('[aria-hidden="true"]');
  if (hidden) return true;
  for (let el = root; el; el = el.parentElement) {
    if (NOT_PROSE.has(el.localName)) return true;
  }
  return false;
}

const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** The text under `root` with, for each UTF-16 unit, its text node and offset (-1: a separator). */
export function collectText(root) {
  const nodes = [];
  const parts = [];
  const posNode = [];
  const posOff = [];
  let atStart = true; // no character yet in the current text
  let pendingSpace = null; // [node index, offset] of a collapsed white-space run

  const separate = () => {
    if (!atStart) {
      parts.push('\n\n');
      posNode.push(-1, -1);
      posOff.push(-1, -1);
      atStart = true;
    }
    pendingSpace = null;
  };
  const addText = (node) => {
    const data = node.data;
    const ni = nodes.length;
    nodes.push(node);
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        if (!atStart && !pendingSpace) pendingSpace = [ni, i];
        continue;
      }
      if (pendingSpace) {
        parts.push(' ');
        posNode.push(pendingSpace[0]);
        posOff.push(pendingSpace[1]);
        pendingSpace = null;
      }
      parts.push(data[i]);
      posNode.push(ni);
      posOff.push(i);
      atStart = false;
    }
  };
  // Computed styles decide inline or block where the root is rendered.
  const view = root.isConnected ? root.ownerDocument.defaultView : null;
  const walk = (el) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) addText(child);
      else if (child.nodeType === 1) {
        const kind = kindOf(child, view);
        if (kind === INLINE_KIND) walk(child);
        else if (kind !== IGNORE) {
          separate();
          if (kind === BLOCK) {
            walk(child);
            separate();
          }
        }
      }
    }
  };
  if (!excludedRoot(root)) walk(root);
  if (parts[parts.length - 1] === '\n\n') {
    parts.pop(); // the separator after the last text
    posNode.length -= 2;
    posOff.length -= 2;
  }
  return { text: parts.join(''), nodes, posNode, posOff };
}

/**
 * The pieces of `text[start, end)` that are contiguous in the page: each a
 * list of segments `{ node, from, to }` (offsets into one text node).
 */
function piecesOf(collected, start, end) {
  const { nodes, posNode, posOff } = collected;
  const pieces = [];
  let current = null;
  for (let p = start; p < end; p++) {
    const ni = posNode[p];
    if (ni < 0) {
      current = null;
      continue;
    }
    const off = posOff[p];
    if (!current) {
      current = [];
      pieces.push(current);
    }
    const last = current[current.length - 1];
    if (last && last.ni === ni) last.to = off + 1;
    else current.push({ ni, node: nodes[ni], from: off, to: off + 1 });
  }
  return pieces;
}

// ---- styles: one constructable stylesheet, adopted where it is needed ----

let sheet = null;
const adoptedBy = new Map(); // Document or ShadowRoot → number of handles using the sheet

function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      [
        paletteCss((l) => `::highlight(newsmark-${l})`, { inheritColour: false }),
        paletteCss((l) => `mark[${MARK_ATTR}="${l}"]`),
        `mark[${MARK_ATTR}] { padding: 0; margin: 0; border-radius: 0.15em; font: inherit; cursor: pointer; }`,
      ].join('\n'),
    );
  }
  return sheet;
}

function adoptStyles(scope) {
  if (!('adoptedStyleSheets' in scope)) return false;
  const count = adoptedBy.get(scope) || 0;
  if (count === 0 && !scope.adoptedStyleSheets.includes(styleSheet())) {
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, styleSheet()];
  }
  adoptedBy.set(scope, count + 1);
  return true;
}

function releaseStyles(scope) {
  const count = (adoptedBy.get(scope) || 0) - 1;
  if (count > 0) {
    adoptedBy.set(scope, count);
    return;
  }
  adoptedBy.delete(scope);
  if ('adoptedStyleSheets' in scope) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
}

// ---- the CSS Custom Highlight API ----

export function supportsHighlightApi(win = globalThis) {
  return Boolean(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

const highlightsByLabel = new Map(); // label → Highlight shared by every handle

function addRange(label, range) {
  let h = highlightsByLabel.get(label);
  if (!h) {
    h = new Highlight();
    highlightsByLabel.set(label, h);
    CSS.highlights.set(`newsmark-${label}`, h);
  }
  h.add(range);
}

function removeRange(label, range) {
  const h = highlightsByLabel.get(label);
  if (!h) return;
  h.delete(range);
  if (h.size === 0) {
    highlightsByLabel.delete(label);
    if (CSS.highlights.get(`newsmark-${label}`) === h) CSS.highlights.delete(`newsmark-${label}`);
  }
}

function caretAt(doc, x, y) {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r && { node: r.startContainer, offset: r.startOffset };
  }
  return null;
}

const inRect = (rect, x, y) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The span drawn under the point (x, y), or null. */
function spanAtPoint(entries, doc, x, y) {
  const caret = caretAt(doc, x, y);
  // The caret narrows the candidates; the ranges' boxes decide, since a caret
  // just after a span's last character is still "in" its range.
  const candidates = caret
    ? entries.filter(({ range }) => {
        try {
          return range.comparePoint(caret.node, caret.offset) === 0;
        } catch {
          return false; // the caret is in another document or shadow tree
        }
      })
    : entries;
  for (const { range, span } of candidates) {
    for (const rect of range.getClientRects()) if (inRect(rect, x, y)) return span;
  }
  return null;
}

// ---- wrapping ----

function wrapSegments(bySegmentNode, doc) {
  const replaced = []; // [original text node, nodes put in its place]
  for (const [node, segments] of bySegmentNode) {
    segments.sort((a, b) => a.from - b.from);
    const data = node.data;
    const fragment = doc.createDocumentFragment();
    const inserted = [];
    let at = 0;
    const put = (n) => {
      fragment.appendChild(n);
      inserted.push(n);
    };
    for (const { from, to, span } of segments) {
      if (from > at) put(doc.createTextNode(data.slice(at, from)));
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, span.label);
      mark.setAttribute('data-newsmark-span', String(span.id));
      mark.title = LABEL_NAMES[span.label] || span.label;
      mark.textContent = data.slice(from, to);
      put(mark);
      at = to;
    }
    if (at < data.length) put(doc.createTextNode(data.slice(at)));
    node.parentNode.replaceChild(fragment, node);
    replaced.push([node, inserted]);
  }
  return replaced;
}

function unwrap(replaced) {
  for (const [original, inserted] of replaced) {
    const first = inserted[0];
    if (first && first.parentNode) first.parentNode.insertBefore(original, first);
    for (const n of inserted) n.remove();
  }
}

// ---- the entry point ----

function optionsKey(labels, options, mode) {
  return JSON.stringify([[...labels].sort(), String(options.referenceDate ?? ''), options.watchlist ?? null, mode]);
}

/**
 * Highlights people, organisations, places, dates and numbers in `root`.
 * Options: `types` (categories or labels; default all), `referenceDate`
 * (`YYYY-MM-DD` or a Date), `watchlist`, `onClick(span, event)`, and `mode`:
 * `'auto'` (the Highlight API where the browser has it, else wrapping),
 * `'highlight-api'` or `'wrap'`. Calling it again with the same options changes
 * nothing and returns the same handle; with other options it redraws.
 */
export async function highlight(root, options = {}) {
  if (!root || root.nodeType !== 1) throw new TypeError('newsmark: highlight(root) needs an element');
  const doc = root.ownerDocument;
  const win = doc.defaultView || globalThis;
  const requested = options.mode ?? 'auto';
  if (!['auto', 'highlight-api', 'wrap'].includes(requested)) {
    throw new TypeError(`newsmark: mode must be 'auto', 'highlight-api' or 'wrap', not ${JSON.stringify(requested)}`);
  }
  if (requested === 'highlight-api' && !supportsHighlightApi(win)) {
    throw new Error('newsmark: this browser has no CSS Custom Highlight API; use mode "wrap" or "auto"');
  }
  const mode = requested === 'auto' ? (supportsHighlightApi(win) ? 'highlight-api' : 'wrap') : requested;
  const labels = labelsFor(options.types);
  await init();

  const key = optionsKey(labels, options, mode);
  const previous = active.get(root);
  if (previous) {
    if (previous.key === key) {
      previous.onClick = options.onClick ?? null;
      return previous.handle;
    }
    previous.handle.clear();
  }

  const collected = collectText(root);
  const result = annotate(collected.text, options);
  const spans = result.spans.filter((s) => labels.has(s.label));
  const scope = root.getRootNode();
  const styled = adoptStyles(scope);

  const state = { key, onClick: options.onClick ?? null, entries: [], replaced: [], cleared: false };
  if (mode === 'highlight-api') {
    for (const span of spans) {
      for (const segments of piecesOf(collected, span.start, span.end)) {
        const first = segments[0];
        const last = segments[segments.length - 1];
        const range = doc.createRange();
        range.setStart(first.node, first.from);
        range.setEnd(last.node, last.to);
        addRange(span.label, range);
        state.entries.push({ range, span });
      }
    }
  } else {
    const byNode = new Map();
    for (const span of spans) {
      for (const segments of piecesOf(collected, span.start, span.end)) {
        for (const { node, from, to } of segments) {
          if (!byNode.has(node)) byNode.set(node, []);
          byNode.get(node).push({ from, to, span });
        }
      }
    }
    state.replaced = wrapSegments(byNode, doc);
    if (!styled) {
      // No constructable stylesheets: a visible fallback through the CSSOM
      // (which a strict style-src allows, unlike style attributes).
      for (const [, inserted] of state.replaced) {
        for (const n of inserted) if (n.nodeType === 1) n.style.backgroundColor = 'rgb(255 220 0 / 0.4)';
      }
    }
  }

  const onClickEvent = (event) => {
    if (!state.onClick) return;
    let span = null;
    if (mode === 'wrap') {
      const mark = event.target instanceof win.Element ? event.target.closest(`mark[${MARK_ATTR}]`) : null;
      if (mark && root.contains(mark)) span = result.spans[Number(mark.getAttribute('data-newsmark-span'))] ?? null;
    } else {
      span = spanAtPoint(state.entries, doc, event.clientX, event.clientY);
    }
    if (span) state.onClick(span, event);
  };
  root.addEventListener('click', onClickEvent);

  const handle = {
    root,
    mode,
    document: result,
    spans,
    text: collected.text,
    /** The Range of each highlighted piece (Highlight API mode), for tests and tools. */
    get ranges() {
      return state.entries.map(({ range, span }) => ({ range, span }));
    },
    get marks() {
      return state.replaced.flatMap(([, inserted]) => inserted.filter((n) => n.nodeType === 1));
    },
    get active() {
      return !state.cleared;
    },
    clear() {
      if (state.cleared) return;
      state.cleared = true;
      root.removeEventListener('click', onClickEvent);
      for (const { range, span } of state.entries) removeRange(span.label, range);
      state.entries = [];
      unwrap(state.replaced);
      state.replaced = [];
      if (styled) releaseStyles(scope);
      if (active.get(root) === state) active.delete(root);
    },
  };
  state.handle = handle;
  active.set(root, state);
  return handle;
}

export default highlight;
