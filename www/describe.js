// Words for a span: what the tooltip, the exports and the panels say about it.

import { LABEL_NAMES } from './labels.js';
import { formatFull } from './dom.js';

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const APPROX = { over: 'over', about: 'about', nearly: 'nearly', at_least: 'at least', at_most: 'at most', under: 'under', almost: 'almost', more_than: 'more than', less_than: 'less than', up_to: 'up to' };

/** Parses a TIMEX3 value into {from, to} (UTC ms) when it names a calendar period. */
export function timexRange(timex) {
  if (typeof timex !== 'string') return null;
  // An interval ("2024-07-01/2024-07-13", "2024-06-13T10:00/2024-06-13T12:00"):
  // from the first end's start to the second end's end.
  const slash = timex.indexOf('/');
  if (slash > 0) {
    const a = timexRange(timex.slice(0, slash));
    const b = timexRange(timex.slice(slash + 1));
    return a && b && a.from <= b.to ? { from: a.from, to: b.to, precision: 'range' } : null;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(timex);
  if (m) {
    const from = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return Number.isNaN(from) ? null : { from, to: from, precision: 'day' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(timex);
  if (m) return { from: Date.UTC(+m[1], +m[2] - 1, 1), to: Date.UTC(+m[1], +m[2], 0), precision: 'month' };
  m = /^(\d{4})-Q([1-4])$/.exec(timex);
  if (m) return { from: Date.UTC(+m[1], (m[2] - 1) * 3, 1), to: Date.UTC(+m[1], m[2] * 3, 0), precision: 'quarter' };
  m = /^(\d{4})-H([12])$/.exec(timex);
  if (m) return { from: Date.UTC(+m[1], (m[2] - 1) * 6, 1), to: Date.UTC(+m[1], m[2] * 6, 0), precision: 'half' };
  m = /^(\d{4})-W(\d{2})$/.exec(timex);
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 864e5 + (m[2] - 1) * 7 * 864e5;
    return { from: monday, to: monday + 6 * 864e5, precision: 'week' };
  }
  m = /^(\d{4})$/.exec(timex);
  if (m) return { from: Date.UTC(+m[1], 0, 1), to: Date.UTC(+m[1], 11, 31), precision: 'year' };
  return null;
}

/** "Monday 14 October 2024", "Q3 2024", "P1Y (a duration of 1 year)", an interval's two ends. */
export function describeTimex(timex) {
  if (typeof timex !== 'string' || !timex) return '';
  const range = timexRange(timex);
  if (range?.precision === 'range') {
    const [a, b] = timex.split('/');
    const clock = (t) => /T(\d{2}:\d{2})/.exec(t)?.[1];
    const [da, db] = [describeTimex(a.split('T')[0]), describeTimex(b.split('T')[0])];
    if (da === db && clock(a) && clock(b)) return `${da}, ${clock(a)}–${clock(b)}`;
    return `${describeTimex(a) || a} to ${describeTimex(b) || b}`;
  }
  if (range?.precision === 'day') return dayFormat.format(range.from);
  if (range?.precision === 'week') return `the week of ${dayFormat.format(range.from)}`;
  if (range?.precision === 'month') return monthFormat.format(range.from);
  if (range?.precision === 'quarter') return `${timex.slice(5)} ${timex.slice(0, 4)}`;
  if (range?.precision === 'year') return timex;
  if (/^XXXX-\d{2}-\d{2}$/.test(timex)) {
    const d = Date.UTC(2000, +timex.slice(5, 7) - 1, +timex.slice(8, 10));
    return `${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d)}, year unknown`;
  }
  const REFS = { PRESENT_REF: 'the present (around the reference date)', PAST_REF: 'some time in the past', FUTURE_REF: 'some time in the future' };
  if (REFS[timex]) return REFS[timex];
  const duration = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(timex);
  if (duration) {
    const unit = { Y: 'year', M: 'month', W: 'week', D: 'day' }[duration[2]];
    return `a duration of ${duration[1]} ${unit}${duration[1] === '1' ? '' : 's'}`;
  }
  return '';
}

/** "over 12,500,000 people", "between 3 and 4 USD". */
export function describeValue(span) {
  if (typeof span.value !== 'number') return '';
  const unit = span.label === 'PERCENT' ? '%' : span.unit ? ` ${span.unit}` : '';
  const approx = span.approx ? `${APPROX[span.approx] || span.approx.replace(/_/g, ' ')} ` : '';
  const amount = typeof span.value_max === 'number' ? `${formatFull(span.value)}–${formatFull(span.value_max)}` : formatFull(span.value);
  return `${approx}${amount}${unit}`;
}

/**
 * Rows [[term, description]] describing a span: label, normalised value or
 * date, entity group, confidence.
 */
export function describeSpan(span, doc, { watched = false } = {}) {
  const rows = [['Type', `${LABEL_NAMES[span.label] || span.label} (${span.label})`]];
  const value = describeValue(span);
  if (value) rows.push(['Value', value]);
  if (span.timex) {
    const words = describeTimex(span.timex);
    rows.push(['Date', words ? `${span.timex} — ${words}` : span.timex]);
  }
  if (span.group != null) {
    const group = doc.groups?.find((g) => g.id === span.group);
    if (group) {
      const n = group.mentions.length;
      rows.push(['Entity', `${group.name} — ${n} mention${n === 1 ? '' : 's'}`]);
    }
  }
  if (watched) rows.push(['Watch list', 'yes']);
  if (typeof span.confidence === 'number' && !watched) rows.push(['Confidence', `${Math.round(span.confidence * 100)}%`]);
  return rows;
}

/** One line, for title attributes and CSV/HTML exports. */
export const describeSpanText = (span, doc, opts) =>
  describeSpan(span, doc, opts)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');

const ARROWS = { up: '↑ up', down: '↓ down', flat: '→ unchanged', same: '→ unchanged' };

/** "↓ down 318 points": the direction and, where the text gives it, the size. */
export function describeChange(c, byId) {
  const size = c.span != null ? byId.get(c.span) : null;
  const unit = c.unit === 'percent' || c.unit === '%' ? '%' : c.unit ? ` ${c.unit}` : '';
  const amount = size ? ` ${size.text}` : c.value != null ? ` ${c.value}${unit}` : '';
  return `${ARROWS[c.direction] || c.direction || ''}${amount}`.trim();
}
