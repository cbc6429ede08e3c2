// Issue 5c: entities by type with counts and aliases, statistics cards,
// timeline and figures charts (SVG), and jumping from them into the article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoErrors, openJSON, openPage, start } from './helpers.mjs';
import { goldenFixture } from './fixtures.mjs';

let env;
let page;
const doc = goldenFixture();
before(async () => {
  env = await start();
  page = await openPage(env);
  await openJSON(page, 'golden.json', doc);
});
after(async () => env?.close());

test('entities are listed by type with mention counts and aliases', async () => {
  const types = await page.$$eval('#entities .entity-type h3', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(types, ['Person (PERSON, 2)', 'Organisation (ORG, 6)', 'Country, city or state (GPE, 3)']);
  const row = (name) =>
    page.$eval(`#entities button.entity[data-name="${name}"]`, (b) => ({
      count: b.querySelector('.count').textContent,
      aliases: b.parentElement.querySelector('.aliases')?.textContent || '',
    }));
  assert.deepEqual(await row('Telegram'), { count: '3 mentions', aliases: '' });
  assert.deepEqual(await row('Pavel Durov'), { count: '2 mentions', aliases: 'also: Durov' });
  // Selecting an entity from the panel follows it in the article.
  await page.click('#entities button.entity[data-name="Pavel Durov"]');
  assert.match(await page.textContent('#mention-nav [data-nav=count]'), /mention 1 of 2/);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Pavel Durov');
  await page.click('#mention-nav [data-nav=clear]');
});

test('statistics are cards with value, subject, when, change, baseline, source and sentence', async () => {
  const cards = await page.$$eval('#statistics .stat-card', (cs) =>
    cs.map((c) => ({
      value: c.querySelector('.stat-value').textContent,
      rows: Object.fromEntries([...c.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent])),
      sentence: c.querySelector('blockquote')?.textContent,
    })),
  );
  assert.equal(cards.length, 2);
  assert.equal(cards[0].value, '12.5 million people = 12,500,000 people');
  assert.deepEqual(cards[0].rows, {
    Subject: 'monthly users of Telegram in Kazakhstan',
    'How often': 'monthly',
    Change: '↑ up 25%',
    'Compared with': 'last year',
    Source: 'Pavel Durov',
  });
  assert.equal(cards[0].sentence, 'Durov shared that 12.5 million people in Kazakhstan, over half the population, are now using the app every month, a 25% jump from last year.');
  assert.equal(cards[1].rows.When, 'the third quarter of 2024 (Q3 2024)');
  assert.equal(cards[1].rows.Source, 'Apple');
  await page.click('#statistics .stat-card:nth-child(2) button.jump');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '$85.8 billion');
});

test('the timeline and the figures are SVG charts with jump lists', async () => {
  const timeline = await page.$eval('#timeline svg', (svg) => ({
    title: svg.querySelector('title').textContent,
    marks: svg.querySelectorAll('circle.point, rect.period').length,
  }));
  // One mark per distinct date, however often it is mentioned.
  const dated = new Set(doc.spans.filter((s) => s.label === 'DATE').map((s) => s.timex)).size;
  assert.equal(timeline.marks, dated);
  assert.match(timeline.title, new RegExp(`Timeline of ${dated} dates, 1 Jan 2023 to`));
  const figures = await page.$eval('#figures svg', (svg) => [...svg.querySelectorAll('.figure-row')].map((g) => g.querySelector('title').textContent));
  // A figure that is a statistic says what it measures and how it moved.
  assert.ok(figures.includes('$85.8 billion: 85.8B USD — revenue of Apple’s own services'), JSON.stringify(figures));
  assert.ok(figures.includes('12.5 million people: 12.5M people — monthly users of Telegram in Kazakhstan, ↑ up 25%'), JSON.stringify(figures));
  assert.ok(figures.includes('25%: 25%'));
  await page.click('#timeline button.jump >> text=late August');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'late August');
  assertNoErrors(env.errors);
});

test('a statistic with no subject says so on its card and in the figures', async () => {
  const text = 'It rose to 41% on Monday.';
  const doc = {
    text,
    spans: [{ id: 0, start: 11, end: 14, text: '41%', label: 'PERCENT', value: 41 }],
    groups: [],
    statistics: [{ id: 0, value_span: 0, subject: null, time_span: null, change: { direction: 'up' }, source_group: null, sentence: [0, text.length] }],
  };
  await openJSON(page, 'no-subject.json', doc);
  const rows = await page.$eval('#statistics .stat-card', (c) =>
    Object.fromEntries([...c.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent])),
  );
  assert.deepEqual(rows, { Subject: 'not found in the text', Change: '↑ up' });
  const figures = await page.$eval('#figures svg', (svg) => [...svg.querySelectorAll('.figure-row')].map((g) => g.querySelector('title').textContent));
  assert.deepEqual(figures, ['41%: 41% — subject not found, ↑ up']);
  await openJSON(page, 'golden.json', goldenFixture());
});
