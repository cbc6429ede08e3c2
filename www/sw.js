// Service worker: after the first visit the page works offline. Network
// first (so a rebuilt page or wasm is picked up at once), falling back to the
// cached copy when the network is unreachable. Only this origin's own files
// are ever cached or fetched: the page makes no other requests.

const CACHE = 'newsmark-v2';
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
  'dom.js',
  'sample.txt',
  'favicon.svg',
  'pkg/newsmark.js',
  'pkg/unpack.js',
  'pkg/newsmark_bg.wasm',
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
