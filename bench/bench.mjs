// Cold-load measurements of the release build in dist/. Each run is a new
// browser context (empty cache), 360×740, CPU throttled 4× through CDP.
import { chromium } from 'playwright-core';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSurveyJs } from './surveyjs/template-to-surveyjs.mjs';
import { brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../scripts/static-server.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const DIST = 'dist';

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** A questionnaire already started on the device, as the app stores it. */
const STORED_QUESTIONNAIRE = {
  'kooliabi:q:index': JSON.stringify([{ id: 'bench', name: 'Mari', template: 'general', role: 'student' }]),
  'kooliabi:q:bench': JSON.stringify({ answers: { template_id: 'general', template_version: 1, role: 'student', values: {} }, section: 0, overview: false }),
};

/**
 * Every page of the site as a user first opens it: one small app per tool
 * area (crates/web/src/area.rs), so each is measured on its own. `url` is
 * relative to the site; `ready` means a user can act.
 */
const PAGES = [
  { name: 'home', url: '/', ready: () => !!document.querySelector('main h1') && !!document.querySelector('.lang-switch__button') },
  { name: 'questionnaire (answer area), stored questionnaire', url: '/answer/#/questionnaire/bench', storage: STORED_QUESTIONNAIRE, ready: () => !!document.querySelector('#q-topics:not([disabled])') },
  { name: 'questionnaires: start one, the list', url: '/questionnaires/#/questionnaires', ready: () => !!document.querySelector('main h1') && !!document.querySelector('main button') },
  { name: 'teacher workspace (conversations)', url: '/teacher/#/conversations', ready: () => !!document.querySelector('main h1') && !!document.querySelector('main button') },
  { name: 'planner', url: '/planner/#/planner', ready: () => !!document.querySelector('main h1') && !!document.querySelector('main input') },
  { name: 'grades: points to grade', url: '/grades/#/points', ready: () => !!document.querySelector('#max') },
  { name: 'vocational: modules', url: '/vocational/#/modules', ready: () => !!document.querySelector('main h1') && !!document.querySelector('main input, main textarea') },
  { name: 'dates: deadlines', url: '/dates/#/deadlines', ready: () => !!document.querySelector('main h1') && !!document.querySelector('main select, main input') },
  { name: 'privacy', url: '/privacy/#/privacy', ready: () => !!document.querySelector('main h1') && !!document.querySelector('main button') },
  // Widgets, when the build has them (dist/embed/<tool>/).
  ...(existsSync(join(DIST, 'embed')) ? readdirSync(join(DIST, 'embed')).filter((t) => existsSync(join(DIST, 'embed', t, 'index.html'))).map((t) => (
    { name: `widget: ${t}`, url: `/embed/${t}/`, ready: () => !!document.querySelector('main h1, main h2, main input, main button') })) : []),
];

// Brotli at quality 11, as a host would precompress.
const server = await serve(DIST, 0, '127.0.0.1', { brotliQuality: 11 });
const base = `http://127.0.0.1:${server.address().port}`;

// SurveyJS doing the same questionnaire: survey-core + survey-js-ui from
// npm, the general template as SurveyJS JSON, served the same way.
const SJS = 'bench/results/surveyjs';
mkdirSync(SJS, { recursive: true });
for (const f of ['survey-core/survey.core.min.js', 'survey-core/survey-core.fontless.min.css', 'survey-js-ui/survey-js-ui.min.js']) {
  copyFileSync(join('node_modules', f), join(SJS, f.split('/')[1]));
}
for (const f of ['index.html', 'start.js']) copyFileSync(join('bench/surveyjs', f), join(SJS, f));
const general = JSON.parse(readFileSync('crates/core/src/questionnaire/templates/general.json', 'utf8'));
writeFileSync(join(SJS, 'survey.js'), `window.SURVEY_JSON = ${JSON.stringify(toSurveyJs(general))};\n`);
const sjsServer = await serve(SJS, 0, '127.0.0.1', { brotliQuality: 11 });
const sjsBase = `http://127.0.0.1:${sjsServer.address().port}`;

// BASELINE=<another build's dist/>: that build is timed on the phone
// profile in the same run, alternating, so a change is measured against
// what it changed under the same machine load (times of separate runs are
// not comparable here).
const BASELINE = process.env.BASELINE;
const baselineServer = BASELINE ? await serve(BASELINE, 0, '127.0.0.1', { brotliQuality: 11 }) : null;
const baselineBase = baselineServer ? `http://127.0.0.1:${baselineServer.address().port}` : null;

// Warm the servers' brotli caches (quality 11 takes seconds for the .wasm),
// so no measured run waits for compression.
for (const [url, dir] of [[base, DIST], [sjsBase, SJS], ...(BASELINE ? [[baselineBase, BASELINE]] : [])]) {
  for (const f of readdirSync(dir, { recursive: true })) {
    if (statSync(join(dir, f)).isFile()) await fetch(`${url}/${f}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
  }
}

/** Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4×. */
const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, connectionType: 'cellular4g' };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

/**
 * A new context with `storage` on the device and an empty cache, its page
 * throttled 4× in CPU (and on `network`, when given) through CDP.
 */
async function throttledPage(storage, network) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  if (storage) {
    await context.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
    }, storage);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

async function coldLoad(url, ready, storage) {
  const { context, page } = await throttledPage(storage);
  const files = new Set();
  page.on('response', (r) => files.add(new URL(r.url()).pathname));
  await page.goto(`${base}${url}`);
  await page.waitForFunction(ready, null, { polling: 'raf', timeout: 60000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return { ms, files: [...files] };
}

/** Paste 1,000 rows into the class calculator; time until the summary and table show them. */
async function classList() {
  const { context, page } = await throttledPage();
  await page.goto(`${base}/grades/#/class`);
  await page.locator('#max').fill('40');
  const text = Array.from({ length: 1000 }, (_, i) => `Õpilane ${i}\t${i % 40},5`).join('\n');
  const ms = await page.evaluate(async (text) => {
    const area = document.querySelector('#class-text');
    const t0 = performance.now();
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((done) => {
      const check = () => (document.querySelector('#class-summary')?.textContent.includes('1000')
        && document.querySelectorAll('.class-table tbody tr').length > 0 ? done() : requestAnimationFrame(check));
      check();
    });
    await new Promise((done) => requestAnimationFrame(() => done()));
    return performance.now() - t0;
  }, text);
  await context.close();
  return ms;
}

console.log('\nevery page, first load (CPU 4×, loopback network): whole first load brotli (quality 11) and time to ready');
console.log('| page | files | raw | brotli | ready, median (min–max) |');
console.log('|---|---|---|---|---|');
for (const { name, url, ready, storage } of PAGES) {
  const times = [];
  let files = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await coldLoad(url, ready, storage);
    times.push(r.ms);
    files = r.files;
  }
  let raw = 0;
  let br = 0;
  for (const f of files) {
    const p = join(DIST, f.endsWith('/') ? `${f}index.html` : f);
    const buf = readFileSync(p);
    raw += buf.length;
    br += brotli(buf);
  }
  console.log(`| ${name} (\`${url}\`) | ${files.length} | ${kb(raw)} | **${kb(br)}** | ${median(times).toFixed(0)} ms (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}) |`);
}

/** The teacher makes an invitation (unthrottled); the link a parent would get. */
async function makeInvitation() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/teacher/#/conversations`);
  await page.getByLabel('Õpilase nimi').fill('Mari Maasikas');
  await page.getByLabel('Klass või rühm').fill('7.B');
  await page.getByLabel('Sinu nimi (klassijuhataja)').fill('Tiina Tamm');
  await page.getByLabel('Vestluse kuupäev').fill('2026-12-11');
  await page.getByRole('button', { name: 'Tee kutse link' }).click();
  await page.waitForFunction(() => document.querySelector('#invite-link')?.value.includes('#/answer?i='));
  const link = await page.locator('#invite-link').inputValue();
  await context.close();
  return link;
}
const invitation = await makeInvitation();

/**
 * One cold load on the phone profile: new context, no cache, the network
 * and CPU throttled; time from navigation until the first question can be
 * answered, and the bytes that crossed the network (brotli as served).
 */
async function phoneLoad(url, ready, storage) {
  const { context, page, cdp } = await throttledPage(storage, PHONE_NETWORK);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(url);
  await page.waitForFunction(ready, null, { polling: 'raf', timeout: 120000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return { ms, bytes };
}

const kooliabiPhone = [];
const invitationPhone = [];
const surveyjsPhone = [];
const baselinePhone = [];
const baselineInvitationPhone = [];
let kooliabiBytes = 0;
let invitationBytes = 0;
let surveyjsBytes = 0;
let baselineBytes = 0;
const QUESTION_READY = () => !!document.querySelector('#q-topics:not([disabled])');
const START_READY = () => !!document.querySelector('main .button--primary:not([disabled])');
for (let i = 0; i < RUNS; i++) {
  // Alternating, so all meet the same machine load.
  const k = await phoneLoad(`${base}/answer/#/questionnaire/bench`, QUESTION_READY, STORED_QUESTIONNAIRE);
  const inv = await phoneLoad(invitation, START_READY);
  const s = await phoneLoad(`${sjsBase}/`, () => !!document.querySelector('.sd-question textarea, .sd-question input:not([type=hidden])'));
  kooliabiPhone.push(k.ms);
  invitationPhone.push(inv.ms);
  surveyjsPhone.push(s.ms);
  kooliabiBytes = k.bytes;
  invitationBytes = inv.bytes;
  surveyjsBytes = s.bytes;
  if (BASELINE) {
    const b = await phoneLoad(`${baselineBase}/answer/#/questionnaire/bench`, QUESTION_READY, STORED_QUESTIONNAIRE);
    const binv = await phoneLoad(invitation.replace(base, baselineBase), START_READY);
    baselinePhone.push(b.ms);
    baselineInvitationPhone.push(binv.ms);
    baselineBytes = b.bytes;
  }
}
const [km, im, sm] = [median(kooliabiPhone), median(invitationPhone), median(surveyjsPhone)];
const line = (xs) => `median ${median(xs).toFixed(0)} ms of ${RUNS} (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
console.log('\nphone profile (360×740, 150 ms RTT, 1.6 Mbit/s down, CPU 4×, brotli from the server), alternating runs:');
console.log(`  Kooliabi, questionnaire opened by a link → first question answerable: ${line(kooliabiPhone)}, ${kb(kooliabiBytes)} over the network`);
console.log(`  Kooliabi, invitation link (${invitation.length} characters) → its start button usable: ${line(invitationPhone)}, ${kb(invitationBytes)} over the network`);
console.log(`  SurveyJS 2.5.38 (survey-core + survey-js-ui), the same questionnaire → first question answerable: ${line(surveyjsPhone)}, ${kb(surveyjsBytes)} over the network`);
console.log(`  ratio Kooliabi / SurveyJS: ${(km / sm).toFixed(2)} (invitation: ${(im / sm).toFixed(2)})`);
if (BASELINE) {
  const [bm, bim] = [median(baselinePhone), median(baselineInvitationPhone)];
  console.log(`  baseline (${BASELINE}), questionnaire by a link: ${line(baselinePhone)}, ${kb(baselineBytes)} over the network; invitation: ${line(baselineInvitationPhone)}`);
  console.log(`  this build against the baseline: ${(km - bm).toFixed(0)} ms (invitation ${(im - bim).toFixed(0)} ms), ratio to SurveyJS ${(bm / sm).toFixed(2)} → ${(km / sm).toFixed(2)}`);
}

const classTimes = [];
for (let i = 0; i < RUNS; i++) classTimes.push(await classList());
console.log(`\nclass list: paste 1,000 rows → all converted, summary, chart and first table rows rendered: median ${median(classTimes).toFixed(0)} ms of ${RUNS} (min ${Math.min(...classTimes).toFixed(0)}, max ${Math.max(...classTimes).toFixed(0)})`);

/** Type 300 characters into a long answer; time per keystroke including autosave. */
async function typing() {
  const { context, page } = await throttledPage(STORED_QUESTIONNAIRE);
  await page.goto(`${base}/answer/#/questionnaire/bench`);
  await page.locator('#q-topics').click();
  const text = 'Tahaksin rääkida matemaatikast, trennist ja sellest, kuidas kodus õppida. '.repeat(4).slice(0, 300);
  const t0 = Date.now();
  await page.keyboard.type(text);
  await page.waitForFunction((n) => document.querySelector('#q-topics').value.length === n, text.length);
  const ms = (Date.now() - t0) / text.length;
  const saved = await page.evaluate(() => { const s = JSON.parse(localStorage.getItem('kooliabi:q:bench')); return (s.data ?? s).answers.values.topics.value.length; });
  await context.close();
  return { ms, saved, n: text.length };
}
const typed = [];
let last;
for (let i = 0; i < 3; i++) { last = await typing(); typed.push(last.ms); }
console.log(`\ntyping a long answer (${last.n} keystrokes, 4× throttle, autosave on each): median ${median(typed).toFixed(1)} ms per keystroke of 3 runs; saved ${last.saved} characters`);

console.log('\nper area, the .wasm and JS glue:');
for (const dir of ['', ...readdirSync(DIST, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)]) {
  const area = join(DIST, dir);
  const parts = readdirSync(area).filter((f) => f.endsWith('.wasm') || (f.endsWith('.js') && f !== 'loader.js'));
  for (const f of parts) {
    const b = readFileSync(join(area, f));
    console.log(`  ${dir || '(root)'}/${f}: ${kb(b.length)} raw, ${kb(brotli(b))} brotli`);
  }
}
await browser.close();
server.close();
sjsServer.close();
baselineServer?.close();
