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
// Of the pages' builds (one per language), only the languages this device
// has used are kept: those the previous release's cache holds. The first
// install keeps none; the page names its language next (`keep-language`).
self.addEventListener('install', (event) => {
  event.waitUntil(
    languagesKept()
      .then((langs) => filesToKeep(langs))
      .then((files) => caches.open(CACHE).then((cache) => cache.addAll(files.map(request)))),
  );
});

const request = (file) => new Request(
  new URL(file, self.location.href),
  { cache: HASHED.test(file) ? 'default' : 'no-cache' },
);

/**
 * A page's build in one language, <bin>-<lang>-<hash>_bg.wasm (written by
 * scripts/languages.mjs): its language, or null for every other file.
 */
const LANGUAGE_BUILD = /-([a-z]{2})-[0-9a-f]{16}_bg\.wasm$/;
const languageOf = (file) => (LANGUAGE_BUILD.exec(file) || [])[1] || null;

/** The languages whose builds any of Kooliabi's caches holds. */
function languagesKept() {
  return caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX))
      .map((n) => caches.open(n).then((cache) => cache.keys()))))
    .then((lists) => [...new Set(lists.flat().map((r) => languageOf(r.url)).filter(Boolean))]);
}

// The page says which language it is in (sw-register.js): every page's
// build in that language is kept too (only the open areas' when sparing).
self.addEventListener('message', (event) => {
  const lang = event.data && event.data.type === 'keep-language' ? String(event.data.lang) : null;
  if (!lang) return;
  event.waitUntil(filesToKeep([lang])
    .then((files) => files.filter((file) => languageOf(file) === lang))
    .then((files) => caches.open(CACHE).then((cache) => Promise.all(files.map((file) => cache.match(request(file))))
      .then((hits) => cache.addAll(files.filter((_, i) => !hits[i]).map(request))))));
});

/**
 * Whether the user asked the browser to spare their data (Save-Data). The
 * page tells (sw-register.js registers `sw.js?save-data`): a worker does not
 * see the setting in every browser.
 */
const SPARING = new URL(self.location.href).searchParams.has('save-data');
const sparing = () => SPARING;

/** The folder of a path relative to this file: "answer/" for "answer/x.js". */
const folderOf = (path) => path.slice(0, path.lastIndexOf('/') + 1);
/** The root's own files and the icons are every page's. */
const SHELL = ['', 'icons/'];

// The whole release is about 1.4 MB. When the user spares their data, only
// the areas open now are kept at install, and every other area the first
// time it is opened (see fetch), so no byte is downloaded that they did not
// ask for.
/** The files to keep: each page's builds in `langs` only, and when sparing, the open areas' only. */
function filesToKeep(langs) {
  const inLangs = (file) => {
    const lang = languageOf(file);
    return lang === null || langs.includes(lang);
  };
  if (!sparing()) return Promise.resolve(FILES.filter(inLangs));
  const scope = self.registration.scope;
  return self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
    const open = windows.map((w) => w.url).filter((u) => u.startsWith(scope))
      .map((u) => folderOf(new URL(u).pathname.slice(new URL(scope).pathname.length)));
    return FILES.filter((file) => {
      const folder = file === './' ? '' : folderOf(file);
      return inLangs(file) && (SHELL.includes(folder) || open.includes(folder));
    });
  });
}

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
  const answer = caches.open(CACHE).then((cache) => cache
    // ignoreVary: the host's `Vary: Accept-Encoding` must not turn a hit into a miss.
    .match(key, { ignoreVary: true })
    .then((hit) => hit || fetch(request).then((response) => {
      // Sparing data, an area is kept when it is first opened (a file of
      // this release only, so the cache never grows past it).
      if (sparing() && response.ok && FILES.includes(relative(url))) {
        cache.put(key, response.clone());
      }
      return response;
    })));
  event.respondWith(request.mode === 'navigate' ? answer.then(withoutBuildPreload) : answer);
});

/**
 * A page's preload of its Estonian build (scripts/languages.mjs) is for a
 * first visit, which has no language stored yet. Once this worker serves
 * the page, the device may use English or Russian, and the build of its
 * language comes from this cache at once: the preload goes.
 */
const BUILD_PRELOAD = /<link rel="preload"[^>]*\bdata-build\b[^>]*>/;
function withoutBuildPreload(response) {
  const type = response.headers.get('content-type') || '';
  if (!response.ok || !type.startsWith('text/html')) return response;
  return response.text().then((html) => {
    const headers = new Headers(response.headers);
    // The body is new and already decoded.
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(html.replace(BUILD_PRELOAD, ''), { status: response.status, statusText: response.statusText, headers });
  });
}

/** A URL of this origin as FILES names it: its path relative to this file ("./" for the root). */
function relative(url) {
  const path = url.pathname.slice(new URL('./', self.location.href).pathname.length);
  return path === '' ? './' : path;
}
