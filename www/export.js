// Exports of the current document: the contract's JSON (plus the text, so a
// file can be opened again), CSV of spans, W3C Web Annotation JSON-LD, and a
// standalone annotated HTML file. All pure functions of (text, doc, meta)
// except download() and copyText().

import { CATEGORIES, categoryOf, tagOf } from './labels.js';
import { describeChange, describeSpanText } from './describe.js';
import { paragraphs } from './render.js';

/** The contract's document with the annotated text and reference date added. */
export function toJSON(text, doc, { referenceDate, version } = {}) {
  return JSON.stringify(
    // Every field of the document is kept (the contract grows by adding fields).
    { ...doc, text, reference_date: referenceDate || null, generator: `newsmark ${version || ''}`.trim() },
    null,
    2,
  );
}

/** Reads a file written by toJSON back: {text, doc, referenceDate}. */
export function fromJSON(json) {
  const data = JSON.parse(json);
  if (typeof data?.text !== 'string' || !Array.isArray(data.spans) || !Array.isArray(data.groups)) {
    throw new Error('This is not a newsmark JSON export (it needs "text", "spans" and "groups").');
  }
  for (const span of data.spans) {
    if (data.text.slice(span.start, span.end) !== span.text) throw new Error(`Span ${span.id} does not match the text at ${span.start}–${span.end}.`);
  }
  const { text, reference_date: referenceDate, generator, ...doc } = data;
  return { text, referenceDate: referenceDate || '', doc: { ...doc, statistics: doc.statistics || [] } };
}

function csvCell(value) {
  if (value == null) return '';
  let text = String(value);
  // A cell starting like a formula would run in a spreadsheet: neutralise it.
  if (/^[=+@\t\r]/.test(text) || /^-[^\d.]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCSV(doc) {
  const groupName = new Map((doc.groups || []).map((g) => [g.id, g.name]));
  const byId = new Map(doc.spans.map((sp) => [sp.id, sp]));
  // A span that holds a statistic's number carries its links: what it
  // measures, when, how it changed and who said it.
  const statOf = new Map((doc.statistics || []).map((st) => [st.value_span, st]));
  const links = (sp) => {
    const st = statOf.get(sp.id);
    if (!st) return [null, null, null, null];
    const time = st.time_span != null ? byId.get(st.time_span)?.text : null;
    const change = st.change ? describeChange(st.change, byId) : null;
    const source = st.source_group != null ? groupName.get(st.source_group) : st.source;
    return [st.subject, time, change, source];
  };
  const columns = ['id', 'start', 'end', 'text', 'label', 'group', 'group_name', 'value', 'value_max', 'unit', 'approx', 'timex', 'confidence',
    'statistic_subject', 'statistic_time', 'statistic_change', 'statistic_source'];
  const rows = doc.spans.map((sp) =>
    [sp.id, sp.start, sp.end, sp.text, sp.label, sp.group, sp.group != null ? groupName.get(sp.group) : null, sp.value, sp.value_max, sp.unit, sp.approx, sp.timex, sp.confidence, ...links(sp)].map(csvCell).join(','),
  );
  return `${[columns.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Code points before each UTF-16 offset: Web Annotation positions count characters. */
function codePointOffsets(text) {
  const at = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)) cp++;
  }
  at[text.length] = cp;
  return at;
}

async function sha256Hex(text) {
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  let h = 2166136261; // file:// without WebCrypto: a weaker but stable id
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `fnv1a-${(h >>> 0).toString(16)}`;
}

/**
 * W3C Web Annotation Data Model: an AnnotationCollection whose items tag the
 * text with TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector
 * (start, end in code points, as the model defines positions).
 */
export async function toJSONLD(text, doc, { referenceDate, version, created = new Date().toISOString() } = {}) {
  const source = `urn:sha256:${await sha256Hex(text)}`;
  const cps = codePointOffsets(text);
  const groupName = new Map((doc.groups || []).map((g) => [g.id, g.name]));
  const items = doc.spans.map((sp) => {
    const body = [{ type: 'TextualBody', purpose: 'tagging', value: sp.label }];
    const details = describeSpanText(sp, doc);
    body.push({ type: 'TextualBody', purpose: 'describing', value: details, format: 'text/plain', language: 'en' });
    if (sp.group != null) body.push({ type: 'TextualBody', purpose: 'identifying', value: groupName.get(sp.group) });
    return {
      id: `${source}#span-${sp.id}`,
      type: 'Annotation',
      motivation: 'tagging',
      created,
      body,
      target: {
        source,
        selector: [
          { type: 'TextQuoteSelector', exact: sp.text, prefix: text.slice(Math.max(0, sp.start - 32), sp.start), suffix: text.slice(sp.end, sp.end + 32) },
          { type: 'TextPositionSelector', start: cps[sp.start], end: cps[sp.end] },
        ],
      },
    };
  });
  return JSON.stringify(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${source}#annotations`,
      type: 'AnnotationCollection',
      label: `newsmark annotations${referenceDate ? ` (reference date ${referenceDate})` : ''}`,
      generator: { id: 'https://github.com/newsmark/newsmark', type: 'Software', name: `newsmark ${version || ''}`.trim() },
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  );
}

const escapeHTML = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const EXPORT_CSS = `
:root{--person:#E69F00;--org:#56B4E9;--place:#009E73;--group:#F0E442;--other:#CC79A7;--date:#0072B2;--number:#D55E00}
body{font:17px/1.6 Georgia,'Times New Roman',serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}
h1{font:600 1.2rem system-ui,sans-serif}.meta,.legend{font:0.85rem system-ui,sans-serif;color:#444}
.legend span{display:inline-block;margin-right:1em}.legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em;border:1px solid #333}
mark{background:color-mix(in srgb,var(--c) 25%,#fff);color:inherit;border-bottom:3px var(--u) var(--c);padding:0 1px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark::after{content:attr(data-tag);font:600 .6em system-ui,sans-serif;vertical-align:super;margin-left:2px;color:#333}
${CATEGORIES.map((c, i) => `[data-cat=${c.id}]{--c:var(--${c.id});--u:${['solid', 'double', 'dashed', 'dotted', 'solid', 'double', 'dashed'][i]}}`).join('\n')}
p{white-space:pre-wrap;margin:0 0 1em}
@media print{body{margin:0;max-width:none;font-size:11pt}.legend{break-after:avoid}p{orphans:3;widows:3}}
`;

/** A standalone annotated HTML page: no script at all, prints well. */
export function toHTML(text, doc, { referenceDate, version, title } = {}) {
  const spans = doc.spans;
  let si = 0;
  const body = paragraphs(text)
    .map((para) => {
      let out = '';
      let at = para.start;
      while (si < spans.length && spans[si].end <= para.start) si++;
      for (let j = si; j < spans.length && spans[j].start < para.end; j++) {
        const sp = spans[j];
        const from = Math.max(sp.start, para.start);
        const to = Math.min(sp.end, para.end);
        out += escapeHTML(text.slice(at, from));
        out += `<mark data-cat="${categoryOf(sp.label)}" data-tag="${escapeHTML(tagOf(sp.label))}" title="${escapeHTML(describeSpanText(sp, doc))}">${escapeHTML(text.slice(from, to))}</mark>`;
        at = to;
      }
      return `<p>${out}${escapeHTML(text.slice(at, para.end))}</p>`;
    })
    .join('\n');
  const heading = title || text.trim().split('\n')[0].slice(0, 120) || 'Annotated article';
  const legend = CATEGORIES.map((c) => `<span><i data-cat="${c.id}" class="sw"></i>${escapeHTML(c.name)}</span>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHTML(heading)} — newsmark</title>
<style>${EXPORT_CSS}.sw{background:var(--c)}</style>
</head>
<body>
<h1>${escapeHTML(heading)}</h1>
<p class="meta">Annotated by newsmark ${escapeHTML(version || '')}${referenceDate ? `, reference date ${escapeHTML(referenceDate)}` : ''}; ${spans.length} highlights. Hover a highlight for details.</p>
<p class="legend">${legend}</p>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Saves a file through a temporary object URL and a download link. */
export function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Copies text; falls back to a hidden textarea where the Clipboard API is not allowed. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
