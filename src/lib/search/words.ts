/**
 * What the search knows about words, from src/data/search-words.json (an editor's file):
 *
 * - query side, {@link understandQuery}: a whole question ("toi gia roi co phai viet bao cao ko")
 *   loses the words that only carry the question ("tôi", "có phải", "ko") while other words
 *   remain, and abbreviations ("dv", "bc") become the words they stand for;
 * - index side, {@link synonymsIn}: a page that uses one way of saying a thing ("nghỉ hưu") is also
 *   indexed under the others ("về hưu", "hưu trí"), so either finds it, typed with or without accents.
 *
 * Comparisons follow the member's typing: a word typed without marks matches every accented form
 * ("khong" is "không"), a word typed with marks matches only that form ("có" is not "cỏ").
 * No DOM and no zod here: this runs in the browser's search code; the file is checked by
 * src/schemas/search-words.ts at build and test time.
 */
import data from '../../data/search-words.json';
import { foldWord, hasMarks, prepareQuery, sameWord } from './normalize';
import { questionKinds } from './kinds';
import type { SearchableSectionId } from '../sections';

export { sameWord };

const words = (phrase: string) => phrase.split(' ').filter(Boolean);

/** A list of phrases as word lists, longest first so that the longest phrase wins. */
const phraseList = (phrases: readonly string[]) => phrases.map(words).sort((a, b) => b.length - a.length);

const questionPhrases = phraseList(data.questionWords);
const groupPhrases = phraseList(data.groups.flat());
const shorthand = new Map(Object.entries(data.shorthand).map(([k, v]) => [foldWord(k), prepareQuery(v)]));

/** Length of the longest listed phrase that starts at `tokens[i]` (and crosses no `taken` word), or 0. */
function phraseAt(
  tokens: readonly string[],
  i: number,
  phrases: readonly string[][],
  taken?: readonly boolean[],
): number {
  for (const p of phrases) {
    if (i + p.length > tokens.length || taken?.slice(i, i + p.length).some(Boolean)) continue;
    if (p.every((w, j) => sameWord(tokens[i + j]!, w))) return p.length;
  }
  return 0;
}

/** A query after {@link understandQuery}. */
export interface UnderstoodQuery {
  /** The words to search for, in the order typed (as typed, or expanded from an abbreviation). */
  words: string[];
  /** The question words left out. */
  dropped: string[];
  /** True when the last word typed is the last of `words` (so it may still be unfinished). */
  keepsLast: boolean;
  /**
   * `words` as the runs the member typed them in: a new run starts where a question word was left out and
   * around the words a kind of question put in (so "bị mất" and "báo cáo" of "bị mất thì báo cáo" are apart).
   */
  runs: string[][];
  /** A content type the question asks for first (kinds.ts: "nguyên văn" asks for the reference). */
  prefer?: SearchableSectionId | undefined;
}

/**
 * Query side: the words of a question that name its topic. Splits on anything that is not a letter
 * or digit, expands abbreviations, keeps phrases of the synonym groups whole ("không có thời gian"),
 * and leaves out question words, unless nothing else would remain (then every word is kept).
 */
export function understandQuery(query: string): UnderstoodQuery {
  const typed = query.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const expanded: { word: string; last: boolean }[] = [];
  typed.forEach((w, i) => {
    const long = shorthand.get(foldWord(w));
    const last = i === typed.length - 1;
    // An abbreviation stands for finished words; the member is past it.
    if (long && !hasMarks(w)) for (const x of words(long)) expanded.push({ word: x, last: false });
    else expanded.push({ word: w, last });
  });
  // Kinds of question (kinds.ts): a run such as "60 đảng viên" or "để làm gì" is said in the site's words,
  // which always stay (they are the topic the question asks about).
  const tokens: { word: string; last: boolean; kind?: number; gap?: boolean }[] = [];
  const kinds = questionKinds(expanded.map((t) => t.word));
  for (let i = 0, k = 0; i < expanded.length;) {
    const match = kinds[k];
    if (match?.at === i) {
      tokens.push(...match.words.map((word) => ({ word, last: false, kind: k + 1 })));
      if (!match.words.length && tokens.length) tokens[tokens.length - 1]!.gap = true;
      i += match.length;
      k++;
    } else tokens.push(expanded[i++]!);
  }
  const all = tokens.map((t) => t.word);
  // Words inside a phrase of a synonym group stay; the longest phrases claim their words first
  // ("lấy bài của người khác": "bài của người khác" rather than "lấy bài").
  const inTopic = tokens.map((t) => t.kind !== undefined);
  const spans = all.flatMap((_, i) => {
    const n = phraseAt(all, i, groupPhrases);
    return n ? [{ i, n }] : [];
  });
  for (const { i, n } of spans.sort((a, b) => b.n - a.n)) {
    if (inTopic.slice(i, i + n).some(Boolean)) continue;
    inTopic.fill(true, i, i + n);
  }
  const kept: typeof tokens = [];
  const dropped: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const question = inTopic[i] ? 0 : phraseAt(all, i, questionPhrases, inTopic);
    if (question) {
      dropped.push(...all.slice(i, i + question));
      if (kept.length) kept[kept.length - 1] = { ...kept[kept.length - 1]!, gap: true };
      i += question;
      continue;
    }
    kept.push(tokens[i]!);
    i++;
  }
  const chosen = kept.length ? kept : tokens;
  const runs: string[][] = [];
  chosen.forEach((t, i) => {
    const before = chosen[i - 1];
    if (!before || before.gap || before.kind !== t.kind) runs.push([]);
    runs.at(-1)!.push(t.word);
  });
  return {
    words: chosen.map((t) => t.word),
    dropped: kept.length ? dropped : [],
    keepsLast: chosen.at(-1)?.last ?? false,
    runs,
    prefer: kinds.find((k) => k.prefer)?.prefer,
  };
}

/** Page text as lower-case words (accents kept, "đ" kept) for {@link synonymsIn}. */
const pageWords = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);

const groups = data.groups.map((g) => ({ all: g, phrases: g.map((p) => words(p.toLowerCase())) }));

/**
 * Index side: every phrase of every synonym group the text uses, whole words, exact marks (a page's
 * text is written with full diacritics, so "già" never matches "gia" of "tham gia"). The page is
 * indexed under all of them.
 */
export function synonymsIn(text: string): string[] {
  const hay = pageWords(text);
  const out: string[] = [];
  for (const g of groups) {
    const used = g.phrases.some((p) => {
      for (let i = 0; i + p.length <= hay.length; i++) if (p.every((w, j) => hay[i + j] === w)) return true;
      return false;
    });
    if (used) out.push(...g.all);
  }
  return [...new Set(out)];
}
