// Issue 5d: exports — the contract's JSON, CSV of spans, W3C Web Annotation
// JSON-LD, a standalone annotated HTML file, copy to the clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertNoErrors, openJSON, openPage, pasteText, screenshot, start } from './helpers.mjs';
import { goldenFixture } from './fixtures.mjs';

let env;
let page;
const doc = goldenFixture();
before(async () => {
  env = await start();
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url.slice(0, -1) });
  page = await openPage(env);
  await openJSON(page, 'golden.json', doc);
  await page.click('#export-panel summary');
});
after(async () => env?.close());

async function exported(kind) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  const file = await download.path();
  return { name: download.suggestedFilename(), content: fs.readFileSync(file, 'utf8') };
}

test('JSON: the contract document plus the text, and it opens again', async () => {
  const { name, content } = await exported('json');
  assert.match(name, /^newsmark-meta-blocks-1-2b-fake-accounts-globally\.json$/);
  const data = JSON.parse(content);
  assert.deepEqual(data.spans, doc.spans);
  assert.deepEqual(data.groups, doc.groups);
  assert.deepEqual(data.statistics, doc.statistics);
  assert.equal(data.text, doc.text);
  assert.equal(data.reference_date, '2024-10-20');
});

test('CSV: one row per span, quoted where needed', async () => {
  const { content } = await exported('csv');
  const lines = content.trimEnd().split('\r\n');
  assert.equal(lines[0], 'id,start,end,text,label,group,group_name,value,value_max,unit,approx,timex,confidence,statistic_subject,statistic_time,statistic_change,statistic_source');
  assert.equal(lines.length, doc.spans.length + 1);
  assert.ok(lines.includes(`${doc.spans.find((s) => s.text.startsWith('Ministry')).id},${doc.text.indexOf('Ministry')},${doc.text.indexOf('Ministry') + 68},"Ministry of Digital Development, Innovations, and Aerospace Industry",ORG,,,,,,,,,,,,`), 'commas inside a cell are quoted');
  // A statistic's number carries its links.
  assert.ok(lines.some((l) => /,12\.5 million people,CARDINAL,,,12500000,,people,,,,monthly users of Telegram in Kazakhstan,,↑ up 25%,Pavel Durov$/.test(l)), lines.join('\n'));
});

test('JSON-LD: W3C Web Annotations with quote and position selectors', async () => {
  const { content } = await exported('jsonld');
  const data = JSON.parse(content);
  assert.equal(data['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(data.type, 'AnnotationCollection');
  const items = data.first.items;
  assert.equal(items.length, doc.spans.length);
  const durov = items.find((a) => a.target.selector[0].exact === 'Pavel Durov');
  assert.equal(durov.type, 'Annotation');
  assert.equal(durov.motivation, 'tagging');
  assert.deepEqual(durov.body[0], { type: 'TextualBody', purpose: 'tagging', value: 'PERSON' });
  const [quote, position] = durov.target.selector;
  assert.equal(quote.type, 'TextQuoteSelector');
  assert.ok(doc.text.includes(quote.prefix + quote.exact + quote.suffix));
  assert.equal(position.type, 'TextPositionSelector');
  // Positions count code points; the golden article has none outside the BMP,
  // so they equal the UTF-16 offsets here (the emoji case is tested below).
  assert.equal(position.start, doc.text.indexOf('Pavel Durov'));
  assert.match(durov.target.source, /^urn:sha256:[0-9a-f]{64}$/);
});

test('JSON-LD positions count code points, not UTF-16 units', async () => {
  const text = '🙂🙂 Telegram said so.';
  await openJSON(page, 'emoji.json', { text, spans: [{ id: 0, start: 5, end: 13, text: 'Telegram', label: 'ORG' }], groups: [], statistics: [] });
  const { content } = await exported('jsonld');
  const [, position] = JSON.parse(content).first.items[0].target.selector;
  assert.deepEqual([position.start, position.end], [3, 11]);
  await openJSON(page, 'golden.json', doc);
});

test('HTML: a standalone annotated page without script, that prints', async () => {
  const { content } = await exported('html');
  assert.doesNotMatch(content, /<script/i);
  assert.match(content, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.match(content, /@media print/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-html-')), 'export.html');
  fs.writeFileSync(file, content);
  const other = await env.context.newPage();
  await other.goto(`file://${file}`);
  const marks = await other.$$eval('mark', (ms) => ms.map((m) => [m.textContent, m.title.split(';')[0]]));
  assert.equal(marks.length, doc.spans.length);
  assert.deepEqual(marks.find((m) => m[0] === 'Kazakhstan'), ['Kazakhstan', 'Type: Country, city or state (GPE)']);
  await other.emulateMedia({ media: 'print' });
  await screenshot(other, 'export-html-print.png');
  await other.close();
});

test('copy to clipboard puts the JSON there', async () => {
  await page.click('[data-export="copy"]');
  await page.waitForFunction(() => document.querySelector('#status').textContent.includes('copied'));
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.spans.length, doc.spans.length);
});

test('an export of a live annotation matches the page', async () => {
  await pasteText(page, 'Telegram and Telegram again.');
  const { content } = await exported('json');
  const data = JSON.parse(content);
  assert.equal(data.text, 'Telegram and Telegram again.');
  for (const span of data.spans) assert.equal(data.text.slice(span.start, span.end), span.text);
  assertNoErrors(env.errors);
});
