/**
 * Query understanding for whole kinds of question, from the `kinds` and `counts` of
 * src/data/search-words.json (an editor's file): what a question asks, said in the site's words.
 *
 * - a count with its unit ("60 đảng viên", "hơn 50 người") from a threshold on means a thing of its own
 *   ("đông đảng viên"); so does an age ("85 tuổi" means "tuổi cao"). The number itself is not searched:
 *   it would pull pages that happen to hold it (a year, a section number, another age).
 * - a phrase of a kind ("để làm gì", "hạn chót", "ai đọc được") adds the kind's words ("mục đích", "mốc
 *   thời gian", "riêng tư"), and may ask that one content type come first ("nguyên văn": the reference).
 *
 * No DOM and no zod here: the file is checked by src/schemas/search-words.ts at build and test time.
 */
import data from '../../data/search-words.json';
import type { SearchableSectionId } from '../sections';
import { sameWord } from './normalize';

/** A rewriting of a run of the query's words. */
export interface KindMatch {
  /** Where the run starts in the token list, and how many tokens it covers. */
  at: number;
  length: number;
  /** The words put in its place (empty: the run is left out). */
  words: string[];
  /** A content type (section id) asked to come first. */
  prefer?: SearchableSectionId | undefined;
}

const split = (phrase: string) => phrase.toLowerCase().replace(/đ/g, 'd').split(' ').filter(Boolean);
const kinds = data.kinds.map((k) => ({
  phrases: k.phrases.map(split).sort((a, b) => b.length - a.length),
  means: split(k.means ?? ''),
  keep: k.keep ?? false,
  prefer: k.prefer as SearchableSectionId | undefined,
}));
const counts = data.counts.map((c) => ({
  units: c.units.map(split).sort((a, b) => b.length - a.length),
  from: c.from,
  means: split(c.means),
}));

const matchAt = (tokens: readonly string[], i: number, phrase: readonly string[]) =>
  i + phrase.length <= tokens.length && phrase.every((w, j) => sameWord(tokens[i + j]!, w));

/** The kinds of question found in `tokens` (lower case, "đ" as "d"), left to right, never overlapping. */
export function questionKinds(tokens: readonly string[]): KindMatch[] {
  const found: KindMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = countAt(tokens, i) ?? kindAt(tokens, i);
    if (match) {
      found.push(match);
      i += match.length;
    } else i++;
  }
  return found;
}

function countAt(tokens: readonly string[], i: number): KindMatch | undefined {
  if (!/^\d+$/.test(tokens[i]!)) return undefined;
  const n = Number(tokens[i]);
  for (const c of counts) {
    const unit = c.units.find((u) => matchAt(tokens, i + 1, u));
    if (unit && n >= c.from) return { at: i, length: 1 + unit.length, words: c.means };
  }
  return undefined;
}

function kindAt(tokens: readonly string[], i: number): KindMatch | undefined {
  for (const k of kinds) {
    const phrase = k.phrases.find((p) => matchAt(tokens, i, p));
    if (phrase)
      return {
        at: i,
        length: phrase.length,
        words: k.keep ? [...tokens.slice(i, i + phrase.length), ...k.means] : k.means,
        prefer: k.prefer,
      };
  }
  return undefined;
}
