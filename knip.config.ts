// knip: files, exports and dependencies nothing uses. Astro's plugin (on by default with astro in
// package.json) already takes src/pages/**, src/content.config.ts and astro.config.mjs as entry points;
// the rest are named here: the build steps, the scripts, the tests and the service worker.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    'src/integrations/*.ts',
    // Read as text by src/integrations/offline.ts and served as /sw.js: never imported.
    'src/offline/sw.js',
    'scripts/*.mjs',
    'tests/**/*.{test,spec}.ts',
    'tests/province/site.config.ts',
    'src/**/*.test.ts',
  ],
  project: ['src/**/*.{ts,tsx,astro,js,mjs,mdx}', 'scripts/**/*.mjs', 'tests/**/*.{ts,mts,mjs}', '*.{ts,mjs,cjs}'],
  ignoreBinaries: [
    // Debian's packages, installed by scripts/system-deps.sh, not npm's.
    'soffice',
    'pdftoppm',
    'pdftotext',
    'ffmpeg',
    'espeak-ng',
    'pdfinfo',
  ],
  // A type or interface exported beside the function that returns it names that function's result for
  // callers; it is not dead while its own file uses it.
  ignoreExportsUsedInFile: { interface: true, type: true },
};

export default config;
