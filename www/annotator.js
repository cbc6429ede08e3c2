// The page's handle on the annotator. Normally a module worker (worker.js);
// the single-file build, which cannot start a worker from file://, runs the
// same piecewise annotation in the page instead (see build-single.mjs).
//
// annotate() resolves to {doc, ms}, or to null when a newer request or a
// cancel replaced it; only the latest request ever produces a result.

import { annotateInPieces } from './chunking.js';

export function createAnnotator({ onProgress, onReady, onFatal }) {
  return globalThis.NEWSMARK_INLINE_WASM
    ? inPage({ onProgress, onReady, onFatal })
    : inWorker({ onProgress, onReady, onFatal });
}

function inWorker({ onProgress, onReady, onFatal }) {
  let worker;
  let nextId = 0;
  let pending = null; // {id, resolve, reject}

  const settle = (value) => {
    pending?.resolve(value);
    pending = null;
  };

  function start() {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') onReady?.(data.version);
      else if (data.type === 'fatal') onFatal?.(data.message);
      else if (!pending || data.id !== pending.id) return;
      else if (data.type === 'progress') onProgress?.(data.done, data.total);
      else if (data.type === 'result') settle({ doc: data.doc, ms: data.ms });
      else if (data.type === 'error') {
        pending.reject(new Error(data.message));
        pending = null;
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      onFatal?.(`The annotator stopped: ${event.message || 'worker error'}`);
    };
  }
  start();

  return {
    annotate(text, options) {
      settle(null);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending = { id, resolve, reject };
        worker.postMessage({ type: 'annotate', id, text, options });
      });
    },
    // Terminating is the only way to stop WASM mid-call; the new worker
    // reloads the (cached) module in a few milliseconds.
    cancel() {
      worker.terminate();
      settle(null);
      start();
    },
  };
}

function inPage({ onProgress, onReady, onFatal }) {
  const { annotate, version } = globalThis.NEWSMARK_INLINE_WASM;
  const cache = new Map();
  let latest = 0;
  queueMicrotask(() => {
    try {
      onReady?.(version());
    } catch (error) {
      onFatal?.(`The annotator could not start: ${error.message}`);
    }
  });
  return {
    async annotate(text, options) {
      const id = ++latest;
      const t0 = performance.now();
      const doc = await annotateInPieces(annotate, text, options, {
        cache,
        isStale: () => id !== latest,
        onProgress: (done, total) => id === latest && onProgress?.(done, total),
      });
      return doc && id === latest ? { doc, ms: performance.now() - t0 } : null;
    },
    cancel() {
      latest++;
    },
  };
}
