// Date tools at 360×740: the deadline calculator (working days, holidays
// named, calendar days stated, .ics download parsed by ical.js) and bad dates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { startApp, seriousViolations } from './helpers.mjs';

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
