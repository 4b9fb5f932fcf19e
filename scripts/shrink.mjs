// What scripts/languages.mjs does to a page's files after Trunk, for size
// (#13): none of it changes what the code does.
//   - shortNames: wasm-bindgen names every function the .wasm imports from
//     its JS glue, and some it exports, after the Rust path with a 16-digit
//     hash (`__wbg_lastChild_d03af7c29f69e2ad`); both files carry every name,
//     and brotli cannot shrink the hashes. They become `_0`, `_1`, … in the
//     .wasm's import and export sections and in the glue alike.
//     The custom sections (notes for tools) are left out.
//   - minifyModule, minifyCss: esbuild, as Trunk ships both unminified.
// Measured on the answer page (BENCHMARKS.md): .wasm −2.5 KB, glue
// 6.5 → 3.3 KB, stylesheet 4.0 → 3.3 KB, brotli.
import { transform } from 'esbuild';

/** Reads the unsigned LEB128 at `at`: [value, next offset]. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

const CUSTOM_SECTION = 0;
const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/**
 * The sections of a .wasm: [{ id, body }] in order. Throws on anything that
 * is not a WebAssembly 1 binary, so a damaged input never ships.
 */
function sections(wasm) {
  if (wasm.readUInt32BE(0) !== 0x0061736d || wasm.readUInt32LE(4) !== 1) {
    throw new Error('shrink: not a WebAssembly binary');
  }
  const out = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    if (body + size > wasm.length) throw new Error('shrink: a section runs past the end of the .wasm');
    out.push({ id, body: wasm.subarray(body, body + size) });
    at = body + size;
  }
  return out;
}

/** A name in a section: [text, next offset]. */
function readName(bytes, at) {
  const [len, start] = readLeb(bytes, at);
  return [bytes.subarray(start, start + len).toString('utf8'), start + len];
}
const name = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text, 'utf8')]);

/** The end of an import's description (its kind and type) starting at `at`. */
function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const [flags, q] = readLeb(bytes, p);
    let [, r] = readLeb(bytes, q);
    if (flags & 1) [, r] = readLeb(bytes, r);
    return r;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`shrink: unknown import kind ${kind}`);
  }
}

/**
 * Rewrites the names of a section of imports (or exports): `rename(field)`
 * gives the new field name. Returns the new body and every [module, field]
 * it read (the module is empty for an export).
 */
function renameEntries(body, isImport, rename) {
  const [count, first] = readLeb(body, 0);
  const parts = [leb(count)];
  const seen = [];
  let at = first;
  for (let i = 0; i < count; i++) {
    let module = '';
    if (isImport) [module, at] = readName(body, at);
    let field;
    [field, at] = readName(body, at);
    const descStart = at;
    at = isImport ? skipImportDesc(body, at) : readLeb(body, at + 1)[1];
    seen.push([module, field]);
    if (isImport) parts.push(name(module));
    parts.push(name(rename(field)), body.subarray(descStart, at));
  }
  if (at !== body.length) throw new Error('shrink: a name section has bytes after its entries');
  return { body: Buffer.concat(parts), seen };
}

/** Whole-word occurrences of `word` (wasm-bindgen's names are \w only). */
const wordRe = (word) => new RegExp(`(?<![\\w$])${word}(?![\\w$])`, 'g');

/**
 * `wasms` are the builds of one page (one per language) and `glue` their
 * shared JS; the builds come back without custom sections. Every name the
 * glue uses to import into or call out of them is replaced by a short one,
 * the same in every build (the names are sorted before numbering, so the
 * builds' order of imports does not matter).
 * Names the glue does not mention (the exports wasm-bindgen adds for other
 * loaders) are left. The builds must import and export the same names, or
 * one glue could not serve them all.
 */
export function shortNames(wasms, glue) {
  const parsed = wasms.map(sections);
  const isNames = (id) => id === IMPORT_SECTION || id === EXPORT_SECTION;
  /** Every name a build imports or exports (section, module, field), sorted. */
  const namesOf = (secs) => secs.filter(({ id }) => isNames(id))
    .flatMap(({ id, body }) => renameEntries(body, id === IMPORT_SECTION, (f) => f).seen.map(([m, f]) => [id, m, f].join('\0')))
    .sort();
  const reference = namesOf(parsed[0]);
  if (parsed.some((secs) => namesOf(secs).join('\n') !== reference.join('\n'))) {
    throw new Error('shrink: the builds of one page import or export different names');
  }
  const fields = [...new Set(reference.map((line) => line.split('\0')[2]))]
    .filter((field) => /^\w+$/.test(field) && field !== 'memory' && wordRe(field).test(glue))
    .sort();
  const short = new Map(fields.map((field, i) => [field, `_${i.toString(36)}`]));
  for (const s of short.values()) {
    if (wordRe(s).test(glue)) throw new Error(`shrink: the glue already uses the name ${s}`);
  }
  const renamed = parsed.map((secs) => Buffer.concat([
    Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
    // Custom sections (`producers`, `target_features`) are notes for tools,
    // never read when the page runs.
    ...secs.filter(({ id }) => id !== CUSTOM_SECTION).flatMap(({ id, body }) => {
      const out = isNames(id)
        ? renameEntries(body, id === IMPORT_SECTION, (f) => short.get(f) ?? f).body
        : body;
      return [Buffer.from([id]), leb(out.length), out];
    }),
  ]));
  let text = glue;
  for (const [field, s] of short) text = text.replace(wordRe(field), s);
  return { wasms: renamed, glue: text, renamed: short.size };
}

/**
 * The browsers the app runs in already: loader.js is a module with a
 * top-level await. The minified files use no syntax newer than theirs.
 */
const BROWSERS = ['chrome89', 'edge89', 'firefox89', 'safari15'];

/** An ES module minified (its top-level names too: a module's are its own). */
export async function minifyModule(code) {
  return (await transform(code, { loader: 'js', minify: true, format: 'esm', target: BROWSERS, legalComments: 'none' })).code;
}

/** A stylesheet minified. */
export async function minifyCss(code) {
  return (await transform(code, { loader: 'css', minify: true, target: BROWSERS, legalComments: 'none' })).code;
}
