// Date tools at 360×740: the deadline calculator (working days, holidays
// named, calendar days stated, .ics download parsed by ical.js) and bad dates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { startApp, seriousViolations, overflowsHorizontally } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('a grade learned before Christmas: 10 working days, the skipped holidays named, and a valid .ics', async () => {
  const ctx = await app.newContext({ acceptDownloads: true });
  const page = await ctx.open('/deadlines');
  await page.getByLabel('Mis juhtus?').selectOption({ label: 'Sain hindest teada' });
  await page.getByLabel('Kuupäev').fill('2026-12-11');
  const out = page.locator('output#deadlines');
  await out.getByText('29.12.2026, teisipäev').waitFor();
  await out.getByText('002 8.6').waitFor();
  await out.getByText('10 tööpäeva').waitFor();
  await out.getByText('24.12.2026 jõululaupäev; 25.12.2026 esimene jõulupüha').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lisa kalendrisse (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'kooliabi-tahtajad.ics');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.includes('\r\n'), 'CRLF line ends');
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 1);
  assert.equal(events[0].summary, 'Hinde vaidlustamine direktorile');
  assert.equal(events[0].startDate.toString(), '2026-12-29');
  assert.ok(events[0].startDate.isDate, 'all-day event');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('a rule in days counts calendar days and says so; an academic debt gives two deadlines', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/deadlines');
  await page.getByLabel('Mis juhtus?').selectOption({ label: 'Tekkis õppevõlgnevus' });
  await page.getByLabel('Kuupäev').fill('2026-12-11');
  const out = page.locator('output#deadlines');
  await out.getByText('Lepi õpetajaga kokku järelvastamise aeg').waitFor();
  await out.getByText('01.01.2027, reede').waitFor();
  await out.getByText('21 kalendripäeva (reegel ütleb „päeva”').waitFor();
  await out.getByText('Tähtaeg langeb puhkepäevale').waitFor(); // 1 January is New Year's Day
  assert.equal(await out.locator('li.deadline').count(), 2);
  await page.reload();
  await page.locator('output#deadlines li.deadline').first().waitFor();
  assert.equal(await page.getByLabel('Kuupäev').inputValue(), '2026-12-11', 'inputs persist');
  ctx.assertClean();
  await ctx.close();
});

test('deadlines with long Russian labels still fit a 360 px screen', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/deadlines');
  await page.getByRole('button', { name: 'русский' }).click();
  await page.getByLabel('Что произошло?').selectOption({ label: 'Возникла академическая задолженность' });
  await page.getByLabel('Дата').fill('2026-12-11');
  await page.locator('output#deadlines').getByText('Пропущенные праздники').waitFor();
  assert.equal(await overflowsHorizontally(page), false);
  ctx.assertClean();
  await ctx.close();
});

test('a change of class teacher on 31 August clamps to the end of February and says so', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/deadlines');
  await page.getByLabel('Mis juhtus?').selectOption({ label: 'Klassijuhataja vahetus' });
  await page.getByLabel('Kuupäev').fill('2026-08-31');
  const out = page.locator('output#deadlines');
  await out.getByText('28.02.2027, pühapäev').waitFor();
  await out.getByText('kuu viimane päev').waitFor();
  ctx.assertClean();
  await ctx.close();
});

test('a date outside 1990–2100 gets a message at the field and the event choice stays', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/deadlines');
  await page.getByLabel('Mis juhtus?').selectOption({ label: 'Õppetööpäevikusse märgiti „X”' });
  await page.getByLabel('Kuupäev').fill('1989-05-01');
  await page.locator('#event-date-error', { hasText: 'aastatel 1990–2100' }).waitFor();
  assert.equal(await page.getByLabel('Kuupäev').getAttribute('aria-invalid'), 'true');
  await page.getByText('Vali sündmus ja kuupäev.').waitFor();
  assert.equal(await page.locator('#event option:checked').textContent(), 'Õppetööpäevikusse märgiti „X”');
  await page.getByLabel('Kuupäev').fill('2026-03-02');
  await page.locator('output#deadlines').getByText('16.03.2026, esmaspäev').waitFor();
  ctx.assertClean();
  await ctx.close();
});

/** yyyy-mm-dd of today + n days, in local time like the app. */
function inDays(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('plan three students from pasted names, see warnings, export a valid .ics and keep the plan across a reload', async () => {
  const ctx = await app.newContext({ acceptDownloads: true });
  const page = await ctx.open('/planner');
  await page.getByLabel('Õpilaste nimed').fill('Mari Maasikas\n\nJüri Juurikas\nAnn-Liis Õun\n');
  await page.getByRole('button', { name: 'Lisa plaani' }).click();
  await page.locator('#names-note', { hasText: 'Lisatud 3 õpilast. Tühje ridu vahele jäetud: 1.' }).waitFor();
  await page.locator('#student-0-conversation').fill(inDays(30));
  await page.locator('#student-1-conversation').fill(inDays(5));
  const rows = page.locator('.plan-table tbody tr');
  assert.equal(await rows.count(), 3);
  await rows.nth(1).getByText('Ettevalmistuseks jääb alla kahe nädala').waitFor();
  await rows.nth(2).getByText('Sel õppeaastal vestlust planeeritud ei ole').waitFor();
  // 30 days ahead is still this school year unless today is within 30 days of 31 August.
  const now = new Date();
  const yearEnd = new Date(now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear(), 7, 31);
  if (new Date(inDays(30)) <= yearEnd) {
    assert.equal((await rows.nth(0).locator('.warning').textContent()).trim(), '');
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspordi kalendrisse (.ics)' }).click(),
  ]);
  const cal = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 4, 'a conversation and a send-by reminder for each of the two planned students');
  const summaries = events.map((e) => e.summary).sort();
  assert.deepEqual(summaries, ['Arenguvestlus: Jüri Juurikas', 'Arenguvestlus: Mari Maasikas', 'Saada küsimustik: Jüri Juurikas', 'Saada küsimustik: Mari Maasikas']);
  const mari = events.find((e) => e.summary === 'Arenguvestlus: Mari Maasikas');
  assert.equal(mari.startDate.toString(), inDays(30));
  assert.equal(events.find((e) => e.summary === 'Saada küsimustik: Mari Maasikas').startDate.toString(), inDays(16));
  assert.equal(new Set(events.map((e) => e.uid)).size, 4, 'unique UIDs');
  await page.reload();
  await page.locator('.plan-table').waitFor();
  assert.equal(await page.locator('.plan-table tbody tr').count(), 3);
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('a planner date outside 1990–2100 is explained at its field and the rest of the plan stays', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/planner');
  await page.getByLabel('Õpilaste nimed').fill('Mari');
  await page.getByRole('button', { name: 'Lisa plaani' }).click();
  await page.locator('#student-0-arrived').fill('1985-09-01');
  await page.locator('#student-0-arrived-error', { hasText: 'aastatel 1990–2100' }).waitFor();
  assert.equal(await page.locator('.plan-table tbody tr').count(), 1);
  await page.getByRole('button', { name: 'Lisa plaani' }).click();
  await page.locator('#names-note', { hasText: 'Ühtegi nime ei leitud' }).waitFor();
  await page.getByRole('button', { name: 'Eemalda Mari' }).click();
  await page.getByText('Plaanis ei ole veel õpilasi.').waitFor();
  ctx.assertClean();
  await ctx.close();
});
