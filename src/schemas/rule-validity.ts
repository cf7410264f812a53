import { z } from 'zod';

/**
 * Whether a rule (a reference entry: a Charter article, a Central rule or guidance) held when the campaign ran, and
 * what has replaced it since, as data in the entry's frontmatter (`validity`). From it, src/lib/rules.ts builds the
 * dated line shown on the rule's own page and on every page that cites it (links to it, names it, or shares its
 * sources): "Năm 2023 áp dụng …; văn bản này đã được thay bằng …; trang chưa đọc lời văn mới, hãy hỏi chi bộ".
 * Never write that line by hand in a page's text.
 */

/** A source's id: its file name in src/content/sources/, without .json (resolved by src/content.config.ts). */
const sourceId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'source id: kebab-case, as the file name in src/content/sources/');

/** One document that replaced the rule, as the news or summary pages that reported it give it. */
const replacementSchema = z
  .object({
    /** How it is cited, with its number and code: "Quy định 294-QĐ/TW". */
    name: z.string().min(3),
    /** Who issued it, when a source says so: "Bộ Chính trị". */
    issuedBy: z.string().min(3).optional(),
    /** Date of issue. */
    issuedOn: z.coerce.date(),
    /** Date it took effect, when a source gives it. */
    inForceFrom: z.coerce.date().optional(),
    /** The source that reports it (an unknown id stops the build). */
    source: sourceId,
  })
  .strict();

export const ruleValiditySchema = z
  .object({
    /** How pages name the rule, with its number and code: "Quy định 24-QĐ/TW". Shown in the dated line. */
    name: z.string().min(3),
    /**
     * Other ways the site's text names it ("Quy định 24", "Hướng dẫn 01"): a page whose text holds `name` or one
     * of these cites the rule. Keep them specific: a number alone would match other documents.
     */
    alsoNamed: z.array(z.string().min(5)).default([]),
    /**
     * The entry's sources that are about this rule (a copy or a summary of it): a page citing one of them cites the
     * rule. Leave out to use all the entry's sources; give `[]` when they are general articles that pages cite for
     * other things too.
     */
    identifyingSources: z.array(sourceId).optional(),
    /**
     * Whether it was in force when the campaign ran (the year in the site config): true, false (issued later, or
     * already replaced), or "chua-ro" when no source says.
     */
    inForceDuringCampaign: z.union([z.boolean(), z.literal('chua-ro')]),
    /** What replaced it since, in the order it happened; empty when no replacement was found by `checkedOn`. */
    replacedBy: z.array(replacementSchema).default([]),
    /** The day this status was last checked against the sources. */
    checkedOn: z.coerce.date(),
  })
  .strict()
  .superRefine((v, ctx) => {
    v.replacedBy.forEach((r, i) => {
      const previous = v.replacedBy[i - 1];
      if (previous && r.issuedOn.getTime() < previous.issuedOn.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['replacedBy', i],
          message: 'replacedBy: list the documents in the order they were issued',
        });
      }
      if (r.inForceFrom && r.inForceFrom.getTime() < r.issuedOn.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['replacedBy', i, 'inForceFrom'],
          message: 'inForceFrom is before issuedOn',
        });
      }
    });
  });

export type RuleValidity = z.output<typeof ruleValiditySchema>;
