/**
 * An id or address part from Vietnamese words, without diacritics ("Ai quyết định?" → "ai-quyet-dinh"),
 * the way the site writes its addresses. Used for the ids of headings in content (src/integrations/heading-ids.ts).
 */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slugs for one page: a repeated heading gets "-2", "-3"…; an empty one "muc". */
export function pageSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = asciiSlug(text) || 'muc';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
