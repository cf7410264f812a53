/**
 * Which pages a search finds and in what order (the weights are in weights.ts): pages holding every
 * searched word, a long question's near misses, the pages holding most words when none holds all, and
 * the re-ranking of the first hits by what each unit declares about itself.
 */
import { foldWord, prepareQuery, restoreIndexed } from './normalize';
import { understandQuery } from './words';
import type { PagefindApi, PagefindData, PagefindResult, PagefindResults } from './pagefind';
import { searchTypes } from '../sections';
import { TYPE_FILTER } from './types';
import { RANKING } from './weights';

/** Pagefind's search options for a type filter (none for all types). */
export const typeFilter = (type: string | undefined) => (type ? { filters: { [TYPE_FILTER]: type } } : {});

/** A page found, before its data is loaded. */
export interface Candidate {
  result: PagefindResult;
  score: number;
  /** The searched words (closed, see closeWords) this page holds. */
  words: string[];
}

const typeOf = new WeakMap<PagefindApi, Promise<Map<string, string>>>();

/** Each indexed page's content type, by page id: one search per type without words, once per Pagefind. */
export function pageTypes(pf: PagefindApi): Promise<Map<string, string>> {
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

/**
 * Pages holding at least one of `words`: each word is searched alone and a page's score is the sum
 * of its words' scores and of its adjacent pairs' scores, scaled by the share of the words it holds.
 */
async function anyWord(
  pf: PagefindApi,
  words: string[],
  type: string | undefined,
  holding: Map<string, number>,
): Promise<Candidate[]> {
  const byId = new Map<string, Candidate>();
  for (const word of words) {
    const found = await pf.search(word, typeFilter(type));
    holding.set(word, found?.results.length ?? 0);
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

/** The pages a search finds, best first; `complete` is false when no page holds every word. */
export interface Found {
  pages: Candidate[];
  complete: boolean;
  all?: PagefindResults | null;
  /** See {@link WordWeights}; absent for a single word. */
  weights?: WordWeights;
  /** The searched words held by more than {@link RANKING.commonShare} of the pages (absent for a single word). */
  common?: ReadonlySet<string>;
}

/**
 * Pages holding every word, and, for a question of {@link RANKING.nearMissFrom} words or more, those
 * holding most, ranked by score; when none holds every word, the pages holding the most of them, most
 * words first.
 */
export async function findPages(pf: PagefindApi, words: string[], type: string | undefined): Promise<Found> {
  const all = await pf.search(words.join(' '), typeFilter(type));
  const every = all?.results ?? [];
  if (words.length < 2) return { pages: every.map((r) => ({ result: r, score: r.score, words })), complete: true, all };
  const holding = new Map<string, number>();
  const some = await anyWord(pf, words, type, holding);
  // Every indexed page has a type; without the filter index, the pages that hold any of the words.
  const pagesIndexed =
    Object.values((await pf.filters())[TYPE_FILTER] ?? {}).reduce((n, k) => n + k, 0) || some.length || 1;
  const weights = new Map([...holding].map(([w, n]) => [w, Math.log(1 + pagesIndexed / Math.max(1, n))]));
  const common = new Set([...holding].filter(([, n]) => n > pagesIndexed * RANKING.commonShare).map(([w]) => w));
  // Counted here, not taken from Pagefind's search for all the words: that search ignores a word
  // the index does not hold at all ("iphone"), so it can find pages that lack it.
  const most = Math.max(0, ...some.map((c) => c.words.length));
  if (most < words.length)
    return {
      pages: some.sort((a, b) => b.words.length - a.words.length || b.score - a.score),
      complete: false,
      all,
      weights,
      common,
    };
  const enough = words.length >= RANKING.nearMissFrom ? Math.ceil(words.length * RANKING.nearMissShare) : words.length;
  // A page holding every word keeps the result of the search for all of them: its excerpt marks them all.
  const whole = new Map(every.map((r) => [r.id, r]));
  const pages = some
    .filter((c) => c.words.length >= enough)
    .map((c) => ({ ...c, result: whole.get(c.result.id) ?? c.result }))
    .sort((a, b) => b.score - a.score);
  return { pages, complete: true, all, weights, common };
}

/**
 * How much each searched word tells pages apart, from how many pages hold it (Pagefind's answer to the
 * word alone): `log(1 + pages / holding)`. "báo cáo" is on nearly every page and says little; "đề dẫn" says much.
 */
export type WordWeights = ReadonlyMap<string, number>;

/**
 * The texts a unit says about itself (its title, each keyword and each declared question), understood as a
 * member's question is (words.ts): question words left out, kinds of question in the site's words. So "quyền
 * của đảng viên" holds the pair "quyen dang" of the question "quyen cua dang vien gom nhung gi".
 */
function ownTexts(data: PagefindData): string[][] {
  // Understood once per page and kept: the same pages come back search after search, keystroke after keystroke.
  let texts = ownTextsOf.get(data.url);
  if (!texts) {
    texts = [
      data.meta['title'],
      ...[data.meta['keywords'], data.meta['questions']].flatMap((m) => (m ? m.split(' · ') : [])),
    ]
      .filter((t): t is string => !!t)
      .map((t) => understandQuery(prepareQuery(restoreIndexed(t))).words.map(foldWord));
    ownTextsOf.set(data.url, texts);
  }
  return texts;
}
const ownTextsOf = new Map<string, string[][]>();

/**
 * Share of the searched words (weighted by {@link WordWeights}) that a unit's own texts hold: its title,
 * keywords and declared questions. With several words, a word counts only beside a neighbour it was typed
 * with, in the same text ("de dan" in "báo cáo đề dẫn", not the "dẫn" of "Hướng dẫn"): Vietnamese words are
 * often two syllables.
 */
function ownWordsMatch(data: PagefindData, words: string[], weights?: WordWeights): number {
  if (!words.length) return 0;
  const texts = ownTexts(data);
  const q = words.map(foldWord);
  if (q.length === 1) return texts.some((t) => t.includes(q[0]!)) ? 1 : 0;
  const pairs = new Set(texts.flatMap((own) => own.slice(1).map((w, i) => `${own[i]} ${w}`)));
  const weight = (i: number) => weights?.get(words[i]!) ?? 1;
  const total = q.reduce((n, _, i) => n + weight(i), 0);
  const held = q.reduce(
    (n, w, i) => n + (pairs.has(`${q[i - 1]} ${w}`) || pairs.has(`${w} ${q[i + 1]}`) ? weight(i) : 0),
    0,
  );
  return total ? held / total : 0;
}

/** A candidate with its page data, scored for the final order. */
export interface Ranked {
  c: Candidate;
  data: PagefindData;
  /** See {@link ownWordsMatch}. */
  match: number;
  score: number;
}

/**
 * The first hits in their final order: a unit whose own words hold the searched words outranks a page
 * that only mentions them, and a content type the question asks for (`prefer`, kinds.ts) comes first. When no page holds every word, the pages holding most of them come first.
 * When some do, a long question's near misses compete on score alone: its incidental words ("78 tuổi",
 * "lên hội trường") are often held only by the longest pages, and the entry that answers the question
 * must not rank below them for lacking one.
 */
export function rerank(
  head: Candidate[],
  datas: PagefindData[],
  words: string[],
  found: Found,
  prefer?: string,
): Ranked[] {
  return head
    .map((c, i) => {
      const data = datas[i]!;
      const match = ownWordsMatch(data, words, found.weights);
      const preferred = prefer && data.filters[TYPE_FILTER]?.includes(prefer) ? RANKING.preferredTypeBoost : 0;
      return { c, data, match, score: c.score * (1 + RANKING.ownWordsBoost * match ** 2) * (1 + preferred) };
    })
    .sort((a, b) => (found.complete ? 0 : b.c.words.length - a.c.words.length) || b.score - a.score);
}
