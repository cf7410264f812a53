/**
 * Vietnamese text folding shared by the search index (build time), the search box (query time)
 * and the on-page highlighter.
 *
 * Pagefind folds tone and vowel marks by itself ("lam an xa" finds "làm ăn xa"): it decomposes
 * each word (NFD) and drops the combining marks. "đ" (U+0111) has no decomposition, so Pagefind
 * keeps it and "dang vien" never finds "đảng viên". We close that gap without losing the
 * accented text the reader sees:
 *
 * - index time: every "đ"/"Đ" in the text Pagefind reads becomes "d"/"D" followed by
 *   {@link STROKE_MARK}, a combining mark. Pagefind strips combining marks when it builds words,
 *   so the word is indexed as "dang"; the mark survives in the stored text, so the excerpt and
 *   title can be turned back into "Đảng" with {@link restoreStroke}. Word positions do not move,
 *   so excerpts, sub-results and quoted phrases stay exact.
 * - query time: {@link prepareQuery} composes (NFC), lower-cases and turns "đ" into "d";
 *   Pagefind then folds the remaining marks itself.
 */

/**
 * MODIFIER LETTER APOSTROPHE, a letter as far as Pagefind is concerned: appended to every
 * indexed word, so a word typed in full can be looked up exactly. Pagefind matches every query
 * word as a prefix, and Vietnamese syllables are short: "dan" would also find "đảng", "di" would
 * find "điều" and "điện". The query sends finished words as "danʼ" and leaves only the word
 * still being typed open as a prefix. See {@link closeWords}.
 */
export const WORD_END = '\u02BC';

/** COMBINING SHORT STROKE OVERLAY: marks a "d" that was "đ" in the indexed text. */
export const STROKE_MARK = '\u0335';

const STROKED = /[đĐ]/g;
const MARKED = /([dD])\u0335/g;

/** Index side: "Đảng đi" becomes "D̵ảng d̵i" (see the module comment). */
export function markStroke(text: string): string {
  return text.replace(STROKED, (c) => (c === 'đ' ? 'd' : 'D') + STROKE_MARK);
}

/** Display side: undoes {@link markStroke} in a title, excerpt or filter value from the index. */
export function restoreStroke(text: string): string {
  return text.replace(MARKED, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}

/** A word (letters, marks, digits) or an HTML character reference, which must stay whole. */
const WORD_OR_ENTITY = /&(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);|[\p{L}\p{M}\p{N}]+/giu;

/** Index side, for text Pagefind reads: {@link markStroke}, then {@link WORD_END} after each word. */
export function markForIndex(text: string): string {
  return markStroke(text).replace(WORD_OR_ENTITY, (w) => (w[0] === '&' && w.endsWith(';') ? w : w + WORD_END));
}

/** Display side: undoes {@link markForIndex} in any text that comes back from the index. */
export function restoreIndexed(text: string): string {
  return restoreStroke(text).replaceAll(WORD_END, '');
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Query side, after {@link prepareQuery}: marks the words the member has finished with
 * {@link WORD_END} so Pagefind looks them up exactly. The last word stays a prefix while it
 * may still be incomplete (`lastOpen`, and nothing typed after it).
 */
export function closeWords(query: string, lastOpen: boolean): string {
  const words = [...query.matchAll(WORD)];
  const last = words.at(-1);
  const keepOpen = lastOpen && last !== undefined && last.index + last[0].length === query.length;
  return query.replace(WORD, (w, offset: number) => (keepOpen && offset === last!.index ? w : w + WORD_END));
}

/** Quotation marks phone keyboards type in place of a straight double quote. */
const CURLY_QUOTES = /[“”„‟«»〝〞＂]/g;

/**
 * Query side: what the member typed, ready for Pagefind. Composes NFD input (NFC), lower-cases,
 * folds "đ" to "d", turns curly quotes into straight ones (so a quoted phrase typed on a phone
 * still counts as a phrase) and collapses white space. Tone and vowel marks stay: Pagefind
 * ignores them when matching but prefers pages whose marks match.
 */
export function prepareQuery(raw: string): string {
  return raw.normalize('NFC').replace(CURLY_QUOTES, '"').toLowerCase().replace(/đ/g, 'd').replace(/\s+/g, ' ').trim();
}

/**
 * Bare form of a word or phrase for comparisons made outside Pagefind (the on-page highlighter,
 * phrase checks): no marks of any kind, "đ" as "d", lower case, letters and digits only.
 * "Đảng," and "dang" and "D̵ảng" all give "dang".
 */
export function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}\u02BC]/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A query split into its quoted phrases and its loose words, both in {@link foldWord} form. */
export interface QueryParts {
  /** Each quoted phrase as a list of folded words. */
  phrases: string[][];
  /** Folded words outside quotes. */
  words: string[];
}

/** Splits a query into quoted phrases and loose words, folding each word. */
export function splitQuery(query: string): QueryParts {
  const phrases: string[][] = [];
  const normalized = query.normalize('NFC').replace(CURLY_QUOTES, '"');
  const rest = normalized.replace(/"([^"]*)"/g, (_, inner: string) => {
    const words = foldWords(inner);
    if (words.length) phrases.push(words);
    return ' ';
  });
  return { phrases, words: foldWords(rest) };
}

/** Splits text on white space and folds each piece, dropping pieces that fold to nothing. */
export function foldWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map(foldWord)
    .filter((w) => w.length > 0);
}

/** True when `words` (folded) appears as a run of consecutive words in `text` (any form). */
export function containsPhrase(text: string, words: string[]): boolean {
  if (!words.length) return true;
  const hay = foldWords(text);
  outer: for (let i = 0; i + words.length <= hay.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (hay[i + j] !== words[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** Lower case, NFC, "đ" kept: the form a word is compared in when it carries marks. */
const accentForm = (w: string) =>
  w
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');

/** True when the word was typed with tone or vowel marks (or "đ"). */
export const hasMarks = (w: string) => accentForm(w) !== foldWord(w);

/** A typed word matches a listed word: same letters, and same marks when the member typed marks. */
export function sameWord(typed: string, listed: string): boolean {
  if (foldWord(typed) !== foldWord(listed)) return false;
  // "d" typed for "đ" is typing without marks for that letter; prepareQuery has already made every "đ" a "d".
  return !hasMarks(typed) || accentForm(typed).replace(/đ/g, 'd') === accentForm(listed).replace(/đ/g, 'd');
}
