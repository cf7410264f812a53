// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import offline from './src/integrations/offline.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import printCss from './src/integrations/print-css.ts';

// The public address is the deployer's to set; the sitemap and canonical links use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // pagefindIndex() writes dist/pagefind/; offline() writes the service worker from the finished dist/: keep it last.
  integrations: [printCss(), mdx(), react(), sitemap(), pagefindIndex(), offline()],
  devToolbar: { enabled: false },
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
