// @ts-check
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import offline from './src/integrations/offline.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import printCss from './src/integrations/print-css.ts';
import headingIds from './src/integrations/heading-ids.ts';

// The public address is the deployer's to set; the sitemap and canonical links use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// For the "another province" test only (tests/province/): SITE_CONFIG names a file that stands in for
// src/site.config.ts, and OUT_DIR keeps that build out of dist/. A deployment edits src/site.config.ts instead.
const root = fileURLToPath(new URL('.', import.meta.url));
const siteConfigFile = process.env.SITE_CONFIG ? resolve(root, process.env.SITE_CONFIG) : undefined;

export default defineConfig({
  site,
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // pagefindIndex() writes dist/pagefind/; offline() writes the service worker from the finished dist/: keep it last.
  // headingIds() comes before mdx(): it adds its plugin to the Markdown processor that mdx() takes up.
  integrations: [printCss(), headingIds(), mdx(), react(), sitemap(), pagefindIndex(), offline()],
  devToolbar: { enabled: false },
  vite: {
    // The search worker (src/components/Search/search-worker.ts) imports Pagefind at run time: a module worker.
    worker: { format: 'es' },
    ...(siteConfigFile
      ? { resolve: { alias: [{ find: /^~\/site\.config(\.ts)?$/, replacement: siteConfigFile }] } }
      : {}),
  },
  markdown: { syntaxHighlight: false },
  // Astro hashes every script and style it emits into a per-page Content-Security-Policy <meta>.
  // Nothing may come from another origin; Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "media-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
