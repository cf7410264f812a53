import { describe, expect, it } from 'vitest';
import { htmlPages, sitemapPathsFromDist } from '../support/dist-files';
import { holdsReact, pageModules } from '../support/module-graph';

const pages = htmlPages();
/** Pages that carry an interactive form island and may ship framework JavaScript. */
const formPages = new Set(['/bao-cao/', '/chi-bo/']);

describe('every built page', () => {
  for (const page of pages) {
    describe(page.path, () => {
      it('is Vietnamese, with a title and a meta description', () => {
        expect(page.html).toMatch(/<html lang="vi"/);
        expect(page.html).toMatch(/<title>[^<]{3,}<\/title>/);
        const description = page.html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
        expect(description.length, 'meta description').toBeGreaterThan(30);
      });

      it('has exactly one h1', () => {
        expect(page.html.match(/<h1[\s>]/g)?.length ?? 0).toBe(1);
      });

      it('is NFC text', () => {
        expect(page.html).toBe(page.html.normalize('NFC'));
      });

      it('loads no framework code before an interaction', () => {
        const withReact = pageModules(page.html, { dynamic: false }).filter(holdsReact);
        expect(withReact, 'modules holding React that load with the page').toEqual([]);
      });

      if (!formPages.has(page.path)) {
        it('ships no framework JavaScript, not even behind an import()', () => {
          expect(page.html).not.toMatch(/<astro-island/);
          const withReact = pageModules(page.html, { dynamic: true }).filter(holdsReact);
          expect(withReact, 'modules holding React that the page can load').toEqual([]);
        });
      }
    });
  }

  it('sees how the form page loads React (so the checks above can fail): behind an import(), not with the page', () => {
    const form = pages.find((page) => page.path === '/bao-cao/');
    expect(form, 'the report page is built').toBeDefined();
    expect(pageModules(form!.html, { dynamic: true }).filter(holdsReact).length).toBeGreaterThan(0);
    expect(pageModules(form!.html, { dynamic: false }).filter(holdsReact)).toEqual([]);
  });

  it('lists every public page in the sitemap, and not the 404 page', () => {
    const listed = new Set(sitemapPathsFromDist());
    const expected = ['/', '/huong-dan/', '/hoi-dap/', '/tai-lieu/', '/bao-cao/', '/sinh-hoat/', '/video/', '/tim-kiem/', '/rieng-tu/'];
    for (const path of expected) expect(listed, path).toContain(path);
    expect([...listed].some((path) => path.includes('404'))).toBe(false);
  });
});
