/**
 * The search behind the header box and /tim-kiem/, as orchestration of its parts:
 * - pagefind.ts: Pagefind's API and its loading;
 * - words.ts: query understanding (question words left out, abbreviations, synonym phrases kept whole);
 * - ranking.ts, with every weight in weights.ts: the pages found and their order;
 * - hits.ts: display-ready hits; paging.ts: loading more; phrase.ts: quoted phrases.
 * No DOM: it runs in the site's search worker (src/components/Search/search-worker.ts), and the
 * browser code that shows the hits is in src/components/Search/.
 */
import { closeWords, prepareQuery, restoreIndexed, splitQuery } from './normalize';
import { markedTerms, toHit } from './hits';
import { pager } from './paging';
import { loadPagefind, type PagefindApi } from './pagefind';
import { phraseSearch } from './phrase';
import { findPages, pageTypes, rerank, typeFilter } from './ranking';
import { TYPE_FILTER } from './types';
import { sectionOf } from '../sections';
import { RANKING } from './weights';
import { understandQuery } from './words';

export type { PagefindApi, PagefindData, PagefindResults } from './pagefind';
export type { SearchHit } from './hits';
export { loadPagefind } from './pagefind';

import type { SearchOptions, SearchOutcome } from './outcome';
export type { SearchOptions, SearchOutcome } from './outcome';

/** Runs a search (see {@link runSearch}) on the site's Pagefind, loaded on first use. */
export async function search(raw: string, options: SearchOptions): Promise<SearchOutcome> {
  return runSearch(await loadPagefind(), raw, options);
}

const none = (searched: string, typeCounts: Record<string, number> = {}): SearchOutcome => ({
  total: 0,
  typeCounts,
  hits: [],
  complete: true,
  searched,
  more: async () => [],
});

/**
 * Runs a search on a Pagefind instance: a query with quoted phrases goes to phrase.ts; otherwise the
 * question is understood (words.ts), the pages are found and the first hits re-ranked (ranking.ts),
 * and when the first is a unit whose own words match, its one-sentence answer is attached.
 */
export async function runSearch(pf: PagefindApi, raw: string, options: SearchOptions): Promise<SearchOutcome> {
  const { type, first, typing, counts, superseded, rerankExtra = RANKING.rerankExtra } = options;
  const prepared = prepareQuery(raw);
  const parts = splitQuery(prepared);
  const wholePhrase = /^"[^"]+"$/.test(prepared);
  // Finished words are looked up exactly (see closeWords); a quoted phrase is exact throughout.
  const lastOpen = typing && !wholePhrase && !/\s$/.test(raw);
  const query = raw.trim();
  if (parts.phrases.length > 0) return phraseSearch(pf, prepared, parts, options, lastOpen, query, none);

  const understood = understandQuery(prepared);
  const searched = understood.words.join(' ');
  const closed = closeWords(searched, lastOpen && understood.keepsLast)
    .split(' ')
    .filter(Boolean);
  if (!closed.length) return none(searched);

  const found = await findPages(pf, closed, type);
  const { pages: candidates, complete, all } = found;
  // Result links carry what was asked, so the target page marks the topic: not "có" and "không", nor every
  // "báo cáo" (markedTerms). A query of one word, or with nothing left out, is marked as typed.
  const marked =
    understood.dropped.length || found.common?.size ? markedTerms(understood.runs, found.common ?? new Set()) : query;
  let typeCounts = all?.totalFilters[TYPE_FILTER] ?? {};
  if (counts && closed.length > 1) {
    // Counted the way the pages are chosen, so that "Tất cả (n)" matches the n pages shown.
    const types = await pageTypes(pf);
    const unfiltered = type ? (await findPages(pf, closed, undefined)).pages : candidates;
    typeCounts = {};
    for (const c of unfiltered) {
      const t = types.get(c.result.id);
      if (t) typeCounts[t] = (typeCounts[t] ?? 0) + 1;
    }
  }
  const total = candidates.length;
  if (!total) return none(searched, typeCounts);
  // Each hit costs a download (its fragment): none for a search the member has already typed past.
  if (superseded?.()) return { ...none(searched, typeCounts), total, complete };

  const head = candidates.slice(0, first + rerankExtra);
  const datas = await Promise.all(head.map((c) => c.result.data()));
  const prefer = understood.prefer && sectionOf(understood.prefer).searchType;
  const ranked = rerank(head, datas, closed, found, prefer);
  const hits = ranked.map((r) => toHit(r.data, marked));
  // A page holding only some of the words: search that set again, so its excerpt marks them all.
  await Promise.all(
    ranked.map(async (r, i) => {
      if (r.c.words.length < 2 || r.c.words.length === closed.length) return;
      const again = await pf.search(r.c.words.join(' '), typeFilter(type));
      const same = again?.results.find((x) => x.id === r.c.result.id);
      if (same) hits[i] = toHit(await same.data(), marked);
    }),
  );
  const top = ranked[0]!;
  if (top.match >= RANKING.answerShare) hits[0]!.answer = restoreIndexed(top.data.meta['answer'] ?? '') || undefined;

  const more = pager(hits.slice(first), candidates.slice(head.length), async (c) =>
    toHit(await c.result.data(), marked),
  );
  return { total, typeCounts, complete, searched, hits: hits.slice(0, first), more };
}
