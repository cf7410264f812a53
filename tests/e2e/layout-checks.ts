/** Layout checks shared by the zoom tests and the every-page test. */
import type { Page } from '@playwright/test';

/** Words the browser had to cut across two lines (a word's box that spans more than one line), in `main`. */
export const brokenWords = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!el.checkVisibility() || el.closest('.visually-hidden, pre, code')) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[^\s]+/g)) {
        // Addresses and file names may break anywhere by design; a dash is a place to break a line.
        if (/[/@._\-–—]/.test(m[0]) || m[0].length > 18) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(`${m[0]} (in <${el.tagName.toLowerCase()} class="${el.className}">)`);
      }
    }
    return found;
  });
