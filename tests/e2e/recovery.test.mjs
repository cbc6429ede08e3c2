// The worker recovers from a trap in the WebAssembly module: after a real
// trap, the next text is annotated by a fresh instance and its document is
// right. The trap is forced without a hook in the page: the page is served
// with copies of the module whose linear memory may not grow past what the
// first texts need, so that a long text exhausts it (the allocator finds no
// memory, Rust aborts, the engine raises "unreachable"), as a module that
// ran out of memory would. An instance that survived it would keep the
// aborted call's memory, stack pointer and free lists; a fresh one starts
// from the module's initial memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GOLDEN, REFERENCE_DATE, WWW, assertNoErrors, openPage, pasteText, start, waitForAnnotation } from './helpers.mjs';

const PKG = path.join(WWW, 'pkg');
const BUILDS = ['newsmark_simd_bg.wasm', 'newsmark_bg.wasm'];
const OPTIONS = { watchlist: [], referenceDate: REFERENCE_DATE };
const PAGE = 65536;
/**
 * Pages of room above what the first texts need in Node: the page's worker
 * allocates a little differently (its own glue copies, the pieces), and a
 * too tight limit traps on the text after the long one too.
 */
const MARGIN = 12;
/** One piece for the worker (no blank line, under chunking.js's cut), and more memory than the first texts need. */
const LONG = GOLDEN.replace(/\s+/g, ' ').repeat(60).slice(0, 60000);
/** Annotated after the trap: a text the worker has not seen (it keeps the documents of texts it has). */
const AFTER = `${GOLDEN}\n\nMeridian Telecom said on Tuesday that revenue rose 12% to $4.2 billion in the third quarter of 2024.`;

/** A separate instance of the glue (its own module record, its own instance) running `bytes`. */
let copies = 0;
async function instance(bytes) {
  const glue = await import(`${pathToFileURL(path.join(PKG, 'newsmark.js')).href}?recovery-${copies++}`);
  const exports = glue.initSync({ module: bytes });
  return { annotate: (text) => glue.annotate(text, OPTIONS), pages: () => exports.memory.buffer.byteLength / PAGE };
}

function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return { value, at };
}

/** `wasm` with its one memory limited to at most `pages` pages (the memory section rewritten). */
function withMaximumMemory(wasm, pages) {
  let at = 8; // magic and version
  while (at < wasm.length) {
    const id = wasm[at];
    const size = readLeb(wasm, at + 1);
    const end = size.at + size.value;
    if (id === 5) {
      const count = readLeb(wasm, size.at);
      assert.equal(count.value, 1, 'one memory');
      assert.ok(wasm[count.at] <= 1, 'a plain 32-bit memory (limits flag 0 or 1)');
      const min = readLeb(wasm, count.at + 1);
      assert.ok(min.value <= pages, `the initial memory (${min.value} pages) fits in ${pages}`);
      const body = [1, 1, ...leb(min.value), ...leb(pages)];
      return Buffer.concat([wasm.subarray(0, at), Buffer.from([5, ...leb(body.length), ...body]), wasm.subarray(end)]);
    }
    at = end;
  }
  throw new Error('the module defines no memory');
}

let env;
let root;
const expected = {};
before(async () => {
  // The copy of the page: www/ with each build's memory limited to what the
  // first text (GOLDEN) and, on a fresh instance, AFTER need, with room to
  // spare; the long text must need more than that.
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-recovery-'));
  fs.cpSync(WWW, root, { recursive: true });
  for (const build of BUILDS) {
    const wasm = fs.readFileSync(path.join(PKG, build));
    const first = await instance(wasm);
    first.annotate(GOLDEN);
    const fresh = await instance(wasm);
    expected[build] = fresh.annotate(AFTER);
    const limit = Math.max(first.pages(), fresh.pages()) + MARGIN;
    first.annotate(LONG);
    assert.ok(first.pages() > limit, `${build}: the long text needs more than ${limit} pages (${first.pages()})`);
    fs.writeFileSync(path.join(root, 'pkg', build), withMaximumMemory(wasm, limit));
  }
  env = await start({ root, serviceWorkers: 'block' });
});
after(async () => {
  await env?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** The document the page shows, as its JSON export gives it (without the export's own fields). */
async function shownDocument(page) {
  await page.click('#export-panel summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
  await page.click('#export-panel summary');
  const { text, reference_date: _date, generator: _generator, ...doc } = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  return { text, doc };
}

test('after a trap in the module, the next text gets a fresh instance and a right document', async () => {
  const page = await openPage(env);
  const build = await page.evaluate(async () => (await import('./embed/wasm-build.js')).WASM_FILE);
  await pasteText(page, GOLDEN);
  assert.ok((await page.$$('#reading mark.m')).length > 10, 'the first text is annotated');

  // The long text exhausts the limited memory: a real trap, shown as an error.
  await page.fill('#refdate', REFERENCE_DATE);
  await page.evaluate((t) => {
    const area = document.querySelector('#text');
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, LONG);
  await page.waitForSelector('#message:not([hidden])', { timeout: 60000 });
  assert.match(await page.textContent('#message'), /Could not annotate: .*unreachable/);

  // The next text: annotated whole and right, by an instance with fresh memory.
  await pasteText(page, AFTER);
  await waitForAnnotation(page);
  assert.equal(await page.isHidden('#message'), true, `no error: ${await page.textContent('#message')}`);
  const shown = await shownDocument(page);
  assert.equal(shown.text, AFTER);
  assert.deepEqual(shown.doc, expected[build], 'the document of a fresh instance');
  assertNoErrors(env.errors);
});
