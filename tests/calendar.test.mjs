// Date tools at 360×740: the deadline calculator (working days, holidays
// named, calendar days stated, .ics download parsed by ical.js) and bad dates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { startApp, seriousViolations, overflowsHorizontally, urlFor } from './helpers.mjs';

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

test('a rule in weeks ends on the same weekday and says so; an academic debt gives two deadlines', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/deadlines');
  await page.getByLabel('Mis juhtus?').selectOption({ label: 'Tekkis õppevõlgnevus' });
  await page.getByLabel('Kuupäev').fill('2026-12-11');
  const out = page.locator('output#deadlines');
  await out.getByText('Lepi õpetajaga kokku järelvastamise aeg').waitFor();
  await out.getByText('01.01.2027, reede').waitFor();
  await out.getByText('3 nädalat (reegel ütleb „nädala”), tähtaeg on sama nädalapäev').waitFor();
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

const warningsOf = async (row) => (await row.locator('.warning').textContent()).trim();

test('planner before the school-year change (today 20 August): 31 August is still this year, 1 September is not', async () => {
  const ctx = await app.newContext({ today: '2026-08-20' });
  const page = await ctx.open('/planner');
  await page.getByLabel('Õpilaste nimed').fill('Mari Maasikas\n\nJüri Juurikas\nAnn-Liis Õun\n');
  await page.getByRole('button', { name: 'Lisa plaani' }).click();
  await page.locator('#names-note', { hasText: 'Lisatud 3 õpilast. Tühje ridu vahele jäetud: 1.' }).waitFor();
  await page.locator('#student-0-conversation').fill('2026-08-31');
  await page.locator('#student-1-conversation').fill('2026-09-01');
  const rows = page.locator('.plan-table tbody tr');
  assert.equal(await rows.count(), 3);
  await rows.nth(0).getByText('31.08.2026 — õppeaasta lõpp (000 7.1)').waitFor();
  // 000 8.1: the questionnaire was due out on 17 August.
  assert.equal(await warningsOf(rows.nth(0)), 'Ettevalmistuseks jääb alla kahe nädala (000 8.1)');
  await rows.nth(1).getByText('Planeeritud hilisemaks kui lubatud').waitFor();
  await rows.nth(1).getByText('Sel õppeaastal vestlust planeeritud ei ole').waitFor();
  assert.equal(await warningsOf(rows.nth(2)), 'Sel õppeaastal vestlust planeeritud ei ole (000 7.1)');
  await page.getByText('Õppeaasta lõpeb 31. augustil').waitFor();
  ctx.assertClean();
  await ctx.close();
});

test('planner after the school-year change (today 1 September): a plan with fixed dates, its warnings, a valid .ics, kept across a reload', async () => {
  const ctx = await app.newContext({ acceptDownloads: true, today: '2026-09-01' });
  const page = await ctx.open('/planner');
  await page.getByLabel('Õpilaste nimed').fill('Mari Maasikas\n\nJüri Juurikas\nAnn-Liis Õun\n');
  await page.getByRole('button', { name: 'Lisa plaani' }).click();
  await page.locator('#student-0-conversation').fill('2026-09-30');
  await page.locator('#student-1-conversation').fill('2026-08-31');
  const rows = page.locator('.plan-table tbody tr');
  assert.equal(await warningsOf(rows.nth(0)), '', 'two weeks to prepare, in this school year');
  await rows.nth(0).getByText('31.08.2027 — õppeaasta lõpp (000 7.1)').waitFor();
  // 31 August belonged to the school year that has just ended.
  await rows.nth(1).getByText('Sel õppeaastal vestlust planeeritud ei ole').waitFor();
  await rows.nth(2).getByText('Sel õppeaastal vestlust planeeritud ei ole').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspordi kalendrisse (.ics)' }).click(),
  ]);
  const cal = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 4, 'a conversation and a send-by reminder for each of the two planned students');
  const summaries = events.map((e) => e.summary).sort();
  assert.deepEqual(summaries, ['Arenguvestlus: Jüri Juurikas', 'Arenguvestlus: Mari Maasikas', 'Saada küsimustik: Jüri Juurikas', 'Saada küsimustik: Mari Maasikas']);
  assert.equal(events.find((e) => e.summary === 'Arenguvestlus: Mari Maasikas').startDate.toString(), '2026-09-30');
  assert.equal(events.find((e) => e.summary === 'Saada küsimustik: Mari Maasikas').startDate.toString(), '2026-09-16');
  assert.equal(new Set(events.map((e) => e.uid)).size, 4, 'unique UIDs');
  await page.reload();
  await page.locator('.plan-table').waitFor();
  assert.equal(await page.locator('.plan-table tbody tr').count(), 3);
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  // A student's link opens the teacher's app with the invitation form filled in.
  await page.getByRole('link', { name: 'Kutsu lingiga: Mari Maasikas' }).click();
  await page.waitForURL(urlFor(app.baseUrl, '/conversations?student=Mari%20Maasikas&date=2026-09-30'));
  assert.equal(await page.getByLabel('Õpilase nimi').inputValue(), 'Mari Maasikas');
  assert.equal(await page.getByLabel('Vestluse kuupäev').inputValue(), '2026-09-30');
  ctx.assertClean();
  await ctx.close();
});

test('planner (000 11.2): a conversation before the class teacher changed does not count; the 7.2 window setting shows its earliest day', async () => {
  const ctx = await app.newContext({ today: '2026-10-01' });
  const page = await ctx.open('/planner');
  await page.getByLabel('Õpilaste nimed').fill('Mari');
  await page.getByRole('button', { name: 'Lisa plaani' }).click();
  await page.getByLabel('Klassijuhataja vahetus').fill('2026-09-15');
  const row = page.locator('.plan-table tbody tr').first();
  await row.getByText('15.03.2027 — uus klassijuhataja (000 11.2)').waitFor();
  await page.locator('#student-0-conversation').fill('2026-09-14');
  await row.getByText('Vestlus on enne vahetust').waitFor();
  await page.locator('#student-0-conversation').fill('2026-09-15');
  assert.equal(await warningsOf(row), '', 'the day of the change counts');
  await page.getByText('Seaded, mida allikad lahtiseks jätavad').click();
  await page.getByLabel('Vestlus õpilase või klassijuhataja vahetumisel').selectOption({ label: 'Ajavahemik pärast klassijuhataja vahetust' });
  await row.getByText('mitte enne 15.11.2026 (000 7.2)').waitFor();
  await row.getByText('Planeeritud enne, kui 000 7.2 ajavahemik').waitFor();
  await page.getByText('loetakse 000 7.2 ajavahemikuna').waitFor();
  await page.locator('#student-0-conversation').fill('2026-11-16');
  await row.getByText('mitte enne 15.11.2026').waitFor();
  assert.equal(await warningsOf(row), '');
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

test('new deadlines: a general-school absence gives the first and the third school day; a fixed day of the school year says it was not moved', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/deadlines');
  const out = page.locator('output#deadlines');
  await page.getByLabel('Mis juhtus?').selectOption({ label: 'Üldhariduskoolis: puudumise esimene päev' });
  await page.getByLabel('Kuupäev').fill('2026-12-11');
  await out.locator('li.deadline', { hasText: 'Vanem teavitab tugiõpetajat pikemaajalisest puudumisest' }).getByText('15.12.2026, teisipäev').waitFor();
  await out.getByText('3. õppepäev, sündmuse päev on esimene').waitFor();
  assert.equal(await out.locator('li.deadline').count(), 3);
  await page.getByLabel('Mis juhtus?').selectOption({ label: 'Soovin sel õppeaastal lõpetada eksternina' });
  await page.getByLabel('Kuupäev').fill('2027-03-01');
  const item = out.locator('li.deadline', { hasText: 'Kirjalik taotlus eksternina lõpetamiseks' });
  await item.getByText('01.11.2026, pühapäev').waitFor();
  await item.getByText('004 § 18 (5)').waitFor();
  await item.getByText('Tähtaeg langeb puhkepäevale').waitFor();
  await page.getByLabel('Mis juhtus?').selectOption({ label: 'Õppetööpäevikusse märgiti „X”' });
  await out.getByText('Viimane päev „X” järele teha; järgmisest päevast on see hinne „2”').waitFor();
  ctx.assertClean();
  await ctx.close();
});

test('the test schedule checker flags a late announcement, two tests a day and four a week, naming the tests', async () => {
  const ctx = await app.newContext({ today: '2026-11-24' });
  const page = await ctx.open('/test-schedule');
  const rows = [
    ['Matemaatika', '2026-12-07', '2026-11-30'],
    ['Füüsika', '2026-12-08', '2026-12-02'],
    ['Keemia', '2026-12-08', '2026-11-20'],
    ['Ajalugu', '2026-12-10', ''],
  ];
  for (const [i, [subject, date, announced]] of rows.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Lisa kontrolltöö' }).click();
    await page.locator(`#test-${i}-subject`).fill(subject);
    await page.locator(`#test-${i}-date`).fill(date);
    if (announced) await page.locator(`#test-${i}-announced`).fill(announced);
  }
  const out = page.locator('output#schedule-problems');
  await out.getByText('Füüsika 08.12.2026: teatati liiga hilja — oleks pidanud teatama hiljemalt 01.12.2026').waitFor();
  await out.getByText('08.12.2026, teisipäev: rohkem kui 1 kontrolltöö päevas — Füüsika 08.12.2026, Keemia 08.12.2026').waitFor();
  await out.getByText('Nädal alates 07.12.2026: rohkem kui 3 kontrolltööd').waitFor();
  assert.equal(await out.locator('li').count(), 3, 'Matemaatika was announced exactly a week ahead; Ajalugu still has time');
  await page.locator('#test-1-announced-hint', { hasText: 'Teatada hiljemalt 01.12.2026.' }).waitFor();
  await page.getByRole('button', { name: 'Eemalda kontrolltöö 3' }).click();
  await page.locator('#test-1-announced').fill('2026-12-01');
  await out.getByText('Graafik vastab 002 8.2.4 nõuetele.').waitFor();
  await page.reload();
  await page.locator('output#schedule-problems').getByText('Graafik vastab').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('an unannounced test past its last announcement day is flagged (today pinned to 4 December)', async () => {
  const ctx = await app.newContext({ today: '2026-12-04' });
  const page = await ctx.open('/test-schedule');
  await page.locator('#test-0-subject').fill('Ajalugu');
  await page.locator('#test-0-date').fill('2026-12-10');
  await page.locator('output#schedule-problems').getByText('Ajalugu 10.12.2026: pole veel teatatud ja viimane teatamise päev 03.12.2026 on möödas').waitFor();
  await page.locator('#test-0-date').fill('2026-12-11');
  await page.locator('output#schedule-problems').getByText('Graafik vastab').waitFor();
  ctx.assertClean();
  await ctx.close();
});
