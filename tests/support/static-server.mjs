// A small static file server for the built site: used by `npm start` and by the end-to-end tests.
// It serves dist/ the way a plain static host would (directory index, 404 page, correct types)
// and listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.woff2': 'font/woff2',
};

/** Content types worth compressing on the fly. */
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size };
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    /* not found */
  }
  return undefined;
}

/**
 * Starts the server. Resolves with its origin, e.g. "http://127.0.0.1:41234", and the server.
 * @param {{ root: string, port?: number, host?: string }} options
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const target = normalize(join(base, pathname));
    if (target !== base && !target.startsWith(base + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (pathname.endsWith('/') === false && !extname(pathname)) {
      const dir = await fileAt(join(target, 'index.html'));
      if (dir) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    const found = await fileAt(target);
    const file = found ?? (await fileAt(join(base, '404.html')));
    if (!file) {
      res.writeHead(404).end('Not found');
      return;
    }
    const headers = {
      'Content-Type': types[extname(file.path)] ?? 'application/octet-stream',
      'Content-Length': String(file.size),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Accept-Ranges': 'bytes',
    };
    const range = found && req.headers.range?.match(/^bytes=(\d*)-(\d*)$/);
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, file.size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), file.size - 1) : file.size - 1;
      if (start > end || start >= file.size) {
        res.writeHead(416, { 'Content-Range': `bytes */${file.size}` }).end();
        return;
      }
      res.writeHead(206, {
        ...headers,
        'Content-Length': String(end - start + 1),
        'Content-Range': `bytes ${start}-${end}/${file.size}`,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file.path, { start, end }).pipe(res);
      return;
    }
    // Text is sent gzip-compressed when the browser accepts it, as static hosts do: the search
    // budget test measures transferred bytes. Files that are already compressed go as they are.
    if (compressible.test(headers['Content-Type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      delete headers['Content-Length'];
      delete headers['Accept-Ranges'];
      res.writeHead(found ? 200 : 404, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file.path).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(found ? 200 : 404, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file.path).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return { origin, server };
}

// `node tests/support/static-server.mjs [root] [port]` serves until stopped.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4321);
  const { origin } = await startStaticServer({ root, port });
  console.log(`Trang đang chạy tại ${origin.replace('127.0.0.1', 'localhost')}/ (Ctrl+C để dừng)`);
}
