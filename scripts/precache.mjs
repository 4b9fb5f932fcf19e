// Post-build step over the whole of dist/ (run by scripts/build.sh after
// every Trunk build): installs the offline layer at the root of dist/.
//   - copies static/sw-register.js to dist/sw-register.js without its
//     whole-line comments (every page includes it from there);
//   - writes dist/sw.js from the template static/sw.js with this release's
//     version (a hash of every file's path and content) and the list of every
//     file to keep offline, found by walking dist/ (no names or folders are
//     written down here, so any layout of areas works).
// The output depends only on the files: the same dist/ gives the same sw.js.
//
//   node scripts/precache.mjs <distDir>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { HASHED } from './static-server.mjs';

const STATIC = new URL('../static/', import.meta.url);
const WORKER = 'sw.js';
const REGISTER = 'sw-register.js';
/** Not served to the app: precompressed copies, source maps, hidden files. */
const SKIP = /(^|\/)\.|\.(br|gz|map)$/;
/**
 * Widgets (embed/) run inside schools' pages, not in the app: caching them
 * would make every first visit download every widget too.
 */
const NOT_OFFLINE = /^embed\//;

/** Every file under `dir`, as sorted POSIX paths relative to it. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return walk(full, base);
    return e.isFile() ? [relative(base, full).split(sep).join('/')] : [];
  });
}

const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** `dist`'s files to cache, its version, and the sw.js text; no writing. */
export function precache(dist, template) {
  const files = walk(dist).filter((f) => f !== WORKER && !SKIP.test(f) && !NOT_OFFLINE.test(f)).sort(byCodePoint);
  const hash = createHash('sha256').update(template);
  for (const f of files) hash.update(`\0${f}\0`).update(readFileSync(join(dist, f)));
  const version = hash.digest('hex').slice(0, 16);
  // A folder is opened by its address ending in "/": cache its index.html
  // under that too ("./" for the root).
  const urls = files.flatMap((f) => {
    const url = f.split('/').map(encodeURIComponent).join('/');
    if (posix.basename(f) !== 'index.html') return [url];
    const dir = posix.dirname(url);
    return [dir === '.' ? './' : `${dir}/`, url];
  });
  const text = template
    .replace('/__KOOLIABI_HASHED__/', `/${HASHED.source}/`)
    .replace("'__KOOLIABI_VERSION__'", JSON.stringify(version))
    .replace("['__KOOLIABI_FILES__']", JSON.stringify(urls, null, 2));
  if (text.includes('__KOOLIABI_')) throw new Error('precache: static/sw.js lost a placeholder');
  return { files, urls, version, text };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node scripts/precache.mjs <distDir>');
  // Every page loads it, the home page included (≤ 30 KB in all): its
  // whole-line comments are for people reading static/, not for phones.
  const register = readFileSync(new URL(REGISTER, STATIC), 'utf8');
  writeFileSync(join(dist, REGISTER), register.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n'));
  const { urls, version, text } = precache(dist, readFileSync(new URL(WORKER, STATIC), 'utf8'));
  writeFileSync(join(dist, WORKER), text);
  console.log(`precache: ${WORKER} version ${version}, ${urls.length} addresses`);
}
