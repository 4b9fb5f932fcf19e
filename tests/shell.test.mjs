// The app shell: loading, every route at phone and desktop size, language
// switch, confidentiality (CSP, no foreign requests), accessibility, and the
// privacy page's data controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, ROUTES, PHONE, DESKTOP, seriousViolations, overflowsHorizontally, smallTargets, urlFor, go } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('home page loads in Estonian with every tool listed and no console errors', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'et');
  assert.equal(await page.locator('main h1').textContent(), 'Kooliabi');
  // The memo reader is reached from the questionnaires page, not a tool card.
  const links = await page.locator('.tool-card__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links.sort(), ROUTES.filter((r) => !['/', '/privacy', '/memo'].includes(r)).map((r) => urlFor('.', r)).sort());
  ctx.assertClean();
  await ctx.close();
});

test('the home page carries no tool code: its only .wasm is its own', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/');
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm')));
  assert.equal(wasm.length, 1);
  assert.match(wasm[0], /^\/home-et-[0-9a-f]+_bg\.wasm$/);
  ctx.assertClean();
  await ctx.close();
});

/** A page's build in each language, as its loader.js names them. */
async function builds(page, folder) {
  const loader = await (await page.request.get(`${folder}loader.js`)).text();
  return JSON.parse(loader.match(/const BUILDS = (\{[^\n]*\});/)[1]);
}

test('built-in questionnaire templates ship only with the areas that show questionnaires, each build in its own language only', async () => {
  const ctx = await app.newContext();
  const page = await ctx.context.newPage();
  // A question of the general template (compiled in as text, not JSON).
  const QUESTION = {
    et: 'Kas see on teie esimene arenguvestlus selles koolis?',
    en: 'Is this your first development conversation at this school?',
    ru: 'Это ваша первая беседа о развитии в этой школе?',
  };
  const found = {};
  for (const dir of ['', 'answer', 'questionnaires', 'memo', 'teacher', 'planner', 'grades', 'vocational', 'dates', 'privacy']) {
    const folder = dir ? `${app.baseUrl}/${dir}/` : `${app.baseUrl}/`;
    const files = await builds(page, folder);
    assert.deepEqual(Object.keys(files), ['et', 'en', 'ru'], dir);
    const inBuild = {};
    for (const [lang, file] of Object.entries(files)) {
      const bytes = await (await page.request.get(new URL(file, folder).href)).body();
      inBuild[lang] = Object.keys(QUESTION).filter((l) => bytes.includes(Buffer.from(QUESTION[l])));
    }
    // Either every build carries the question in its own language alone, or none carries it.
    const has = inBuild.et.length > 0;
    assert.deepEqual(inBuild, has ? { et: ['et'], en: ['en'], ru: ['ru'] } : { et: [], en: [], ru: [] }, dir);
    found[dir || 'home'] = has;
  }
  assert.deepEqual(found, { home: false, answer: true, questionnaires: true, memo: false, teacher: true, planner: false, grades: false, vocational: false, dates: false, privacy: false });
  await ctx.close();
});

test('an old #/… link on the home page lands on its tool in that tool\'s own app, query kept, no hop in history', async () => {
  const ctx = await app.newContext();
  const page = await ctx.context.newPage();
  for (const route of [...ROUTES.filter((r) => r !== '/'), '/answer?i=not-an-invitation', '/conversation/abc']) {
    await page.goto(`${app.baseUrl}/#${route}`);
    await page.waitForURL(urlFor(app.baseUrl, route));
    await page.locator('main h1').first().waitFor();
  }
  // Between areas too: the grades app hands the planner to the planner's app.
  await page.goto(urlFor(app.baseUrl, '/points'));
  await page.locator('main h1').first().waitFor();
  await page.goto(`${app.baseUrl}/grades/#/planner`);
  await page.waitForURL(urlFor(app.baseUrl, '/planner'));
  await page.goBack();
  await page.waitForURL(urlFor(app.baseUrl, '/points'));
  // The fragment's query travels with it: an invitation opened in another
  // area's app keeps its invitation.
  await page.goto(`${app.baseUrl}/grades/#/answer?i=not-an-invitation`);
  await page.waitForURL(urlFor(app.baseUrl, '/answer?i=not-an-invitation'));
  await page.locator('main h1').first().waitFor();
  // An unknown route in an area is "not found", with a way home.
  await page.goto(`${app.baseUrl}/grades/#/nope`);
  await page.getByRole('link', { name: 'Tagasi avalehele' }).waitFor();
  ctx.assertClean();
  await ctx.close();
});

for (const [name, viewport] of [['phone 360×740', PHONE], ['desktop 1280×800', DESKTOP]]) {
  test(`every route renders a heading without sideways scrolling at ${name}`, async () => {
    const ctx = await app.newContext({ viewport });
    for (const route of ROUTES) {
      const page = await ctx.open(route);
      assert.ok((await page.locator('main h1').first().textContent()).trim().length > 0, `${route} has a heading`);
      assert.equal(await overflowsHorizontally(page), false, `${route} fits ${name}`);
      await page.close();
    }
    ctx.assertClean();
    await ctx.close();
  });
}

test('every route reflows at 200 % zoom (640×400 CSS px) and keeps touch targets ≥ 44 px on a phone', async () => {
  const ctx = await app.newContext({ viewport: { width: 640, height: 400 } });
  for (const route of ROUTES) {
    const page = await ctx.open(route);
    assert.equal(await overflowsHorizontally(page), false, `${route} at 200 %`);
    await page.setViewportSize(PHONE);
    assert.deepEqual(await smallTargets(page), [], `${route} touch targets`);
    await page.close();
  }
  ctx.assertClean();
  await ctx.close();
});

test('axe finds no serious or critical violations on any route', async () => {
  const ctx = await app.newContext();
  for (const route of ROUTES) {
    const page = await ctx.open(route);
    assert.deepEqual(await seriousViolations(page), [], route);
    await page.close();
  }
  await ctx.close();
});

test('the language switch changes the visible text, the lang attribute, and survives a reload', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: /Points to grade/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.reload();
  await page.getByRole('link', { name: /Points to grade/ }).waitFor();
  await page.getByRole('button', { name: 'русский' }).click();
  await page.getByRole('link', { name: /Баллы в оценку/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
  assert.equal(await page.getByRole('button', { name: 'русский' }).getAttribute('aria-pressed'), 'true');
  ctx.assertClean();
  await ctx.close();
});

test('the served page carries the CSP, has no inline script and loads only its own origin', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "require-trusted-types-for 'script'"]) {
    assert.ok(csp.includes(part), `CSP has ${part}`);
  }
  assert.ok(!csp.includes('unsafe-inline'), 'no unsafe-inline');
  assert.ok(csp.split(';').map((d) => d.trim()).includes('trusted-types kooliabi-sw'), 'one Trusted Types policy, no duplicates');
  const inlineScripts = await page.locator('script:not([src])').count();
  assert.equal(inlineScripts, 0);
  // Trusted Types are enforced: markup can never be written into the page as a string.
  const sink = await page.evaluate(() => {
    try { document.createElement('div').innerHTML = '<img src=x>'; return 'written'; } catch (e) { return e.name; }
  });
  assert.equal(sink, 'TypeError');
  // The one policy the CSP names is taken by sw-register.js (it makes only
  // the address of sw.js); no script can create it again or any other.
  const policies = await page.evaluate(() => ['kooliabi-sw', 'another'].map((name) => {
    try { trustedTypes.createPolicy(name, { createHTML: (s) => s }); return 'created'; } catch (e) { return e.name; }
  }));
  assert.deepEqual(policies, ['TypeError', 'TypeError']);
  // The refused write above is reported on the console; nothing else may be.
  const refused = ctx.consoleErrors.filter((e) => /Trusted ?(Type|HTML)/i.test(e));
  assert.equal(refused.length, ctx.consoleErrors.length, ctx.consoleErrors.join('\n'));
  ctx.consoleErrors.splice(0);
  const foreign = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => e.name).filter((u) => new URL(u).origin !== location.origin));
  assert.deepEqual(foreign, []);
  ctx.assertClean();
  await ctx.close();
});

test('an unknown route says so and links home', async () => {
  const ctx = await app.newContext();
  const page = await ctx.context.newPage();
  await page.goto(`${app.baseUrl}/#/no-such-tool`);
  assert.match(await page.locator('main h1').textContent(), /Lehte ei leitud/);
  await page.getByRole('link', { name: 'Tagasi avalehele' }).click();
  await page.locator('.tool-card__link').first().waitFor();
  await ctx.close();
});

test('the privacy page lists what is stored and erases everything only after confirming', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.evaluate(() => localStorage.setItem('kooliabi:demo', '{"a":1}'));
  await go(page, '/privacy');
  await page.locator('code', { hasText: 'demo' }).waitFor();
  await page.getByRole('button', { name: 'Erase everything on this device' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.evaluate(() => localStorage.getItem('kooliabi:demo')), '{"a":1}', 'cancel keeps data');
  await page.getByRole('button', { name: 'Erase everything on this device' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await page.getByText('All data has been erased from this device.').waitFor();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kooliabi:')));
  assert.deepEqual(left, []);
  ctx.assertClean();
  await ctx.close();
});

test('shared-computer mode moves data to this tab only and it is gone once the tab closes', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/privacy');
  await page.evaluate(() => localStorage.setItem('kooliabi:demo', '"x"'));
  await page.getByLabel('Jagatud arvuti režiim').check();
  await page.getByText('Jagatud arvuti režiim on sees').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('kooliabi:demo')), null, 'left device storage');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('kooliabi:demo')), '"x"', 'kept for this tab');
  await page.close();
  const again = await ctx.open('/privacy');
  assert.equal(await again.getByLabel('Jagatud arvuti režiim').isChecked(), false);
  assert.equal(await again.evaluate(() => localStorage.getItem('kooliabi:demo') ?? sessionStorage.getItem('kooliabi:demo')), null);
  ctx.assertClean();
  await ctx.close();
});

test('with storage blocked the app still works and says a reload will lose data', async () => {
  const ctx = await app.newContext();
  await ctx.context.addInitScript(() => {
    const deny = () => { throw new DOMException('blocked', 'SecurityError'); };
    Storage.prototype.setItem = deny;
  });
  const page = await ctx.open('/points');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByText('does not let the app save data').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await ctx.close();
});

test('the server sends the headers the README asks a school host for', async () => {
  const ctx = await app.newContext();
  const page = await ctx.context.newPage();
  const response = await page.goto(`${app.baseUrl}/`);
  const h = response.headers();
  assert.match(h['content-security-policy'], /frame-ancestors 'none'/);
  assert.match(h['content-security-policy'], /require-trusted-types-for 'script'/);
  assert.equal(h['x-content-type-options'], 'nosniff');
  assert.equal(h['referrer-policy'], 'no-referrer');
  assert.equal(h['cache-control'], 'no-cache', 'index.html is always revalidated');
  await page.locator('main h1').first().waitFor(); // the app, and so its .wasm, has loaded
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((u) => u.endsWith('.wasm')));
  const wasmHeaders = (await page.request.get(wasm)).headers();
  assert.equal(wasmHeaders['cache-control'], 'public, max-age=31536000, immutable', 'hashed files are cached for good');
  assert.equal(wasmHeaders['content-type'], 'application/wasm');
  ctx.assertClean();
  await ctx.close();
});
