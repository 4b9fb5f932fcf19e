// One language per load (#13): each page is built once per language and a
// load fetches the build of the language in use only; switching language
// loads the other build and keeps what is on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, go, seriousViolations, controlled } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

/** The .wasm files this page load fetched. */
const wasmFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm')));

// Once the worker serves a page (every visit after the first), the page's
// preload of its Estonian build is gone and only the build of the language
// in use is fetched: the switch tests below wait for it.
test('a first visit preloads the Estonian build and runs it (one download); once the worker serves the page, a device in English fetches no Estonian build', async () => {
  const ctx = await app.newContext();
  const page = await ctx.context.newPage();
  const requested = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) requested.push(new URL(r.url()).pathname); });
  await page.goto(`${app.baseUrl}/answer/#/questionnaire/none`);
  await page.locator('main h1').first().waitFor();
  // The preload in the page and the loader's fetch are one request.
  assert.equal(await page.locator('link[rel="preload"][data-build]').getAttribute('href').then((h) => h.replace(/-[0-9a-f]{16}_bg/, '')), './answer-et.wasm');
  assert.deepEqual(requested.map((p) => p.replace(/-[0-9a-f]{16}_bg/, '')), ['/answer/answer-et.wasm']);
  await controlled(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('html[lang="en"]').waitFor();
  await page.locator('main h1').first().waitFor();
  assert.equal(await page.locator('link[rel="preload"][data-build]').count(), 0, 'the worker drops the preload');
  assert.deepEqual((await wasmFetched(page)).map((p) => p.replace(/-[0-9a-f]{16}_bg/, '')), ['/answer/answer-en.wasm']);
  // A widget's language is its host page's: no preload.
  await page.goto(`${app.baseUrl}/embed/points/?lang=ru`);
  await page.locator('main h1').first().waitFor();
  assert.equal(await page.locator('link[rel="preload"][href$=".wasm"]').count(), 0);
  ctx.assertClean();
  await ctx.close();
});

test('switching language mid-questionnaire loads that language\'s build only, with every answer and the section in place', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/questionnaires');
  assert.deepEqual((await wasmFetched(page)).map((p) => p.replace(/-[0-9a-f]{16}_bg/, '')), ['/questionnaires/questionnaires-et.wasm']);
  await page.getByLabel('Nimi, mille järgi selle ära tunned').fill('Mari');
  await page.getByRole('button', { name: 'Alusta' }).click();
  await page.locator('.q-step').waitFor();
  await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').fill('Matemaatika ja trenn');
  await page.getByRole('button', { name: 'Edasi' }).click();
  await page.getByRole('heading', { name: 'Eelmine periood' }).waitFor();
  await page.getByLabel('jah').check();
  await page.locator('#q-goals_reached-4').check();

  await controlled(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'The previous period' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#q-goals_reached-4').isChecked(), true);
  const en = await wasmFetched(page);
  assert.equal(en.length, 1, en.join(' '));
  assert.match(en[0], /^\/questionnaires\/questionnaires-en-[0-9a-f]{16}_bg\.wasm$/);
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(await page.getByLabel('What would you definitely like to talk about?').inputValue(), 'Matemaatika ja trenn');

  await page.getByRole('button', { name: 'русский' }).click();
  await page.getByLabel('О чём вы обязательно хотели бы поговорить?').waitFor();
  assert.equal(await page.getByLabel('О чём вы обязательно хотели бы поговорить?').inputValue(), 'Matemaatika ja trenn');
  assert.match((await wasmFetched(page)).join(' '), /^\/questionnaires\/questionnaires-ru-[0-9a-f]{16}_bg\.wasm$/);
  assert.equal(await page.getByRole('button', { name: 'русский' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});

test('the chosen language holds across areas: another area loads in its build of that language', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/points');
  await controlled(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Maximum points').waitFor();
  await page.getByLabel('Maximum points').fill('40');
  await go(page, '/privacy');
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.match((await wasmFetched(page)).join(' '), /^\/privacy\/privacy-en-[0-9a-f]{16}_bg\.wasm$/);
  await go(page, '/points');
  assert.equal(await page.getByLabel('Maximum points').inputValue(), '40');
  await page.getByRole('button', { name: 'eesti keel' }).click();
  await page.getByLabel('Maksimumpunktid').waitFor();
  assert.equal(await page.getByLabel('Maksimumpunktid').inputValue(), '40');
  ctx.assertClean();
  await ctx.close();
});

test('a widget loads the build of the language its page asks for, and falls back to Estonian on a bad value', async () => {
  const ctx = await app.newContext();
  const page = await ctx.context.newPage();
  await page.goto(`${app.baseUrl}/embed/points/?lang=ru`);
  await page.locator('main h1').first().waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
  assert.match((await wasmFetched(page)).join(' '), /^\/embed\/points\/embed_points-ru-[0-9a-f]{16}_bg\.wasm$/);
  await page.goto(`${app.baseUrl}/embed/points/?lang=EN`);
  await page.locator('main h1').first().waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'et');
  assert.match((await wasmFetched(page)).join(' '), /^\/embed\/points\/embed_points-et-[0-9a-f]{16}_bg\.wasm$/);
  await ctx.close();
});

test('with storage refused, the switch carries the language in the address, and asks first when typed data would be lost', async () => {
  const ctx = await app.newContext();
  await ctx.context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  const page = await ctx.open('/points');
  const asked = [];
  page.on('dialog', async (d) => { asked.push(d.type()); await (asked.length === 1 ? d.dismiss() : d.accept()); });
  await page.getByLabel('Maksimumpunktid').fill('40');
  // "Stay": the page, its language and what was typed are kept.
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(asked, ['beforeunload']);
  assert.equal(await page.getByLabel('Maksimumpunktid').inputValue(), '40');
  // "Leave": the English build, named in the address since nothing is stored.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Maximum points').waitFor();
  assert.deepEqual(asked, ['beforeunload', 'beforeunload']);
  assert.match(page.url(), /\/grades\/\?lang=en#\/points$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await ctx.close();
});

test('text typed but kept on screen only (names not yet added) makes the switch ask first; staying keeps it', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/planner');
  const asked = [];
  page.on('dialog', async (d) => { asked.push(d.type()); await (asked.length === 1 ? d.dismiss() : d.accept()); });
  // Nothing typed: the switch asks nothing.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel("Students' names").fill('Mari Maasikas\nJüri Juurikas');
  await page.getByRole('button', { name: 'eesti keel' }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(asked, ['beforeunload']);
  assert.equal(await page.getByLabel("Students' names").inputValue(), 'Mari Maasikas\nJüri Juurikas');
  // Emptied again: nothing to lose, nothing asked.
  await page.getByLabel("Students' names").fill('');
  await page.getByRole('button', { name: 'eesti keel' }).click();
  await page.getByLabel('Õpilaste nimed').waitFor();
  assert.deepEqual(asked, ['beforeunload']);
  ctx.assertClean();
  await ctx.close();
});
