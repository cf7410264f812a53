/**
 * Pagefind's data turned into display-ready hits: accents restored, links carrying the words the target
 * page should mark (`?tu-khoa=`), a long page's matching sections as sub-hits. No DOM.
 */
import { restoreIndexed } from './normalize';
import type { PagefindData } from './pagefind';
import { HIGHLIGHT_PARAM, TYPE_FILTER } from './types';

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
  /**
   * Set on the first hit when it is an FAQ entry whose question or keywords match: the entry's
   * one-sentence answer, shown as the answer to the member's question.
   */
  answer?: string | undefined;
}

/** Adds the searched words to a result link so the target page can mark them. */
function linkWithHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  if (!query) return url;
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

/** A page's data as a hit; `query` is what its link asks the target page to mark. */
export function toHit(data: PagefindData, query: string): SearchHit {
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

/**
 * What a page opened from a whole question should mark, as the `?tu-khoa=` value: the searched words in the
 * runs the member typed them (`runs`, see understandQuery), keeping only the stretches in which each word
 * stands beside a word that is not `common`, and a word that is not common on its own. Runs are joined by
 * ", ": the highlighter marks a run's words only where they stand side by side on the page, as asked.
 */
export function markedTerms(runs: readonly (readonly string[])[], common: ReadonlySet<string>): string {
  const isCommon = (w: string) => common.has(w) || common.has(`${w}\u02BC`);
  const out: string[][] = [];
  for (const run of runs) {
    let current: string[] = [];
    run.forEach((w, i) => {
      const next = run[i + 1];
      const linked = next !== undefined && !(isCommon(w) && isCommon(next));
      if (current.length || linked || !isCommon(w)) current.push(w);
      if (!linked) {
        if (current.length) out.push(current);
        current = [];
      }
    });
  }
  return out.map((r) => r.join(' ')).join(', ');
}
