// Issue 5e: sharing without a server — the #fragment holds the compressed
// text and settings; opening the link restores them; oversize texts and
// damaged links are refused with a clear message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN, assertNoErrors, openPage, pasteText, start, waitForAnnotation } from './helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => env?.close());

test('a share link restores the text, reference date, hidden categories and watch list', async () => {
  const page = await openPage(env);
  await page.click('#watch-panel summary');
  await page.fill('#watch-term', 'national programme');
  await page.selectOption('#watch-label', 'PRODUCT');
  await page.click('#watch-form button[type=submit]');
  await pasteText(page, GOLDEN, { referenceDate: '2024-10-21' });
  await page.click('#legend button[data-cat=number]');
  await page.click('#export-panel summary');
  await page.click('#share');
  // The link is made asynchronously (CompressionStream): wait for it.
  await page.waitForFunction(() => /^https?:/.test(document.querySelector('#share-link').value));
  const link = await page.inputValue('#share-link');
  const { pathname, hash } = new URL(link);
  assert.equal(pathname, '/');
  assert.match(hash, /^#nm1=[A-Za-z0-9_-]+$/);
  assert.ok(!hash.includes(GOLDEN.slice(0, 20).replace(/ /g, '%20')), 'the text is compressed, not plain');
  // A reader with nothing saved opens it.
  await page.click('text=Saved data');
  await page.click('#clear-saved');
  const other = await env.context.newPage();
  await other.goto(link);
  await other.waitForFunction(() => document.querySelector('#text').value.length > 0);
  await waitForAnnotation(other);
  assert.equal(await other.inputValue('#text'), GOLDEN);
  assert.equal(await other.inputValue('#refdate'), '2024-10-21');
  assert.equal(await other.getAttribute('#legend button[data-cat=number]', 'aria-pressed'), 'false');
  assert.match(await other.textContent('#status'), /Opened a shared article \(1 watch-list term added\)|highlights/);
  assert.deepEqual(await other.$$eval('#watch-list .watch-term', (ts) => ts.map((t) => t.textContent)), ['national programme']);
  const watched = await other.$$eval('#reading mark.watched', (ms) => ms.map((m) => [m.textContent, m.dataset.label]));
  assert.deepEqual(watched, [['national programme', 'PRODUCT']]);
  // The long fragment is dropped from the address once restored.
  assert.equal(new URL(other.url()).hash, '');
  await other.close();
  assertNoErrors(env.errors);
});

test('a text too long for a link is refused with a clear message', async () => {
  const page = await openPage(env);
  // Incompressible: random letters, about 60 KB.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  const words = Array.from({ length: 9000 }, () => Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''));
  await pasteText(page, words.join(' '));
  await page.click('#export-panel summary');
  await page.click('#share');
  const message = page.locator('#message');
  await message.waitFor({ state: 'visible' });
  assert.match(await message.textContent(), /too long to share as a link: it needs \d+ KB, and links are limited to 32 KB/);
  assert.equal(await page.isHidden('#share-result'), true);
});

test('a damaged link says so and does not break the page', async () => {
  const page = await openPage(env);
  await page.goto(`${env.url}#nm1=AAAA-not-deflate`);
  const message = page.locator('#message');
  await message.waitFor({ state: 'visible' });
  assert.match(await message.textContent(), /This link is damaged/);
  assertNoErrors(env.errors);
});
