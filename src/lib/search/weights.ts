/**
 * Every weight of the search ranking, in one place, each with the evidence it rests on. Modelled on
 * Starlight's `schemas/pagefind.ts`, which names Pagefind's ranking options one by one; see Pagefind's
 * ranking documentation (https://pagefind.app/docs/ranking/) for what the first group means.
 *
 * "The query set" is tests/search-queries.json; "an unseen batch" is a set of whole questions written
 * without looking at the pages and measured with scripts/search-eval.mjs before and after a change.
 * A weight changes only with a measurement on both; never for one question.
 */

/** Pagefind's own ranking, passed to `pagefind.options({ ranking })` (see pagefind.ts). */
export const PAGEFIND_RANKING = {
  /**
   * How much an exact match counts over a longer word it is a prefix of (Pagefind's default is 1).
   * Finished words are looked up exactly (normalize.ts, closeWords), so this weighs mostly the word still
   * being typed: at 3, "chuy" prefers "chuyên" pages over the long tail of longer words.
   */
  termSimilarity: 3,
  /**
   * Weight of a word found in a metadata field, against 1 for the page's text.
   * - `title` 5: a page is what its title says; members' whole questions use the title's words.
   * - `keywords` 3: an FAQ entry's other ways of saying its question, written for search.
   * - `questions` 4: the questions a unit declares it answers, written by a second person from titles only
   *   (see the `questions` frontmatter): nearly as strong as the title, for words the title does not use.
   * - `synonyms` 1: a member's word reached through a synonym group ("sáp nhập" on the page that says "hợp
   *   nhất") counts as much as a word of the page's text; at half weight, the same letters typed without
   *   accents on another page ("sap nhap" in "bản nháp") won.
   * - `answer` 0.5: the one-sentence answer repeats the page; counted, but below its text.
   */
  metaWeights: { title: 5, keywords: 3, questions: 4, synonyms: 1, answer: 0.5 },
} as const;

/** The ranking this site does on top of Pagefind's scores (ranking.ts, engine.ts). */
export const RANKING = {
  /**
   * Hits beyond the first page of results that are read and re-ranked with their page data: each costs a
   * download (its fragment), and the right answer was within the first three more in the query set.
   */
  rerankExtra: 3,
  /**
   * How much more a unit counts when what it declares (an FAQ entry's question and keywords, a unit's
   * declared questions) holds the searched words, as the square of the share it holds: at 1.5 an entry
   * whose question is the member's question outranks the long pages that merely mention its words.
   */
  ownWordsBoost: 1.5,
  /**
   * How much more a unit of the content type a question asks for counts ("nguyên văn", "gồm những câu nào":
   * the reference that holds the text, before the FAQ entries that mention it; see kinds.ts).
   */
  preferredTypeBoost: 1,
  /** The share of the searched words a unit's own words must hold for its answer to be shown first. */
  answerShare: 0.5,
  /**
   * From this many words on, a page holding most of them (see {@link RANKING.nearMissShare}) is also
   * shown: a whole question has incidental words ("sửa lại", "nộp") the right page need not use.
   */
  nearMissFrom: 4,
  /** The share of a question's words a page must hold to be shown beside the pages holding all. */
  nearMissShare: 0.6,
  /**
   * A searched word held by more than this share of the pages is common ("báo cáo", "chi bộ", and "dang",
   * which is "đảng" on nearly every page even when the member meant "đang"): a page opened from a whole
   * question marks it only beside a word that is not (hits.ts, markedTerms). Before this rule, one whole
   * question marked 120 words of its answer, every "báo", "cáo", "chi" and "bộ" among them.
   */
  commonShare: 0.5,
  /** How many result pages to read when quoted phrases must be checked in their text. */
  phraseScanLimit: 40,
} as const;
