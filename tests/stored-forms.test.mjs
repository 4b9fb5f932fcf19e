// Forms saved by the previous release (before issue #11 added fields) still
// read: each page shows what was stored, applies the new settings' defaults,
// and nothing is moved aside as unreadable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, go } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

/** The shapes the previous release wrote, version 1 of each form. */
const PREVIOUS_RELEASE = {
  'kooliabi:grading:follows': { class: 7, curriculum: 'regular', behaviour: 'H', praise_lowest: 4, subjects: [{ name: 'Matemaatika', marks: '5 4', trimester: 2, year: null, exam: null }] },
  'kooliabi:grading:settings': { bounds: ['90', '75', '50', '20'], rounding: 'Exact', step: 'Half' },
  'kooliabi:vocational:modules': { exam: 'none', modules: [{ name: 'Keevitus', ekap: '6', symbol: '5', date: '' }] },
  'kooliabi:vocational:recognise': { how: 'scale', same_grade: '4', min: '1', max: '10', pass: '5', grade: '8', general: false, covered: '100' },
  'kooliabi:upper-secondary:courses': { choices: { extensive_maths: false, estonian_as_second_language: false }, courses: [['Physics', '3']], total: '90', stage: '', exams: ['NotYet', 'NotYet', 'NotYet', 'NotYet', 'NotYet'] },
  'kooliabi:calendar:planner': { teacher_changed: '', students: [{ name: 'Mari', conversation: '', arrived: '' }] },
};

test('forms stored by the previous release read with the new fields at their defaults', async () => {
  const ctx = await app.newContext({ today: '2026-11-24' });
  await ctx.context.addInitScript((forms) => {
    if (location.protocol !== 'http:' || sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, data] of Object.entries(forms)) localStorage.setItem(key, JSON.stringify({ v: 1, data }));
  }, PREVIOUS_RELEASE);
  const page = await ctx.open('/follows');
  assert.equal(await page.locator('#subject-0-trimester option:checked').textContent(), '2 — puudulik');
  assert.equal(await page.locator('#subject-0-stage option:checked').textContent(), '— pole sisestatud —');
  assert.equal(await page.getByLabel('See on õppeaasta viimane trimester').isChecked(), false);
  await page.locator('output#findings').getByText('lapsevanem kutsutakse kooli').waitFor();
  assert.equal(await page.getByLabel('Lõpueksamite arv').inputValue(), '3');
  await go(page, '/points');
  await page.getByText('Skaala: üldhariduskool').waitFor();
  await go(page, '/modules');
  await page.locator('#weighted-average', { hasText: '5,00' }).waitFor();
  await page.getByText('kaalutud keskmine vähemalt 4,6 (täpne keskmine)').waitFor();
  await go(page, '/recognise');
  await page.locator('output#recognition').getByText('„4” — vaste').waitFor();
  assert.equal(await page.getByLabel('Moodul on läbitud samal õppetasemel').isChecked(), true);
  await go(page, '/courses');
  assert.equal(await page.getByLabel('füüsika (vaja 5)').inputValue(), '3');
  await page.locator('output#courses-summary').getByText('õppekoormus vähemalt 96 kursust (on 90, puudu 6)').waitFor();
  assert.equal(await page.locator('#study-form option:checked').textContent(), 'Statsionaarne õpe');
  await go(page, '/planner');
  assert.equal(await page.locator('.plan-table tbody tr').count(), 1);
  await page.getByText('Tähtajad nagu 000 11.1–11.2').first().waitFor({ state: 'attached' });
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys.filter((k) => k.includes('unreadable')), [], 'nothing was moved aside');
  ctx.assertClean();
  await ctx.close();
});
