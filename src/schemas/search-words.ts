import { z } from 'zod';

/**
 * Schema of src/data/search-words.json, the words the search knows (an editor's file, not code).
 * Parsed by the search-index build step and by the unit tests, so a malformed entry stops the build
 * with the entry named. The browser reads the same file without this schema (no zod in search code).
 */

/** A word or phrase as written in the site's text: full diacritics (NFC), no stray spaces or punctuation. */
const phrase = z
  .string()
  .min(1)
  .max(60)
  .refine((s) => s === s.normalize('NFC'), 'must be Unicode NFC (compose the diacritics)')
  .refine((s) => s === s.trim() && !/\s{2,}/.test(s), 'no leading, trailing or double spaces')
  .refine((s) => /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u.test(s), 'letters, digits and single spaces only');

export const searchWordsSchema = z
  .object({
    $comment: z.string().optional(),
    /** Ways of saying one thing; a page using any of them is found by all of them. */
    groups: z.array(z.array(phrase).min(2, 'a group needs at least two ways of saying it')).min(1),
    /** Words that carry the question, not its topic; left out while other words remain. */
    questionWords: z.array(phrase).min(1),
    /** Abbreviation → the words it stands for. */
    shorthand: z.record(
      phrase.refine((s) => !s.includes(' '), 'one word'),
      phrase,
    ),
    /** Kinds of question: phrases that say what is asked, and the site's words for it (src/lib/search/kinds.ts). */
    kinds: z
      .array(
        z
          .object({
            $comment: z.string().optional(),
            phrases: z.array(phrase).min(1),
            /** Searched in the phrases' place (beside them when `keep`). */
            means: phrase.optional(),
            keep: z.boolean().optional(),
            /** A content type to put first: a section id of src/lib/sections.ts. */
            prefer: z.enum(['hoi-dap', 'huong-dan', 'sinh-hoat', 'tai-lieu']).optional(),
          })
          .strict()
          .refine((k) => k.means !== undefined || k.prefer !== undefined, 'a kind needs means or prefer'),
      )
      .default([]),
    /** A number followed by a unit, from `from` on, searched as the words of `means` ("60 đảng viên"). */
    counts: z
      .array(
        z
          .object({
            $comment: z.string().optional(),
            units: z.array(phrase).min(1),
            from: z.number().int().positive(),
            means: phrase,
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    data.groups.forEach((group, i) => {
      const seen = new Set<string>();
      for (const p of group) {
        const key = p.toLowerCase();
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', path: ['groups', i], message: `“${p}” is listed twice in this group` });
        seen.add(key);
      }
    });
    const seen = new Set<string>();
    for (const w of data.questionWords) {
      if (seen.has(w.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: ['questionWords'], message: `“${w}” is listed twice` });
      seen.add(w.toLowerCase());
    }
  });
