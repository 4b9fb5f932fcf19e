// Stored data survives releases: what each earlier release stored on a
// user's device (tests/fixtures/stored/*.json, written by
// tests/fixtures/make-stored.mjs on that release) loads in this one, every
// tool showing what the user had entered, nothing reported unreadable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { startApp, go } from './helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.stop(); });

const dir = new URL('./fixtures/stored/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

test('there is a fixture of the landed release and of this one', () => {
  assert.ok(fixtures.length >= 2, fixtures.join(', '));
});

for (const file of fixtures) {
  test(`data stored by ${file.replace('.json', '')} loads in every tool`, async () => {
    const stored = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    const ctx = await app.newContext();
    await ctx.context.addInitScript((entries) => {
      if (location.protocol !== 'http:' || sessionStorage.getItem('seeded')) return;
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }, stored);
    const page = await ctx.open('/points');
    const value = (sel) => page.locator(sel).inputValue();

    assert.equal(await value('#max'), '40');
    assert.equal(await value('#points'), '30');
    assert.equal(await value('#band-5'), '95');
    await page.locator('output#grade-output').getByText('hea', { exact: true }).waitFor();

    await go(page, '/class');
    assert.equal(await value('#max'), '20');
    assert.match(await value('#class-text'), /Jüri Juurikas\t9/);

    await go(page, '/follows');
    assert.equal(await value('#class'), '9');
    assert.equal(await page.locator('#behaviour option:checked').textContent().then((t) => t.trim().startsWith('E')), true, 'behaviour E');
    assert.equal(await value('#subject-0-name'), 'matemaatika');
    assert.equal(await value('#subject-0-marks'), '5 4 5');
    assert.equal(await value('#subject-0-year'), '5');

    await go(page, '/modules');
    assert.equal(await value('#module-0-name'), 'Keevitus');
    assert.equal(await value('#module-0-ekap'), '6');
    assert.equal(await value('#module-0-result'), 'X');
    assert.equal(await value('#module-0-date'), '2026-11-20');

    await go(page, '/courses');
    assert.equal(await value('#courses-physics'), '3');
    assert.equal(await value('#total-courses'), '80');

    await go(page, '/recognise');
    assert.equal(await value('#rec-grade'), '8');

    await go(page, '/deadlines');
    assert.equal(await value('#event-date'), '2026-12-01');

    await go(page, '/planner');
    assert.equal(await value('#student-0-name'), 'Mari Maasikas');
    assert.equal(await value('#student-0-conversation'), '2027-01-15');

    await go(page, '/questionnaires');
    assert.deepEqual(await page.locator('.q-item__name').allTextContents(), ['Mari, 7. klass']);
    await page.getByRole('link', { name: 'Jätka' }).click();
    assert.equal(await page.getByLabel('Millest sa tahaksid vestlusel kindlasti rääkida?').inputValue(), 'Matemaatika ja trenn');

    if (stored['kooliabi:conv:class']) {
      // The class teacher's book and key: the student is listed, the key's
      // fingerprint shown, and a new invitation link can still be made.
      await go(page, '/conversations');
      await page.locator('.conv-students li', { hasText: 'Mari Maasikas' }).waitFor();
      await page.locator('.fingerprint__value').first().waitFor();
    }

    assert.equal(await page.locator('#unreadable-banner').count(), 0, 'nothing reported unreadable');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys.filter((k) => k.includes('unreadable')), []);
    ctx.assertClean();
    await ctx.close();
  });
}
