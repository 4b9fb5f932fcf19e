// Post-build step of scripts/build.sh, after Trunk: one language per load
// (#13). Trunk built every page from the Estonian build of its binary
// (`--features lang-et`); build.sh has compiled the English and Russian
// builds of every binary into <target>/lang/<lang>/<bin>.wasm. For each page
// folder of dist/ (one with a loader.js), this
//   - makes each language's .wasm the way Trunk makes the Estonian one
//     (wasm-bindgen --target web, wasm-opt -Oz) and checks that its JS glue
//     is byte for byte the page's (the builds differ in their strings only,
//     so one glue serves all three);
//   - shortens the names the three builds and their glue share, and
//     minifies the glue and the page's stylesheets (scripts/shrink.mjs),
//     each named anew by its content, with its `integrity` in the page;
//   - names every .wasm by language and content, <bin>-<lang>-<hash>_bg.wasm
//     (the service worker keeps the language in use from these names);
//   - writes loader.js, which picks the build of the language in use;
//   - points an area page's .wasm preload at its Estonian build, the one
//     a first visit loads (no choice is stored before the first visit, and
//     the page's loader.js would otherwise start the download one round
//     trip later); later visits are served by the service worker, which
//     drops the preload from the page (static/sw.js), so a device that
//     uses English or Russian does not fetch the Estonian build. A widget
//     page has no preload: its language is the host page's `?lang=`.
//
//   node scripts/languages.mjs <distDir> <targetDir>
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

import { minifyCss, minifyModule, shortNames } from './shrink.mjs';

const run = promisify(execFile);
export const LANGS = ['et', 'en', 'ru'];

/** What Trunk gives wasm-opt besides -Oz: index.html's data-wasm-opt-params
 * (the same in every page template), so all three languages are optimised alike. */
const WASM_OPT_PARAMS = readFileSync(new URL('../index.html', import.meta.url), 'utf8')
  .match(/data-wasm-opt-params="([^"]*)"/)[1].split(' ');
/** The languages build.sh compiled beside Trunk's Estonian build. */
const OTHERS = LANGS.filter((l) => l !== 'et');

/** Trunk's loader: `import init, * as bindings from './<bin>-<hash>.js'` and its `_bg.wasm`. */
const TRUNK_LOADER = /from '\.\/(([a-z_]+)-([0-9a-f]+))\.js'[\s\S]*module_or_path: '\.\/\1_bg\.wasm'/;

/** Every folder under `dir` (itself included) that holds a loader.js. */
function pageFolders(dir) {
  const here = existsSync(join(dir, 'loader.js')) ? [dir] : [];
  return here.concat(readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => pageFolders(join(dir, e.name))));
}

const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * The loader of one page: `builds` maps each language to its .wasm file.
 * It is shipped as written, so it explains itself here, not in comments:
 * the language is, in order, `?lang=` in the address (a widget's setting,
 * or a switch while storage is refused), the choice stored on this device
 * (sessionStorage in shared-computer mode, as crates/web/src/storage.rs;
 * read the two ways Lang::from_stored reads it), Estonian. It is set on
 * <html> at once (screen readers; sw-register.js tells the worker). If that
 * build cannot be fetched (offline, a language not kept on this device),
 * another language's is used and <html lang> says which.
 */
export function loaderText(glue, builds) {
  return `// Kooliabi: this page in the language in use (scripts/languages.mjs).
const BUILDS = ${JSON.stringify(builds)};
const LANGS = Object.keys(BUILDS);
function chosen() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(asked)) return asked;
  try {
    const shared = sessionStorage.getItem('kooliabi-mode:shared') !== null;
    const stored = (shared ? sessionStorage : localStorage).getItem('kooliabi:lang') ?? '';
    const code = /^\\s*(?:\\{"v":1,"data":)?"([a-z]+)"\\}?\\s*$/.exec(stored);
    if (code && LANGS.includes(code[1])) return code[1];
  } catch {}
  return LANGS[0];
}
async function fetchBuild(first) {
  for (const lang of [first, ...LANGS.filter((l) => l !== first)]) {
    try {
      const response = await fetch(BUILDS[lang]);
      if (response.ok) {
        document.documentElement.lang = lang;
        return response;
      }
    } catch {}
  }
  throw new Error('kooliabi: no build of this page could be loaded');
}
const lang = chosen();
document.documentElement.lang = lang;
const response = fetchBuild(lang);
const bindings = await import('./${glue}.js');
const wasm = await bindings.default({ module_or_path: response });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
}

/** Whether a page folder is a widget's (dist/embed/<tool>/). */
const isWidget = (dist, folder) => relative(dist, folder).split('/')[0] === 'embed';

/**
 * The preload of a page's build as loader.js fetches it: no integrity
 * (Chrome would not hand a preload checked by integrity to a fetch without
 * it, and download twice), `crossorigin` as fetch's same-origin credentials.
 * static/sw.js finds it by `data-build`.
 */
const buildPreload = (file) => `<link rel="preload" href="${file}" as="fetch" type="application/wasm" crossorigin data-build>`;

/**
 * Writes `contents` in place of the file `href` (`./<name>-<hash>.<ext>`,
 * as Trunk named it) under a name with the hash of `contents`; returns that
 * name and `html` with the tag that loads the file pointing there, its
 * `integrity` that of `contents`. A hashed name must change with what the
 * file holds: hosts keep such files for a year (README).
 */
function replaceFile(html, folder, href, contents) {
  const m = href.match(/^\.\/(.+)-[0-9a-f]{12,16}(\.[a-z]+)$/);
  if (!m) throw new Error(`languages: ${href} is not a hashed file name`);
  const renamed = `./${m[1]}-${hash16(contents)}${m[2]}`;
  const tag = new RegExp(`(<link[^>]*href=")${href.replace(/\./g, '\\.')}("[^>]*integrity=")([^"]+)(")`);
  if (!tag.test(html)) throw new Error(`languages: no tag with integrity loads ${href}`);
  rmSync(join(folder, href));
  writeFileSync(join(folder, renamed), contents);
  const sri = `sha384-${createHash('sha384').update(contents).digest('base64')}`;
  return { html: html.replace(tag, `$1${renamed}$2${sri}$4`), renamed };
}

/** Runs `jobs` (functions returning promises) two at a time: two cores. */
async function inPairs(jobs) {
  const queue = [...jobs];
  const worker = async () => { while (queue.length) await queue.shift()(); };
  await Promise.all([worker(), worker()]);
}

async function languages(dist, target) {
  const folders = pageFolders(dist);
  if (folders.length === 0) throw new Error(`languages: no loader.js under ${dist}`);
  const jobs = folders.map((folder) => async () => {
    const loader = readFileSync(join(folder, 'loader.js'), 'utf8');
    const m = loader.match(TRUNK_LOADER);
    if (!m) throw new Error(`languages: ${join(folder, 'loader.js')} is not Trunk's loader`);
    const [, glue, bin] = m;
    const glueText = readFileSync(join(folder, `${glue}.js`));
    const bytes = { et: readFileSync(join(folder, `${glue}_bg.wasm`)) };
    for (const lang of OTHERS) {
      const input = join(target, 'lang', lang, `${bin}.wasm`);
      const out = join(target, 'lang', 'bindgen', lang, bin);
      mkdirSync(out, { recursive: true });
      await run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', bin, input]);
      if (!readFileSync(join(out, `${bin}.js`)).equals(glueText)) {
        throw new Error(`languages: the ${lang} build of ${bin} needs other JS glue than the Estonian one`);
      }
      const optimised = join(out, `${bin}.opt.wasm`);
      await run('wasm-opt', ['-Oz', ...WASM_OPT_PARAMS, '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
        join(out, `${bin}_bg.wasm`), '-o', optimised]);
      bytes[lang] = readFileSync(optimised);
    }
    // Short names in all three builds and their one glue, then the glue minified.
    const short = shortNames(LANGS.map((lang) => bytes[lang]), glueText.toString('utf8'));
    const builds = {};
    LANGS.forEach((lang, i) => {
      const name = `${bin}-${lang}-${hash16(short.wasms[i])}_bg.wasm`;
      writeFileSync(join(folder, name), short.wasms[i]);
      builds[lang] = `./${name}`;
    });
    rmSync(join(folder, `${glue}_bg.wasm`));
    const glueMin = await minifyModule(short.glue);
    const indexPath = join(folder, 'index.html');
    let html = readFileSync(indexPath, 'utf8');
    const preload = new RegExp(`<link rel="preload" href="\\./${glue}_bg\\.wasm"[^>]*>`);
    if (!preload.test(html)) throw new Error(`languages: ${indexPath} has no preload of ${glue}_bg.wasm`);
    html = html.replace(preload, isWidget(dist, folder) ? '' : buildPreload(builds.et));
    const js = replaceFile(html, folder, `./${glue}.js`, glueMin);
    html = js.html;
    writeFileSync(join(folder, 'loader.js'), loaderText(js.renamed.slice(2, -3), builds));
    // The page's own stylesheets, minified (Trunk's are not).
    for (const [, href] of html.matchAll(/<link rel="stylesheet" href="(\.\/[^"]+\.css)"/g)) {
      ({ html } = replaceFile(html, folder, href, await minifyCss(readFileSync(join(folder, href), 'utf8'))));
    }
    writeFileSync(indexPath, html);
    console.log(`languages: ${relative(dist, folder) || '.'} (${bin}) in ${Object.keys(builds).join(', ')}`);
  });
  await inPairs(jobs);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, target] = process.argv.slice(2);
  if (!dist || !target) throw new Error('usage: node scripts/languages.mjs <distDir> <targetDir>');
  await languages(dist, target);
}
