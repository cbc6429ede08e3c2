// The one place the embeddings load the WebAssembly module: `init()` once
// (concurrent callers share the promise), then `annotate()` synchronously.
// `../pkg/` is the same relative path in www/ and in the npm package's dist/,
// so every module here works unchanged in both.

import initWasm, { annotate as wasmAnnotate, initSync as wasmInitSync, version as wasmVersion } from '../pkg/newsmark.js';
import { wasmUrl } from './wasm-build.js';

let loading = null;
let ready = false;

/**
 * Loads the module. Without `source`, the build of the `.wasm` file in
 * `../pkg/` that this engine runs (see `wasm-build.js`; the URL comes from
 * `import.meta.url`, which bundlers understand); otherwise a URL, a
 * Response, bytes or a compiled `WebAssembly.Module` (either build).
 */
export function init(source) {
  if (!loading) {
    loading = initWasm({ module_or_path: source === undefined ? wasmUrl() : source }).then(
      () => {
        ready = true;
      },
      (error) => {
        loading = null; // a later call may try again (another URL, a fixed policy)
        throw error;
      },
    );
  }
  return loading;
}

/** Loads the module synchronously from bytes or a compiled module (Node, workers). */
export function initSync(source) {
  if (!ready) {
    wasmInitSync({ module: source });
    ready = true;
    loading = Promise.resolve();
  }
}

/** True once `init()` has finished. */
export function isReady() {
  return ready;
}

function isoDate(date) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The options the WebAssembly module takes, from the embeddings' options. */
export function wasmOptions(options) {
  const out = {};
  if (options == null) return out;
  if (typeof options !== 'object') throw new TypeError('newsmark: options must be an object');
  const { referenceDate, watchlist } = options;
  if (referenceDate instanceof Date) out.referenceDate = isoDate(referenceDate);
  else if (referenceDate != null && referenceDate !== '') out.referenceDate = String(referenceDate);
  if (watchlist != null) {
    out.watchlist = Array.from(watchlist, (w) => ({ term: String(w.term), label: String(w.label) }));
  }
  return out;
}

/**
 * Annotates `text` (the document of CONTRACT.md, UTF-16 offsets). Needs
 * `await init()` first in a browser; the Node entry initialises on import.
 */
export function annotate(text, options) {
  if (!ready) throw new Error('newsmark: call `await init()` before `annotate()`');
  if (typeof text !== 'string') throw new TypeError('newsmark: text must be a string');
  return wasmAnnotate(text, wasmOptions(options));
}

/** The core's version. */
export function version() {
  if (!ready) throw new Error('newsmark: call `await init()` before `version()`');
  return wasmVersion();
}
