// Questionnaires at 360×740: start, fill, autosave and resume, parallel
// questionnaires, overview jumps, shared-computer mode, erase, no storage,
// and typed markup shown as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, seriousViolations, overflowsHorizontally, go } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

async function start(page, name, { template, role } = {}) {
  await go(page, '/questionnaires');
  await page.getByLabel('Nimi, mille järgi selle ära tunned').fill(name);
  if (template) await page.getByLabel('Küsimustik', { exact: true }).selectOption({ label: template });
  if (role) await page.getByLabel('Kes vastab?').selectOption({ label: role });
  await page.getByRole('button', { name: 'Alusta' }).click();
  await page.locator('.q-step').waitFor();
}

test('fill partly, reload, and resume at the same section with every answer in place', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/questionnaires');
  await start(page, 'Mari, 7. klass');
  await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').fill('Matemaatika ja trenn');
  await page.getByRole('button', { name: 'Edasi' }).click();
  await page.getByRole('heading', { name: 'Eelmine periood' }).waitFor();
  await page.getByLabel('jah').check();
  await page.locator('#q-goals_reached-4').check();
  await page.getByRole('button', { name: 'Edasi' }).click();
  await page.getByRole('heading', { name: 'Õppimine' }).waitFor();
  await page.getByLabel('Mis õppeained lähevad hästi?').fill('kunst, muusika');
  await page.reload();
  await page.getByRole('heading', { name: 'Õppimine' }).waitFor();
  assert.equal(await page.getByLabel('Mis õppeained lähevad hästi?').inputValue(), 'kunst, muusika');
  assert.match(await page.locator('.q-step').textContent(), /Osa 3\/7/);
  await page.getByRole('button', { name: 'Tagasi' }).click();
  assert.equal(await page.locator('#q-goals_reached-4').isChecked(), true);
  await page.getByRole('button', { name: 'Tagasi' }).click();
  assert.equal(await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').inputValue(), 'Matemaatika ja trenn');
  assert.deepEqual(await seriousViolations(page), []);
  assert.equal(await overflowsHorizontally(page), false, 'fits 360 px when filled in');
  ctx.assertClean();
  await ctx.close();
});

test('two questionnaires in parallel stay separate and are listed with their names', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/questionnaires');
  await start(page, 'Mari', { role: 'lapsevanem' });
  await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').fill('Mari vastus');
  await start(page, 'Jüri', { role: 'lapsevanem' });
  await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').fill('Jüri vastus');
  await go(page, '/questionnaires');
  const names = await page.locator('.q-item__name').allTextContents();
  assert.deepEqual(names, ['Mari', 'Jüri']);
  await page.locator('.q-item', { hasText: 'Mari' }).getByRole('link', { name: 'Jätka' }).click();
  assert.equal(await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').inputValue(), 'Mari vastus');
  await go(page, '/questionnaires');
  await page.getByRole('button', { name: 'Kustuta „Jüri”' }).click();
  await page.getByRole('button', { name: 'Jah, kustuta' }).click();
  assert.deepEqual(await page.locator('.q-item__name').allTextContents(), ['Mari']);
  ctx.assertClean();
  await ctx.close();
});

test('the overview lists unanswered required questions and jumps to them; a start without a name is explained', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/questionnaires');
  await page.getByRole('button', { name: 'Alusta' }).click();
  await page.locator('#q-name-error', { hasText: 'Kirjuta nimi' }).waitFor();
  await start(page, 'Peeter', { template: 'Õpitulemus- või probleemvestlus' });
  await page.getByRole('button', { name: 'Ülevaade' }).click();
  await page.getByRole('heading', { name: 'Ülevaade' }).waitFor();
  await page.getByRole('button', { name: 'Vastamata: Millest vestlus on?' }).click();
  await page.getByText('See küsimus vajab vastust.').waitFor();
  await page.getByLabel('käitumine või suhtumine').check();
  await page.getByRole('button', { name: 'Edasi' }).click();
  // The learning-results section is hidden by the condition; behaviour comes next.
  await page.getByRole('heading', { name: 'Käitumine ja suhtumine' }).waitFor();
  await page.getByLabel('Mis juhtus, sinu sõnadega?').fill('Vaidlesin tunnis.');
  await page.getByRole('button', { name: 'Edasi' }).click();
  await page.getByRole('button', { name: 'Ülevaade' }).click();
  await page.getByText('Kõik kohustuslikud küsimused on vastatud.').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ekspordi vastused/ }).click()]);
  // The answers travel in the versioned Kooliabi file envelope (issue #9).
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual([file.app, file.kind, file.version], ['kooliabi', 'answers', 1]);
  const exported = file.data.answers;
  assert.equal(exported.template_id, 'results-problem');
  assert.deepEqual(exported.values.what_happened, { type: 'text', value: 'Vaidlesin tunnis.' });
  ctx.assertClean();
  await ctx.close();
});

test('markup typed into an answer is shown as text, never run', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/questionnaires');
  await page.evaluate(() => { window.__pwned = false; });
  await start(page, '<img src=x onerror="window.__pwned=true">');
  await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').fill('<script>window.__pwned=true</script><b>paks</b>');
  await page.reload();
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').textContent(), '<img src=x onerror="window.__pwned=true">');
  assert.equal(await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').inputValue(), '<script>window.__pwned=true</script><b>paks</b>');
  assert.equal(await page.locator('main img, main b, main script').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned ?? false), false);
  ctx.assertClean();
  await ctx.close();
});

test('shared-computer mode forgets the questionnaire once the tab closes; erase removes everything', async () => {
  const ctx = await app.newContext();
  let page = await ctx.open('/privacy');
  await page.getByLabel('Jagatud arvuti režiim').check();
  await start(page, 'Raamatukogus');
  await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').fill('ajutine');
  await go(page, '/questionnaires');
  assert.deepEqual(await page.locator('.q-item__name').allTextContents(), ['Raamatukogus']);
  await page.close();
  page = await ctx.open('/questionnaires');
  await page.getByText('Selles seadmes ei ole veel ühtegi küsimustikku.').waitFor();
  // Device mode: data stays until erased.
  await start(page, 'Kodus');
  await go(page, '/privacy');
  await page.getByRole('button', { name: 'Kustuta kõik selle seadme andmed' }).click();
  await page.getByRole('button', { name: 'Jah, kustuta kõik' }).click();
  await go(page, '/questionnaires');
  await page.getByText('Selles seadmes ei ole veel ühtegi küsimustikku.').waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kooliabi:')).length), 0);
  ctx.assertClean();
  await ctx.close();
});

test('with storage refused the questionnaire can still be filled to the end and exported', async () => {
  const ctx = await app.newContext({ acceptDownloads: true });
  await ctx.context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  const page = await ctx.open('/questionnaires');
  await start(page, 'Privaatne', { template: 'Õpitulemus- või probleemvestlus' });
  await page.getByText('See brauser ei luba andmeid seadmesse salvestada').waitFor();
  await page.getByLabel('õpitulemused').check();
  await page.getByRole('button', { name: 'Edasi' }).click();
  await page.getByLabel('Millistes ainetes on raske?').fill('füüsika');
  await page.getByRole('button', { name: 'Edasi' }).click();
  await page.getByRole('button', { name: 'Ülevaade' }).click();
  await page.getByText('Kõik kohustuslikud küsimused on vastatud.').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ekspordi vastused/ }).click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')).data.answers;
  assert.deepEqual(exported.values.subjects, { type: 'text', value: 'füüsika' });
  await ctx.close();
});

test('the vocational questionnaires offer the learner\'s representative (001 Lisa 9 2, 5.2) with their own questions; the general one does not', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/questionnaires');
  const roles = () => page.getByLabel('Kes vastab?').locator('option').allTextContents();
  assert.deepEqual(await roles(), ['õpilane', 'lapsevanem', 'klassijuhataja / rühmajuhendaja']);
  await page.getByLabel('Küsimustik', { exact: true }).selectOption({ label: 'Kutseõppija arenguvestlus' });
  assert.ok((await roles()).includes('õppija esindaja'), 'vocational template lists the representative');
  await start(page, 'Esindajana', { template: 'Kutseõppija arenguvestlus', role: 'õppija esindaja' });
  await page.getByRole('heading', { name: 'Õppija esindaja' }).waitFor();
  assert.match(await page.locator('.q-step').textContent(), /Osa 1\/2/);
  await page.getByLabel('Kuidas näete õppija õpinguid ja toimetulekut?').fill('Tuleb hästi toime');
  await page.reload();
  assert.equal(await page.getByLabel('Kuidas näete õppija õpinguid ja toimetulekut?').inputValue(), 'Tuleb hästi toime');
  await page.goto(page.url().replace(/#.*/, '#/questionnaires'));
  await page.locator('.q-item', { hasText: 'Esindajana' }).getByText('õppija esindaja').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});

test('the general questionnaire asks a parent about a first conversation (000 8.3) and everyone which agreements to record (000 9.2 step 8)', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/questionnaires');
  await start(page, 'Vanem', { role: 'lapsevanem' });
  const follow = page.getByLabel('Mida soovite vestluse käigu ja eesmärkide kohta teada?');
  await page.getByText('Kas see on teie esimene arenguvestlus selles koolis?').waitFor();
  assert.equal(await follow.count(), 0, 'hidden before a yes');
  await page.getByLabel('jah').check();
  await follow.fill('Kuidas vestlus käib?');
  for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: 'Edasi' }).click();
  await page.getByRole('heading', { name: 'Uued eesmärgid' }).waitFor();
  await page.getByLabel('Milliseid kokkuleppeid tahad vestlusel kirja panna?').waitFor();
  ctx.assertClean();
  await ctx.close();
});

test('the results and problem questionnaire offers the further participants and health among the causes (002 8.1.2)', async () => {
  const ctx = await app.newContext();
  const page = await ctx.open('/questionnaires');
  await start(page, 'Probleem', { template: 'Õpitulemus- või probleemvestlus' });
  for (const option of ['sotsiaalpedagoog', 'valla sotsiaaltöötaja', 'aineõpetajad', 'kooli meditsiiniõde (terviseprobleemide korral)']) {
    await page.getByLabel(option, { exact: true }).waitFor();
  }
  await page.getByLabel('õpitulemused').check();
  await page.getByRole('button', { name: 'Edasi' }).click();
  await page.getByLabel('tervis', { exact: true }).check();
  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});
