// scripts/shrink.mjs without a browser: the short names must leave a build
// and its glue working together, the same in every language's build, and
// refuse what it cannot rename safely. And the build in dist/ after it: the
// files it changed are named by their new content.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';

import binaryen from 'binaryen';

import { minifyCss, minifyModule, shortNames } from '../scripts/shrink.mjs';

const MODULE = './page_bg.js';
const ADD = '__wbg_add_0123456789abcdef';
const NEG = '__wbg_neg_fedcba9876543210';
const RUN = 'wasm_bindgen_0123___convert__closures_____invoke___true_';

/**
 * A build as wasm-bindgen shapes one: imports from the glue's module, long
 * exports, memory, and `extra` (an export the glue never names). `order`
 * flips the imports, as two builds may list them differently.
 */
function build({ order = [ADD, NEG], extra = '__abort_handler', constant = 1 } = {}) {
  const mod = new binaryen.Module();
  const i32 = binaryen.i32;
  for (const name of order) {
    const params = name === ADD ? binaryen.createType([i32, i32]) : i32;
    mod.addFunctionImport(name, MODULE, name, params, i32);
  }
  mod.setMemory(1, 1, 'memory');
  // run(x) = neg(add(x, constant)): both imports, so a wrong name fails.
  mod.addFunction(RUN, i32, i32, [], mod.call(NEG, [
    mod.call(ADD, [mod.local.get(0, i32), mod.i32.const(constant)], i32)], i32));
  mod.addFunctionExport(RUN, RUN);
  mod.addFunction('other', binaryen.none, i32, [], mod.i32.const(7));
  mod.addFunctionExport('other', extra);
  assert.ok(mod.validate());
  mod.addCustomSection('producers', new Uint8Array([0]));
  const bytes = Buffer.from(mod.emitBinary());
  mod.dispose();
  return bytes;
}

/** A glue in wasm-bindgen's style, evaluated: the imports object and a call. */
const GLUE = `
function imports() {
  return { '${MODULE}': {
    ${ADD}: function(a, b) { return a + b; },
    ${NEG}: function(a) { return -a; },
  } };
}
export async function run(bytes, x) {
  const { instance } = await WebAssembly.instantiate(bytes, imports());
  const wasm = instance.exports;
  return wasm.${RUN}(x);
}`;

const load = async (glue) => import(`data:text/javascript;base64,${Buffer.from(glue).toString('base64')}`);

test('shortNames: every build keeps working with the renamed glue, and no long name is left in either', async () => {
  const builds = [build(), build({ order: [NEG, ADD], constant: 1 })];
  assert.equal(WebAssembly.Module.customSections(new WebAssembly.Module(builds[0]), 'producers').length, 1);
  const before = await (await load(GLUE)).run(builds[0], 41);
  assert.equal(before, -42);
  const out = shortNames(builds, GLUE);
  assert.equal(out.renamed, 3, 'two imports and one export the glue names');
  const glue = await load(out.glue);
  for (const wasm of out.wasms) {
    assert.equal(await glue.run(wasm, 41), -42);
    const mod = new WebAssembly.Module(wasm);
    const names = [...WebAssembly.Module.imports(mod), ...WebAssembly.Module.exports(mod)].map((e) => e.name);
    for (const long of [ADD, NEG, RUN]) {
      assert.ok(!names.includes(long), `${long} renamed in the build`);
      assert.ok(!out.glue.includes(long), `${long} renamed in the glue`);
    }
    // memory and the export the glue never names are left for other loaders.
    assert.ok(names.includes('memory') && names.includes('__abort_handler'));
    assert.ok(wasm.length < builds[0].length);
    assert.deepEqual(WebAssembly.Module.customSections(mod, 'producers'), [], 'no custom section');
  }
  // The same names in both builds, whatever their order of imports.
  const importsOf = (wasm) => WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((e) => e.name).sort();
  assert.deepEqual(importsOf(out.wasms[0]), importsOf(out.wasms[1]));
});

test('shortNames refuses builds that differ in their names, and what is not WebAssembly', () => {
  assert.throws(() => shortNames([build(), build({ extra: '__instance_terminated' })], GLUE), /different names/);
  assert.throws(() => shortNames([Buffer.from('<!doctype html>')], GLUE), /not a WebAssembly binary/);
  const cut = build();
  assert.throws(() => shortNames([cut.subarray(0, cut.length - 3)], GLUE), /past the end/);
});

test('shortNames refuses a glue that already uses a short name', () => {
  assert.throws(() => shortNames([build()], `${GLUE}\nconst _0 = 1;`), /already uses the name _0/);
});

test('minifyModule keeps what a module exports and does; minifyCss keeps the rules', async () => {
  const min = await minifyModule(`${GLUE}\n// a comment\n`);
  assert.ok(min.length < GLUE.length && !min.includes('a comment'));
  assert.equal(await (await load(min)).run(build(), 1), -2);
  const css = await minifyCss('.button  {\n  min-height: 44px;  /* touch */\n  color: #ffffff;\n}\n');
  assert.equal(css.trim(), '.button{min-height:44px;color:#fff}');
});

test('in the build, every hashed file name is the hash of what the file holds (hosts keep such files for a year)', () => {
  const hashed = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      const m = e.name.match(/-([0-9a-f]{12,16})(?:_bg\.wasm|\.js|\.css)$/);
      if (m) hashed.push([path, m[1]]);
    }
  };
  walk('dist');
  assert.ok(hashed.length > 60, `hashed files in dist/ (${hashed.length})`);
  const wrong = hashed.filter(([path, hash]) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16) !== hash);
  assert.deepEqual(wrong.map(([path]) => path), []);
});
