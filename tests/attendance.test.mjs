// Attendance and lateness at 360×740: the 5- and 15-minute boundaries of
// each source (001 6.1.6, 003 IV 1) and the absence thresholds of 001
// 6.1.8–6.1.10, each with its clause.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, seriousViolations, overflowsHorizontally } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('lateness is marked at each source\'s boundaries: 001 late after 5, absent after 15 minutes; 003 absent only when unjustified', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/attendance');
  const mark = page.locator('output#late-mark');
  const minutes = page.getByLabel('Mitu minutit hiljem tundi jõudis?');
  // (minutes, expected start of the mark) under 001, the default.
  for (const [m, text] of [
    ['5', 'Hilinejaks ei märgita: hilinejaks märgitakse üle 5 minuti (001 6.1.6).'],
    ['6', '„H” – hilinemine: üle 5 minuti, kuid mitte üle 15 (001 4.7.5, 6.1.6).'],
    ['15', '„H” – hilinemine'],
    ['16', 'Puudujaks: tunnist puudutud üle 15 minuti (001 6.1.6).'],
  ]) {
    await minutes.fill(m);
    await mark.getByText(text).waitFor();
  }
  await page.getByLabel('Hilinemine on põhjendatud').check();
  await mark.getByText('Hilinejaks ei märgita: põhjendatud hilinemise kohta on teatis (001 6.1.6).').waitFor();
  await page.getByLabel('Kelle reeglid kehtivad?').selectOption({ label: 'Põhikool (003 kodukord)' });
  await mark.getByText('Hilinemine. Tunnist puudumiseks loetakse ainult põhjendamata hilinemine üle 15 minuti (003 IV 1)').waitFor();
  await page.getByLabel('Hilinemine on põhjendatud').uncheck();
  await mark.getByText('Tunnist puudumine: põhjendamata hilinemine üle 15 minuti (003 IV 1).').waitFor();
  await minutes.fill('15');
  await mark.getByText('Hilinemine.').waitFor();
  await minutes.fill('viis');
  await page.locator('#late-minutes-error', { hasText: 'Sisesta täisarv 0 või rohkem.' }).waitFor();
  assert.equal(await minutes.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('absences: the parent of a minor, the study director at 20, a reprimand over 20 and removal over 100 lessons, each with its clause', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/attendance');
  const standing = page.locator('output#standing');
  const unexcused = page.getByLabel('Põhjuseta puudutud õppetunde');
  const noReason = page.getByLabel('Neist tunde, mille põhjustest keegi pole teada andnud');
  await unexcused.fill('19');
  await standing.getByText('Reeglitest ei järgne veel midagi.').waitFor();
  await page.getByLabel('Õpilane on alaealine').check();
  await standing.getByText('Õppegrupi juhendaja teavitab lapsevanemat põhjuseta puudumistest. (001 6.1.8)').waitFor();
  assert.equal(await standing.locator('li').count(), 1);
  await unexcused.fill('20');
  await standing.getByText('(001 6.1.9)').waitFor();
  assert.equal(await standing.getByText('(001 6.1.10.1)').count(), 0, '20 is not over 20');
  await unexcused.fill('21');
  await standing.getByText('võimalik direktori käskkirjaline noomitus').waitFor();
  await standing.getByText('(001 6.1.10.1)').waitFor();
  await noReason.fill('100');
  assert.equal(await standing.getByText('(001 6.1.10.3)').count(), 0, '100 is not over 100');
  await noReason.fill('101');
  await standing.getByText('(001 6.1.10.3)').waitFor();
  assert.equal(await standing.locator('li').count(), 4);
  await page.reload();
  await page.locator('output#standing li').first().waitFor();
  assert.equal(await page.getByLabel('Neist tunde, mille põhjustest keegi pole teada andnud').inputValue(), '101', 'inputs persist');
  await page.getByRole('link', { name: 'Ava tähtaegade kalkulaator' }).click();
  await page.locator('main h1', { hasText: 'Tähtaegade kalkulaator' }).waitFor();
  ctx.assertClean();
  await ctx.close();
});

test('attendance in Russian fits 360 px and names the same clauses', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/attendance');
  await page.getByRole('button', { name: 'русский' }).click();
  await page.getByLabel('На сколько минут опоздал(а)?').fill('16');
  await page.locator('output#late-mark').getByText('(001 6.1.6)').waitFor();
  assert.equal(await overflowsHorizontally(page), false);
  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});
