// Issue 5j: the text never leaves the machine — every request goes to the
// page's own origin; a service worker makes the page work offline after the
// first visit; the single-file build works from file://.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GOLDEN, ROOT, assertNoErrors, highlights, openPage, pasteText, screenshot, start } from './helpers.mjs';

const envs = [];
after(async () => Promise.all(envs.map((e) => e.close())));

test('every request stays on the page’s own origin, and none carries the text', async () => {
  const env = await start();
  envs.push(env);
  const requests = [];
  env.context.on('request', (r) => requests.push({ url: r.url(), body: r.postData() || '' }));
  const page = await openPage(env);
  await pasteText(page, GOLDEN);
  // Exercise the tools that could be tempted to phone home.
  await page.click('#export-panel summary');
  await page.click('#share');
  await page.waitForSelector('#share-result:not([hidden])');
  await Promise.all([page.waitForEvent('download'), page.click('[data-export="html"]')]);
  const origin = new URL(env.url).origin;
  const foreign = requests.filter((r) => !r.url.startsWith(`${origin}/`) && !r.url.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  // The worker's own requests are seen too (so the check covers them).
  // Chromium has WebAssembly SIMD: it downloads that build of the module, and only that one.
  for (const file of ['worker.js', 'pkg/newsmark.js', 'pkg/newsmark_simd_bg.wasm']) {
    assert.ok(requests.some((r) => r.url === `${origin}/${file}`), `${file} requested: ${requests.map((r) => r.url).join(' ')}`);
  }
  assert.ok(!requests.some((r) => r.url === `${origin}/pkg/newsmark_bg.wasm`), 'the plain build is not downloaded too');
  const marker = 'Zhaslan Madiyev';
  const leaking = requests.filter((r) => decodeURIComponent(r.url).includes(marker) || r.body.includes(marker));
  assert.deepEqual(leaking, [], 'no request carries the article');
  assertNoErrors(env.errors);
});

test('after the first visit the page works offline (service worker)', async () => {
  const env = await start();
  envs.push(env);
  const page = await openPage(env);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The service worker has cached the shell; now the network is gone.
  await env.context.setOffline(true);
  await new Promise((resolve) => env.server.close(resolve));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#version')?.textContent, null, { timeout: 20000 });
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is served by the service worker');
  await pasteText(page, 'Telegram and Kazakhstan signed on Oct. 14.');
  await page.click('#load-sample');
  await page.waitForFunction((g) => document.querySelector('#text').value === g, GOLDEN);
  await env.context.setOffline(false);
  assertNoErrors(env.errors, [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/]);
});

test('the single-file build works from file://', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-single-')), 'newsmark.html');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-single.mjs'), '--out', out], { stdio: 'pipe' });
  const html = fs.readFileSync(out, 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=/, 'no external script');
  assert.doesNotMatch(html, /<link[^>]+stylesheet/, 'no external stylesheet');
  const env = await start();
  envs.push(env);
  const requests = [];
  env.context.on('request', (r) => requests.push(r.url()));
  const page = env.context.pages()[0];
  await page.goto(`file://${out}`);
  await page.waitForFunction(() => document.querySelector('#version')?.textContent, null, { timeout: 20000 });
  await page.click('#watch-panel summary');
  await page.fill('#watch-term', 'Telegram');
  await page.click('#watch-form button[type=submit]');
  await pasteText(page, GOLDEN);
  const marks = await highlights(page);
  assert.ok(marks.some((m) => m.text === 'Telegram' && m.label === 'ORG'), JSON.stringify(marks));
  // The embedded sample replaces the fetch a file:// page cannot make.
  await page.click('#load-sample');
  await page.waitForFunction((g) => document.querySelector('#text').value === g, GOLDEN);
  await screenshot(page, 'single-file.png');
  assert.deepEqual(
    requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:')),
    [],
  );
  assertNoErrors(env.errors, [/Failed to load resource: net::ERR_FILE_NOT_FOUND/]);
});
