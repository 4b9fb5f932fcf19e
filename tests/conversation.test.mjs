// The development conversation end to end (issue #10), with two separate
// browser contexts as two devices: the class teacher invites, a student
// answers on a 360×740 phone, the reply comes back sealed for the teacher's
// key by link or file and is filed under the student; failures are named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, seriousViolations, overflowsHorizontally, smallTargets, urlFor, DESKTOP } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const TODAY = '2026-11-24';
const PASSPHRASE = 'kolm pikka sõna siin';

async function noSerious(page, where) {
  assert.deepEqual(await seriousViolations(page), [], `axe: ${where}`);
}

/** The teacher makes an invitation on #/conversations; returns the link. */
async function invite(page, { student = 'Mari Maasikas', role } = {}) {
  if (role) await page.getByLabel('Kes vastab').selectOption({ label: role });
  await page.getByLabel('Õpilase nimi').fill(student);
  await page.getByLabel('Klass või rühm').fill('7.B');
  await page.getByLabel('Sinu nimi (klassijuhataja)').fill('Tiina Tamm');
  await page.getByLabel('Vestluse kuupäev').fill('2026-12-11');
  await page.getByRole('button', { name: 'Tee kutse link' }).click();
  const link = page.locator('#invite-link');
  await link.waitFor();
  await page.waitForFunction(() => document.querySelector('#invite-link').value.includes('#/answer?i='));
  return link.inputValue();
}

/** Opens an invitation link on a phone, answers some ratings, sends; returns the page. */
async function answer(ctx, link, ratings) {
  const page = await ctx.context.newPage();
  await page.goto(link);
  await page.getByRole('button', { name: /vastamist/ }).click();
  await page.locator('.q-step').waitFor();
  for (const [heading, question, value] of ratings) {
    while (!(await page.getByRole('heading', { name: heading }).isVisible())) {
      await page.getByRole('button', { name: 'Edasi' }).click();
    }
    await page.getByRole('group', { name: question }).getByLabel(String(value), { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Ülevaade' }).first().click();
  await page.getByRole('heading', { name: 'Saada klassijuhatajale' }).waitFor();
  await page.getByRole('button', { name: 'Krüpteeri ja saada klassijuhatajale' }).click();
  await page.locator('#sent').waitFor();
  return page;
}

const STUDENT_RATINGS = [
  ['Õppimine', /Kuidas sul õppimisega läheb/, 4],
  ['Motivatsioon', /Kui palju sul on tahtmist õppida/, 3],
  ['Sõbrad ja koolielu', /Kuidas sa klassikaaslastega läbi saad/, 5],
];
const PARENT_RATINGS = [['Õppimine', /Kuidas teie lapsel õppimisega läheb/, 2]];

test('teacher invites, the student answers on a phone, the reply link and a parent\'s file are filed side by side', async () => {
  const teacher = await app.newContext({ today: TODAY, viewport: DESKTOP, acceptDownloads: true });
  const t = await teacher.open('/conversations');
  await noSerious(t, 'conversations, empty');
  const link = await invite(t);
  assert.ok(link.startsWith(`${app.baseUrl}/answer/#/answer?i=`), link);
  const fingerprint = (await t.locator('.fingerprint__value').first().textContent()).trim();
  assert.match(fingerprint, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  // The first invitation made the key; the page asks for its backup at once.
  await t.locator('#backup-needed').waitFor();
  await t.locator('#backup-prompt', { hasText: 'Võtmest ei ole veel varukoopiat' }).waitFor();
  await t.getByLabel('Parool', { exact: true }).fill(PASSPHRASE);
  await t.getByLabel('Parool uuesti').fill(PASSPHRASE);
  const [backup] = await Promise.all([t.waitForEvent('download'), t.getByRole('button', { name: 'Salvesta varukoopia fail' }).click()]);
  const backupFile = JSON.parse(readFileSync(await backup.path(), 'utf8'));
  assert.equal(backupFile.kind, 'encrypted');
  assert.ok(!JSON.stringify(backupFile).includes('Mari'), 'nothing readable in the backup');
  await t.locator('#backup-status', { hasText: 'Varukoopia on tehtud.' }).waitFor();
  await noSerious(t, 'conversations, with a link');

  // The student's phone: another device.
  const phone = await app.newContext({ today: TODAY, acceptDownloads: true });
  const p = await phone.context.newPage();
  await p.goto(link);
  await p.getByRole('button', { name: 'Alusta vastamist' }).waitFor();
  assert.equal((await p.locator('.fingerprint__value').textContent()).trim(), fingerprint, 'same fingerprint on both sides');
  assert.equal((await p.locator('#answer-by').textContent()).trim(), '04.12.2026');
  await p.getByText('Tiina Tamm').waitFor();
  await noSerious(p, 'answer');
  assert.equal(await overflowsHorizontally(p), false);
  await p.close();
  const s = await answer(phone, link, STUDENT_RATINGS);
  const replyLink = await s.locator('#reply-link').inputValue();
  assert.ok(replyLink.startsWith(`${app.baseUrl}/teacher/#/reply?r=`));
  assert.ok(replyLink.length <= 2000, `reply link ${replyLink.length} chars`);
  console.log(`invitation link ${link.length} chars, reply link ${replyLink.length} chars`);
  assert.ok(!replyLink.includes('Mari') && !decodeURIComponent(replyLink).includes('Maasikas'));
  await noSerious(s, 'sent');
  assert.equal(await overflowsHorizontally(s), false);
  assert.deepEqual(await smallTargets(s), []);
  // Kept on the phone, marked sent, after a reload.
  await s.reload();
  await s.locator('#sent', { hasText: 'Saadetud' }).waitFor();
  await s.goto(`${app.baseUrl}/#/questionnaires`);
  await s.locator('.q-item__meta', { hasText: 'saadetud klassijuhatajale 24.11.2026' }).waitFor();

  // The teacher opens the reply link.
  const r = await teacher.context.newPage();
  await r.goto(replyLink);
  await r.locator('#receipt', { hasText: 'Vastus on avatud ja lisatud õpilase vestluse juurde.' }).waitFor();
  await noSerious(r, 'reply');

  // A parent's reply, by file.
  await t.bringToFront();
  const parentLink = await invite(t, { role: 'lapsevanem' });
  const parentPhone = await app.newContext({ today: TODAY, acceptDownloads: true });
  const pp = await answer(parentPhone, parentLink, PARENT_RATINGS);
  const [file] = await Promise.all([pp.waitForEvent('download'), pp.getByRole('button', { name: 'Salvesta vastuse fail' }).click()]);
  const firstFile = readFileSync(await file.path(), 'utf8');
  await t.locator('#reply-file').setInputFiles(await file.path());
  await t.locator('#receipt', { hasText: 'Vastus on avatud' }).waitFor();
  // The same parent answers again: replacing waits for the teacher's yes.
  await pp.getByRole('button', { name: 'Tagasi' }).click();
  while (!(await pp.getByRole('heading', { name: 'Õppimine' }).isVisible())) {
    await pp.getByRole('button', { name: 'Tagasi' }).click();
  }
  await pp.getByRole('group', { name: /Kuidas teie lapsel õppimisega läheb/ }).getByLabel('3', { exact: true }).check();
  await pp.getByRole('button', { name: 'Ülevaade' }).first().click();
  await pp.getByRole('button', { name: 'Krüpteeri ja saada klassijuhatajale' }).click();
  let again;
  for (let n = 0; n < 30 && !again; n++) {
    const [d] = await Promise.all([pp.waitForEvent('download'), pp.getByRole('button', { name: 'Salvesta vastuse fail' }).click()]);
    if (readFileSync(await d.path(), 'utf8') !== firstFile) again = d;
    else await pp.waitForTimeout(100);
  }
  assert.ok(again, 'a new sealed file');
  await t.locator('#reply-file').setInputFiles(await again.path());
  await t.getByRole('button', { name: 'Asenda' }).click();
  await t.locator('#receipt', { hasText: 'Vastus on avatud' }).waitFor();

  await t.getByRole('link', { name: 'Ava õpilase vestlus' }).click();
  await t.getByRole('heading', { name: 'Vastused kõrvuti' }).waitFor();
  const row = t.locator('.sbs__row', { hasText: 'Kuidas sul õppimisega läheb?' });
  assert.match(await row.textContent(), /4 \/ 5/);
  const parentRow = t.locator('.sbs__row', { hasText: 'Kuidas teie lapsel õppimisega läheb?' });
  assert.match(await parentRow.textContent(), /3 \/ 5/, 'the replacement was filed');
  await noSerious(t, 'conversation');

  // The teacher's own answers are a questionnaire on this device; they join
  // the side by side and the class export.
  const conversationUrl = t.url();
  await t.getByRole('button', { name: 'Minu (klassijuhataja) vastused' }).click();
  await t.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').fill('Klassijuhataja teemad');
  await t.goto(conversationUrl);
  await t.getByRole('heading', { name: 'Vastused kõrvuti' }).waitFor();
  await t.locator('.sbs__row', { hasText: 'Klassijuhataja teemad' }).waitFor();

  // Last period's memo: its goals are reviewed and the unfinished carried forward.
  await t.locator('#previous-memo').setInputFiles('tests/fixtures/memo_2025.json');
  await t.locator('#previous-note', { hasText: 'imporditud' }).waitFor();
  await t.getByRole('button', { name: 'Koosta memo vastuste põhjal' }).click();
  await t.getByRole('group', { name: 'Loen 10 raamatut' }).getByLabel('saavutatud').check();
  const maths = t.getByRole('group', { name: 'Matemaatika kontrolltööd vähemalt hindele 3' });
  await maths.getByLabel('osaliselt').check();
  await maths.getByLabel('Kommentaar').fill('kaks korda 2');
  await t.getByRole('button', { name: /Vii täitmata/ }).click();
  const whats = await t.locator('input[id$="-what"]').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(whats.includes('Matemaatika kontrolltööd vähemalt hindele 3'), whats.join('|'));
  assert.ok(!whats.includes('Loen 10 raamatut'), 'an achieved goal is not carried');
  const carried = t.locator('fieldset.goal').nth(whats.indexOf('Matemaatika kontrolltööd vähemalt hindele 3'));
  await carried.getByText('Lisa kuupäev, milleks eesmärk on täidetud.').waitFor();
  // A new goal in vague words gets a hint, and nothing is blocked.
  await t.getByRole('button', { name: 'Lisa eesmärk' }).click();
  const last = t.locator('fieldset.goal').last();
  await last.getByLabel('Mida (eesmärk)').fill('Õpin paremini');
  await last.locator('.goal__hints', { hasText: 'paremini' }).waitFor();
  await t.getByText('Hea eesmärgi näide').waitFor();

  // The development picture, with its table.
  assert.equal(await t.locator('.radar__svg .voice--student circle').count(), 3);
  const manageRow = t.locator('#radar-table tbody tr', { hasText: 'Kuidas sul õppimisega läheb?' });
  assert.deepEqual((await manageRow.locator('td').allTextContents()).slice(1), ['4', '3', '—']);

  // The memo: fields, print on A4, export.
  await t.getByLabel('Koht või e-keskkond').fill('Ruum 12');
  await t.getByLabel('Kellaaeg').fill('15:00');
  await t.getByLabel('Kokkuvõte').fill('Mari loeb hästi; matemaatikas vajab tuge.');
  await noSerious(t, 'conversation with memo');
  await t.setViewportSize({ width: 658, height: 1000 }); // A4 minus 18 mm margins at 96 dpi
  await t.emulateMedia({ media: 'print' });
  assert.equal(await t.locator('main h1').isVisible(), false, 'no page heading on paper');
  assert.equal(await t.locator('main button:visible').count(), 0, 'no buttons on paper');
  const printed = await t.locator('.memo-print').innerText();
  for (const text of ['KONFIDENTSIAALNE', 'Mari Maasikas', 'Ruum 12', 'Matemaatika kontrolltööd vähemalt hindele 3', 'osaliselt']) {
    assert.ok(printed.includes(text), `printed memo has ${text}`);
  }
  const cut = await t.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.memo-print, .memo-print *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 || el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => el.className || el.tagName);
  });
  assert.deepEqual(cut, [], 'nothing wider than the page or cut by overflow');
  assert.equal(await overflowsHorizontally(t), false);
  await t.emulateMedia({ media: 'screen' });
  await t.setViewportSize(DESKTOP);
  const [memoFile] = await Promise.all([t.waitForEvent('download'), t.getByRole('button', { name: 'Ekspordi memo fail' }).click()]);
  const exported = JSON.parse(readFileSync(await memoFile.path(), 'utf8'));
  assert.deepEqual([exported.kind, exported.data.place], ['memo', 'Ruum 12']);
  // Sealed with a passphrase for the parent.
  await t.locator('#memo-pass').fill(PASSPHRASE);
  await t.locator('#memo-pass2').fill(PASSPHRASE);
  const [sealed] = await Promise.all([t.waitForEvent('download'), t.getByRole('button', { name: 'Salvesta krüpteeritud memo fail' }).click()]);
  const sealedText = readFileSync(await sealed.path(), 'utf8');
  assert.equal(JSON.parse(sealedText).kind, 'encrypted');
  assert.ok(!sealedText.includes('Ruum 12'));

  // The parent opens it on a phone, from the questionnaires page's link, in
  // the memo's own small app. A wrong passphrase is told and keeps the field.
  const memoPhone = await app.newContext();
  const parent = await memoPhone.open('/questionnaires');
  await parent.getByRole('link', { name: 'Ava memo fail' }).click();
  await parent.waitForURL(urlFor(app.baseUrl, '/memo'));
  await parent.locator('main h1', { hasText: 'Klassijuhatajalt saadud memo' }).waitFor();
  await parent.locator('#open-memo-pass').fill('vale parool');
  await parent.locator('#open-memo-file').setInputFiles(await sealed.path());
  await parent.locator('#open-memo-status').filter({ hasText: /parool/i }).waitFor();
  assert.equal(await parent.locator('#open-memo-pass').inputValue(), 'vale parool');
  assert.equal(await parent.locator('.memo-print').count(), 0);
  await parent.locator('#open-memo-pass').fill(PASSPHRASE);
  await parent.locator('#open-memo-file').setInputFiles(await sealed.path());
  const opened = await parent.locator('.memo-print').innerText();
  for (const text of ['Mari Maasikas', 'Ruum 12', 'Matemaatika kontrolltööd vähemalt hindele 3']) {
    assert.ok(opened.includes(text), `opened memo has ${text}`);
  }
  assert.equal(await parent.evaluate(() => JSON.stringify(localStorage).includes('Ruum 12')), false, 'the memo is not stored');
  await noSerious(parent, 'memo opened by a parent');
  memoPhone.assertClean();
  await memoPhone.close();

  // A class of 30, each with three answer sets and a memo, every text answer
  // 300 characters long: what it takes in storage, and the page says so.
  const measured = await t.evaluate(() => {
    const key = 'kooliabi:conv:class';
    const stored = JSON.parse(localStorage.getItem(key));
    const book = stored.data ?? stored;
    const pad = (v) => (typeof v === 'string' ? v.padEnd(300, ' lorem ipsum') : v);
    const one = book.students[0];
    for (const r of one.replies) {
      for (const a of Object.values(r.answers.values)) {
        if (a.type === 'text') a.value = pad(a.value);
      }
    }
    one.replies.push(JSON.parse(JSON.stringify(one.replies[0]))); // the teacher's own set, as large
    for (const f of ['summary', 'support_measures', 'goal_learner_words', 'goal_teacher_words']) one.memo[f] = pad(one.memo[f]);
    book.students = Array.from({ length: 30 }, (_, i) => ({ ...JSON.parse(JSON.stringify(one)), id: `s${i}`, name: `Õpilane ${i + 1}` }));
    const text = JSON.stringify(stored);
    localStorage.setItem(key, text);
    return { chars: text.length, perStudent: Math.round(text.length / 30) };
  });
  await t.goto(`${app.baseUrl}/#/conversations`);
  const used = await t.locator('#conv-storage').textContent();
  console.log(`class of 30: ${measured.chars} characters stored (${(2 * measured.chars / 1024).toFixed(0)} kB as UTF-16), ${measured.perStudent} per student; page: ${used}`);
  assert.match(used, /Vestlused võtavad selles seadmes \d+ kB/);
  assert.ok(2 * measured.chars < 0.2 * 5 * 1024 * 1024, 'a class takes under a fifth of localStorage');
  assert.equal(await t.locator('.conv-students li').count(), 30);
  const [classFile] = await Promise.all([t.waitForEvent('download'), t.getByRole('button', { name: 'Ekspordi kogu klass (fail)' }).click()]);
  const classExport = JSON.parse(readFileSync(await classFile.path(), 'utf8'));
  assert.deepEqual([classExport.kind, classExport.data.students.length], ['class-conversations', 30]);
  assert.equal(classExport.data.own_answers.s0.values.topics.value, 'Klassijuhataja teemad', "the teacher's own answers are in the class file");

  // Next period, on another device: the exported memo is the starting point.
  const next = await app.newContext({ today: '2027-11-20', viewport: DESKTOP });
  const n = await next.open('/conversations');
  await invite(n);
  await n.getByRole('link', { name: 'Mari Maasikas' }).click();
  await n.locator('#previous-memo').setInputFiles(await memoFile.path());
  await n.locator('#previous-note', { hasText: 'imporditud' }).waitFor();
  await n.getByRole('button', { name: 'Koosta memo vastuste põhjal' }).click();
  await n.getByRole('group', { name: 'Matemaatika kontrolltööd vähemalt hindele 3' }).waitFor();
  await n.getByRole('group', { name: 'Õpin paremini' }).waitFor();
  await noSerious(n, 'next period');
  next.assertClean();
  await next.close();
  for (const c of [teacher, phone, parentPhone]) {
    c.assertClean();
    await c.close();
  }
});

test('a reply for another key, a tampered or cut reply and a wrong backup passphrase are each named; nothing changes', async () => {
  const a = await app.newContext({ today: TODAY, viewport: DESKTOP, acceptDownloads: true });
  const b = await app.newContext({ today: TODAY, viewport: DESKTOP, acceptDownloads: true });
  const ta = await a.open('/conversations');
  // The planner's link opens the form filled in.
  const pre = await a.context.newPage();
  await pre.goto(`${app.baseUrl}/#/conversations?student=Mari%20Maasikas&date=2026-12-11`);
  assert.equal(await pre.getByLabel('Õpilase nimi').inputValue(), 'Mari Maasikas');
  assert.equal(await pre.getByLabel('Vestluse kuupäev').inputValue(), '2026-12-11');
  await pre.getByText('Vastata kuni 04.12.2026').waitFor();
  await pre.close();
  // The whole class at once: one link per name.
  await ta.getByLabel('Õpilase nimi').fill('Aado Aas\nAnna Aru\n\nArvo Aun');
  await ta.getByLabel('Sinu nimi (klassijuhataja)').fill('Aino Aader');
  await ta.getByLabel('Vestluse kuupäev').fill('2026-12-11');
  await ta.getByRole('button', { name: 'Tee kutse link' }).click();
  await ta.locator('#invite-link-2').waitFor();
  assert.equal(await ta.locator('.conv-links > li').count(), 3);
  assert.match(await ta.getByLabel('Kutse link: Anna Aru').inputValue(), /#\/answer\?i=/);
  assert.deepEqual(await ta.locator('.conv-students a').allTextContents(), ['Aado Aas', 'Anna Aru', 'Arvo Aun']);
  assert.deepEqual(await smallTargets(ta), []);
  const tb = await b.open('/conversations');
  const link = await invite(tb, { student: 'Berta Biin' });
  const phone = await app.newContext({ today: TODAY });
  const s = await answer(phone, link, STUDENT_RATINGS.slice(0, 1));
  const replyLink = await s.locator('#reply-link').inputValue();

  // Long answers do not fit in a link: the file only, and the phone says why.
  const long = await app.newContext({ today: TODAY });
  const lp = await long.context.newPage();
  await lp.goto(link);
  await lp.getByRole('button', { name: 'Alusta vastamist' }).click();
  await lp.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').fill('Tahan rääkida matemaatikast ja lugemisest. '.repeat(35));
  await lp.getByRole('button', { name: 'Ülevaade' }).first().click();
  await lp.getByRole('button', { name: 'Krüpteeri ja saada klassijuhatajale' }).click();
  await lp.locator('#file-only', { hasText: /liiga pikad \(\d+ märki; .*kuni 2000\)\. Saada fail\./ }).waitFor();
  assert.equal(await lp.locator('#reply-link').count(), 0);
  await lp.getByRole('button', { name: 'Salvesta vastuse fail' }).waitFor();
  long.assertClean();
  await long.close();

  const open = async (ctx, url) => {
    const page = await ctx.context.newPage();
    await page.goto(url);
    await page.locator('#receipt').waitFor();
    return page;
  };
  let page = await open(a, replyLink);
  await page.locator('#receipt', { hasText: 'Vale võti' }).waitFor();
  await page.locator('#receipt', { hasText: 'Midagi ei muutunud.' }).waitFor();

  // One character of the ciphertext changed.
  const i = replyLink.length - 30;
  const flipped = replyLink.slice(0, i) + (replyLink[i] === 'A' ? 'B' : 'A') + replyLink.slice(i + 1);
  page = await open(b, flipped);
  await page.locator('#receipt', { hasText: 'krüpteeritud sisu on muudetud või rikutud' }).waitFor();
  page = await open(b, replyLink.slice(0, replyLink.length - 40));
  await page.locator('#receipt', { hasText: /poolik|vigane/ }).waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kooliabi:conv:class')));
  assert.deepEqual((stored.data ?? stored).students[0].replies, [], 'nothing was filed');
  // The genuine link still opens.
  page = await open(b, replyLink);
  await page.locator('#receipt', { hasText: 'Vastus on avatud' }).waitFor();

  // A backup opened with the wrong passphrase.
  await tb.getByLabel('Parool', { exact: true }).fill(PASSPHRASE);
  await tb.getByLabel('Parool uuesti').fill(PASSPHRASE);
  const [backup] = await Promise.all([tb.waitForEvent('download'), tb.getByRole('button', { name: 'Salvesta varukoopia fail' }).click()]);
  await ta.getByLabel('Varukoopia parool').fill('vale parool, vale parool');
  await ta.locator('#restore-file').setInputFiles(await backup.path());
  await ta.locator('#restore-status', { hasText: 'Vale parool' }).waitFor();
  // With the right one, A can open B's replies too.
  await ta.getByLabel('Varukoopia parool').fill(PASSPHRASE);
  await ta.locator('#restore-file').setInputFiles(await backup.path());
  await ta.locator('#restore-status', { hasText: 'Võti taastatud.' }).waitFor();
  for (const c of [a, b, phone]) {
    c.assertClean();
    await c.close();
  }
});

test('an empty invitation and a short or mistyped backup passphrase are explained; nothing typed is lost and nothing is made', async () => {
  const teacher = await app.newContext({ today: TODAY, acceptDownloads: true });
  const t = await teacher.open('/conversations');
  await t.getByLabel('Sinu nimi (klassijuhataja)').fill('Tiina Tamm');
  await t.getByRole('button', { name: 'Tee kutse link' }).click();
  await t.getByRole('alert').filter({ hasText: 'Vali vestluse kuupäev.' }).waitFor();
  await t.getByLabel('Vestluse kuupäev').fill('2026-12-11');
  await t.getByRole('button', { name: 'Tee kutse link' }).click();
  await t.getByRole('alert').filter({ hasText: 'Õpilase nimi: täitmata.' }).waitFor();
  assert.equal(await t.locator('#invite-link').count(), 0, 'no link without a student');
  assert.equal(await t.getByLabel('Vestluse kuupäev').inputValue(), '2026-12-11');
  assert.equal(await t.getByLabel('Sinu nimi (klassijuhataja)').inputValue(), 'Tiina Tamm');
  const link = await invite(t);
  assert.ok(link.includes('#/answer?i='));
  // The backup passphrase: too short, then not the same twice.
  let downloads = 0;
  t.on('download', () => { downloads += 1; });
  await t.getByLabel('Parool', { exact: true }).fill('lühike');
  await t.getByLabel('Parool uuesti').fill('lühike');
  await t.getByRole('button', { name: 'Salvesta varukoopia fail' }).click();
  await t.locator('#backup-pass2-error', { hasText: 'Parool on liiga lühike: vähemalt 12 märki.' }).waitFor();
  await t.getByLabel('Parool uuesti').fill(`${PASSPHRASE}!`);
  await t.getByLabel('Parool', { exact: true }).fill(PASSPHRASE);
  await t.getByRole('button', { name: 'Salvesta varukoopia fail' }).click();
  await t.locator('#backup-pass2-error', { hasText: 'Paroolid ei ole samad.' }).waitFor();
  assert.equal(await t.getByLabel('Parool', { exact: true }).inputValue(), PASSPHRASE, 'what was typed stays');
  assert.equal(downloads, 0, 'no backup file made');
  await noSerious(t, 'backup errors');
  teacher.assertClean();
  await teacher.close();
});
