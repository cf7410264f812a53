// The layers of src/, bottom first, and what each may import. ESLint enforces them (eslint.config.mjs,
// eslint-plugin-boundaries); CONTRIBUTING.md explains them. A layer imports only from layers below it and
// from itself; nothing imports a page, a layout from a component, or a build step from the site.

/** Where each folder or root file of src/ sits. */
export const layerElements = [
  // Zod schemas: the bottom layer, imported by everything that reads content or config.
  { type: 'schemas', pattern: 'src/schemas/**', partialMatch: false },
  // Editors' data: MDX and JSON content, and src/data/ (search words). Imports nothing of the code's.
  { type: 'data', pattern: ['src/content/**', 'src/data/**'], partialMatch: false },
  { type: 'lib', pattern: 'src/lib/**', partialMatch: false },
  // Stylesheets: imported by components, layouts and pages; they import only each other.
  { type: 'styles', pattern: 'src/styles/**', partialMatch: false },
  { type: 'components', pattern: 'src/components/**', partialMatch: false },
  { type: 'layouts', pattern: 'src/layouts/**', partialMatch: false },
  { type: 'pages', pattern: 'src/pages/**', partialMatch: false },
  // Build steps, run by astro.config.mjs beside the pages: they may read lib, schemas, config and data,
  // and the service worker's source (src/offline/), which only the offline integration reads.
  { type: 'integrations', pattern: 'src/integrations/**', partialMatch: false },
  { type: 'offline', pattern: 'src/offline/**', partialMatch: false },
  // The files at the root of src/: the one site config (src/site.config.ts) and the collections
  // (src/content.config.ts), data checked by the schemas. Last, so it takes only what no folder above took.
  { type: 'config', pattern: 'src' },
];

/** What each layer may import, besides itself. */
const below = {
  schemas: [],
  data: [],
  config: ['schemas', 'data'],
  lib: ['schemas', 'data', 'config'],
  styles: [],
  components: ['schemas', 'data', 'config', 'lib', 'styles'],
  layouts: ['schemas', 'data', 'config', 'lib', 'styles', 'components'],
  pages: ['schemas', 'data', 'config', 'lib', 'styles', 'components', 'layouts'],
  integrations: ['schemas', 'data', 'config', 'lib', 'offline'],
  offline: [],
};

export const layerPolicies = Object.entries(below).map(([layer, allowed]) => ({
  from: { element: { type: layer } },
  allow: { to: { element: { types: { anyOf: [layer, ...allowed] } } } },
}));
