// Service worker: after the first visit the page works offline. Network
// first (so a rebuilt page or wasm is picked up at once), falling back to the
// cached copy when the network is unreachable. Only this origin's own files
// are ever cached or fetched: the page makes no other requests.

const CACHE = 'newsmark-v3';

// The build of the module the worker will load (embed/wasm-build.js, which a
// classic script cannot import: this is a copy of its SIMD_PROBE).
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, 0x03, 0x02, 0x01, 0x00,
  0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0xfd, 0x0f, 0x0b,
]);
const WASM_FILE = WebAssembly.validate(SIMD_PROBE) ? 'pkg/newsmark_simd_bg.wasm' : 'pkg/newsmark_bg.wasm';

const SHELL = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'annotator.js',
  'chunking.js',
  'worker.js',
  'render.js',
  'reading.js',
  'describe.js',
  'legend.js',
  'panels.js',
  'charts.js',
  'export.js',
  'share.js',
  'watchlist.js',
  'language.js',
  'storage.js',
  'labels.js',
  'embed/labels.js',
  'embed/wasm-build.js',
  'dom.js',
  'sample.txt',
  'favicon.svg',
  'pkg/newsmark.js',
  'pkg/unpack.js',
  WASM_FILE,
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error())),
  );
});
