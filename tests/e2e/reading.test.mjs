// Issue 5b: the reading view — palette with a second cue, legend with counts
// that toggles categories, tooltips on hover and keyboard focus, following an
// entity through its mentions.
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

const mark = (text, nth = 0) => page.locator('#reading mark.m', { hasText: text }).filter({ hasText: new RegExp(`^${text.replace(/[.$?*+()]/g, '\\$&')}$`) }).nth(nth);

test('every span is rendered once, with its label and a second cue besides colour', async () => {
  const marks = await page.$$eval('#reading mark.m', (ms) => ms.map((m) => ({ text: m.textContent, label: m.dataset.label, cat: m.dataset.cat })));
  assert.deepEqual(
    marks.map((m) => [m.text, m.label]),
    doc.spans.map((s) => [s.text, s.label]),
  );
  // Per category: colour, underline style and tag. No two categories share
  // both a colour and an underline style, and each has a visible tag.
  const cues = await page.$$eval('#reading mark.m', (ms) => {
    const seen = {};
    for (const m of ms) {
      const cs = getComputedStyle(m);
      const after = getComputedStyle(m, '::after').content;
      seen[m.dataset.cat] ??= { colour: cs.textDecorationColor, style: cs.textDecorationStyle, tag: after };
    }
    return seen;
  });
  const colours = Object.values(cues).map((c) => c.colour);
  assert.equal(new Set(colours).size, colours.length, `each category has its own colour: ${JSON.stringify(cues)}`);
  for (const [cat, cue] of Object.entries(cues)) assert.match(cue.tag, /[A-Z%]/, `${cat} shows a tag`);
  assert.notEqual(cues.person.style, cues.org.style);
  assertNoErrors(env.errors);
});

test('the legend counts each category and toggles it', async () => {
  const counts = await page.$$eval('#legend button', (bs) => Object.fromEntries(bs.map((b) => [b.dataset.cat, parseInt(b.querySelector('.count').textContent, 10)])));
  const byLabel = (...labels) => doc.spans.filter((s) => labels.includes(s.label)).length;
  assert.deepEqual(counts, {
    person: byLabel('PERSON'),
    org: byLabel('ORG'),
    place: byLabel('GPE', 'LOC', 'FAC'),
    group: 0,
    other: 0,
    date: byLabel('DATE', 'TIME'),
    number: byLabel('PERCENT', 'MONEY', 'QUANTITY', 'CARDINAL', 'ORDINAL'),
  });
  const people = page.locator('#legend button[data-cat=person]');
  await people.click();
  assert.equal(await people.getAttribute('aria-pressed'), 'false');
  const bg = await mark('Pavel Durov').evaluate((m) => getComputedStyle(m).backgroundColor);
  assert.equal(bg, 'rgba(0, 0, 0, 0)', 'a hidden category loses its highlight');
  await people.press('Enter');
  assert.equal(await people.getAttribute('aria-pressed'), 'true');
  assert.notEqual(await mark('Pavel Durov').evaluate((m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
});

test('hovering a highlight shows its label, normalised value and entity', async () => {
  await mark('12.5 million people').hover();
  const tip = page.locator('#tooltip');
  await tip.waitFor({ state: 'visible' });
  const text = await tip.textContent();
  assert.match(text, /Number \(CARDINAL\)/);
  assert.match(text, /12,500,000 people/);
  await mark('Pavel Durov').hover();
  assert.match(await tip.textContent(), /Pavel Durov — 2 mentions/);
  await mark('about 2 billion users').hover();
  assert.match(await tip.textContent(), /about 2,000,000,000 users/);
  // Hoverable: moving onto the tooltip keeps it; leaving both hides it.
  await tip.hover();
  assert.equal(await tip.isVisible(), true);
  await page.mouse.move(5, 5);
  await tip.waitFor({ state: 'hidden' });
});

test('keyboard: one tab stop, arrows move between highlights, the tooltip follows focus', async () => {
  await page.locator('#reading-help').click(); // a neutral place before the article
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(first, doc.spans[0].text, 'Tab lands on the first highlight');
  // Arrow to "Oct. 14" (the 6th span) and read its tooltip.
  const target = doc.spans.findIndex((s) => s.text === 'Oct. 14');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Oct. 14');
  const tip = page.locator('#tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), /2024-10-14 — Monday,? 14 October 2024/);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'tooltip');
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  // Only one highlight is in the tab order.
  assert.equal(await page.$$eval('#reading mark[tabindex="0"]', (ms) => ms.length), 1);
});

test('clicking an entity marks all its mentions and steps through them', async () => {
  await mark('Telegram', 0).click();
  const nav = page.locator('#mention-nav');
  await nav.waitFor({ state: 'visible' });
  assert.match(await nav.textContent(), /Telegram \(Organisation\)/);
  assert.match(await nav.locator('[data-nav=count]').textContent(), /mention 1 of 3/);
  assert.equal(await page.$$eval('#reading mark.sel', (ms) => ms.length), 3);
  await nav.locator('[data-nav=next]').click();
  assert.match(await nav.locator('[data-nav=count]').textContent(), /mention 2 of 3/);
  const current = await page.$eval('#reading mark.cur', (m) => m.textContent);
  assert.equal(current, 'Telegram');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('cur')), true);
  await page.keyboard.press('n');
  assert.match(await nav.locator('[data-nav=count]').textContent(), /mention 3 of 3/);
  await page.keyboard.press('n');
  assert.match(await nav.locator('[data-nav=count]').textContent(), /mention 1 of 3/, 'wraps around');
  await page.keyboard.press('p');
  assert.match(await nav.locator('[data-nav=count]').textContent(), /mention 3 of 3/);
  await nav.locator('[data-nav=clear]').click();
  await nav.waitFor({ state: 'hidden' });
  assert.equal(await page.$$eval('#reading mark.sel', (ms) => ms.length), 0);
  // A number without a group: all mentions of the same text.
  await mark('Oct. 14', 0).click();
  assert.match(await nav.locator('[data-nav=count]').textContent(), /mention 1 of 2/);
  await page.keyboard.press('Escape'); // closes the tooltip
  await page.keyboard.press('Escape'); // then the selection
  await nav.waitFor({ state: 'hidden' });
  assertNoErrors(env.errors);
});
