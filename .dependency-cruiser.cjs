// Import circles, checked by `npm run lint` (the layers themselves are an ESLint rule: scripts/lib/layers.mjs).
// dependency-cruiser reads .ts, .tsx, .js and .mjs; an .astro file's imports are ESLint's to check, and a
// component that imported its own importer would already break the layer rule or Astro's build.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two modules that import each other: move the shared piece down a layer.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.tools|\\.astro|tests/\\.output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
