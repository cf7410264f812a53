import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexDocuments, prepareHtmlForIndex } from '../lib/search/index-html';
import { searchWordsSchema } from '../schemas/search-words';
import { builtFiles, urlForBuiltFile } from './built-files';

/**
 * Files Pagefind writes that this site never loads: the ready-made search UIs, the highlight
 * script and Pagefind's own web worker (the whole search runs in the site's search worker,
 * src/components/Search/search-worker.ts). Removing them keeps them out of the offline cache and
 * the deploy.
 */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** Word locations per index chunk: about 1.7 KB per chunk on this site. */
const INDEX_CHUNK_SIZE = 1000;

/**
 * Builds the Pagefind index into dist/pagefind/ at the end of `astro build`, so the build alone
 * yields a searchable site. Each page is split into its documents ({@link indexDocuments}: a step of
 * /sinh-hoat/ or a guidance section is an entry of its own) and fed through {@link prepareHtmlForIndex}
 * (đ/d folding); the files on disk are not changed. Only pages with a `data-pagefind-body` region are indexed.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-vi',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // A per-build tag for Pagefind's entry file URL (see engine.ts): stable within one build,
        // so a service worker can cache it, and new on every deploy.
        updateConfig({ vite: { define: { __SEARCH_BUILD_ID__: JSON.stringify(Date.now().toString(36)) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The editors' word lists (synonyms, question words): a malformed entry stops the build, named.
        const words = searchWordsSchema.safeParse(
          JSON.parse(await readFile(new URL('../data/search-words.json', import.meta.url), 'utf8')),
        );
        if (!words.success) {
          const where = words.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
          throw new Error(`src/data/search-words.json: ${where}`);
        }
        // Smaller index chunks (Pagefind's default is 20000 word locations, about 20 KB here):
        // a first query then downloads only the few chunks holding its words, which keeps the
        // first search within its byte budget. Pagefind reads this when its service starts.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        try {
          let added = 0;
          for (const file of builtFiles(root).filter((f) => f.endsWith('.html'))) {
            const html = await readFile(join(root, file), 'utf8');
            for (const doc of indexDocuments(html, urlForBuiltFile(file))) {
              const res = await index.addHTMLFile({ url: doc.url, content: prepareHtmlForIndex(doc.html) });
              if (res.errors.length) throw new Error(`Pagefind (${file}, ${doc.url}): ${res.errors.join('; ')}`);
            }
            added++;
          }
          const out = join(root, 'pagefind');
          const written = await index.writeFiles({ outputPath: out });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED.map((f) => rm(join(out, f), { force: true })));
          const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          logger.info(`read ${added} HTML files, indexed ${pages} pages into ${relative(process.cwd(), out)}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
