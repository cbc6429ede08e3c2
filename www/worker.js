// Module worker: runs the WASM annotator off the main thread so typing stays
// smooth. Protocol: in {type:'annotate', id, text, options}; out {type:'ready',
// version}, {type:'progress', id, done, total}, {type:'result', id, doc, ms},
// {type:'error', id, message}, {type:'fatal', message}. The page cancels a job
// by terminating this worker and starting a new one.
import init, { annotate, version } from './pkg/newsmark.js';
import { wasmUrl } from './embed/wasm-build.js';
import { annotateInPieces } from './chunking.js';

const cache = new Map();
let latest = -1;
const ready = init({ module_or_path: wasmUrl() }).then(
  () => postMessage({ type: 'ready', version: version() }),
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
    const t0 = performance.now();
    const doc = await annotateInPieces(annotate, text, options, {
      cache,
      isStale: () => id !== latest,
      onProgress: (done, total) => postMessage({ type: 'progress', id, done, total }),
    });
    if (doc) postMessage({ type: 'result', id, doc, ms: performance.now() - t0 });
  } catch (error) {
    postMessage({ type: 'error', id, message: error?.message || String(error) });
  }
};
