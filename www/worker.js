// Module worker: runs the WASM annotator off the main thread so typing stays
// smooth. Protocol: in {type:'annotate', id, text, options}; out {type:'ready',
// version}, {type:'progress', id, done, total}, {type:'result', id, doc, ms},
// {type:'error', id, message}, {type:'fatal', message}. The page cancels a job
// by terminating this worker and starting a new one.
import { wasmUrl } from './embed/wasm-build.js';
import { annotateInPieces } from './chunking.js';

const cache = new Map();
let latest = -1;

// The module, compiled once; an instance of it, made afresh after any error.
// A trap ("unreachable", an access out of bounds, memory exhausted) leaves
// the instance as it was in the middle of the call: its stack pointer, its
// allocator's free lists and whatever the call had half-built. Nothing of it
// may serve the next text. The glue (pkg/newsmark.js) keeps one instance for
// good, so each instance gets its own copy of the glue: an import under
// another fragment is a new module record, fetched as the same URL (the HTTP
// and service-worker caches serve it). The old copy keeps its instance's
// memory until the worker ends; a trap is a bug, and rare.
let compiled;
let instances = 0;
let instance = null;

async function compile() {
  const url = wasmUrl();
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    // A server that does not send application/wasm: compile the bytes.
    const response = await fetch(url);
    if (!response.ok) throw new Error(`failed to fetch ${url}: ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

/** A fresh instance: {annotate, version} of a new copy of the glue. */
async function instantiate() {
  compiled ??= await compile();
  instances += 1;
  const glue = await import(instances === 1 ? './pkg/newsmark.js' : `./pkg/newsmark.js#instance-${instances}`);
  await glue.default({ module_or_path: compiled });
  return glue;
}

const ready = (instance = instantiate()).then(
  async (glue) => postMessage({ type: 'ready', version: glue.version() }),
  (error) => {
    postMessage({ type: 'fatal', message: `The annotator could not start: ${error?.message || error}` });
    throw error;
  },
);

self.onmessage = async ({ data }) => {
  if (data?.type !== 'annotate') return;
  const { id, text, options } = data;
  latest = id;
  try {
    await ready;
    const { annotate } = await instance;
    const t0 = performance.now();
    const doc = await annotateInPieces(annotate, text, options, {
      cache,
      isStale: () => id !== latest,
      onProgress: (done, total) => postMessage({ type: 'progress', id, done, total }),
    });
    if (doc) postMessage({ type: 'result', id, doc, ms: performance.now() - t0 });
  } catch (error) {
    // Any error, a trap or not: the next text gets a fresh instance.
    instance = instantiate();
    postMessage({ type: 'error', id, message: error?.message || String(error) });
  }
};
