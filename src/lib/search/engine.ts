/**
 * The search behind the header box and /tim-kiem/: loads Pagefind on first use, understands the question
 * (words.ts), runs it, falls back to the pages holding most of its words when none holds all,
 * puts the FAQ answers that match first, checks quoted phrases and turns Pagefind's data into
 * display-ready hits (accents restored, links carrying the words to mark on the target page).
 * No DOM: it runs in the site's search worker (src/components/Search/search-worker.ts), and the
 * browser code that shows the hits is in src/components/Search/.
 */
import { closeWords, containsPhrase, foldWord, foldWords, prepareQuery, restoreIndexed, splitQuery } from './normalize';
import { searchTypes, sectionOf } from '../sections';
import { HIGHLIGHT_PARAM, TYPE_FILTER } from './types';
import { understandQuery } from './words';

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

/** What a search found: the first hits and a way to load more. */
export interface SearchOutcome {
  /** Number of matching pages for the chosen type. */
  total: number;
  /** Matching pages per content type, ignoring the type filter. */
  typeCounts: Record<string, number>;
  hits: SearchHit[];
  /**
   * False when no page holds every searched word: the hits are then the pages that hold the most
   * of them, best first (never a dead end).
   */
  complete: boolean;
  /** The words searched for, after the question words were left out ("gia viet bao cao"). */
  searched: string;
  /** Loads the next `count` hits (empty when there are no more). */
  more(count: number): Promise<SearchHit[]>;
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
      // A member's word reached through the synonym groups ("sáp nhập" on the page that says "hợp
      // nhất") counts as much as a word of the page's text: at half weight, the same letters typed
      // without accents on another page ("sap nhap" in "bản nháp") won.
      ranking: { termSimilarity: 3, metaWeights: { title: 5, keywords: 3, synonyms: 1, answer: 0.5 } },
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


/** How many result pages to read when quoted phrases must be checked in their text. */
const PHRASE_SCAN_LIMIT = 40;
/** Hits re-ranked with their page data (FAQ first): the first shown and a few more. */
const RERANK_EXTRA = 3;
/** How much more an FAQ entry counts when its question or keywords hold all the searched words. */
const FAQ_BOOST = 1.5;
/** The FAQ's type label: its entries rank first when their question or keywords match. */
const FAQ_TYPE = sectionOf('hoi-dap').searchType;

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
  /** Per-type counts are wanted even when no page holds every word (the search page's filters). */
  counts?: boolean;
  /**
   * How many hits beyond `first` to read and re-rank (FAQ answers first): each costs a download.
   * Default {@link RERANK_EXTRA}.
   */
  rerankExtra?: number;
  /** Returns true once a newer search has replaced this one: its result pages are then not fetched. */
  superseded?: () => boolean;
}

/** Runs a search (see {@link runSearch}) on the site's Pagefind, loaded on first use. */
export async function search(raw: string, options: SearchOptions): Promise<SearchOutcome> {
  return runSearch(await loadPagefind(), raw, options);
}

/** A page found, before its data is loaded. */
interface Candidate {
  result: PagefindResult;
  score: number;
  /** The searched words (closed, see closeWords) this page holds. */
  words: string[];
}

const typeOf = new WeakMap<PagefindApi, Promise<Map<string, string>>>();

/** Each indexed page's content type, by page id: one search per type without words, once per Pagefind. */
function pageTypes(pf: PagefindApi): Promise<Map<string, string>> {
  let known = typeOf.get(pf);
  if (!known) {
    known = (async () => {
      const map = new Map<string, string>();
      for (const t of searchTypes) {
        for (const r of (await pf.search(null, typeFilter(t.label)))?.results ?? []) map.set(r.id, t.label);
      }
      return map;
    })();
    typeOf.set(pf, known);
  }
  return known;
}

const typeFilter = (type: string | undefined) => (type ? { filters: { [TYPE_FILTER]: type } } : {});

/**
 * Pages holding at least one of `words`: each word is searched alone and a page's score is the sum
 * of its words' scores and of its adjacent pairs' scores, scaled by the share of the words it holds.
 */
async function anyWord(pf: PagefindApi, words: string[], type: string | undefined): Promise<Candidate[]> {
  const byId = new Map<string, Candidate>();
  for (const word of words) {
    const found = await pf.search(word, typeFilter(type));
    for (const r of found?.results ?? []) {
      const c = byId.get(r.id) ?? { result: r, score: 0, words: [] };
      c.score += r.score;
      c.words.push(word);
      byId.set(r.id, c);
    }
  }
  // Vietnamese words are often two syllables: a page using two of the words side by side, as typed
  // ("lấy bài", "người khác"), earns that phrase's score too.
  for (let i = 1; i < words.length; i++) {
    const found = await pf.search(`"${words[i - 1]} ${words[i]}"`, typeFilter(type));
    for (const r of found?.results ?? []) {
      const c = byId.get(r.id);
      if (c) c.score += r.score;
    }
  }
  return [...byId.values()].map((c) => ({ ...c, score: (c.score * c.words.length) / words.length }));
}

/**
 * From this many words on, a page holding most of them (see {@link NEAR_MISS_SHARE}) is also shown:
 * a whole question has incidental words ("sửa lại", "nộp") the right page need not use.
 */
const NEAR_MISS_FROM = 4;
/** The share of a question's words a page must hold to be shown beside the pages holding all. */
const NEAR_MISS_SHARE = 0.6;

/**
 * The pages a search finds, best first, and whether some hold every word. Pages holding every word,
 * and, for a question of {@link NEAR_MISS_FROM} words or more, those holding most, ranked by
 * score; when none holds every word, the pages holding the most of them, most words first.
 */
async function findPages(pf: PagefindApi, words: string[], type: string | undefined): Promise<{ pages: Candidate[]; complete: boolean; all?: PagefindResults | null }> {
  const all = await pf.search(words.join(' '), typeFilter(type));
  const every = all?.results ?? [];
  if (words.length < 2) return { pages: every.map((r) => ({ result: r, score: r.score, words })), complete: true, all };
  const some = await anyWord(pf, words, type);
  // Counted here, not taken from Pagefind's search for all the words: that search ignores a word
  // the index does not hold at all ("iphone"), so it can find pages that lack it.
  const most = Math.max(0, ...some.map((c) => c.words.length));
  if (most < words.length) return { pages: some.sort((a, b) => b.words.length - a.words.length || b.score - a.score), complete: false, all };
  const enough = words.length >= NEAR_MISS_FROM ? Math.ceil(words.length * NEAR_MISS_SHARE) : words.length;
  // A page holding every word keeps the result of the search for all of them: its excerpt marks them all.
  const whole = new Map(every.map((r) => [r.id, r]));
  const pages = some
    .filter((c) => c.words.length >= enough)
    .map((c) => ({ ...c, result: whole.get(c.result.id) ?? c.result }))
    .sort((a, b) => b.score - a.score);
  return { pages, complete: true, all };
}

/**
 * Share of the searched words an FAQ entry's question or keywords hold (0 for other pages). With
 * several words, a word counts only beside a neighbour it was typed with ("de dan" in "báo cáo đề
 * dẫn", not the "dẫn" of "Hướng dẫn"): Vietnamese words are often two syllables.
 */
function faqMatch(data: PagefindData, words: string[]): number {
  if (!data.filters[TYPE_FILTER]?.includes(FAQ_TYPE) || !words.length) return 0;
  const own = foldWords(restoreIndexed(`${data.meta['title'] ?? ''} · ${data.meta['keywords'] ?? ''}`).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '));
  const q = words.map(foldWord);
  if (q.length === 1) return own.includes(q[0]!) ? 1 : 0;
  const pairs = new Set(own.slice(1).map((w, i) => `${own[i]} ${w}`));
  return q.filter((w, i) => pairs.has(`${q[i - 1]} ${w}`) || pairs.has(`${w} ${q[i + 1]}`)).length / q.length;
}

/**
 * Runs a search on a Pagefind instance. The question words are left out first (words.ts). Pages
 * holding every remaining word, with a long question's near misses (see {@link findPages}), are
 * ranked by score; when none holds every word, the pages holding most of them come first
 * (`complete: false`). The first hits are then re-ranked so that an FAQ entry whose question or
 * keywords match outranks a page that only mentions the words; when the first is such an entry,
 * its answer is attached. A query that is one quoted phrase goes to Pagefind as an exact phrase
 * search; quoted phrases mixed with other words are checked in the text of the first
 * {@link PHRASE_SCAN_LIMIT} matching pages.
 */
export async function runSearch(
  pf: PagefindApi,
  raw: string,
  { type, first, typing, counts, superseded, rerankExtra = RERANK_EXTRA }: SearchOptions,
): Promise<SearchOutcome> {
  const prepared = prepareQuery(raw);
  const parts = splitQuery(prepared);
  const wholePhrase = /^"[^"]+"$/.test(prepared);
  // Finished words are looked up exactly (see closeWords); a quoted phrase is exact throughout.
  const lastOpen = typing && !wholePhrase && !/\s$/.test(raw);
  const query = raw.trim();
  const none = (searched: string, typeCounts: Record<string, number> = {}): SearchOutcome => ({
    total: 0,
    typeCounts,
    hits: [],
    complete: true,
    searched,
    more: async () => [],
  });

  if (parts.phrases.length > 0) {
    const words = closeWords(prepared.replace(/"/g, ' ').replace(/\s+/g, ' ').trim(), lastOpen);
    const term = wholePhrase ? `"${words}"` : words;
    const found = term ? await pf.search(term, typeFilter(type)) : null;
    const typeCounts = found?.totalFilters[TYPE_FILTER] ?? {};
    if (!found || superseded?.()) return { ...none(query, typeCounts), total: found?.results.length ?? 0 };
    const datas = wholePhrase
      ? undefined
      : (await Promise.all(found.results.slice(0, PHRASE_SCAN_LIMIT).map((r) => r.data()))).filter((d) =>
          parts.phrases.every((p) => containsPhrase(d.content, p)),
        );
    if (datas) {
      let shown = Math.min(first, datas.length);
      return {
        total: datas.length,
        typeCounts,
        complete: true,
        searched: query,
        hits: datas.slice(0, shown).map((d) => toHit(d, query)),
        more: async (count) => {
          const next = datas.slice(shown, shown + count).map((d) => toHit(d, query));
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
    return { total: found.results.length, typeCounts, complete: true, searched: query, hits: await load(first), more: load };
  }

  const understood = understandQuery(prepared);
  const searched = understood.words.join(' ');
  // Result links carry the searched words, so the target page marks the topic, not "có" and "không".
  const marked = understood.dropped.length ? searched : query;
  const closed = closeWords(searched, lastOpen && understood.keepsLast).split(' ').filter(Boolean);
  if (!closed.length) return none(searched);

  const found = await findPages(pf, closed, type);
  const { complete } = found;
  const candidates = found.pages;
  let typeCounts = found.all?.totalFilters[TYPE_FILTER] ?? {};
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

  // The page data of the first hits, re-ranked: FAQ entries whose question or keywords match first.
  const head = candidates.slice(0, first + rerankExtra);
  const datas = await Promise.all(head.map((c) => c.result.data()));
  const ranked = head
    .map((c, i) => {
      const match = faqMatch(datas[i]!, closed);
      return { c, data: datas[i]!, match, score: c.score * (1 + FAQ_BOOST * match ** 2) };
    })
    // When no page holds every word, the pages holding most of them come first. When some do, a
    // long question's near misses (see NEAR_MISS_FROM) compete on score alone: its incidental words
    // ("78 tuổi", "lên hội trường") are often held only by the longest pages, and the entry that
    // answers the question must not rank below them for lacking one.
    .sort((a, b) => (complete ? 0 : b.c.words.length - a.c.words.length) || b.score - a.score);

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
  if (top.match >= 0.5) hits[0]!.answer = restoreIndexed(top.data.meta['answer'] ?? '') || undefined;

  const rest = candidates.slice(head.length);
  const queue = [...hits.slice(first)];
  let next = 0;
  return {
    total,
    typeCounts,
    complete,
    searched,
    hits: hits.slice(0, first),
    more: async (count) => {
      const out = queue.splice(0, count);
      const slice = rest.slice(next, next + (count - out.length));
      next += slice.length;
      out.push(...(await Promise.all(slice.map(async (c) => toHit(await c.result.data(), marked)))));
      return out;
    },
  };
}
