/**
 * What a response costs a member on the wire: the bytes of its body as the server sends it to a browser
 * (gzip-compressed where the server compresses; see static-server.mjs), asked for again from Node.
 * The browser's own per-request sizes are not used: for requests made inside a web worker Chromium
 * often reports 0 bytes, so a budget counted from them could pass for the wrong reason.
 * Only erasable TypeScript, so Node runs it as it is (scripts/bench-search.mjs imports it).
 */
import { request } from 'node:http';

function transferSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The paths a page requested, each once, with their transfer sizes; and their sum. */
export async function transferSizes(
  urls: Iterable<string>,
): Promise<{ files: { path: string; bytes: number }[]; total: number }> {
  const unique = [...new Set(urls)];
  const files = await Promise.all(
    unique.map(async (url) => ({ path: new URL(url).pathname, bytes: await transferSize(url) })),
  );
  return { files, total: files.reduce((sum, f) => sum + f.bytes, 0) };
}
