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
  const ctx = await app.newContext({ today: '2026-11-24' });
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
  // 001 4.6.4.8: two weeks end on Friday 4 December, the last day to make it up; a "2" from the 5th.
  await page.locator('output#modules-summary').getByText('„X” muutub hindeks „2” 05.12.2026').waitFor();
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

/** A fresh context pinned to `today` with one module recorded on 20 November 2026. */
async function moduleOn(today, symbol) {
  const ctx = await app.newContext({ today });
  const page = await ctx.open('/modules');
  await module(page, 0, 'Keevitus', '6', symbol);
  await page.locator('#module-0-date').fill('2026-11-20');
  return { ctx, page, out: page.locator('output#modules-summary') };
}

test('modules: an X can be made up through its last day (D+14) and is a "2" from the next; it is a debt from the day it was recorded', async () => {
  {
    const { ctx, page, out } = await moduleOn('2026-12-04', 'X');
    await out.getByText('Keevitus: „X” muutub hindeks „2” 05.12.2026').waitFor();
    await out.locator('#open-debts').getByText('Keevitus: tekkis 20.11.2026, reede').waitFor();
    assert.equal(await out.getByText('aegunud').count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
    ctx.assertClean();
    await ctx.close();
  }
  {
    const { ctx, out } = await moduleOn('2026-12-05', 'X');
    await out.locator('#open-debts').getByText('likvideerida hiljemalt 11.12.2026, reede').waitFor();
    assert.equal(await out.getByText('muutub hindeks „2”').count(), 0, 'the X has turned into a "2"');
    ctx.assertClean();
    await ctx.close();
  }
});

test('modules: a debt is cleared by D+21 and "expired" from D+22, the day the warning names', async () => {
  {
    const { ctx, out } = await moduleOn('2026-12-11', '2');
    await out.locator('#open-debts').getByText('likvideerida hiljemalt 11.12.2026, reede.').waitFor();
    assert.equal(await out.getByText('aegunud').count(), 0, 'the last day is still in time');
    ctx.assertClean();
    await ctx.close();
  }
  {
    const { ctx, out } = await moduleOn('2026-12-12', '2');
    await out.getByText('Keevitus: võlgnevus on „aegunud” alates 12.12.2026 (001 6.2.2).').waitFor();
    await out.locator('#open-debts').getByText('likvideerida hiljemalt 11.12.2026, reede — aegunud.').waitFor();
    ctx.assertClean();
    await ctx.close();
  }
});

test('modules: the 4,6 reading (exact or rounded) and the 6.8.5 half-year check are settings the result names', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/modules');
  await module(page, 0, 'Keevitus', '11', '5');
  await module(page, 1, 'Joonestamine', '9', '4');
  const out = page.locator('output#modules-summary');
  await out.locator('#weighted-average', { hasText: '4,55' }).waitFor();
  const average = out.locator('li.cond', { hasText: 'kaalutud keskmine' });
  await average.getByText('kaalutud keskmine vähemalt 4,6 (täpne keskmine)').waitFor();
  assert.match(await average.getAttribute('class'), /cond--notmet/, '4.55 is under 4.6 exactly');
  await page.getByText('Seaded, mida 001 lahtiseks jätab').click();
  await page.getByLabel('Kiitusega lõpetamise keskmise piir').selectOption({ label: 'Keskmine ümardatakse enne ühe komakohani' });
  await average.getByText('(ühe komakohani ümardatult)').waitFor();
  assert.match(await average.getAttribute('class'), /cond--met/, '4.55 rounds to 4.6');
  // 001 6.8.5: unsatisfactory in half the assessed modules.
  await page.locator('#module-1-result').selectOption('2');
  await out.getByText('Seni mitterahuldav 1 moodulis 2-st hinnatust: pooled või rohkem. See on prognoos').waitFor();
  await page.getByLabel('Poolaasta on lõppenud').check();
  await out.getByText('Mitterahuldav 1 moodulis 2-st hinnatust: pooled või rohkem (001 6.8.5). See on alus, mitte otsus.').waitFor();
  await page.getByLabel('Poolaasta on lõppenud').uncheck();
  await out.getByText('See on prognoos').waitFor();
  await page.getByLabel('Mitterahuldavad pooltes moodulites').selectOption({ label: 'Hoiatada alles poolaasta lõppedes' });
  await out.getByText('See on prognoos').waitFor({ state: 'detached' });
  assert.equal(await out.getByText('6.8.5').count(), 0, 'no 6.8.5 warning during the half-year');
  await page.getByLabel('Poolaasta on lõppenud').check();
  await out.getByText('(001 6.8.5). See on alus, mitte otsus.').waitFor();
  await page.reload();
  await page.locator('output#modules-summary li.cond', { hasText: '(ühe komakohani ümardatult)' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});

test('recognise a vocational module: another level or a smaller volume needs a content assessment; the ten-year, first-month and one-month rules at their boundaries', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/recognise');
  await page.getByLabel('Hinne', { exact: true }).fill('8');
  const out = page.locator('output#recognition');
  await out.getByText('„4” — vaste').waitFor();
  await page.getByLabel('Läbitud osa õppekava mahust (%)').fill('99');
  await out.getByText('Moodul on läbitud väiksemas mahus: hinnet üle ei kanta').waitFor();
  await page.getByLabel('Moodul on läbitud samal õppetasemel').uncheck();
  await out.getByText('Moodul on läbitud teisel tasemel ja väiksemas mahus').waitFor();
  await page.getByLabel('Läbitud osa õppekava mahust (%)').fill('100');
  await out.getByText('Moodul on läbitud teisel tasemel: hinnet üle ei kanta').waitFor();
  await page.getByLabel('Moodul on läbitud samal õppetasemel').check();
  await out.getByText('„4” — vaste').waitFor();
  const dates = page.locator('output#rec-dates');
  await dates.getByText('Sisesta taotluse kuupäev.').waitFor();
  await page.getByLabel('Taotluse esitamise kuupäev').fill('2026-09-30');
  await dates.getByText('Taotlus vaadatakse läbi reeglina hiljemalt 30.10.2026 (001 Lisa 5 III 15).').waitFor();
  await page.getByLabel('Millal õpi- või töökogemus omandati').fill('2016-09-30');
  await dates.getByText('Kogemus on viimase 10 aasta piires (arvestatakse alates 30.09.2016').waitFor();
  await page.getByLabel('Millal õpi- või töökogemus omandati').fill('2016-09-29');
  await dates.getByText('Kogemus ei ole viimase 10 aasta piires').waitFor();
  await page.getByLabel('Õppeaasta alguskuupäev').fill('2026-09-01');
  await dates.getByText('Taotlus on esitatud õppeaasta esimese kuu jooksul (01.09.2026–30.09.2026').waitFor();
  await page.getByLabel('Taotluse esitamise kuupäev').fill('2026-10-01');
  await dates.getByText('Taotlus ei ole esitatud õppeaasta esimese kuu jooksul').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('courses: the study form sets the minimum load and PE (§ 11, § 13 (4), § 14, § 18 (5)); two language cases of § 9 are told apart', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/courses');
  const out = page.locator('output#courses-summary');
  await page.getByLabel('Kursusi kokku (kohustuslikud ja valikud)').fill('79');
  await out.getByText('õppekoormus vähemalt 96 kursust (on 79, puudu 17)').waitFor();
  await page.getByLabel('kehaline kasvatus (vaja 5)').waitFor();
  await page.getByLabel('Tervislikel põhjustel koduõppel viibitud õppeaastaid').selectOption('2');
  await out.getByText('õppekoormus vähemalt 80 kursust (on 79, puudu 1)').waitFor();
  await page.getByLabel('Kursusi kokku (kohustuslikud ja valikud)').fill('80');
  await out.getByText('õppekoormus vähemalt 80 kursust (on 80)').waitFor();
  await page.getByLabel('Õppevorm', { exact: true }).selectOption({ label: 'Mittestatsionaarne õpe (§ 14)' });
  await out.getByText('õppekoormus vähemalt 72 kursust (on 80)').waitFor();
  assert.equal(await page.getByLabel('kehaline kasvatus (vaja 5)').count(), 0, 'no PE in distance learning');
  await out.getByText('Uurimistöö või praktiline töö').waitFor();
  await page.getByLabel('Õppevorm', { exact: true }).selectOption({ label: 'Ekstern (§ 18 lg 5)' });
  await page.locator('#load-note', { hasText: 'tõlgendus' }).waitFor();
  assert.equal(await out.getByText('Uurimistöö või praktiline töö').count(), 0, 'no research work for an external student');
  await page.getByLabel('Õppevorm', { exact: true }).selectOption({ label: 'Statsionaarne õpe' });
  // § 9 (2) 1) for the student; § 9 (1) 1) keeps Estonian (6); § 8 2) one foreign language.
  await page.getByLabel('Omandasin põhihariduse eesti keelest erineva õppekeelega').check();
  await page.getByLabel('eesti keel teise keelena (vaja 9)').waitFor();
  await page.getByLabel('eesti keel (vaja 6)').waitFor();
  await page.getByLabel('võõrkeel (B2 või B1) (vaja 5)').waitFor();
  assert.equal(await page.getByLabel('B1-keel (vaja 5)').count(), 0);
  await page.getByLabel('Omandasin põhihariduse eesti keelest erineva õppekeelega').uncheck();
  // § 9 (1) 1): a school where Estonian is a second language has the language of instruction instead.
  await page.getByLabel('Kool, kus õppekava kohaselt õpitakse eesti keelt teise keelena').check();
  await page.getByLabel('õppekeel (vene või muu keel) (vaja 6)').waitFor();
  assert.equal(await page.getByLabel('eesti keel (vaja 6)').count(), 0);
  await page.getByLabel('eesti keel teise keelena (vaja 9)').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});
