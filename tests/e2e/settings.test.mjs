// Issue 5f–h: the watch list (always highlighted, kept, exported, imported),
// the notice for non-English text, remembering the last text and settings
// with a visible "Clear saved data".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { assertNoErrors, openPage, pasteText, start, waitForAnnotation } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => env?.close());

const ARTICLE = 'Operators in Germany said on Monday that Open RAN equipment from several vendors will be tested this year, and the regulator said it was watching the trials closely.';

test('watch list terms are always highlighted with their label, and persist', async () => {
  const page = await openPage(env);
  await page.click('#watch-panel summary');
  await page.fill('#watch-term', 'Open RAN');
  await page.selectOption('#watch-label', 'PRODUCT');
  await page.press('#watch-term', 'Enter');
  await pasteText(page, ARTICLE);
  const watched = await page.$$eval('#reading mark.watched', (ms) => ms.map((m) => [m.textContent, m.dataset.label]));
  assert.deepEqual(watched, [['Open RAN', 'PRODUCT']]);
  await page.locator('#reading mark.watched').hover();
  assert.match(await page.textContent('#tooltip'), /Watch list\s*yes/);
  // Kept across visits.
  await page.reload();
  await page.waitForSelector('#watch-list .watch-term', { state: 'attached' });
  assert.deepEqual(await page.$$eval('#watch-list .watch-term', (ts) => ts.map((t) => t.textContent)), ['Open RAN']);
  await waitForAnnotation(page);
  assert.equal(await page.$$eval('#reading mark.watched', (ms) => ms.length), 1);
  assertNoErrors(env.errors);
});

test('the watch list exports and imports as JSON', async () => {
  const page = await openPage(env);
  await page.click('#watch-panel summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#watch-export')]);
  assert.deepEqual(JSON.parse(fs.readFileSync(await download.path(), 'utf8')), [{ term: 'Open RAN', label: 'PRODUCT' }]);
  const imported = [
    { term: 'regulator', label: 'org' },
    { term: 'bad label', label: 'NOPE' },
    { term: 'open ran', label: 'PRODUCT' },
  ];
  await page.setInputFiles('#watch-import', { name: 'terms.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(imported)) });
  await page.waitForFunction(() => document.querySelectorAll('#watch-list .watch-term').length === 2);
  assert.deepEqual(await page.$$eval('#watch-list li', (ls) => ls.map((l) => l.querySelector('.watch-term').textContent + ' ' + l.querySelector('.tag').textContent)), ['Open RAN PRODUCT', 'regulator ORG']);
  await waitForAnnotation(page);
  assert.deepEqual(await page.$$eval('#reading mark.watched', (ms) => ms.map((m) => m.textContent)), ['Open RAN', 'regulator']);
  // A file that is not a watch list is refused with a message.
  await page.setInputFiles('#watch-import', { name: 'oops.json', mimeType: 'application/json', buffer: Buffer.from('{"term": 1}') });
  await page.locator('#message').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#message'), /Could not import oops\.json/);
  // Remove a term.
  await page.click('#watch-list button[aria-label="Remove regulator from the watch list"]');
  assert.deepEqual(await page.$$eval('#watch-list .watch-term', (ts) => ts.map((t) => t.textContent)), ['Open RAN']);
});

test('a text that is not English gets a notice', async () => {
  const page = await openPage(env);
  const notice = page.locator('#lang-notice');
  await pasteText(page, 'Le gouvernement du Kazakhstan a annoncé lundi un accord avec Telegram pour développer des services numériques. Selon le ministre, plus de la moitié de la population utilise déjà l’application chaque mois, soit une hausse de 25 % par rapport à l’année dernière.');
  await notice.waitFor({ state: 'visible' });
  assert.match(await notice.textContent(), /does not look like English/);
  await pasteText(page, ARTICLE);
  await notice.waitFor({ state: 'hidden' });
  // Chinese has no spaces to count words by: decided by script.
  await pasteText(page, '哈萨克斯坦数字发展部周一宣布，将与电报公司合作推出全国数字服务计划。部长表示，目前全国超过一半的人口每月使用该应用。');
  await notice.waitFor({ state: 'visible' });
  await pasteText(page, ARTICLE);
  await notice.waitFor({ state: 'hidden' });
});

test('the last text and settings are remembered, and "Clear saved data" forgets them', async () => {
  const page = await openPage(env);
  await pasteText(page, ARTICLE, { referenceDate: '2023-05-06' });
  await page.click('#legend button[data-cat=date]');
  assert.equal(await page.getAttribute('#legend button[data-cat=date]', 'aria-pressed'), 'false');
  // Saving is debounced by a second: wait for the save itself, not a fixed
  // time (a busy machine can take longer).
  await page.waitForFunction(
    () => JSON.parse(localStorage.getItem('newsmark.state') || '{}').hidden?.includes('date'),
    null,
    { timeout: 10000 },
  );
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#text').value.length > 0);
  assert.equal(await page.inputValue('#text'), ARTICLE);
  assert.equal(await page.inputValue('#refdate'), '2023-05-06');
  assert.equal(await page.getAttribute('#legend button[data-cat=date]', 'aria-pressed'), 'false');
  const clear = page.locator('#clear-saved');
  await page.click('text=Saved data');
  assert.equal(await clear.isVisible(), true);
  await clear.click();
  assert.match(await page.textContent('#saved-status'), /Saved data cleared/);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('newsmark.'))), []);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#version').textContent);
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.$$eval('#watch-list .watch-term', (ts) => ts.length), 0);
  assertNoErrors(env.errors);
});
