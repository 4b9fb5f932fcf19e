// Kooliabi's service worker: keeps every file of one release on the device
// so every area opens with no network. scripts/precache.mjs writes dist/sw.js
// from this template after the build, replacing the two values below: the
// release's version (a hash of every file's content) and its file list
// (URLs relative to this file; a folder's "./" is its index.html).
'use strict';

const VERSION = '__KOOLIABI_VERSION__';
const FILES = ['__KOOLIABI_FILES__'];

const PREFIX = 'kooliabi-';
const CACHE = PREFIX + VERSION;

/** Files whose names change with their content (as scripts/static-server.mjs's HASHED). */
const HASHED = /__KOOLIABI_HASHED__/;

// Install: the whole release or nothing (addAll fails if one file does).
// Every file is asked of the server again (`no-cache`), so a host that keeps
// index.html for a while cannot put the previous release's page into this
// one; only a hashed file may come from the browser's HTTP cache, where the
// page's first load has just put it (no second download of the wasm).
// No skipWaiting here: a new release waits until the page asks for it.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(
      new URL(file, self.location.href),
      { cache: HASHED.test(file) ? 'default' : 'no-cache' },
    )))),
  );
});

// Activate: forget every other release, and serve the open pages at once.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

// Fetch: this origin's GETs from this release's cache first, else the
// network. A page load of a folder (`/grades/`, `/grades/?x`) is answered
// with that folder's index.html whatever its query.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  let key = request;
  if (request.mode === 'navigate') {
    url.search = '';
    url.hash = '';
    key = url.href;
  }
  event.respondWith(
    caches.open(CACHE)
      // ignoreVary: the host's `Vary: Accept-Encoding` must not turn a hit into a miss.
      .then((cache) => cache.match(key, { ignoreVary: true }))
      .then((hit) => hit || fetch(request)),
  );
});
