// Vocational and upper secondary checkers at 360×740: modules (average,
// honours, transfer, debts, export/import, bad input), recognition, courses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, seriousViolations, overflowsHorizontally } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

async function module(page, i, name, ekap, result) {
  if (i > 0) await page.getByRole('button', { name: 'Lisa moodul' }).click();
  await page.locator(`#module-${i}-name`).fill(name);
  await page.locator(`#module-${i}-ekap`).fill(ekap);
  await page.locator(`#module-${i}-result`).selectOption(result);
}

test('modules: weighted average, honours conditions with what the rest needs, transfer share; export and import', async () => {
  const ctx = await app.newContext({ acceptDownloads: true });
  const page = await ctx.open('/modules');
  await module(page, 0, 'Keevitus', '15', '5');
  await module(page, 1, 'Joonestamine', '15', '4');
  await module(page, 2, 'Praktika', '30', '');
  await module(page, 3, 'Kehaline', '3', 'A');
  const out = page.locator('output#modules-summary');
  await out.locator('#weighted-average', { hasText: '4,50' }).waitFor();
  await out.getByText('Ülejäänud 30 EKAP-is on vaja keskmist 4,70').waitFor();
  await out.getByText('Täitmata 30 EKAP-i 63-st ehk 47,6 %.').waitFor();
  await out.getByText('Üle 20 %').waitFor();
  await page.locator('#module-2-result').selectOption('5');
  await out.locator('#weighted-average', { hasText: '4,75' }).waitFor();
  await page.getByLabel('Eriala lõpueksam').selectOption({ label: 'eristav, hinne 5' });
  assert.equal(await out.locator('.cond--met').count(), 4, 'all four honours conditions met');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspordi faili (.json)' }).click()]);
  const file = await download.path();
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).kind, 'modules');
  await page.locator('#module-0-name').fill('Muudetud');
  await page.locator('#modules-import').setInputFiles(file);
  await page.locator('#import-note', { hasText: 'Fail on imporditud.' }).waitFor();
  assert.equal(await page.locator('#module-0-name').inputValue(), 'Keevitus');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('modules: bad EKAP, an X without a date and bad files get clear messages and nothing is lost', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/modules');
  await module(page, 0, 'Keevitus', '0', '5');
  await page.locator('#module-0-ekap-error', { hasText: 'suurem kui 0' }).waitFor();
  await page.locator('#module-0-ekap').fill('-3');
  await page.locator('#module-0-ekap-error', { hasText: 'suurem kui 0' }).waitFor();
  await page.locator('#module-0-ekap').fill('kuus');
  await page.locator('#module-0-ekap-error', { hasText: 'peab olema arv' }).waitFor();
  await page.locator('#module-0-ekap').fill('999');
  await page.locator('#module-0-ekap-error', { hasText: 'kuni 180 EKAP' }).waitFor();
  await page.locator('#module-0-ekap').fill('6');
  await page.locator('#module-0-result').selectOption('X');
  await page.getByText('Märgi, mis kuupäeval „X” pandi.').waitFor();
  await page.locator('#module-0-date').fill('2026-11-20');
  await page.locator('output#modules-summary').getByText('„X” muutub hindeks „2” 04.12.2026').waitFor();
  const dir = mkdtempSync(join(tmpdir(), 'kooliabi-import-'));
  const cases = [
    ['broken.json', '{"app":"kooliabi",', 'Fail on vigane (rida 1'],
    ['other.json', '{"hello":"world"}', 'See ei ole Kooliabi fail.'],
    ['courses.json', '{"app":"kooliabi","kind":"courses","version":1,"data":{}}', 'teise tööriista jaoks'],
    ['damaged.json', '{"app":"kooliabi","kind":"modules","version":1,"data":{"exam":5}}', 'Faili sisu on vigane.'],
    ['binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x81]), 'Faili ei saanud tekstina lugeda'],
    ['huge.json', 'x'.repeat(1_100_000), 'Fail on liiga suur'],
  ];
  for (const [name, body, message] of cases) {
    const path = join(dir, name);
    writeFileSync(path, body);
    await page.locator('#modules-import').setInputFiles(path);
    await page.locator('#import-note', { hasText: message }).waitFor();
    assert.match(await page.locator('#import-note').textContent(), /Sinu praegused andmed jäid muutmata/, name);
    assert.equal(await page.locator('#module-0-name').inputValue(), 'Keevitus', `${name} changed nothing`);
  }
  ctx.assertClean();
  await ctx.close();
});

test('recognise an earlier grade: scale mapping with the method shown, and the 60 % rule at its boundary', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/recognise');
  await page.getByLabel('Hinne', { exact: true }).fill('8');
  const out = page.locator('output#recognition');
  await out.getByText('„4” — vaste').waitFor();
  await page.getByLabel('Üldhariduslik õppeaine').check();
  await page.getByLabel('Läbitud osa õppekava mahust (%)').fill('59');
  await out.getByText('Alla 60 % mahust').waitFor();
  await page.getByLabel('Läbitud osa õppekava mahust (%)').fill('60');
  await out.getByText('„4” — vaste').waitFor();
  await page.getByLabel('Madalaim positiivne hinne').fill('11');
  await page.getByText('madalaim < positiivne lävend ≤ kõrgeim').waitFor();
  await page.getByLabel('Kuidas varasem hinne anti?').selectOption('other');
  await out.getByText('„A” (arvestatud)').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('courses: graduation conditions list what is missing, e.g. two more physics courses', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/courses');
  await page.getByLabel('füüsika (vaja 5)').fill('3');
  await page.getByLabel('Kursusi kokku (kohustuslikud ja valikud)').fill('90');
  await page.getByLabel('Kooliastmehinded').fill('5 4 2 A x');
  const out = page.locator('output#courses-summary');
  await out.getByText('füüsika: 3/5 — veel 2 kursust').waitFor();
  await out.getByText('on 90, puudu 6').waitFor();
  await page.locator('#stage-grades-error', { hasText: '„x” ei ole hinne' }).waitFor();
  await page.getByLabel('Lai matemaatika (14 kursust)').check();
  await page.getByLabel('matemaatika (vaja 14)').fill('14');
  await out.getByText('matemaatika: 14/14').waitFor();
  await page.getByLabel('füüsika (vaja 5)').fill('500');
  await page.locator('#courses-physics-error', { hasText: '0 kuni 200' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});
