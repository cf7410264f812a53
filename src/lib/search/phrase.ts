/**
 * The search for a query with quoted phrases: one quoted phrase goes to Pagefind as an exact phrase
 * search; quoted phrases mixed with other words are checked in the text of the first matching pages.
 */
import { closeWords, containsPhrase, type QueryParts } from './normalize';
import { toHit } from './hits';
import { pager } from './paging';
import type { PagefindApi } from './pagefind';
import { typeFilter } from './ranking';
import { TYPE_FILTER } from './types';
import { RANKING } from './weights';
import type { SearchOptions, SearchOutcome } from './outcome';

/** `prepared`: the query after prepareQuery; `parts`: its phrases and loose words (splitQuery). */
export async function phraseSearch(
  pf: PagefindApi,
  prepared: string,
  parts: QueryParts,
  { type, first, superseded }: SearchOptions,
  lastOpen: boolean,
  query: string,
  none: (searched: string, typeCounts?: Record<string, number>) => SearchOutcome,
): Promise<SearchOutcome> {
  const wholePhrase = /^"[^"]+"$/.test(prepared);
  const words = closeWords(prepared.replace(/"/g, ' ').replace(/\s+/g, ' ').trim(), lastOpen);
  const term = wholePhrase ? `"${words}"` : words;
  const found = term ? await pf.search(term, typeFilter(type)) : null;
  const typeCounts = found?.totalFilters[TYPE_FILTER] ?? {};
  if (!found || superseded?.()) return { ...none(query, typeCounts), total: found?.results.length ?? 0 };
  if (!wholePhrase) {
    const datas = (await Promise.all(found.results.slice(0, RANKING.phraseScanLimit).map((r) => r.data()))).filter(
      (d) => parts.phrases.every((p) => containsPhrase(d.content, p)),
    );
    const hits = datas.slice(0, first).map((d) => toHit(d, query));
    const more = pager([], datas.slice(hits.length), async (d) => toHit(d, query));
    return { total: datas.length, typeCounts, complete: true, searched: query, hits, more };
  }
  const more = pager([], found.results, async (r) => toHit(await r.data(), query));
  return { total: found.results.length, typeCounts, complete: true, searched: query, hits: await more(first), more };
}
