// Shared set-up for the browser tests: Debian's Chromium through
// playwright-core, the release build in dist/ served on loopback, and
// checks every test wants (console errors, requests to other hosts, axe).
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { serve } from '../scripts/static-server.mjs';
import { everySheet } from '../scripts/stylesheets.mjs';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Every route of the app (hash paths), one place for all test files. */
export const ROUTES = [
  '/', '/privacy', '/questionnaires', '/planner', '/conversations', '/points', '/class', '/follows',
  '/behaviour', '/modules', '/courses', '/recognise', '/deadlines',
  '/test-schedule', '/attendance', '/allowances', '/widgets', '/memo',
];

/**
 * The folder of dist/ that holds each route, by the route's first segment:
 * one small app per tool area (crates/web/src/area.rs). `shell.test.mjs`
 * checks that an old `#/…` link to every route lands where this says.
 */
const AREA_OF = {
  '': '', privacy: 'privacy', widgets: 'privacy',
  questionnaires: 'questionnaires', questionnaire: 'answer', answer: 'answer', memo: 'memo',
  conversations: 'teacher', conversation: 'teacher', reply: 'teacher', planner: 'planner',
  points: 'grades', class: 'grades', follows: 'grades', behaviour: 'grades',
  modules: 'vocational', courses: 'vocational', recognise: 'vocational',
  deadlines: 'dates', 'test-schedule': 'dates', attendance: 'dates', allowances: 'dates',
  // Every area renders the test-only panic route (and "not found"); one will do.
  debug: 'grades',
};

/** The address of a hash route (`/points`, `/answer?i=…`) in its area's app. */
export function urlFor(baseUrl, path) {
  const first = path.replace(/^\//, '').split(/[/?#]/)[0];
  const dir = AREA_OF[first];
  if (dir === undefined) throw new Error(`no area for ${path}`);
  if (dir === '') return `${baseUrl}/#${path}`;
  return `${baseUrl}/${dir}/#${path}`;
}

/** Opens `path` (a hash route) in `page`, in its area's app, and waits for its heading. */
export async function go(page, path) {
  await page.goto(urlFor(new URL(page.url()).origin, path));
  await page.locator('main h1').first().waitFor();
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server and the browser; call `stop()` in `after`. */
/** The origin the app is served from (a test may serve other pages beside it). */
let appOrigin;

export async function startApp() {
  const server = await serve(process.env.KOOLIABI_DIST ?? 'dist', 0);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  appOrigin = baseUrl;
  // Playwright gives each launch a fresh, empty profile directory.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return {
    baseUrl,
    browser,
    /** The static server; `server.serveFrom(dir)` swaps what it serves. */
    server,
    /** A fresh context (own storage) with tracking; see `openPage`. */
    newContext: (opts = {}) => newContext(browser, baseUrl, opts),
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * `today` ('YYYY-MM-DD') pins the app's date and `panicRoute` enables
 * `#/debug/panic`, through `window.kooliabiTest` (see crates/web/src/test_hooks.rs).
 * `alsoAllow` lists other loopback origins a test serves itself (a school's
 * page embedding widgets); requests anywhere else are still aborted.
 */
async function newContext(browser, baseUrl, { viewport = PHONE, today, panicRoute, alsoAllow = [], ...opts } = {}) {
  const context = await browser.newContext({ viewport, ...opts });
  if (today || panicRoute) {
    await context.addInitScript((hooks) => { window.kooliabiTest = hooks; }, { today, panicRoute });
  }
  const origins = [new URL(baseUrl).origin, ...alsoAllow.map((o) => new URL(o).origin)];
  const foreignRequests = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (origins.includes(url.origin) || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    foreignRequests.push(url.href);
    return route.abort();
  });
  const consoleErrors = [];
  const track = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
  };
  context.on('page', track);
  return {
    context,
    consoleErrors,
    foreignRequests,
    /** Opens `path` (a hash route like '/points') and waits for its heading. */
    async open(path = '/', { viewport: vp } = {}) {
      const page = await context.newPage();
      if (vp) await page.setViewportSize(vp);
      await page.goto(urlFor(baseUrl, path));
      await page.locator('main h1').first().waitFor();
      return page;
    },
    /** No console errors and no request to any other host so far. */
    assertClean() {
      assert.deepEqual(consoleErrors, [], 'console errors');
      assert.deepEqual(foreignRequests, [], 'requests to other hosts');
    },
    close: () => context.close(),
  };
}

/**
 * Waits until the service worker serves this page, as it does on every
 * visit after the first.
 */
export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/**
 * Serious and critical axe violations on the page as it is now, and every
 * element of it (and of the app's frames in it) styled differently than all
 * of static/css/ would style it: a page loads only the sheets
 * scripts/stylesheets.mjs lists for it, and this is where a missing one shows.
 */
export async function seriousViolations(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const axe = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  return [...axe, ...await unstyled(page)];
}

/**
 * Elements whose computed style (and that of their ::before and ::after)
 * changes when the page's own stylesheets are swapped for every sheet of
 * static/css/, in each frame of the app's origin (the page itself, or the
 * widgets a school's page embeds).
 */
async function unstyled(page) {
  const found = [];
  for (const frame of page.frames()) {
    if (!frame.url().startsWith(`${appOrigin}/`)) continue;
    const widget = new URL(frame.url()).pathname.startsWith('/embed/');
    found.push(...await frame.evaluate((css) => {
      const snapshot = () => [...document.querySelectorAll('*')].map((el) => {
        let style = '';
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          for (let i = 0; i < s.length; i++) style += `${s[i]}:${s.getPropertyValue(s[i])};`;
        }
        return style;
      });
      const own = snapshot();
      // A constructed sheet: the page's CSP (style-src 'self') does not apply.
      const every = new CSSStyleSheet();
      every.replaceSync(css);
      const links = [...document.styleSheets];
      for (const sheet of links) sheet.disabled = true;
      document.adoptedStyleSheets = [every];
      const all = snapshot();
      document.adoptedStyleSheets = [];
      for (const sheet of links) sheet.disabled = false;
      const els = [...document.querySelectorAll('*')];
      return own.flatMap((style, i) => {
        if (style === all[i]) return [];
        const el = els[i];
        const a = style.split(';');
        const b = all[i].split(';');
        const at = a.findIndex((decl, j) => decl !== b[j]);
        return [`unstyled: ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} has ${a[at]}, every sheet gives ${b[at]} (${location.pathname})`];
      });
    }, everySheet(widget)));
  }
  return found;
}

/** Whether the page scrolls sideways (content clipped or too wide). */
export function overflowsHorizontally(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Interactive elements smaller than 44×44 CSS px (inline text links excepted, as WCAG 2.5.8 does). */
export function smallTargets(page) {
  return page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, summary, nav a, .tool-card__link, [role="button"]')]
    .filter((el) => el.offsetParent !== null && el.type !== 'hidden')
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ el, r }) => {
      // A checkbox or radio counts by its label row, and a visually hidden
      // file input by its button-like label: those are the real targets.
      const row = (el.type === 'checkbox' || el.type === 'radio') ? el.closest('.checkbox, .radio, label')
        : el.classList.contains('visually-hidden') ? document.querySelector(`label[for="${el.id}"]`) : null;
      const rr = row ? row.getBoundingClientRect() : r;
      return rr.height < 44 || rr.width < 44;
    })
    .map(({ el, r }) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${Math.round(r.width)}×${Math.round(r.height)}`));
}
