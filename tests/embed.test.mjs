// Widgets for school websites: a school's page on a second loopback origin
// (another site: `localhost` against the app's `127.0.0.1`) embeds two
// widgets and embed.js; they render, work, resize, ignore a bad parameter
// with a console note, never take a forged message, never leave loopback,
// and pass axe inside their frames. And the snippet page that makes the code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startApp, PHONE, seriousViolations, overflowsHorizontally } from './helpers.mjs';

const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox';

let app;
let host;
let hostUrl;
before(async () => {
  app = await startApp();
  // The school's page: plain HTML with the snippet page's code in it.
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Our school</title></head>
<body><main><h1>Our school</h1>
<iframe id="points" src="${app.baseUrl}/embed/points/?lang=en&amp;accent=8a1538&amp;max=40&amp;colour=pink" title="Kooliabi: Points to grade" width="100%" height="150" loading="lazy" referrerpolicy="no-referrer" sandbox="${SANDBOX}"></iframe>
<iframe id="deadlines" src="${app.baseUrl}/embed/deadlines/?lang=en&amp;accent=zzz" title="Kooliabi: Deadline calculator" width="100%" height="150" loading="lazy" referrerpolicy="no-referrer" sandbox="${SANDBOX}"></iframe>
</main>
<script src="${app.baseUrl}/embed.js" async></script>
</body></html>`;
  host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  hostUrl = `http://localhost:${host.address().port}`;
});
after(async () => {
  await app?.stop();
  await new Promise((ok) => (host ? host.close(ok) : ok()));
});

/** The iframe's inner height on the host page (no border) and its document's height inside. */
async function heights(page, id) {
  const outer = await page.locator(`#${id}`).evaluate((f) => f.clientHeight);
  const inner = await page.frameLocator(`#${id}`).locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  return { outer, inner };
}

/** Waits until the iframe is as high as its content; returns that height. */
async function followsContent(page, id) {
  // Polled from the test: the inner height is in another origin's document.
  for (let i = 0; i < 50; i++) {
    const { outer, inner } = await heights(page, id);
    if (Math.abs(outer - inner) <= 1) return outer;
    await page.waitForTimeout(100);
  }
  const { outer, inner } = await heights(page, id);
  assert.fail(`iframe #${id} is ${outer}px high, its content ${inner}px`);
}

test('widget pages may be framed by any site; every other page by none', async () => {
  const ctx = await app.newContext();
  const page = await ctx.context.newPage();
  const embed = (await page.request.get(`${app.baseUrl}/embed/points/`)).headers();
  assert.match(embed['content-security-policy'], /frame-ancestors \*$/);
  for (const path of ['/', '/grades/', '/privacy/', '/embed.js']) {
    const h = (await page.request.get(`${app.baseUrl}${path}`)).headers();
    if (h['content-security-policy']) assert.match(h['content-security-policy'], /frame-ancestors 'none'$/, path);
  }
  const grades = (await page.request.get(`${app.baseUrl}/grades/`)).headers();
  assert.match(grades['content-security-policy'], /frame-ancestors 'none'/);
  await ctx.close();
});

test('a school page on another origin embeds two widgets: they render, work, resize, ignore bad parameters and forged messages, stay on loopback, pass axe', async () => {
  const ctx = await app.newContext({ alsoAllow: [hostUrl] });
  const warnings = [];
  ctx.context.on('page', (p) => p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }));
  const page = await ctx.context.newPage();
  // Every message the school's page receives from the app's origin.
  await page.addInitScript((appOrigin) => {
    window.fromApp = [];
    window.addEventListener('message', (e) => { if (e.origin === appOrigin) window.fromApp.push(e.data); });
  }, app.baseUrl);
  await page.goto(`${hostUrl}/`);

  const points = page.frameLocator('#points');
  const deadlines = page.frameLocator('#deadlines');
  // Both render, in the language asked for, with no site header.
  await points.locator('main h1').filter({ hasText: 'Points to grade' }).waitFor();
  await deadlines.locator('main h1').filter({ hasText: 'Deadline calculator' }).waitFor();
  assert.equal(await points.locator('html').getAttribute('lang'), 'en');
  assert.equal(await points.locator('.site-header').count(), 0);
  // The link to the full app opens a new tab, with the widget's settings.
  const open = points.getByRole('link', { name: 'Open in Kooliabi' });
  assert.equal(await open.getAttribute('target'), '_blank');
  assert.equal(await open.getAttribute('rel'), 'noopener');
  assert.equal(await open.getAttribute('href'), '../../grades/#/points?max=40');

  // The accepted accent is the page's --accent; a bad one is not.
  const accent = (frame) => frame.locator('html').evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(await accent(points), '#8a1538');
  assert.equal(await accent(deadlines), '#1d4e89', 'a bad accent leaves the default colour');

  // Bad parameters: a console note for the page author naming each, and the widget works.
  await page.waitForTimeout(200);
  assert.ok(warnings.some((w) => w.includes('"colour"') && w.includes('max, points, pct')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('"accent"') && w.includes('six hex digits')), warnings.join('\n'));

  // It works: max came from the page's parameter; typing points gives the grade.
  assert.equal(await points.locator('#max').inputValue(), '40');
  await points.locator('#points').fill('30');
  await points.locator('#grade-output .grade-badge').filter({ hasText: '4' }).waitFor();
  assert.match(await points.locator('#grade-output').textContent(), /75/);

  // Auto-height: the iframes follow their content, and follow it again when
  // it shrinks (no maximum: the table goes) and grows back.
  const full = await followsContent(page, 'points');
  assert.ok(full > 150, `the points widget grew from 150px to ${full}px`);
  // Chrome stops rendering (and so resize observing) in a cross-site frame
  // out of view: the widget posts its height when it is scrolled to.
  await page.locator('#deadlines').scrollIntoViewIfNeeded();
  await followsContent(page, 'deadlines');
  await page.locator('#points').scrollIntoViewIfNeeded();
  await points.locator('#max').fill('');
  await points.locator('.points-table').waitFor({ state: 'detached' });
  const shrunk = await followsContent(page, 'points');
  assert.ok(shrunk < full, `${shrunk} < ${full}`);
  await points.locator('#max').fill('40');
  await points.locator('.points-table').waitFor();
  assert.equal(await followsContent(page, 'points'), full);

  // Only heights were posted, in exactly the documented shape.
  const posted = await page.evaluate(() => window.fromApp);
  assert.ok(posted.length > 0);
  for (const m of posted) {
    assert.deepEqual(Object.keys(m).sort(), ['height', 'kooliabi']);
    assert.equal(m.kooliabi, 'height');
    assert.ok(Number.isFinite(m.height));
  }

  // A forged message from the school's page itself (any origin but the
  // app's) resizes nothing, nor does a message of another shape.
  const before = { points: (await heights(page, 'points')).outer, deadlines: (await heights(page, 'deadlines')).outer };
  await page.evaluate(() => {
    window.postMessage({ kooliabi: 'height', height: 3 }, '*');
    window.postMessage({ kooliabi: 'height', height: 3, extra: 1 }, '*');
  });
  await page.waitForTimeout(300);
  assert.deepEqual({ points: (await heights(page, 'points')).outer, deadlines: (await heights(page, 'deadlines')).outer }, before);

  // A browser context here is like Chrome's Incognito: it refuses storage
  // to a frame from another site. The widget still works and says so.
  await points.getByText('does not let the app save data').waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing written to the school page');

  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});

test('what is typed in a widget stays in the app\'s own storage, never the school page\'s (same site, other origin: storage allowed)', async () => {
  const sameSite = hostUrl.replace('localhost', '127.0.0.1');
  const ctx = await app.newContext({ alsoAllow: [sameSite] });
  const page = await ctx.context.newPage();
  await page.goto(`${sameSite}/`);
  const points = page.frameLocator('#points');
  await points.locator('main h1').filter({ hasText: 'Points to grade' }).waitFor();
  await points.locator('#points').fill('36');
  await points.locator('#grade-output .grade-badge').filter({ hasText: '5' }).waitFor();
  await page.waitForTimeout(300);
  const stored = await points.locator('html').evaluate(() => JSON.parse(localStorage.getItem('kooliabi:grading:points')));
  assert.equal(stored.data.points, '36');
  assert.equal(await points.getByText('does not let the app save data').count(), 0);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing written to the school page');
  ctx.assertClean();
  await ctx.close();
});

test('storage refused: a widget that keeps input says so; the behaviour card, which keeps nothing, has no storage banner', async () => {
  const ctx = await app.newContext();
  await ctx.context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };
  });
  const page = await ctx.context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(`${app.baseUrl}/embed/points/?lang=en`);
  await page.getByText('does not let the app save data').waitFor();
  await page.goto(`${app.baseUrl}/embed/behaviour/?lang=en`);
  await page.getByRole('heading', { name: 'Behaviour and diligence', level: 1 }).waitFor();
  await page.locator('.reference-card').first().waitFor();
  assert.equal(await page.locator('.banner').count(), 0, 'no banner on a card that keeps nothing');
  assert.deepEqual(await seriousViolations(page), []);
  ctx.assertClean();
  await ctx.close();
});

test('the snippet page: pick a tool and settings, see it live, copy the code (phone, axe)', async () => {
  const ctx = await app.newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await ctx.open('/widgets');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Widgets for the school\'s website' }).waitFor();
  await page.locator('#widget-tool').selectOption('points');
  await page.locator('#widget-lang').selectOption('en');
  // A colour too light for white text is explained and left out.
  await page.getByLabel(/School colour/).fill('ffd700');
  await page.getByText('White text is hard to read').waitFor();
  assert.doesNotMatch(await page.locator('#iframe-code').inputValue(), /accent=/);
  await page.getByLabel(/School colour/).fill('#8A1538');
  await page.getByLabel('Maximum points').fill('37,5');

  const preview = page.frameLocator('iframe.widget-preview');
  await preview.locator('main h1').filter({ hasText: 'Points to grade' }).waitFor();
  // The preview is a new frame for each setting; on a loaded two-core
  // machine the new widget can take a few seconds to start, so up to 30 s.
  for (let i = 0; i < 300 && (await preview.locator('#max').inputValue()) !== '37,5'; i++) await page.waitForTimeout(100);
  assert.equal(await preview.locator('#max').inputValue(), '37,5');
  // The frame shows the address it names (a `src` changed on a loading frame
  // was once not followed: the preview kept the settings before).
  const shown = page.frames().filter((f) => f.url().includes('/embed/')).map((f) => f.url());
  assert.deepEqual(shown, [await page.locator('iframe.widget-preview').getAttribute('src')]);

  await page.getByRole('button', { name: 'Copy the <iframe> code' }).click();
  await page.getByText('Copied to the clipboard.').first().waitFor();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  const src = `${app.baseUrl}/embed/points/?lang=en&amp;accent=8a1538&amp;max=37%2C5`;
  assert.equal(code, `<iframe src="${src}" title="Kooliabi: Points to grade" width="100%" height="600" loading="lazy" referrerpolicy="no-referrer" sandbox="${SANDBOX}"></iframe>`);
  assert.equal(await page.locator('iframe.widget-preview').getAttribute('src'), src.replaceAll('&amp;', '&'));

  await page.getByRole('button', { name: 'Copy the script line' }).click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('embed.js')));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `<script src="${app.baseUrl}/embed.js" async></script>`);

  // Another tool has no points setting.
  await page.locator('#widget-tool').selectOption('deadlines');
  await preview.locator('main h1').filter({ hasText: 'Deadline calculator' }).waitFor();
  assert.equal(await page.getByLabel('Maximum points').count(), 0);
  assert.match(await page.locator('#iframe-code').inputValue(), /embed\/deadlines\/\?lang=en&amp;accent=8a1538"/);

  assert.equal(await overflowsHorizontally(page), false);
  assert.deepEqual(await seriousViolations(page), []);

  // Switching the page's language (a new page load, #13) keeps the choice.
  await page.getByRole('button', { name: 'eesti keel' }).click();
  await page.getByRole('heading', { name: 'Vidinad kooli veebilehele' }).waitFor();
  assert.equal(await page.locator('#widget-tool').inputValue(), 'deadlines');
  assert.equal(await page.locator('#widget-lang').inputValue(), 'en');
  assert.equal(await page.locator('#widget-accent').inputValue(), '#8A1538');
  assert.match(await page.locator('#iframe-code').inputValue(), /embed\/deadlines\/\?lang=en&amp;accent=8a1538"/);
  ctx.assertClean();
  await ctx.close();
});
