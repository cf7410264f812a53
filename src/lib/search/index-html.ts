import { markStroke } from './normalize';

/** Comments and tags; everything between them is text. */
const TAG_OR_COMMENT = /(<!--[\s\S]*?-->|<[^>]*>)/;
/** The value of a data-pagefind-meta attribute ("key:value" pairs Pagefind searches). */
const META_ATTR = /(data-pagefind-meta\s*=\s*)(["'])([\s\S]*?)\2/g;

/**
 * The copy of a built page that Pagefind indexes (never the page served to readers):
 * every text node and every data-pagefind-meta value goes through {@link markStroke},
 * so "Đảng" is indexed as "dang" while the stored excerpt can still be restored.
 * Other attributes stay exact: heading ids must match the served page for deep links,
 * and filter values must match what the filter controls send.
 */
export function prepareHtmlForIndex(html: string): string {
  return html
    .split(TAG_OR_COMMENT)
    .map((part, i) => {
      // split() with one capture group alternates text (even) and tag (odd).
      if (i % 2 === 0) return markStroke(part);
      if (part.startsWith('<!--')) return part;
      return part.replace(META_ATTR, (_, name: string, q: string, value: string) => `${name}${q}${markStroke(value)}${q}`);
    })
    .join('');
}
