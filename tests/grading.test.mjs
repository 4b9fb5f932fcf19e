// Grade calculators at 360×740: points to grade (with deep links and band
// settings), a whole class (30 rows, two bad), what follows, behaviour card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, seriousViolations, overflowsHorizontally } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

test('points to grade shows the grade, its meaning and the points table, and keeps inputs across a reload', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/points');
  await page.getByLabel('Maksimumpunktid').fill('37');
  await page.getByLabel('Saadud punktid').fill('33,5');
  const out = page.locator('output#grade-output');
  await out.getByText('väga hea').waitFor();
  assert.match(await out.textContent(), /^5väga hea90,5 % maksimumist/);
  const rows = await page.locator('.points-table tbody tr').allTextContents();
  assert.deepEqual(rows, ['5 — väga hea33,5 – 37', '4 — hea28 – 33', '3 — rahuldav18,5 – 27,5', '2 — puudulik7,5 – 18', '1 — nõrk0 – 7']);
  await page.getByLabel('Saadud punktid').fill('33');
  await out.getByText('hea', { exact: true }).waitFor();
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.getByLabel('Saadud punktid').inputValue(), '33');
  assert.match(await page.locator('output#grade-output').textContent(), /^4hea/);
  ctx.assertClean();
  await ctx.close();
});

test('bad points get a message at the field and nothing else is lost', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/points');
  await page.getByLabel('Maksimumpunktid').fill('20');
  await page.getByLabel('Saadud punktid').fill('25');
  await page.getByText('Punkte on rohkem kui maksimum.').waitFor();
  assert.equal(await page.getByLabel('Saadud punktid').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Saadud punktid').fill('kaks');
  await page.locator('#points-error', { hasText: 'See ei ole arv' }).waitFor();
  await page.getByLabel('Maksimumpunktid').fill('0');
  await page.locator('#max-error', { hasText: 'suurem kui 0' }).waitFor();
  assert.equal(await page.getByLabel('Saadud punktid').inputValue(), 'kaks', 'the other field keeps its text');
  ctx.assertClean();
  await ctx.close();
});

test('a deep link pre-fills max, points and bands; custom bands are named as the rule applied; reset restores the national default', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/points?max=40&points=36&b5=95&b4=80&b3=60&b2=30');
  const out = page.locator('output#grade-output');
  await out.getByText('hea', { exact: true }).waitFor(); // 90 % is a 4 when a 5 needs 95 %
  assert.equal(await page.getByLabel('Maksimumpunktid').inputValue(), '40');
  assert.equal(await page.getByLabel('Hinde 5 alampiir (%)').inputValue(), '95');
  await page.getByText('õpetaja teatatud piirid').waitFor();
  await page.getByRole('button', { name: 'Taasta riiklik vaikimisi' }).click();
  await out.getByText('väga hea').waitFor();
  await page.getByText('§ 17 lg 3 — 90 / 75 / 50 / 20 %').waitFor();
  ctx.assertClean();
  await ctx.close();
});

test('invalid bands are explained at the field; whole-percent rounding turns 89.5 % into a 5', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/points');
  await page.getByLabel('Maksimumpunktid').fill('200');
  await page.getByLabel('Saadud punktid').fill('179');
  const out = page.locator('output#grade-output');
  await out.getByText('hea', { exact: true }).waitFor();
  await page.getByText('Hindamise seaded').click();
  await page.getByLabel('ümarda enne täisprotsendiks').check();
  await out.getByText('väga hea').waitFor();
  await page.getByLabel('Hinde 4 alampiir (%)').fill('95');
  await page.locator('#band-5-error', { hasText: 'peab olema suurem kui hinde 4 piir' }).waitFor();
  assert.equal(await page.getByLabel('Saadud punktid').inputValue(), '179');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('a 30-row class list with two bad rows: 28 grades, both errors with line numbers, chart and copy as table', async () => {
  const ctx = await app.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await ctx.open('/class');
  const lines = [];
  for (let i = 1; i <= 30; i++) lines.push(`Õpilane ${i}\t${i === 7 ? 'puudus' : i === 19 ? '55' : String(i * 1.5).replace('.', ',')}`);
  await page.getByLabel('Maksimumpunktid').fill('45');
  await page.getByLabel('Klassi punktid').fill(lines.join('\n'));
  const summary = page.locator('output#class-summary');
  await summary.getByText('Hinne leitud: 28 rida. Ei saanud lugeda: 2 rida.').waitFor();
  const errors = await page.locator('.row-errors li').allTextContents();
  assert.deepEqual(errors, ['Rida 7: ei ole arv — puudus', 'Rida 19: üle maksimumi — 55']);
  assert.equal(await page.locator('.class-table tbody tr').count(), 30, 'every pasted row is shown');
  // Row i has 1.5·i of 45 points = 3.33·i %: 5 for i ≥ 27, 4 for 23–26,
  // 3 for 15–22 (not 19), 2 for 6–14 (not 7), 1 for 1–5.
  const dist = await page.locator('.distribution li').allTextContents();
  assert.deepEqual(dist, ['Hinne 5: 4', 'Hinne 4: 4', 'Hinne 3: 7', 'Hinne 2: 8', 'Hinne 1: 5']);
  assert.equal(await page.locator('svg.bar-chart rect').count(), 5);
  await page.getByRole('button', { name: 'Kopeeri tabelina' }).click();
  await page.getByText('Kopeeritud lõikelauale.').waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  const clipLines = clip.trim().split('\n');
  assert.equal(clipLines.length, 31);
  assert.equal(clipLines[0], 'Nimi\tPunktid\t%\tHinne');
  assert.equal(clipLines[3], 'Õpilane 3\t4,5\t10,0\t1');
  assert.equal(clipLines[7], 'Õpilane 7\tpuudus\t\t');
  assert.equal(clipLines[30], 'Õpilane 30\t45\t100,0\t5');
  await page.reload();
  await page.locator('output#class-summary').waitFor();
  assert.equal((await page.getByLabel('Klassi punktid').inputValue()).split('\n').length, 30, 'the paste survives a reload');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('what follows: weak grades lead to support, additional study and the repeat-year possibility with clauses; honours checked', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/follows');
  await page.getByLabel('Õppeaine', { exact: true }).fill('Matemaatika');
  await page.getByLabel('Jooksvad hinded').fill('5 2 X 2/4*');
  await page.getByLabel('Trimestrihinne').selectOption('2');
  await page.getByLabel('Aastahinne', { exact: true }).selectOption('2');
  const findings = page.locator('output#findings');
  await findings.getByText('individuaalset õpiabiplaani või muud tugisüsteemi (002 8.1.4, 8.4)').waitFor();
  await findings.getByText('lapsevanem kutsutakse kooli').waitFor();
  await findings.getByText('täiendavale õppetööle').waitFor();
  await findings.getByText('asendatakse „X” hindega „1”').waitFor();
  for (const [i, name] of [[1, 'Keemia'], [2, 'Füüsika']]) {
    await page.getByRole('button', { name: 'Lisa õppeaine' }).click();
    await page.locator(`#subject-${i}-name`).fill(name);
    await page.locator(`#subject-${i}-year`).selectOption('1');
  }
  await findings.getByText('võib õppenõukogu põhjendatud otsusega erandjuhul jätta õpilase klassikursust kordama (002 8.7)').waitFor();
  await page.getByLabel('Õppekava').selectOption('simplified');
  await findings.getByText('lihtsustatud ja toimetuleku õppekava õpilasi klassikursust kordama ei jäeta').waitFor();
  await page.locator('#subject-0-marks').fill('5 7 abc');
  await page.locator('#subject-0-marks-error', { hasText: '2. hinne „7”' }).waitFor();
  // 003 IX 4 is decided only for a class 9 graduate; this is class 7.
  await page.locator('#honours').getByText('Kiitusega lõputunnistus on 9. klassi lõpetajale').waitFor();
  await page.getByRole('button', { name: 'Eemalda õppeaine Keemia' }).click();
  assert.equal(await page.locator('fieldset.subject').count(), 2);
  assert.equal(await page.locator('#subject-1-name').inputValue(), 'Füüsika');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('honours (003 IX 4): only in class 9, not yet known until every final exam grade is in, met at the boundary, with reasons', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/follows');
  const honours = page.locator('#honours');
  await page.getByLabel('Klass', { exact: true }).selectOption('9');
  await page.getByLabel('Käitumine').selectOption('H');
  for (const [i, name] of [[0, 'Eesti keel'], [1, 'Matemaatika'], [2, 'Ajalugu']]) {
    if (i > 0) await page.getByRole('button', { name: 'Lisa õppeaine' }).click();
    await page.locator(`#subject-${i}-name`).fill(name);
    await page.locator(`#subject-${i}-year`).selectOption('5');
  }
  await honours.getByText('Veel ei saa öelda').waitFor();
  await honours.getByText('sisestatud 0, vaja 3').waitFor();
  assert.equal(await honours.getByText('Tingimused on täidetud').count(), 0, 'all fives without exams are not "met"');
  await page.locator('#subject-0-exam').selectOption('5');
  await page.locator('#subject-1-exam').selectOption('5');
  await honours.getByText('sisestatud 2, vaja 3').waitFor();
  await page.locator('#subject-2-exam').selectOption('5');
  await honours.getByText('Tingimused on täidetud').waitFor();
  // The number of final exams is a setting; one more is needed now.
  await page.getByLabel('Lõpueksamite arv').selectOption('4');
  await honours.getByText('sisestatud 3, vaja 4').waitFor();
  await page.getByLabel('Lõpueksamite arv').selectOption('3');
  await honours.getByText('Tingimused on täidetud').waitFor();
  // A yearly grade left unset is not "missing" and not "met".
  await page.locator('#subject-1-year').selectOption({ label: 'Jäetud välja panemata' });
  await honours.getByText('Matemaatika: Aastahinne on jäetud välja panemata.').waitFor();
  await page.locator('#subject-1-year').selectOption({ label: '— pole sisestatud —' });
  await honours.getByText('Matemaatika: Aastahinne on sisestamata.').waitFor();
  // A failing condition is "not met" even while something else is unknown.
  await page.locator('#subject-2-exam').selectOption('4');
  await honours.getByText('Tingimused ei ole täidetud').waitFor();
  await page.getByLabel('Klass', { exact: true }).selectOption('8');
  await honours.getByText('Kiitusega lõputunnistus on 9. klassi lõpetajale').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('what follows tells "left unset" from "not entered", withholds the trimester grade after a failed last test except in the last trimester, and counts an unused resit as weak', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/follows');
  const findings = page.locator('output#findings');
  await page.locator('#subject-0-name').fill('Keemia');
  await findings.getByText('Sisestatud hinnetest ei järgne').waitFor();
  // 002 8.4: left unset → support plan; 8.1.4 invites the parent only for "puudulik"/"nõrk".
  await page.locator('#subject-0-trimester').selectOption({ label: 'Jäetud välja panemata' });
  await findings.getByText('Keemia: hinne „puudulik” või „nõrk”, samaväärne hinnang või välja panemata trimestrihinne').waitFor();
  assert.equal(await findings.getByText('lapsevanem kutsutakse kooli').count(), 0);
  assert.equal(await findings.getByText('hindele „nõrk” vastavaks').count(), 0, 'the resit was not declined');
  await page.getByLabel('Õpilane ei kasutanud võimalust järele vastata').check();
  await findings.getByText('Keemia: trimestrihinne on „puudulik”, „nõrk” või välja panemata ja õpilane ei kasutanud').waitFor();
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('#subject-0-trimester option:checked').textContent(), 'Jäetud välja panemata', 'left unset survives a reload');
  await page.locator('#subject-0-trimester').selectOption({ label: '— pole sisestatud —' });
  await findings.getByText('Sisestatud hinnetest ei järgne').waitFor();
  // 002 8.2.4: a failed test just before the trimester end withholds the trimester grade…
  await page.getByLabel('Vahetult enne trimestri lõppu tehtud kontrolltöö').selectOption('2');
  await findings.getByText('Keemia: vahetult enne trimestri lõppu tehtud kontrolltöö on „puudulik” või „nõrk” — trimestrihinnet välja ei panda').waitFor();
  await page.getByLabel('Vahetult enne trimestri lõppu tehtud kontrolltöö').selectOption('3');
  await findings.getByText('Sisestatud hinnetest ei järgne').waitFor();
  await page.getByLabel('Vahetult enne trimestri lõppu tehtud kontrolltöö').selectOption('1');
  await findings.getByText('trimestrihinnet välja ei panda').waitFor();
  // …except in the last trimester.
  await page.getByLabel('See on õppeaasta viimane trimester').check();
  await findings.getByText('Sisestatud hinnetest ei järgne').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('class 9: a failing stage or exam grade may lead to additional study after the exams; classes 1–3 read the verbal reference as the equivalent assessment', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/follows');
  const findings = page.locator('output#findings');
  await page.locator('#subject-0-name').fill('Füüsika');
  await page.getByLabel('Klass', { exact: true }).selectOption('9');
  await page.getByLabel('Kooliastmehinne').selectOption('2');
  await findings.getByText('Füüsika: kooliastmehinne „puudulik” või „nõrk” — 9. klassi õpilase võib pärast lõpueksameid jätta täiendavale õppetööle (002 8.4)').waitFor();
  await page.getByLabel('Kooliastmehinne').selectOption('3');
  await page.getByLabel('Lõpueksami hinne').selectOption('1');
  await findings.getByText('Füüsika: eksamihinne „puudulik” või „nõrk”').waitFor();
  await page.getByLabel('Klass', { exact: true }).selectOption('8');
  await findings.getByText('Sisestatud hinnetest ei järgne').waitFor();
  // Classes 1–3: the same rules follow from the verbal reference to a grade; the X rule does not.
  await page.getByLabel('Klass', { exact: true }).selectOption('2');
  await page.locator('#subject-0-marks').fill('X');
  await page.locator('#subject-0-trimester').selectOption('2');
  await page.locator('#subject-0-year').selectOption('1');
  await findings.getByText('1.–3. klassis antakse kirjeldavaid sõnalisi hinnanguid koos sõnalise viitega hindele').waitFor();
  await findings.getByText('lapsevanem kutsutakse kooli').waitFor();
  await findings.getByText('õpilane jäetakse täiendavale õppetööle').waitFor();
  assert.equal(await findings.getByText('asendatakse „X”').count(), 0, 'the X rule is for classes 4–9');
  assert.equal(await findings.getByText('Sisestatud hinnetest ei järgne').count(), 0);
  ctx.assertClean();
  await ctx.close();
});

test('points: a vocational school has no "1" (001 4.6.4.4) and the rule note says which scale applied', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/points');
  await page.getByLabel('Maksimumpunktid').fill('20');
  await page.getByLabel('Saadud punktid').fill('3');
  const out = page.locator('output#grade-output');
  await out.getByText('nõrk').waitFor();
  await page.getByText('Skaala: üldhariduskool').waitFor();
  await page.getByText('Hindamise seaded').click();
  await page.getByLabel('Kooli liik (hinneteskaala)').selectOption({ label: 'Kutseõppeasutus (5–2, hinnet „1” ei ole)' });
  await out.getByText('puudulik').waitFor();
  assert.match(await out.textContent(), /^2puudulik/);
  await page.getByText('Skaala: kutseõpe, hinded „5”–„2”').waitFor();
  await page.getByText('001 4.6.4.4').first().waitFor();
  await page.reload();
  await page.locator('output#grade-output').getByText('puudulik').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});

test('the behaviour and diligence card lists E, H, R and MR in every language', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/behaviour');
  assert.equal(await page.locator('.conduct-code').count(), 8);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Diligence', exact: true }).waitFor();
  await page.getByText('E — exemplary').first().waitFor();
  await page.getByRole('button', { name: 'русский' }).click();
  await page.getByText('MR — неудовлетворительное').first().waitFor();
  ctx.assertClean();
  await ctx.close();
});

test('a long class list shows every unreadable row at once and the full table on request', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/class');
  const lines = Array.from({ length: 150 }, (_, i) => (i === 120 ? 'x' : String(i % 20)));
  await page.getByLabel('Maksimumpunktid').fill('20');
  await page.getByLabel('Klassi punktid').fill(lines.join('\n'));
  await page.locator('output#class-summary').getByText('Hinne leitud: 149 rida').waitFor();
  assert.deepEqual(await page.locator('.row-errors li').allTextContents(), ['Rida 121: ei ole arv — x']);
  assert.equal(await page.locator('.class-table tbody tr').count(), 100);
  await page.getByRole('button', { name: /Näidatud on esimesed 100 rida 150-st/ }).click();
  assert.equal(await page.locator('.class-table tbody tr').count(), 150);
  ctx.assertClean();
  await ctx.close();
});
