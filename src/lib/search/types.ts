/** Pagefind filter key holding the content type. */
export const TYPE_FILTER = 'type';

/** URL parameter the result links carry so the target page can mark the searched words. */
export const HIGHLIGHT_PARAM = 'tu-khoa';

/** The search input in the site header (SearchBox.astro). */
export const HEADER_BOX = 'form[data-search-box] input[name="q"]';
