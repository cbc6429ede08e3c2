// The piecewise annotation of long texts (www/chunking.js), in Node: pieces
// cover the text, boundaries are stable under a local edit, and merging
// shifts offsets and renumbers ids so the result is one contract document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateInPieces, mergeDocuments, splitPieces, WHOLE_TEXT_LIMIT } from '../../www/chunking.js';

const paragraph = (i) => `Paragraph ${i}: Pavel Durov said Telegram grew ${i}% in Kazakhstan. Durov added more. “We grow,” he said.`;
const longText = (n = 900) => Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n');

// A stand-in annotator with the contract's shape: names, a group per name,
// a statistic and a quote per text, ids deliberately not in text order.
function fakeAnnotate(text) {
  const spans = [];
  for (const m of text.matchAll(/Pavel Durov|Durov|Telegram|\d+%/g)) {
    if (m[0] === 'Durov' && text.slice(m.index - 6, m.index) === 'Pavel ') continue;
    const label = m[0].endsWith('%') ? 'PERCENT' : m[0] === 'Telegram' ? 'ORG' : 'PERSON';
    spans.push({ start: m.index, end: m.index + m[0].length, text: m[0], label });
  }
  const ids = spans.map((_, i) => spans.length - 1 - i);
  spans.forEach((s, i) => (s.id = ids[i]));
  const groups = [];
  const names = [...new Set(spans.filter((s) => s.label !== 'PERCENT').map((s) => `${s.label}:${s.text}`))];
  for (const key of names) {
    const [label, name] = key.split(':');
    const id = groups.length;
    const mentions = spans.filter((s) => s.label === label && s.text === name).map((s) => s.id);
    spans.forEach((s) => s.label === label && s.text === name && (s.group = id));
    groups.push({ id, label, name, mentions });
  }
  const pct = spans.find((s) => s.label === 'PERCENT');
  const quoteAt = text.indexOf('We grow');
  return {
    spans,
    groups,
    statistics: pct ? [{ id: 0, value_span: pct.id, subject: 'growth', time_span: null, change: { direction: 'up', span: pct.id }, source_group: 0, sentence: [0, 10] }] : [],
    quotes: quoteAt >= 0 ? [{ id: 0, start: quoteAt, end: quoteAt + 7, text: 'We grow', speaker_group: 0 }] : [],
  };
}

test('a short text is one piece; a long one is cut at blank lines and covered exactly', () => {
  assert.deepEqual(splitPieces('short text'), [{ start: 0, end: 10 }]);
  const text = longText();
  assert.ok(text.length > WHOLE_TEXT_LIMIT * 3);
  const pieces = splitPieces(text);
  assert.ok(pieces.length >= 3, `${pieces.length} pieces`);
  for (const p of pieces) assert.ok(p.end - p.start <= 32000 + 200, 'no piece much above the limit');
  assert.equal(pieces[0].start, 0);
  assert.equal(pieces.at(-1).end, text.length);
  for (let i = 1; i < pieces.length; i++) {
    assert.equal(pieces[i].start, pieces[i - 1].end);
    assert.ok(text.slice(0, pieces[i].start).endsWith('\n\n'), 'cut after a blank line');
  }
});

test('an edit moves only nearby boundaries (content-defined pieces)', () => {
  const text = longText();
  const at = Math.floor(text.length / 2);
  const edited = `${text.slice(0, at)}inserted words ${text.slice(at)}`;
  const before = splitPieces(text).map((p) => text.slice(p.start, p.end));
  const after = new Set(splitPieces(edited).map((p) => edited.slice(p.start, p.end)));
  const kept = before.filter((p) => after.has(p)).length;
  assert.ok(kept >= before.length - 2, `${kept} of ${before.length} pieces unchanged`);
});

test('a huge paragraph without blank lines is still cut, never inside a surrogate pair', () => {
  const text = '🙂'.repeat(70000);
  const pieces = splitPieces(text);
  assert.ok(pieces.length > 1);
  for (const p of pieces) assert.equal(text.charCodeAt(p.start) >= 0xdc00 && text.charCodeAt(p.start) <= 0xdfff, false);
});

test('the merged document equals annotating the text at once, up to ids', async () => {
  const text = longText();
  const cache = new Map();
  let progress = 0;
  const doc = await annotateInPieces(fakeAnnotate, text, {}, { cache, onProgress: (d, t) => (progress = d / t) });
  assert.equal(progress, 1);
  const whole = fakeAnnotate(text);
  assert.deepEqual(
    doc.spans.map((s) => [s.start, s.end, s.label]),
    whole.spans.map((s) => [s.start, s.end, s.label]).sort((a, b) => a[0] - b[0]),
  );
  for (const s of doc.spans) assert.equal(text.slice(s.start, s.end), s.text);
  doc.spans.forEach((s, i) => assert.equal(s.id, i));
  // One group per entity across pieces; "Durov" joins "Pavel Durov".
  const durov = doc.groups.filter((g) => g.label === 'PERSON');
  assert.equal(durov.length, 1);
  assert.equal(durov[0].name, 'Pavel Durov');
  assert.equal(durov[0].mentions.length, 1800);
  for (const g of doc.groups) for (const id of g.mentions) assert.equal(doc.spans[id].group, g.id);
  // Statistics and quotes point at the new ids and offsets.
  for (const st of doc.statistics) {
    assert.equal(doc.spans[st.value_span].label, 'PERCENT');
    assert.equal(st.change.span, st.value_span);
  }
  for (const q of doc.quotes) {
    assert.equal(text.slice(q.start, q.end), 'We grow');
    assert.equal(doc.groups.find((g) => g.id === q.speaker_group).name, 'Pavel Durov');
  }
  // Unchanged pieces come from the cache the second time.
  let calls = 0;
  await annotateInPieces((t, o) => (calls++, fakeAnnotate(t, o)), `${text}\n\nOne more paragraph.`, {}, { cache });
  assert.ok(calls <= 2, `${calls} pieces re-annotated`);
});

test('a stale job stops between pieces', async () => {
  let calls = 0;
  const doc = await annotateInPieces((t) => (calls++, fakeAnnotate(t)), longText(), {}, { isStale: () => calls >= 1 });
  assert.equal(doc, null);
  assert.equal(calls, 1);
});

test('one piece is returned as the core gave it', () => {
  const doc = fakeAnnotate(paragraph(1));
  assert.equal(mergeDocuments([{ offset: 0, doc }]), doc);
});
