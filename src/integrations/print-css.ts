/**
 * Serves the print stylesheets made from the layout facts (src/lib/report/layout.ts) as CSS modules, so
 * the @page rule and the print view's sizes are written once, next to the .docx writer's:
 * `import 'virtual:print-page.css'` (every page) and `import 'virtual:print-document.css'` (the report page).
 * Vite bundles, hashes and minifies them like any stylesheet.
 */
import type { AstroIntegration } from 'astro';
import { documentCss, pageCss } from '../lib/report/layout';

const modules: Record<string, () => string> = {
  'virtual:print-page.css': pageCss,
  'virtual:print-document.css': documentCss,
};
// An id Vite's CSS pipeline recognises (it ends in .css) and no file on disk can clash with.
const resolved = (id: string) => `/__generated/${id.slice('virtual:'.length)}`;

export default function printCss(): AstroIntegration {
  return {
    name: 'print-css',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'print-css',
                resolveId: (id: string) => (id in modules ? resolved(id) : undefined),
                load: (id: string) => {
                  for (const [name, css] of Object.entries(modules)) if (id === resolved(name)) return css();
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
