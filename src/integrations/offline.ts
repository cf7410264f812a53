/**
 * Writes dist/sw.js after the build, with two lists. It must run after the search index is written, so
 * it is placed after the Pagefind integration in astro.config.mjs.
 *
 * - PRECACHE, fetched when the worker installs, at the first visit: the report page and the form's own parts, i.e. every
 *   script and style the report page can load (followed through the chunks' imports), except the .docx
 *   writer and the search's code. What the first page itself loaded comes from the browser's HTTP cache,
 *   so a first visit does not pay for it twice. Pages are kept as the member opens them.
 * - SAVE_ALL_LIST (dist/luu-ca-trang.json, kept out of sw.js so a first visit does not download it):
 *   every page, style, script and search-index file (not the videos), fetched only when the member asks ("Lưu cả trang để dùng khi không có mạng") or on an unmetered line that has not asked to
 *   save data.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles, urlForBuiltFile } from './built-files';

/** Files that stay on the network: video is large, the rest is for crawlers. */
const notPrecached = [
  /\.(mp4|webm|mov)$/i,
  /^sitemap.*\.xml$/,
  /^robots\.txt$/,
  /^sw\.js$/,
  /^_headers$/,
  /^luu-ca-trang\.json$/,
];
/** The list of every file to save, written beside sw.js. */
export const SAVE_ALL_LIST = 'luu-ca-trang.json';

/** The page whose parts are precached at the first visit, and what is left out of them until asked for. */
const FORM_PAGE = 'bao-cao/index.html';
/** The other tool pages: each one's parts are kept when the member (or the secretary) opens it. */
const TOOL_PAGES = ['chi-bo/index.html'];
// The .docx writer (a third of the form's code) and the search wait for "Lưu cả trang"; the parts a member
// opens only by an action of their own (a draft file or text, old answers, Safari's reminder) are kept when
// first used.
const notFormParts = [
  /\/docx\.[^/]*\.js$/,
  /search|pagefind|highlight/i,
  /\/(OpenDraftFile|draft-text|Orphans|KeepingNotes)\.[^/]*\.js$/,
];

/** Every `_astro/` file a built file names (script src, link href, import and import() specifiers). */
function referencedAssets(text: string): string[] {
  return [...text.matchAll(/(?:\/_astro\/|\.\/)([\w.@~-]+\.(?:js|css))/g)].map((m) => `_astro/${m[1]}`);
}

/** A tool page's scripts and styles (all of them), followed through the chunks they import (not the search's or the .docx writer). */
export function formParts(distDir: string, page = FORM_PAGE): string[] {
  const seen = new Set<string>();
  const direct = referencedAssets(readFileSync(join(distDir, page), 'utf8'));
  const queue = [...direct];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(distDir, file))) continue;
    if (!direct.includes(file) && notFormParts.some((re) => re.test(file))) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...referencedAssets(readFileSync(join(distDir, file), 'utf8')));
  }
  return [...seen].sort();
}

export function precacheList(distDir: string): {
  urls: string[];
  toolPages: Record<string, string[]>;
  saveAll: string[];
  version: string;
} {
  const files = builtFiles(distDir)
    .filter((file) => !notPrecached.some((re) => re.test(file)))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(distDir, file)));
  const core = ['bao-cao/index.html', 'manifest.webmanifest', ...formParts(distDir)].filter((f) => files.includes(f));
  const toolPages = Object.fromEntries(
    TOOL_PAGES.filter((page) => files.includes(page)).map((page) => [
      urlForBuiltFile(page),
      [page, ...formParts(distDir, page)].filter((f) => files.includes(f)).map(urlForBuiltFile),
    ]),
  );
  return {
    urls: core.map(urlForBuiltFile),
    toolPages,
    saveAll: files.map(urlForBuiltFile),
    version: hash.digest('hex').slice(0, 12),
  };
}

export default function offline(): AstroIntegration {
  return {
    name: 'gtlt-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { urls, toolPages, saveAll, version } = precacheList(distDir);
        const worker = readFileSync(new URL('../offline/sw.js', import.meta.url), 'utf8');
        writeFileSync(join(distDir, SAVE_ALL_LIST), JSON.stringify(saveAll));
        writeFileSync(
          join(distDir, 'sw.js'),
          `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(urls)};\nconst TOOL_PAGES = ${JSON.stringify(toolPages)};\nconst SAVE_ALL_LIST = ${JSON.stringify(`/${SAVE_ALL_LIST}`)};\n${worker}`,
        );
        logger.info(
          `sw.js: ${urls.length} files precached at the first visit, ${saveAll.length} on "Lưu cả trang", version ${version}`,
        );
      },
    },
  };
}
