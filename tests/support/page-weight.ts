/**
 * What a first visit to a built page costs, read from dist/: gzip sizes of the HTML, its stylesheets and
 * the JavaScript that runs before any interaction (inline scripts, module scripts, island components and
 * renderers, and every module they import statically). Dynamic import() chunks are left out: they load
 * only when used.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';
import { distDir } from './dist-files';

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const read = (url: string) => readFileSync(join(distDir, decodeURIComponent(url)));

/** Static imports of a built module, as absolute URLs. */
function staticImports(url: string, code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)) {
    found.add(posix.resolve(posix.dirname(url), m[1]!));
  }
  return [...found];
}

export type PageWeight = { html: number; css: number; js: number; total: number; jsFiles: string[] };

export function pageWeight(html: string): PageWeight {
  const cssUrls = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const entryUrls = new Set<string>([
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ]);
  // Inline module scripts may import built chunks too.
  for (const code of inlineScripts) for (const url of staticImports('/', code)) entryUrls.add(url);

  const seen = new Set<string>();
  const queue = [...entryUrls].filter((u) => u.startsWith('/'));
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    queue.push(...staticImports(url, read(url).toString('utf8')));
  }
  const jsFiles = [...seen].sort();
  const js = jsFiles.reduce((sum, url) => sum + gz(read(url)), 0) + inlineScripts.reduce((sum, code) => sum + (code.trim() ? gz(code) : 0), 0);
  const css = cssUrls.reduce((sum, url) => sum + gz(read(url)), 0);
  const htmlSize = gz(html);
  return { html: htmlSize, css, js, total: htmlSize + css + jsFiles.reduce((sum, url) => sum + gz(read(url)), 0), jsFiles };
}
