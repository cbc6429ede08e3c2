// Tiny DOM builders. Every string becomes a text node or an attribute value,
// never markup, so article text cannot inject elements or script. There is
// no way to set a `style` attribute here: the CSP forbids inline styles, and
// the few computed positions are set through the CSSOM (element.style.x).

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'style') throw new Error('inline styles are forbidden by the CSP; use a class');
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children: nodes, strings (as text), arrays, skipping null/false. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** An HTML element: h('p', { class: 'x' }, 'text', h('b', {}, 'bold')). */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** An SVG element, built the same way. */
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

/** Replaces an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export const $ = (selector, root = document) => root.querySelector(selector);

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/** "1.2B" for big numbers, "25" or "85.8" for small ones. */
export function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return Math.abs(value) >= 10000 ? compact.format(value) : plain.format(value);
}

/** Full form with separators, for tooltips: 12,500,000. */
export const formatFull = (value) => (typeof value === 'number' ? plain.format(value) : '');
