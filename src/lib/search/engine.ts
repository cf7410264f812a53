/**
 * The search behind the header box and /tim-kiem/: loads Pagefind on first use, folds the
 * query, runs it, checks quoted phrases and turns Pagefind's data into display-ready hits
 * (accents restored, links carrying the words to mark on the target page).
 */
import { closeWords, containsPhrase, prepareQuery, restoreIndexed, splitQuery } from './normalize';
import { HIGHLIGHT_PARAM, TYPE_FILTER } from './types';

/** The part of Pagefind's browser API this site uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResults | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindResults {
  results: { id: string; score: number; data(): Promise<PagefindData> }[];
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { url: string; title: string; excerpt: string; locations: number[]; anchor?: unknown }[];
}

/** One section of a long page that matched, linked by its heading id. */
export interface SubHit {
  url: string;
  title: string;
  /** Excerpt with `<mark>` around matched words; all other text HTML-escaped by Pagefind. */
  excerpt: string;
}

/** One page in the results, ready to render. */
export interface SearchHit {
  url: string;
  title: string;
  /** Content type label (Hỏi đáp, Hướng dẫn, …) when the page has one. */
  type: string | undefined;
  /** Excerpt with `<mark>` around matched words; all other text HTML-escaped by Pagefind. */
  excerpt: string;
  subs: SubHit[];
}

/** What a search found: the first hits and a way to load more. */
export interface SearchOutcome {
  /** Number of matching pages for the chosen type. */
  total: number;
  /** Matching pages per content type, ignoring the type filter. */
  typeCounts: Record<string, number>;
  hits: SearchHit[];
  /** Loads the next `count` hits (empty when there are no more). */
  more(count: number): Promise<SearchHit[]>;
}

/** Build id baked in by the Pagefind integration: fixes the index entry URL for offline caching. */
declare const __SEARCH_BUILD_ID__: string;

let loading: Promise<PagefindApi> | undefined;

/** Loads and configures Pagefind once; later calls share the same instance. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pf.options({
      // Main thread: the index is small, and this spares the 40 KB worker download.
      noWorker: true,
      excerptLength: 26,
      metaCacheTag: __SEARCH_BUILD_ID__,
      ranking: { termSimilarity: 3, metaWeights: { title: 5, keywords: 3 } },
    });
    await pf.init();
    // Loads the (tiny) filter index: without it Pagefind returns no per-type counts
    // for a search that has no filter.
    await pf.filters();
    return pf;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Adds the searched words to a result link so the target page can mark them. */
export function linkWithHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/** Sub-results worth showing: sections with a heading, most matches first, at most `max`. */
function pickSubs(data: PagefindData, query: string, max: number): SubHit[] {
  return data.sub_results
    .filter((s) => s.anchor !== undefined && s.locations.length > 0)
    .map((s, order) => ({ s, order }))
    .sort((a, b) => b.s.locations.length - a.s.locations.length || a.order - b.order)
    .slice(0, max)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => ({
      url: linkWithHighlight(s.url, query),
      title: restoreIndexed(s.title),
      excerpt: restoreIndexed(s.excerpt),
    }));
}

function toHit(data: PagefindData, query: string): SearchHit {
  const subs = pickSubs(data, query, 3);
  return {
    url: linkWithHighlight(data.url, query),
    title: restoreIndexed(data.meta['title'] ?? data.url),
    type: data.filters[TYPE_FILTER]?.[0],
    excerpt: restoreIndexed(data.excerpt),
    // A single sub-result that only repeats the page is noise.
    subs: subs.length === 1 && data.sub_results.length === 1 ? [] : subs,
  };
}

/** How many result pages to read when quoted phrases must be checked in their text. */
const PHRASE_SCAN_LIMIT = 40;

/** How a search was started. */
export interface SearchOptions {
  /** Content type label to narrow to (Hỏi đáp, …). */
  type?: string | undefined;
  /** How many hits to load at first. */
  first: number;
  /**
   * True while the member is still typing: the last word may be unfinished, so it matches as a
   * prefix ("chuy" finds "chuyển"). False for a submitted or shared query: every word is exact.
   */
  typing: boolean;
  /** Returns true once a newer search has replaced this one: its result pages are then not fetched. */
  superseded?: () => boolean;
}

/**
 * Runs a search. A query that is one quoted phrase goes to Pagefind as an exact phrase search;
 * quoted phrases mixed with other words are checked in the text of the first
 * {@link PHRASE_SCAN_LIMIT} matching pages.
 */
export async function search(raw: string, { type, first, typing, superseded }: SearchOptions): Promise<SearchOutcome> {
  const pf = await loadPagefind();
  const prepared = prepareQuery(raw);
  const parts = splitQuery(prepared);
  const wholePhrase = /^"[^"]+"$/.test(prepared);
  // Finished words are looked up exactly (see closeWords); a quoted phrase is exact throughout.
  const lastOpen = typing && !wholePhrase && !/\s$/.test(raw);
  const words = closeWords(prepared.replace(/"/g, ' ').replace(/\s+/g, ' ').trim(), lastOpen);
  const term = wholePhrase ? `"${words}"` : words;
  const found = term ? await pf.search(term, type ? { filters: { [TYPE_FILTER]: type } } : {}) : null;
  const typeCounts = found?.totalFilters[TYPE_FILTER] ?? {};
  const query = raw.trim();

  if (!found) return { total: 0, typeCounts, hits: [], more: async () => [] };
  // Each hit costs a download (its fragment): none for a search the member has already typed past.
  if (superseded?.()) return { total: found.results.length, typeCounts, hits: [], more: async () => [] };

  if (parts.phrases.length > 0 && !wholePhrase) {
    const datas = await Promise.all(found.results.slice(0, PHRASE_SCAN_LIMIT).map((r) => r.data()));
    const kept = datas.filter((d) => parts.phrases.every((p) => containsPhrase(d.content, p)));
    let shown = Math.min(first, kept.length);
    return {
      total: kept.length,
      typeCounts,
      hits: kept.slice(0, shown).map((d) => toHit(d, query)),
      more: async (count) => {
        const next = kept.slice(shown, shown + count).map((d) => toHit(d, query));
        shown += next.length;
        return next;
      },
    };
  }

  let shown = 0;
  const load = async (count: number) => {
    const slice = found.results.slice(shown, shown + count);
    shown += slice.length;
    return Promise.all(slice.map(async (r) => toHit(await r.data(), query)));
  };
  return { total: found.results.length, typeCounts, hits: await load(first), more: load };
}
