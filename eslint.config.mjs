// The linter: the ecosystem's recommended sets (JavaScript, typescript-eslint, Astro, React hooks, jsx-a11y),
// Prettier's config last so no rule argues with the formatter, and the layering of src/ as a rule
// (eslint-plugin-boundaries). Import circles are checked by dependency-cruiser (.dependency-cruiser.cjs),
// which `npm run lint` runs right after this.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { layerElements, layerPolicies } from './scripts/lib/layers.mjs';
import boundaries from 'eslint-plugin-boundaries';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', '.tools/', '.astro/', 'tests/.output/', 'public/', 'src/content/**/*.mdx'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Only the site's code has React hooks: Playwright's fixtures also call a function named `use`.
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // The React Compiler's rules (eslint-plugin-react-hooks 7). The site does not build with the compiler, and
      // they refuse two patterns it uses on purpose: the latest value kept in a ref during render for a storage
      // event or an unload handler to read (useDraftSync, useWorkspaceSync), and an effect that resets a
      // component's state when its input changes (a paper's copy state, the final check).
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/immutability': 'off',
    },
  },
  {
    // Node's globals for the tooling. Scripts and tests also hand functions to `page.evaluate()`, which run
    // in the page: the browser's globals too.
    files: ['scripts/**', 'tests/**', '*.config.*', '.*.cjs', 'src/integrations/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Playwright's fixtures take their dependencies as a destructured first argument; a fixture that needs
    // none must still write `{}` (Playwright reads the parameter list).
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // The sanitiser exists to find control characters in pasted text: its patterns must name them.
    files: ['src/lib/report/sanitize.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/**'],
    ignores: ['src/integrations/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/offline/**'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    rules: {
      // A leading underscore marks an argument or binding kept on purpose (a callback's unused first
      // parameter, a destructured field left out); anything else unused is a finding.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Astro types `Astro.locals` through `declare global { namespace App { … } }`, as its docs say.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // schemas → lib → components → layouts → pages, and where the other folders sit (scripts/lib/layers.mjs).
    files: ['src/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['src/**'],
      'boundaries/elements': layerElements,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    },
  },
  prettier,
);
