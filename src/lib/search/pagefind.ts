/**
 * Pagefind's browser API as this site uses it, and its loading: once, on first use, configured with the
 * ranking of weights.ts. No DOM: it runs in the site's search worker.
 */
import { PAGEFIND_RANKING } from './weights';

/** The part of Pagefind's browser API this site uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** `null` as the term: every page matching the filters. */
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResults | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindResults {
  results: PagefindResult[];
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { url: string; title: string; excerpt: string; locations: number[]; anchor?: unknown }[];
}

/** Build id baked in by the Pagefind integration: fixes the index entry URL for offline caching. */
declare const __SEARCH_BUILD_ID__: string;

let loading: Promise<PagefindApi> | undefined;

/** Loads and configures Pagefind once; later calls share the same instance. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const basePath = `${import.meta.env.BASE_URL}pagefind/`;
    const pf = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as PagefindApi;
    await pf.options({
      // Said outright: in a worker Pagefind would take it from its script's full URL and return
      // result links with the origin in them.
      basePath,
      // This engine runs in the site's search worker, so Pagefind needs no worker of its own; where
      // that worker cannot start and the engine runs in the page, Pagefind runs there too.
      noWorker: true,
      excerptLength: 26,
      metaCacheTag: __SEARCH_BUILD_ID__,
      ranking: PAGEFIND_RANKING,
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
