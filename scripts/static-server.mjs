// A small static file server for dist/, bound to loopback only. Used by
// `scripts/serve.sh`, the browser tests and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Trunk names built files `name-<hash>.ext` (a 64-bit hash in hex, leading zeros dropped): their content never changes. */
export const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

/**
 * The HTTP headers README.md ("Deploying on a school's server") asks a host
 * to send: the page's own CSP plus `frame-ancestors` (which a <meta> CSP
 * cannot carry), no sniffing, no referrer, and caching that lets hashed
 * files live forever while index.html and loader.js are always revalidated.
 * Widget pages (`embed/…`) may be framed by any school's site; every other
 * page by none.
 */
export function headersFor(file, csp, { frameable = false } = {}) {
  return {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Everything else, sw.js above all, is revalidated: a browser finds a new
    // release by fetching sw.js, and a cached one would hide it.
    'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(csp ? { 'Content-Security-Policy': `${csp}; frame-ancestors ${frameable ? '*' : "'none'"}` } : {}),
  };
}

/** The CSP of the built page, from its <meta> (one source for both). */
async function pageCsp(base) {
  const html = await readFile(join(base, 'index.html'), 'utf8').catch(() => '');
  return html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
}

/** Types worth compressing (everything but images that are compressed already). */
const COMPRESSIBLE = /\.(html|m?js|css|wasm|svg|json|webmanifest|txt)$/;
/** Brotli output per (quality, file, modification time): built once. */
const compressed = new Map();

async function brotli(file, body, quality) {
  const key = `${quality}:${file}:${(await stat(file)).mtimeMs}`;
  if (!compressed.has(key)) {
    compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }));
  }
  return compressed.get(key);
}

/**
 * Serves `root` on loopback, brotli-compressed when the browser accepts it
 * (as a school's host should). `brotliQuality` 11 is what a host would
 * precompress with (the benchmark); tests use a quicker one.
 */
export async function serve(root, port = 8080, host = '127.0.0.1', { brotliQuality = 5 } = {}) {
  let base = resolve(root);
  let csp = await pageCsp(base);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = headersFor(file, csp, { frameable: file.startsWith(join(base, 'embed') + sep) });
      if (COMPRESSIBLE.test(file) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'Content-Encoding': 'br', Vary: 'Accept-Encoding' });
        res.end(await brotli(file, body, brotliQuality));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  /** Serves another folder from now on, on the same origin (a new release, for the offline test). */
  server.serveFrom = async (dir) => {
    base = resolve(dir);
    csp = await pageCsp(base);
  };
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  await serve(root, Number(port));
}
