import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, idsIn, resolveDistPath, sitemapPathsFromDist } from '../support/dist-files';

const pages = htmlPages();
const attrPattern = /\s(?:href|src|poster)=(?:"([^"]*)"|'([^']*)')/g;

/** Decodes the few entities Astro writes inside attribute values. */
const unescape = (value: string) => value.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('internal links in dist/', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  for (const page of pages) {
    it(`every internal link and #anchor resolves on ${page.path}`, () => {
      const broken: string[] = [];
      for (const match of page.html.matchAll(attrPattern)) {
        const raw = unescape(match[1] ?? match[2] ?? '');
        if (!raw || /^(https?:|mailto:|tel:|data:|blob:|javascript:)/i.test(raw)) continue;
        const url = new URL(raw, `http://site${page.path}`);
        const target = url.pathname === page.path ? page.file : undefined;
        const file = target ? `dist/${target}` : resolveDistPath(url.pathname);
        if (!file) {
          broken.push(`${raw} (no file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !fragment.startsWith('t=') && file.endsWith('.html')) {
          const ids = idsIn(readFileSync(file, 'utf8'));
          if (!ids.has(fragment)) broken.push(`${raw} (no #${fragment})`);
        }
      }
      expect(broken).toEqual([]);
    });
  }

  // What a <template> holds is not on the page (the report page's copies of each first step): left out.
  const outsideTemplates = (html: string) => html.replace(/<template\b[\s\S]*?<\/template>/g, '');
  for (const page of pages) {
    it(`ids on ${page.path} are unique and without diacritics, as are its links' #anchors`, () => {
      const ids = [...outsideTemplates(page.html).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      const notAscii = ids.filter((id) => !/^[A-Za-z0-9_-]+$/.test(id));
      const anchors = [...page.html.matchAll(/\shref="[^"#]*#([^"]+)"/g)]
        .map((m) => unescape(m[1]!))
        .filter((a) => !a.startsWith('t=') && !/^[A-Za-z0-9_-]+$/.test(a));
      expect({ repeated, notAscii, anchors }).toEqual({ repeated: [], notAscii: [], anchors: [] });
    });
  }

  it('every sitemap entry is a built page', () => {
    const missing = sitemapPathsFromDist().filter((path) => !resolveDistPath(path));
    expect(missing).toEqual([]);
  });
});
