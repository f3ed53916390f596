// Serves a folder of static files on 127.0.0.1, optionally under a sub-path,
// with the MIME types a WebAssembly page needs, compressed (brotli or gzip) as
// a real host sends it. No dependencies.
//
// Usage: node tests/static-server.mjs DIR [--port 8080] [--base /courses/ecm/] [--cors]
// --cors sends Access-Control-Allow-Origin: * (as GitHub Pages does), which a
// sandboxed iframe without allow-same-origin needs to load the page's modules.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import zlib, { brotliCompressSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');
const port = Number(option('--port', '8080'));
const cors = args.includes('--cors');
let base = option('--base', '/');
if (!base.startsWith('/')) base = '/' + base;
if (!base.endsWith('/')) base += '/';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Compressed bodies, kept per file, encoding and content.
const cache = new Map();
function compressed(file, raw, encoding) {
  const key = `${encoding}:${file}:${createHash('sha1').update(raw).digest('hex')}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === 'br'
      ? brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(raw, { level: 9 }));
  }
  return cache.get(key);
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path + '/' === base) {
      res.writeHead(301, { Location: base + url.search });
      return res.end();
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    path = normalize(path.slice(base.length));
    let file = join(root, path);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403);
      return res.end();
    }
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const raw = await readFile(file);
    // Compressed as a real host (GitHub Pages, a course server) would send it.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const body = encoding ? compressed(file, raw, encoding) : raw;
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      // Files whose names carry a content hash never change: kept for a year,
      // as a host configured for them would; the rest is checked each time.
      'Cache-Control': /-[0-9a-f]{12}(_bg)?\.(js|wasm|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`ecm-calc is served at http://127.0.0.1:${port}${base}  (Ctrl+C to stop)`);
});
