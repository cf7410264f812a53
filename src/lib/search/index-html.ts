import { markForIndex } from './normalize';

/** Comments and tags; everything between them is text. */
const TAG_OR_COMMENT = /(<!--[\s\S]*?-->|<[^>]*>)/;
/** The value of a data-pagefind-meta attribute ("key:value" pairs Pagefind searches). */
const META_ATTR = /(data-pagefind-meta\s*=\s*)(["'])([\s\S]*?)\2/g;

/**
 * The copy of a built page that Pagefind indexes (never the page served to readers):
 * every text node and every data-pagefind-meta value goes through {@link markForIndex},
 * so "Đảng" is indexed as "dangʼ" (see normalize.ts) while stored text can still be restored.
 * Other attributes stay exact: heading ids must match the served page for deep links,
 * and filter values must match what the filter controls send.
 */
export function prepareHtmlForIndex(html: string): string {
  return html
    .split(TAG_OR_COMMENT)
    .map((part, i) => {
      // split() with one capture group alternates text (even) and tag (odd).
      if (i % 2 === 0) return markForIndex(part);
      if (part.startsWith('<!--')) return part;
      return part.replace(META_ATTR, (_, name: string, q: string, value: string) => `${name}${q}${markMetaValue(value)}${q}`);
    })
    .join('');
}

/**
 * A data-pagefind-meta value lists "key:text" pairs, "key" alone (text taken from the element)
 * or "key:[attribute]"; only literal text is marked.
 */
function markMetaValue(value: string): string {
  return value
    .split(',')
    .map((pair) => {
      const colon = pair.indexOf(':');
      if (colon < 0 || pair.slice(colon + 1).trimStart().startsWith('[')) return pair;
      return pair.slice(0, colon + 1) + markForIndex(pair.slice(colon + 1));
    })
    .join(',');
}
