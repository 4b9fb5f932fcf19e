// Trunk post-build hook: Trunk writes its wasm loader as an inline
// <script type="module">. The Content-Security-Policy allows no inline
// scripts, so the loader moves into loader.js beside index.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk)');
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"( nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (!m) throw new Error('postbuild: Trunk\'s inline loader script was not found in index.html');
writeFileSync(join(dir, 'loader.js'), m[2].trim() + '\n');
writeFileSync(indexPath, html.replace(inline, '<script type="module" src="./loader.js"></script>'));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(readFileSync(indexPath, 'utf8'))) {
  throw new Error('postbuild: an inline script is still in index.html; the CSP would block it');
}
console.log('postbuild: moved the inline loader to loader.js');
