/**
 * Content types a search can be narrowed to. The label is the Pagefind filter value each page
 * type sets (`data-pagefind-filter="type:<label>"`); the slug is what the search page puts in
 * its URL (`/tim-kiem/?q=…&loai=hoi-dap`).
 */
export const searchTypes = [
  { slug: 'huong-dan', label: 'Hướng dẫn' },
  { slug: 'hoi-dap', label: 'Hỏi đáp' },
  { slug: 'tai-lieu', label: 'Tài liệu' },
  { slug: 'video', label: 'Video' },
  { slug: 'sinh-hoat', label: 'Sinh hoạt' },
] as const;

export type SearchTypeLabel = (typeof searchTypes)[number]['label'];

/** Pagefind filter key holding the content type. */
export const TYPE_FILTER = 'type';

/** URL parameter the result links carry so the target page can mark the searched words. */
export const HIGHLIGHT_PARAM = 'tu-khoa';

/** The search input in the site header (SearchBox.astro). */
export const HEADER_BOX = 'form[data-search-box] input[name="q"]';

/** The FAQ's type label: its entries rank first when their question or keywords match. */
export const FAQ_TYPE = 'Hỏi đáp' satisfies (typeof searchTypes)[number]['label'];
