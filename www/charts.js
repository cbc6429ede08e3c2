// Two small SVG charts built with DOM APIs (no markup strings): a timeline of
// the article's dates and bars of its figures. Each has a list beside it with
// buttons that jump to the highlight, which is also the accessible form.

import { describeChange, describeTimex, timexRange } from './describe.js';
import { fill, formatNumber, h, s } from './dom.js';

// Drawn at about the panel's width, so that 11px text stays 11px on screen.
const W = 320;
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

const TIMELINE_LIMIT = 60;

export function renderTimeline(root, doc, referenceDate, reading) {
  // One mark per distinct date: a long article mentions "Oct. 14" hundreds
  // of times, and the chart is about when, not how often.
  const byTimex = new Map();
  for (const span of doc.spans) {
    if (span.label !== 'DATE' && span.label !== 'TIME') continue;
    const range = timexRange(span.timex);
    if (!range) continue;
    if (!byTimex.has(span.timex)) byTimex.set(span.timex, { timex: span.timex, range, spans: [] });
    byTimex.get(span.timex).spans.push(span);
  }
  const items = [...byTimex.values()].sort((a, b) => a.range.from - b.range.from || a.range.to - b.range.to);
  if (!items.length) {
    fill(root, h('p', { class: 'muted' }, 'No calendar dates found yet.'));
    return;
  }
  const shown = items.length > TIMELINE_LIMIT ? items.sort((a, b) => b.spans.length - a.spans.length).slice(0, TIMELINE_LIMIT).sort((a, b) => a.range.from - b.range.from) : items;
  const ref = timexRange(referenceDate);
  let min = Math.min(...shown.map((i) => i.range.from), ref?.from ?? Infinity);
  let max = Math.max(...shown.map((i) => i.range.to), ref?.from ?? -Infinity);
  if (max - min < 864e5 * 2) {
    min -= 864e5 * 3;
    max += 864e5 * 3;
  }
  const pad = 24;
  const x = (t) => pad + ((t - min) / (max - min)) * (W - 2 * pad);
  // Stack items that would overlap on one row.
  const rows = [];
  const placed = shown.map((item) => {
    const x0 = x(item.range.from);
    const x1 = Math.max(x(item.range.to), x0);
    let row = rows.findIndex((end) => end < x0 - 6);
    if (row < 0) row = rows.push(0) - 1;
    rows[row] = x1 + 6;
    return { ...item, x0, x1, row };
  });
  const H = 50 + rows.length * 16;
  const axisY = H - 28;
  const count = (n) => (n > 1 ? ` (${n} mentions)` : '');
  const svg = s(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline', role: 'img', 'aria-labelledby': 'timeline-title' },
    s('title', { id: 'timeline-title' }, `Timeline of ${shown.length} dates, ${shortDate.format(min)} to ${shortDate.format(max)}`),
    s('line', { x1: pad, x2: W - pad, y1: axisY, y2: axisY, class: 'axis' }),
    [min, (min + max) / 2, max].map((t, i) =>
      s(
        'g',
        {},
        s('line', { x1: x(t), x2: x(t), y1: axisY, y2: axisY + 5, class: 'axis' }),
        s('text', { x: x(t), y: axisY + 18, 'text-anchor': ['start', 'middle', 'end'][i], class: 'tick' }, shortDate.format(t)),
      ),
    ),
    ref
      ? s(
          'g',
          { class: 'ref' },
          s('line', { x1: x(ref.from), x2: x(ref.from), y1: 8, y2: axisY, class: 'ref-line' }),
          s('text', { x: x(ref.from) - 3, y: 14, 'text-anchor': 'end', class: 'tick' }, 'reference date'),
        )
      : null,
    placed.map((p) => {
      const y = axisY - 12 - p.row * 16;
      const title = s('title', {}, `${p.spans[0].text}: ${describeTimex(p.timex) || p.timex}${count(p.spans.length)}`);
      return p.x1 - p.x0 > 4
        ? s('rect', { x: p.x0, y: y - 4, width: p.x1 - p.x0, height: 8, rx: 3, class: 'period' }, title)
        : s('circle', { cx: p.x0, cy: y, r: 5, class: 'point' }, title);
    }),
  );
  fill(
    root,
    svg,
    h(
      'ol',
      { class: 'chart-list' },
      placed.map((p) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'jump', onclick: () => reading.jumpTo(p.spans[0]) }, p.spans[0].text),
          ` ${p.timex}`,
          describeTimex(p.timex) ? h('span', { class: 'muted' }, ` — ${describeTimex(p.timex)}${count(p.spans.length)}`) : null,
        ),
      ),
    ),
    items.length > shown.length ? h('p', { class: 'muted' }, `The ${shown.length} most mentioned of ${items.length} dates.`) : null,
  );
}

const FIGURE_LABELS = new Set(['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL']);

function unitOf(span) {
  if (span.label === 'PERCENT') return '%';
  if (span.label === 'MONEY') return span.unit || 'money';
  return span.unit || (span.label === 'QUANTITY' ? 'quantity' : 'count');
}

/** Bars of the article's figures, one block per unit so bars compare like with like. */
export function renderFigures(root, doc, reading) {
  const figures = doc.spans.filter((sp) => FIGURE_LABELS.has(sp.label) && typeof sp.value === 'number' && Number.isFinite(sp.value));
  if (!figures.length) {
    fill(root, h('p', { class: 'muted' }, 'No figures found yet.'));
    return;
  }
  // What each figure is a statistic of ("revenue, ↑ up 18%"), from the statistics' links.
  const byId = new Map(doc.spans.map((sp) => [sp.id, sp]));
  const linkOf = new Map();
  for (const st of doc.statistics || []) {
    const words = [st.subject || 'subject not found'];
    if (st.change) words.push(describeChange(st.change, byId));
    linkOf.set(st.value_span, words.join(', '));
  }
  const about = (f) => (linkOf.has(f.id) ? ` — ${linkOf.get(f.id)}` : '');
  const byUnit = new Map();
  for (const f of figures) {
    const unit = unitOf(f);
    if (!byUnit.has(unit)) byUnit.set(unit, []);
    byUnit.get(unit).push(f);
  }
  const blocks = [...byUnit.entries()].slice(0, 8);
  const rowH = 20;
  const labelW = 118;
  const barW = W - labelW - 48;
  let y = 0;
  const parts = [];
  for (const [unit, list] of blocks) {
    const rows = list.slice(0, 10);
    const maxAbs = Math.max(...rows.map((r) => Math.abs(r.value))) || 1;
    parts.push(s('text', { x: 0, y: y + 14, class: 'chart-heading' }, unit === '%' ? 'Percentages' : `In ${unit}`));
    y += rowH;
    for (const r of rows) {
      const w = Math.max(1, (Math.abs(r.value) / maxAbs) * barW);
      const label = r.text.length > 19 ? `${r.text.slice(0, 18)}…` : r.text;
      parts.push(
        s(
          'g',
          { class: 'figure-row', 'data-label': r.label },
          s('title', {}, `${r.text}: ${formatNumber(r.value)}${unit === '%' ? '%' : ` ${unit}`}${about(r)}`),
          s('text', { x: 0, y: y + 14, class: 'bar-label' }, label),
          s('rect', { x: labelW, y: y + 4, width: w, height: rowH - 8, rx: 2, class: 'bar', 'data-label': r.label }),
          s('text', { x: labelW + w + 6, y: y + 14, class: 'bar-value' }, formatNumber(r.value) + (unit === '%' ? '%' : '')),
        ),
      );
      y += rowH;
    }
    y += 6;
  }
  const svg = s(
    'svg',
    { viewBox: `0 0 ${W} ${y}`, class: 'chart figures', role: 'img', 'aria-labelledby': 'figures-title' },
    s('title', { id: 'figures-title' }, `Bar chart of ${figures.length} figures in the article`),
    parts,
  );
  fill(
    root,
    svg,
    h(
      'ol',
      { class: 'chart-list' },
      figures.slice(0, 40).map((f) =>
        h('li', {}, h('button', { type: 'button', class: 'jump', onclick: () => reading.jumpTo(f) }, f.text), h('span', { class: 'muted' }, ` = ${formatNumber(f.value)}${f.label === 'PERCENT' ? '%' : ` ${unitOf(f)}`}${about(f)}`)),
      ),
    ),
  );
}
