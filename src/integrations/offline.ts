/**
 * Writes dist/sw.js after the build, listing every file to precache. It must run after the search
 * index is written, so it is placed after the Pagefind integration in astro.config.mjs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles, urlForBuiltFile } from './built-files';

/** Files that stay on the network: video is large, the rest is for crawlers. */
const notPrecached = [/\.(mp4|webm|mov)$/i, /^sitemap.*\.xml$/, /^robots\.txt$/, /^sw\.js$/, /^_headers$/];

export function precacheList(distDir: string): { urls: string[]; version: string } {
  const files = builtFiles(distDir)
    .filter((file) => !notPrecached.some((re) => re.test(file)))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(distDir, file)));
  return { urls: files.map(urlForBuiltFile), version: hash.digest('hex').slice(0, 12) };
}

export default function offline(): AstroIntegration {
  return {
    name: 'gtlt-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { urls, version } = precacheList(distDir);
        const worker = readFileSync(new URL('../offline/sw.js', import.meta.url), 'utf8');
        writeFileSync(join(distDir, 'sw.js'), `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(urls)};\n${worker}`);
        logger.info(`sw.js: ${urls.length} files precached, version ${version}`);
      },
    },
  };
}
