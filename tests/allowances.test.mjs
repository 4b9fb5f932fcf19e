// Allowances at 360×740 (001 Lisa 11–13): who may apply for the basic
// allowance, the round's dates at their boundaries (the 10th of September),
// the day-off setting, the special allowance's month and the travel
// compensation at 6 cents a kilometre with each condition's clause.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, seriousViolations, overflowsHorizontally } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('basic allowance: nothing ticked bars it; the four conditions of Lisa 11 III 1 allow it; debts (III 2.2) bar it again', async () => {
  const ctx = await app.newContext({ today: '2026-09-01' });
  const page = await ctx.open('/allowances');
  const result = page.locator('output#basic-result');
  await result.getByText('Põhitoetust ei saa taotleda ega saada:').waitFor();
  assert.equal(await result.locator('li').count(), 4);
  await result.getByText('(001 Lisa 11 III 1 a)').waitFor();
  for (const label of [
    'Olen Eesti kodanik',
    'Õpin kutseõppe tasemeõppe õppekaval',
    'Õpin statsionaarses õppes',
    'Mu õppekava koolituskohad on moodustatud riikliku koolitustellimuse alusel',
  ]) {
    await page.getByLabel(label).check();
  }
  await result.getByText('Võid põhitoetust taotleda (001 Lisa 11 III 1).').waitFor();
  await page.getByLabel('Mul on õppevõlgnevusi').check();
  await result.getByText('õppevõlgnevustega õpilane ei saa toetust (001 Lisa 11 III 2.2)').waitFor();
  assert.equal(await result.locator('li').count(), 1);
  await page.getByLabel('Olen akadeemilisel puhkusel').check();
  await result.getByText('(001 Lisa 11 III 2.1; 6.7.8)').waitFor();
  await page.reload();
  await page.locator('output#basic-result li').first().waitFor();
  assert.equal(await page.getByLabel('Mul on õppevõlgnevusi').isChecked(), true, 'kept across a reload');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px');
  ctx.assertClean();
  await ctx.close();
});

test('the round on 10 September is still the autumn one, with the decision on a Saturday noted and moved by the setting', async () => {
  const ctx = await app.newContext({ today: '2026-09-10' });
  const page = await ctx.open('/allowances');
  const dates = page.locator('output#basic-dates');
  await dates.getByText('Taotlusvoor on praegu avatud.').waitFor();
  await page.getByText('september 2026 – jaanuar 2027').waitFor();
  assert.equal(await page.locator('#round-apply-by').textContent(), '10.09.2026, neljapäev');
  assert.equal(await page.locator('#round-decision-by').textContent(),
    '10.10.2026, laupäev — puhkepäev; allikas ei ütle, kas tähtaeg nihkub');
  const payments = page.locator('#round-payments li');
  assert.equal(await payments.count(), 5, 'five study months (III 5)');
  assert.equal(await payments.nth(0).textContent(),
    'september 2026: makstakse järgmisel kuul, hiljemalt 26.10.2026, esmaspäev (V 5)');
  assert.equal(await payments.nth(2).textContent(), 'november 2026: hiljemalt 26.11.2026, neljapäev');
  // Special allowance: this month, since the 10th has not passed (Lisa 12 3.4–3.5).
  const special = page.locator('output#special-dates');
  await page.getByText('Kuu, mille tähtajaks veel jõuad: september 2026').waitFor();
  await special.getByText('15.09.2026, teisipäev (001 Lisa 12 3.5)').waitFor();
  await special.getByText('26.09.2026, laupäev — puhkepäev').waitFor();
  // The setting the source leaves open.
  await page.locator('details.settings summary').click();
  await page.getByLabel('Kui tähtpäev on puhkepäev').selectOption({ label: 'eelmine tööpäev' });
  assert.equal(await page.locator('#round-decision-by').textContent(),
    '09.10.2026, reede (kirjas 10.10.2026, laupäev, puhkepäev: seade tõi eelmisele tööpäevale)');
  assert.match(await payments.nth(3).textContent(), /^detsember 2026: hiljemalt 23\.12\.2026, kolmapäev/);
  await special.getByText('Makse arveldusarvele 26. kuupäevaks: 25.09.2026, reede').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});

test('on 11 September the next round is February; a first-year student\'s is February too (Lisa 11 III 5)', async () => {
  const ctx = await app.newContext({ today: '2026-09-11' });
  const page = await ctx.open('/allowances');
  await page.getByText('veebruar 2027 – juuni 2027').waitFor();
  await page.locator('output#basic-dates').getByText('Taotlusvoor avaneb 01.02.2027.').waitFor();
  assert.equal(await page.locator('#round-apply-by').textContent(), '10.02.2027, kolmapäev');
  await page.getByText('Kuu, mille tähtajaks veel jõuad: oktoober 2026').waitFor();
  ctx.assertClean();
  await ctx.close();

  const first = await app.newContext({ today: '2026-09-01' });
  const p2 = await first.open('/allowances');
  await p2.getByText('september 2026 – jaanuar 2027').waitFor();
  await p2.getByLabel('Olen esmakursuslane').check();
  await p2.getByText('veebruar 2027 – juuni 2027').waitFor();
  first.assertClean();
  await first.close();
});

test('travel by car: each condition of Lisa 13 with its clause, then 6 cents a kilometre', async () => {
  const ctx = await app.newContext({ today: '2026-09-01' });
  const page = await ctx.open('/allowances');
  const result = page.locator('output#travel-result');
  await result.getByText('Sisesta ühe sõidu kilomeetrid ja sõitude arv.').waitFor();
  await page.getByLabel('Ühe sõidu kilomeetrid (edasi-tagasi)').fill('40');
  await page.getByLabel('Sõitude arv kuus').fill('20');
  await result.getByText('Nende tingimuste puudumisel hüvitist ei arvestata:').waitFor();
  await result.getByText('hüvitatakse ainult õppetöös 100% osalemise korral (001 Lisa 13 3.2)').waitFor();
  await result.getByText('(001 Lisa 13 2.3, 3.1)').waitFor();
  await page.getByLabel('Osalesin selle kuu õppetöös 100%').check();
  await page.getByLabel('Mul on selle kuu jooksul väljastatud kütusetšekid').check();
  await result.getByText('Hüvitis: 48,00 € (40 km × 20 sõitu × 6 senti, 001 Lisa 13 3.1).').waitFor();
  await page.getByLabel('Ühe sõidu kilomeetrid (edasi-tagasi)').fill('23,5');
  await page.getByLabel('Sõitude arv kuus').fill('3');
  await result.getByText('Hüvitis: 4,23 € (23,5 km × 3 sõitu × 6 senti').waitFor();
  await page.getByLabel('Millise kuu sõidud?').selectOption({ label: 'Avaldusele eelnev kuu' });
  await result.getByText('Hüvitis: 4,23 €').waitFor();
  await page.getByLabel('Millise kuu sõidud?').selectOption({ label: 'Varasem kuu' });
  await result.getByText('(001 Lisa 13 3.3)').waitFor();
  await page.getByLabel('Millise kuu sõidud?').selectOption({ label: 'Avalduse esitamise kuu' });
  await page.getByLabel('Miks sõidad kooli autoga?').selectOption({ label: 'Kumbki ei kehti' });
  await result.getByText('(001 Lisa 13 1.1–1.2)').waitFor();
  await page.getByLabel('Miks sõidad kooli autoga?').selectOption({ label: 'Raske või sügav liikumispuue, vajan eritransporti (1.2)' });
  await result.getByText('Hüvitis: 4,23 €').waitFor();
  await page.getByLabel('Mu rahvastikuregistrijärgne elukoht on kooliga samas asulas').check();
  await result.getByText('(001 Lisa 13 1)').waitFor();
  await page.getByLabel('Ühe sõidu kilomeetrid (edasi-tagasi)').fill('23,55');
  await page.locator('#trip-km-error', { hasText: 'kuni ühe komakohaga' }).waitFor();
  assert.equal(await page.getByLabel('Ühe sõidu kilomeetrid (edasi-tagasi)').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('bus fares: the trips each way of living gets (Lisa 14 2.2–2.4) and the month\'s report and payment dates (3.4–3.6)', async () => {
  const ctx = await app.newContext({ today: '2026-09-10' });
  const page = await ctx.open('/allowances');
  const trips = page.locator('output#bus-trips');
  await trips.getByText('Hüvitatakse edasi-tagasi sõite nädalas: 1; lisaks sõidud koju ja tagasi riigipühadeks ja koolivaheajaks (001 Lisa 14 2.2).').waitFor();
  await page.getByLabel('Kuidas sa kooli ja koju sõidad?').selectOption({ label: 'Elan õpilaskodus; 4. (v.a kutsekeskharidus) või 5. taseme kutseõpe' });
  await trips.getByText('edasi-tagasi sõite kuus: 2; lisaks').waitFor();
  await page.getByLabel('Kuidas sa kooli ja koju sõidad?').selectOption({ label: 'Sõidan iga õppepäev kooli ja koju' });
  await trips.getByText('Hüvitatakse edasi-tagasi sõite õppepäevas: 1 (001 Lisa 14 2.4).').waitFor();
  await page.getByText('Selle kuu sõidud (september 2026)').waitFor();
  const dates = page.locator('output#bus-dates li');
  assert.deepEqual(await dates.allTextContents(), [
    'Aruanne koos piletitega grupijuhendajale: 05.10.2026, esmaspäev (001 Lisa 14 3.4)',
    'Grupijuhendaja edastab kontrollitud aruande: 07.10.2026, kolmapäev (3.5)',
    'Makse arveldusarvele hiljemalt: 25.10.2026, pühapäev — puhkepäev; allikas ei ütle, kas tähtaeg nihkub (3.6)',
  ]);
  await page.locator('details.settings summary').click();
  await page.getByLabel('Kui tähtpäev on puhkepäev').selectOption({ label: 'eelmine tööpäev' });
  await page.locator('output#bus-dates').getByText('Makse arveldusarvele hiljemalt: 23.10.2026, reede (kirjas 25.10.2026, pühapäev').waitFor();
  await page.reload();
  await page.locator('output#bus-trips').getByText('(001 Lisa 14 2.4)').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false);
  ctx.assertClean();
  await ctx.close();
});

test('allowances in Russian and English fit 360 px and name the same clauses', async () => {
  const ctx = await app.newContext({ today: '2026-09-01' });
  const page = await ctx.open('/allowances');
  await page.getByRole('button', { name: 'русский' }).click();
  await page.locator('main h1', { hasText: 'Учебные пособия и компенсация проезда' }).waitFor();
  await page.locator('output#basic-result').getByText('(001 Lisa 11 III 1 a)').waitFor();
  await page.getByLabel('Километров за одну поездку (туда и обратно)').fill('10');
  await page.getByLabel('Поездок за месяц').fill('1');
  await page.getByLabel('Я участвовал(а) в учёбе этого месяца на 100%').check();
  await page.getByLabel('У меня есть чеки за топливо, выданные в этом месяце').check();
  await page.locator('output#travel-result').getByText('Компенсация: 0,60 €').waitFor();
  assert.equal(await overflowsHorizontally(page), false);
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('output#travel-result').getByText('Compensation: 0.60 € (10 km × 1 trips × 6 cents').waitFor();
  assert.equal(await overflowsHorizontally(page), false);
  ctx.assertClean();
  await ctx.close();
});
