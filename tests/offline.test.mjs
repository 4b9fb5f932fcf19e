// Offline: after one visit the service worker (static/sw.js, written into
// dist/ by scripts/precache.mjs) keeps the whole release, so every area opens
// and works with no network; the app is installable; a new release is
// noticed on the next visit, the user is asked, and switching to it loses
// nothing — neither the answer being typed nor data stored by the previous
// release. 360×740.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startApp, seriousViolations, ROUTES, urlFor, go, controlled } from './helpers.mjs';
import { HASHED } from '../scripts/static-server.mjs';

const DIST = resolve(process.env.KOOLIABI_DIST ?? 'dist');
const TOPICS = 'Millest sa tahaksid vestlusel kindlasti rääkida?';
const PROMPT = 'Kooliabi uus versioon on valmis. Sisestatu jääb alles.';
/** A custom property only the second release's stylesheets set. */
const MARKER = '--kooliabi-test-release';

let app;
let nextRelease;
before(async () => {
  app = await startApp();
  // The next release: a copy of dist/ whose stylesheets differ (so their
  // content, and the version, change) with its own sw.js from the same step
  // the build runs.
  nextRelease = mkdtempSync(join(tmpdir(), 'kooliabi-next-'));
  cpSync(DIST, nextRelease, { recursive: true });
  const css = [];
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    if (e.isDirectory()) walk(join(dir, e.name));
    else if (e.name.endsWith('.css')) css.push(join(dir, e.name));
  });
  walk(nextRelease);
  assert.ok(css.length > 0, 'the build has stylesheets');
  // Trunk's pages name each stylesheet's hash (integrity="sha384-…"): the
  // next release's pages name the new ones, as a real build's would.
  const pages = [];
  const walkHtml = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    if (e.isDirectory()) walkHtml(join(dir, e.name));
    else if (e.name.endsWith('.html')) pages.push(join(dir, e.name));
  });
  walkHtml(nextRelease);
  const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  for (const file of css) {
    const before = sri(file);
    appendFileSync(file, `\n/* next release */\n:root { ${MARKER}: 2; }\n`);
    for (const html of pages) writeFileSync(html, readFileSync(html, 'utf8').replaceAll(before, sri(file)));
  }
  execFileSync('node', [new URL('../scripts/precache.mjs', import.meta.url).pathname, nextRelease]);
});
after(async () => {
  await app?.stop();
  if (nextRelease) rmSync(nextRelease, { recursive: true, force: true });
});

const version = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION = "([0-9a-f]+)"/)[1];

/** The addresses this page's release cache holds, relative to the app's root. */
const cachedFiles = (page) => page.evaluate(async () => {
  const names = await caches.keys();
  const cache = await caches.open(names.find((n) => n.startsWith('kooliabi-')));
  const root = new URL('/', location.href).href;
  return (await cache.keys()).map((r) => r.url.slice(root.length));
});

/** The app's page folders ('' is the root), each with its builds (widgets are not kept offline). */
const PAGE_FOLDERS = ['', ...readdirSync(DIST, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'embed' && readdirSync(join(DIST, e.name)).includes('loader.js'))
  .map((e) => `${e.name}/`)];

/**
 * Waits until the release cache holds each folder's build in `lang`: the
 * worker keeps a language's builds once a page in it has said so.
 */
async function languageKept(page, lang, folders) {
  const kept = (files) => folders.every((folder) => files.some((f) => f.startsWith(folder)
    && !f.slice(folder.length).includes('/') && f.includes(`-${lang}-`) && f.endsWith('_bg.wasm')));
  for (const until = Date.now() + 30_000; Date.now() < until; await page.waitForTimeout(100)) {
    if (kept(await cachedFiles(page))) return;
  }
  assert.fail(`the ${lang} builds of ${folders.join(' ')} were not kept: ${(await cachedFiles(page)).join(' ')}`);
}

/** A full page load of `path` (a hash route), not a same-document hash change. */
async function load(page, path) {
  await page.goto(urlFor(app.baseUrl, path));
  const response = await page.reload();
  await page.locator('main h1').first().waitFor();
  return response;
}

async function startQuestionnaire(page, name) {
  await page.getByLabel('Nimi, mille järgi selle ära tunned').fill(name);
  await page.getByRole('button', { name: 'Alusta' }).click();
  await page.locator('.q-step').waitFor();
}

const releaseMarker = (page) => page.evaluate((m) => getComputedStyle(document.documentElement).getPropertyValue(m).trim(), MARKER);
const cacheNames = (page) => page.evaluate(() => caches.keys());

const promptOn = (page) => page.getByRole('status').filter({ hasText: PROMPT });

/**
 * Serves the next release, reloads, answers the prompt and waits for the
 * reload it causes. `newTab`: first check that a page opened while the new
 * release waits (found waiting at load, before the app has started) asks too.
 */
async function updateTo(page, dir, { newTab = false } = {}) {
  await app.server.serveFrom(dir);
  await page.reload();
  const prompt = promptOn(page);
  await prompt.waitFor({ timeout: 30_000 });
  assert.deepEqual(await seriousViolations(page), [], 'axe on the prompt');
  if (newTab) {
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.locator('main h1').first().waitFor();
    await promptOn(other).waitFor();
    assert.equal(await releaseMarker(other), '', 'the old release until the user asks');
    // However early the app asked, the registration answers.
    const answered = await other.evaluate(() => new Promise((ok) => {
      window.addEventListener('kooliabi:update-ready', () => ok(true), { once: true });
      window.dispatchEvent(new Event('kooliabi:update-query'));
      setTimeout(() => ok(false), 2000);
    }));
    assert.ok(answered, 'update-query is answered with update-ready');
    await other.close();
    // The installed app opens at the home page (no Yew): it asks too.
    const home = await page.context().newPage();
    await home.goto(`${new URL(page.url()).origin}/`);
    await promptOn(home).waitFor();
    assert.deepEqual(await seriousViolations(home), [], 'axe on the home page prompt');
    await home.close();
  }
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Laadi uuesti' }).click(),
  ]);
  await page.locator('main h1').first().waitFor();
  return prompt;
}

test('sw.js lists every built file, is revalidated on every visit, and its version follows the content', async () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const listed = JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\]);/)[1]);
  assert.ok(listed.includes('./') && listed.includes('index.html') && listed.includes('sw-register.js'), listed.join(' '));
  assert.ok(listed.some((f) => f.endsWith('.wasm')) && listed.some((f) => f.endsWith('.css')), listed.join(' '));
  assert.ok(!listed.includes('sw.js'));
  const res = await fetch(`${app.baseUrl}/sw.js`);
  assert.equal(res.headers.get('cache-control'), 'no-cache');
  assert.notEqual(version(nextRelease), version(DIST), 'a changed file changes the version');
  // The same files give the same sw.js.
  const again = mkdtempSync(join(tmpdir(), 'kooliabi-again-'));
  try {
    cpSync(DIST, again, { recursive: true });
    execFileSync('node', [new URL('../scripts/precache.mjs', import.meta.url).pathname, again]);
    assert.equal(readFileSync(join(again, 'sw.js'), 'utf8'), sw);
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
});

const TEMPLATE = readFileSync(new URL('../static/sw.js', import.meta.url), 'utf8');

test('the file list follows any layout of dist/: every app file, and each folder by its own address', async () => {
  const { precache } = await import('../scripts/precache.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'kooliabi-layout-'));
  try {
    for (const f of ['index.html', 'sw.js', 'sw-register.js', 'grades/index.html', 'grades/app-0123456789abcdef.wasm',
      'embed/points/index.html', 'embed/points/loader.js', 'a b/ü.css', '.hidden', 'x.js.br']) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), f);
    }
    const first = precache(dir, TEMPLATE);
    // Widgets (embed/) are for schools' pages and are not kept offline.
    assert.deepEqual(first.urls, ['a%20b/%C3%BC.css', 'grades/app-0123456789abcdef.wasm', 'grades/', 'grades/index.html', './', 'index.html', 'sw-register.js']);
    writeFileSync(join(dir, 'grades/index.html'), 'changed');
    assert.notEqual(precache(dir, TEMPLATE).version, first.version);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page in a folder of its own registers the worker at the root and opens offline from its folder address, query or not', async () => {
  const areas = mkdtempSync(join(tmpdir(), 'kooliabi-areas-'));
  const ctx = await app.newContext();
  try {
    cpSync(DIST, areas, { recursive: true });
    mkdirSync(join(areas, 'area'));
    writeFileSync(join(areas, 'area', 'index.html'), '<!doctype html><html lang="et"><head><meta charset="utf-8"><title>Ala</title>'
      + '<link rel="icon" href="../icons/icon.svg" type="image/svg+xml"><script src="../sw-register.js" defer></script></head><body><main><h1>Eraldi ala</h1></main></body></html>\n');
    execFileSync('node', [new URL('../scripts/precache.mjs', import.meta.url).pathname, areas]);
    await app.server.serveFrom(areas);
    const page = await ctx.open('/');
    await controlled(page);
    await ctx.context.setOffline(true);
    try {
      for (const address of ['/area/', '/area/?from=link', '/area/index.html']) {
        const response = await page.goto(`${app.baseUrl}${address}`);
        assert.ok(response.fromServiceWorker(), address);
        await page.getByRole('heading', { name: 'Eraldi ala' }).waitFor();
      }
      assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope)), `${app.baseUrl}/`);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${app.baseUrl}/sw.js`);
    } finally {
      await ctx.context.setOffline(false);
    }
    ctx.assertClean();
  } finally {
    await app.server.serveFrom(DIST);
    await ctx.close();
    rmSync(areas, { recursive: true, force: true });
  }
});

test('after one visit every area opens offline, and what is typed offline is kept', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/');
  await controlled(page);
  await languageKept(page, 'et', PAGE_FOLDERS);
  // Only the language in use: the other builds would triple the download.
  const kept = await cachedFiles(page);
  assert.deepEqual(kept.filter((f) => /-(en|ru)-[0-9a-f]{16}_bg\.wasm$/.test(f)), []);
  await ctx.context.setOffline(true);
  try {
    for (const route of ROUTES) {
      const response = await load(page, route);
      assert.ok(response.fromServiceWorker(), `${route} came from the service worker`);
    }
    // A query string does not stop an area from opening offline.
    const points = new URL(urlFor(app.baseUrl, '/points'));
    points.search = '?from=link';
    assert.ok((await page.goto(points.href)).fromServiceWorker());
    await page.locator('main h1').first().waitFor();

    await load(page, '/questionnaires');
    await startQuestionnaire(page, 'Võrguta');
    await page.getByLabel(TOPICS).fill('Kirjutatud ilma võrguta');
    await page.reload();
    assert.equal(await page.getByLabel(TOPICS).inputValue(), 'Kirjutatud ilma võrguta');
  } finally {
    await ctx.context.setOffline(false);
  }
  await page.reload();
  assert.equal(await page.getByLabel(TOPICS).inputValue(), 'Kirjutatud ilma võrguta', 'kept when back online');
  ctx.assertClean();
  await ctx.close();
});

test('the app is installable (manifest, icons, a controlling worker), and caching it downloads no hashed file twice', async () => {
  // Chromium does not offer to install from an incognito profile, and every
  // browser context of a normal launch is one: use a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), 'kooliabi-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    headless: true,
  });
  // What reaches the server: the worker's install must not download again
  // what the page's first load has just put in the HTTP cache.
  const requested = [];
  const count = (req) => requested.push(req.url);
  app.server.on('request', count);
  try {
    const errors = [];
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${app.baseUrl}/`);
    await page.locator('main h1').first().waitFor();
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifestErrors, []);
    const manifest = JSON.parse(data);
    assert.equal(manifest.name, 'Kooliabi');
    assert.equal(manifest.theme_color, '#1d4e89');
    // Every icon loads, a PNG is as large as it says (its IHDR width and
    // height), and one is maskable for Android's shaped icons.
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, `${app.baseUrl}/`));
      assert.equal(res.status, 200, icon.src);
      assert.equal(res.headers.get('content-type').split(';')[0], icon.type, icon.src);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (icon.type === 'image/png') {
        assert.equal(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.sizes, icon.src);
      }
    }
    assert.deepEqual(errors, []);
    // Every file whose name changes with its content crossed the network
    // once: the page's and the worker's requests for it were one.
    const hashed = requested.map((u) => u.split('?')[0]).filter((u) => HASHED.test(u));
    assert.ok(hashed.some((u) => u.endsWith('.wasm')), hashed.join(', '));
    const twice = hashed.filter((u, i) => hashed.indexOf(u) !== i);
    assert.deepEqual(twice, [], 'downloaded twice');
    assert.ok(requested.filter((u) => u.split('?')[0] === '/').length >= 2, 'the page is asked for again by the worker');
  } finally {
    app.server.off('request', count);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a new release is noticed on the next visit and, when the user asks, replaces the old one without losing the answer in progress', async () => {
  const ctx = await app.newContext();
  try {
    const page = await ctx.open('/questionnaires');
    await controlled(page);
    assert.equal(await releaseMarker(page), '');
    await startQuestionnaire(page, 'Uuendus');
    await page.getByLabel(TOPICS).fill('Pooleli vastus');
    // No prompt while there is nothing new.
    await page.reload();
    await page.locator('.q-step').waitFor();
    assert.equal(await page.locator('#update-prompt').count(), 0);

    const prompt = await updateTo(page, nextRelease, { newTab: true });
    assert.equal(await releaseMarker(page), '2', 'the new release is in use');
    assert.deepEqual(await cacheNames(page), [`kooliabi-${version(nextRelease)}`], 'the old release is forgotten');
    assert.equal(await prompt.count(), 0, 'no prompt after the update');
    assert.equal(await page.getByLabel(TOPICS).inputValue(), 'Pooleli vastus');
    // The new release works offline too.
    await ctx.context.setOffline(true);
    try {
      await page.reload();
      assert.equal(await page.getByLabel(TOPICS).inputValue(), 'Pooleli vastus');
      assert.equal(await releaseMarker(page), '2');
    } finally {
      await ctx.context.setOffline(false);
    }
    ctx.assertClean();
  } finally {
    await app.server.serveFrom(DIST);
    await ctx.close();
  }
});

test('data stored by the previous release (release-2026-11-24) is still read after the update', async () => {
  const stored = JSON.parse(readFileSync(new URL('./fixtures/stored/release-2026-11-24.json', import.meta.url), 'utf8'));
  const ctx = await app.newContext();
  try {
    await ctx.context.addInitScript((entries) => {
      if (location.protocol !== 'http:' || sessionStorage.getItem('seeded')) return;
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }, stored);
    const page = await ctx.open('/points');
    await controlled(page);
    assert.equal(await page.locator('#max').inputValue(), '40');
    await updateTo(page, nextRelease);
    assert.equal(await releaseMarker(page), '2');
    assert.equal(await page.locator('#max').inputValue(), '40');
    assert.equal(await page.locator('#points').inputValue(), '30');
    await go(page, '/questionnaires');
    assert.deepEqual(await page.locator('.q-item__name').allTextContents(), ['Mari, 7. klass']);
    await page.getByRole('link', { name: 'Jätka' }).click();
    assert.equal(await page.getByLabel(TOPICS).inputValue(), 'Matemaatika ja trenn');
    assert.equal(await page.locator('#unreadable-banner').count(), 0, 'nothing reported unreadable');
    ctx.assertClean();
  } finally {
    await app.server.serveFrom(DIST);
    await ctx.close();
  }
});


test('a language switched to is kept offline too: every area then opens offline in it', async () => {
  const ctx = await app.newContext();
  try {
    const page = await ctx.open('/');
    await controlled(page);
    await languageKept(page, 'et', PAGE_FOLDERS);
    await page.getByRole('button', { name: 'русский' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ru' && document.querySelector('main h1'));
    await languageKept(page, 'ru', PAGE_FOLDERS);
    await ctx.context.setOffline(true);
    const response = await load(page, '/points');
    assert.ok(response.fromServiceWorker());
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    await page.getByRole('button', { name: 'English' }).click();
    // English was never used here: not kept, so the page stays in a language it has.
    await page.locator('main h1').first().waitFor();
    assert.notEqual(await page.locator('html').getAttribute('lang'), 'en');
    await ctx.context.setOffline(false);
  } finally {
    await ctx.close();
  }
});

test('sparing data (Save-Data), the worker keeps only the areas opened, each when it is first opened, and they open offline', async () => {
  const ctx = await app.newContext();
  try {
    const page = await ctx.context.newPage();
    const cdp = await ctx.context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(urlFor(app.baseUrl, '/points'));
    await page.locator('main h1').first().waitFor();
    await controlled(page);
    await languageKept(page, 'et', ['grades/']);
    const first = await cachedFiles(page);
    assert.ok(first.some((f) => f.startsWith('grades/') && f.endsWith('.wasm')), first.join(' '));
    assert.ok(first.includes('sw-register.js') && first.includes('icons/icon.svg'), first.join(' '));
    for (const other of ['answer/', 'teacher/', 'dates/', 'vocational/', 'privacy/', 'embed/']) {
      assert.ok(!first.some((f) => f.startsWith(other)), `${other} was not opened: ${first.join(' ')}`);
    }
    // Another area, opened online, is kept from its first load on.
    await load(page, '/deadlines');
    const second = await cachedFiles(page);
    assert.ok(second.some((f) => f.startsWith('dates/') && f.endsWith('.wasm')), second.join(' '));
    assert.ok(!second.some((f) => f.startsWith('teacher/')), second.join(' '));
    await ctx.context.setOffline(true);
    for (const path of ['/points', '/deadlines']) {
      const response = await load(page, path);
      assert.ok(response.fromServiceWorker(), path);
    }
    await ctx.context.setOffline(false);
    ctx.assertClean();
  } finally {
    await ctx.close();
  }
});

test('a tab left open for hours hears of a new release without a reload', async () => {
  const ctx = await app.newContext();
  try {
    const page = await ctx.context.newPage();
    await page.clock.install();
    await page.goto(urlFor(app.baseUrl, '/points'));
    await page.locator('main h1').first().waitFor();
    await controlled(page);
    await app.server.serveFrom(nextRelease);
    assert.equal(await promptOn(page).count(), 0);
    await page.clock.fastForward('01:00:01');
    await promptOn(page).waitFor({ timeout: 30_000 });
    ctx.assertClean();
  } finally {
    await app.server.serveFrom(DIST);
    await ctx.close();
  }
});
