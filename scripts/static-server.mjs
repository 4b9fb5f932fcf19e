// A small static file server for dist/, bound to loopback only. Used by
// `scripts/serve.sh`, the browser tests and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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

/** Trunk names built files `name-<16 hex>.ext`: their content never changes. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

/**
 * The HTTP headers README.md ("Deploying on a school's server") asks a host
 * to send: the page's own CSP plus `frame-ancestors` (which a <meta> CSP
 * cannot carry), no sniffing, no referrer, and caching that lets hashed
 * files live forever while index.html and loader.js are always revalidated.
 */
export function headersFor(file, csp) {
  return {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(csp ? { 'Content-Security-Policy': `${csp}; frame-ancestors 'none'` } : {}),
  };
}

/** The CSP of the built page, from its <meta> (one source for both). */
async function pageCsp(base) {
  const html = await readFile(join(base, 'index.html'), 'utf8').catch(() => '');
  return html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
}

export async function serve(root, port = 8080, host = '127.0.0.1') {
  const base = resolve(root);
  const csp = await pageCsp(base);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, headersFor(file, csp));
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  await serve(root, Number(port));
}
