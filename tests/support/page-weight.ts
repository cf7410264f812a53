/**
 * What a first visit to a built page costs, read from dist/: gzip sizes of the HTML, its stylesheets and
 * the JavaScript that runs before any interaction (inline scripts, module scripts, island components and
 * renderers, and every module they import statically). Dynamic import() chunks are left out: they load
 * only when used.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { distDir } from './dist-files';
import { inlineScripts, pageModules } from './module-graph';

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const read = (url: string) => readFileSync(join(distDir, decodeURIComponent(url)));

export type PageWeight = { html: number; css: number; js: number; total: number; jsFiles: string[] };

export function pageWeight(html: string): PageWeight {
  const cssUrls = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const inline = inlineScripts(html);
  const jsFiles = pageModules(html, { dynamic: false });
  const js =
    jsFiles.reduce((sum, url) => sum + gz(read(url)), 0) +
    inline.reduce((sum, code) => sum + (code.trim() ? gz(code) : 0), 0);
  const css = cssUrls.reduce((sum, url) => sum + gz(read(url)), 0);
  const htmlSize = gz(html);
  return {
    html: htmlSize,
    css,
    js,
    total: htmlSize + css + jsFiles.reduce((sum, url) => sum + gz(read(url)), 0),
    jsFiles,
  };
}
