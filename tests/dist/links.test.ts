import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHOR_ID } from '~/lib/anchor-id';
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

  it('every sitemap entry is a built page', () => {
    const missing = sitemapPathsFromDist().filter((path) => !resolveDistPath(path));
    expect(missing).toEqual([]);
  });
});

describe('anchors in dist/ are plain ASCII (a-z, 0-9, hyphens)', () => {
  const hrefPattern = /\shref=(?:"([^"]*)"|'([^']*)')/g;
  // The report form's React island: field ids come from the template's field names (f-hoTen, f-hoTen-hint) and
  // React's useId gives ids like _R_7_-h. Both are ASCII; no page links to them from outside the form.
  const reportFormId = /^(?:f-[A-Za-z0-9]+(?:-hint)?|_R_[0-9A-Za-z]+_(?:-[a-z]+)?)$/;
  const ok = (id: string) => ANCHOR_ID.test(id) || reportFormId.test(id);

  for (const page of pages) {
    it(`every id and #fragment on ${page.path} is ASCII`, () => {
      const bad: string[] = [];
      for (const id of idsIn(page.html)) if (!ok(id)) bad.push(`id="${id}"`);
      for (const match of page.html.matchAll(hrefPattern)) {
        const raw = unescape(match[1] ?? match[2] ?? '');
        const hash = raw.indexOf('#');
        if (hash < 0 || /^(https?:|mailto:|tel:|data:|blob:|javascript:)/i.test(raw)) continue;
        const fragment = raw.slice(hash + 1);
        // A media fragment (#t=24) seeks a video; it is not an anchor.
        if (fragment.startsWith('t=')) continue;
        if (!ok(fragment)) bad.push(`href="${raw}"`);
      }
      expect(bad).toEqual([]);
    });
  }

  it('would catch an id with Vietnamese letters, and a percent-encoded link to one', () => {
    expect(ok('ai-quyết-định')).toBe(false);
    expect(ok('ai-quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh')).toBe(false);
    expect(ok('khong-nham-huong-dan-so-06-hd-tw')).toBe(true);
  });
});
