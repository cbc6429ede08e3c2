// Shared set-up of the end-to-end tests: the static server with the page's
// CSP, headless Chromium through playwright-core, console/page-error capture,
// axe-core, screenshots. Missing prerequisites fail loudly: a test that
// silently skips would pass CI without ever opening the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = path.join(ROOT, 'www');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const GOLDEN = fs.readFileSync(path.join(ROOT, 'tests/golden/article.txt'), 'utf8');
export const REFERENCE_DATE = '2024-10-20';

/** What scripts/build-wasm.sh writes to www/pkg/ (both builds of the module). */
const BUILT = ['pkg/newsmark.js', 'pkg/unpack.js', 'pkg/newsmark_bg.wasm', 'pkg/newsmark_simd_bg.wasm'];

/** Throws with a clear message when Chromium or the wasm build is missing. */
export function requireChromiumAndBuild() {
  assert.ok(
    fs.existsSync(CHROMIUM),
    `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM=/path/to/chromium.`,
  );
  for (const f of BUILT) {
    assert.ok(fs.existsSync(path.join(WWW, f)), `www/${f} is missing: build the module first with scripts/build-wasm.sh.`);
  }
}

/** `requireChromiumAndBuild`, then playwright-core's Chromium launcher. */
export async function requirePrerequisites() {
  requireChromiumAndBuild();
  try {
    return (await import('playwright-core')).chromium;
  } catch (error) {
    throw new Error(`playwright-core is not installed (npm ci): ${error.message}`);
  }
}

/**
 * Starts the server and a browser; returns {browser (context), server, url,
 * errors, close}. `errors` collects console errors and page errors of every
 * page in the context.
 */
export async function start({ colorScheme = 'light', viewport = { width: 1360, height: 900 }, root = WWW, ...contextOptions } = {}) {
  const chromium = await requirePrerequisites();
  const server = await serve(root, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    viewport,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ...contextOptions,
  });
  const errors = [];
  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    server,
    url,
    errors,
    async close() {
      await context.close().catch(() => {});
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the page and waits until the annotator is ready. */
export async function openPage(env, hash = '') {
  const page = env.context.pages()[0] || (await env.context.newPage());
  await page.goto(env.url + hash);
  await page.waitForFunction(() => document.querySelector('#version')?.textContent, null, { timeout: 20000 });
  return page;
}

/** Puts text in the textarea as a paste does (one input event) and waits for the result. */
export async function pasteText(page, text, { referenceDate = REFERENCE_DATE } = {}) {
  if (referenceDate) await page.fill('#refdate', referenceDate);
  await page.evaluate((t) => {
    const area = document.querySelector('#text');
    area.focus();
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await waitForAnnotation(page);
}

/**
 * Waits until the document of the textarea's current text is shown: the
 * reading view is aria-busy from the moment the text changes until then.
 */
export async function waitForAnnotation(page, timeout = 30000) {
  await page.waitForSelector('#reading[aria-busy="false"]', { timeout });
}

/** The rendered highlights: [{text, label}] (joined when a span crosses paragraphs). */
export const highlights = (page) =>
  page.$$eval('#reading mark.m', (marks) => marks.map((m) => ({ text: m.textContent, label: m.dataset.label })));

/** Runs axe-core; returns the serious and critical violations. */
export async function axe(page, context = null) {
  // Evaluated through the DevTools protocol: a <script> tag would be (rightly)
  // blocked by the page's CSP.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  }
  const result = await page.evaluate(async (ctx) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(ctx || document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, context);
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The page's errors, minus the expected one of a test that provokes it. */
export function assertNoErrors(errors, ignore = []) {
  const left = errors.filter((e) => !ignore.some((re) => re.test(e)));
  assert.deepEqual(left, [], `the page logged errors:\n${left.join('\n')}`);
}

/** A document fixture through "Open JSON export" (deterministic panels). */
export async function openJSON(page, name, data) {
  await page.setInputFiles('#open-json', { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await page.waitForFunction((n) => document.querySelector('#status').textContent.includes(`Opened ${n}`), name);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
}
