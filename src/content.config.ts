import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { templateSchema } from './schemas/report-template';
import { ruleValiditySchema } from './schemas/rule-validity';
import { citationSchema, resolveCitations, sourceEntrySchema, type SourceEntry } from './schemas/source';

/**
 * The source registry, read once when the config loads, so that each page's citations resolve to the full
 * source (title, publisher, date, address, passages) in the page's own data, and an unknown id stops the build.
 */
const registryFiles = import.meta.glob<unknown>('./content/sources/*.json', { eager: true, import: 'default' });
export const sourceRegistry: ReadonlyMap<string, SourceEntry> = new Map(
  Object.entries(registryFiles).map(([path, data]) => {
    const id = path.replace(/^.*\/|\.json$/g, '');
    const parsed = sourceEntrySchema.safeParse(data);
    if (!parsed.success) throw new Error(`src/content/sources/${id}.json: ${parsed.error.message}`);
    return [id, parsed.data];
  }),
);

/** A page's sources: at least one citation of the registry, shown on the page. */
const citations = z
  .array(citationSchema)
  .min(1)
  .transform((list, ctx) =>
    resolveCitations(list, sourceRegistry, (message) => ctx.addIssue({ code: 'custom', message })),
  );

/** Fields every page-like entry shares. */
const pageFields = {
  /** Page heading; for an FAQ entry, the member's own question. */
  title: z.string().min(3).max(160),
  /** One sentence: used as the meta description and in listings. */
  summary: z.string().min(20).max(300),
  /** Date the entry was last checked against its sources. */
  updated: z.coerce.date(),
  /** At least one source; shown on the page. */
  sources: citations,
};

/**
 * The questions a unit answers, in members' words, written by someone who does not look at the page's wording
 * (FAQ entries, guidance sections, session steps, reference pages): indexed as the hidden `questions` metadata, a
 * match against them counts as strong evidence in the search ranking (src/lib/search/weights.ts).
 */
const declaredQuestions = z.array(z.string().min(5).max(200)).min(5).max(10).optional();

/** Topics of the FAQ, in the order the index shows them. */
export const faqTopics = {
  'hoan-canh-rieng': 'Đảng viên trong hoàn cảnh riêng',
  'viet-bao-cao': 'Viết báo cáo tự rà soát',
  'to-chuc-sinh-hoat': 'Tổ chức buổi sinh hoạt',
  'dung-trang-nay': 'Dùng trang này',
} as const;

/** Kinds of reference document, in the order the library shows them. */
export const referenceCategories = {
  'dieu-le': 'Điều lệ Đảng và lời tuyên thệ',
  'quy-dinh': 'Quy định, hướng dẫn của Trung ương',
  'the-thuc': 'Thể thức văn bản',
  'thuat-ngu': 'Giải thích từ ngữ',
} as const;

/** Phases of the secretary's journey on /sinh-hoat/. */
export const sessionPhases = {
  truoc: 'Trước buổi sinh hoạt',
  trong: 'Trong buổi sinh hoạt',
  sau: 'Sau buổi sinh hoạt',
} as const;

/** A rule's validity (src/schemas/rule-validity.ts), each replacement's source resolved against the registry. */
const validity = ruleValiditySchema.transform((v, ctx) => ({
  ...v,
  replacedBy: v.replacedBy.map((r) => {
    const [source] = resolveCitations([{ id: r.source }], sourceRegistry, (message) =>
      ctx.addIssue({ code: 'custom', message }),
    );
    return { ...r, source: source! };
  }),
}));

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const guidance = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/guidance' }),
  schema: z
    .object({
      ...pageFields,
      /** Position on /huong-dan/; the entry id is the section's #anchor. */
      order: z.number().int().nonnegative(),
      /**
       * "tom-tat": our summary of what is publicly known.
       * "toan-van": the official text, added by an editor who holds it; shown beside the summary.
       */
      kind: z.enum(['tom-tat', 'toan-van']).default('tom-tat'),
      /** For a "toan-van" entry: the id of the summary section it sits beside. */
      summarySection: z.string().optional(),
      questions: declaredQuestions,
    })
    .strict(),
});

const faq = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/faq' }),
  schema: z
    .object({
      ...pageFields,
      /** Group on the FAQ index. */
      topic: z.enum(keys(faqTopics)),
      /** Other ways people say the same thing; searched, not shown as the answer. */
      keywords: z.array(z.string().min(2)).min(1),
      /** Position inside its topic. */
      order: z.number().int().nonnegative().default(100),
      /** Listed among the most asked questions on the home page. */
      featured: z.boolean().default(false),
      /** Ids of related FAQ entries. */
      related: z.array(z.string()).default([]),
      questions: declaredQuestions,
    })
    .strict(),
});

const reference = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/reference' }),
  schema: z
    .object({
      ...pageFields,
      category: z.enum(keys(referenceCategories)),
      /** Official number and code, e.g. "37-QĐ/TW". */
      docNumber: z.string().optional(),
      /** Issuing body. */
      issuedBy: z.string().optional(),
      /** Date of issue. */
      issuedOn: z.coerce.date().optional(),
      order: z.number().int().nonnegative().default(100),
      /**
       * Whether the rule held when the campaign ran and what replaced it since (src/schemas/rule-validity.ts):
       * the dated line on this page and on every page citing it. Required for every category but the glossary.
       */
      validity: validity.optional(),
      questions: declaredQuestions,
    })
    .strict()
    .superRefine((entry, ctx) => {
      if (entry.category !== 'thuat-ngu' && !entry.validity) {
        ctx.addIssue({
          code: 'custom',
          path: ['validity'],
          message: 'a rule needs `validity`: in force during the campaign, replaced by what since',
        });
      }
    }),
});

const session = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/session' }),
  schema: z
    .object({
      ...pageFields,
      phase: z.enum(keys(sessionPhases)),
      /** Position in the whole journey; the entry id is the step's #anchor. */
      order: z.number().int().nonnegative(),
      questions: declaredQuestions,
    })
    .strict(),
});

const videos = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/videos' }),
  schema: z
    .object({
      ...pageFields,
      /** Path under public/, e.g. "/video/buoi-sinh-hoat-minh-hoa.mp4". */
      file: z.string().startsWith('/'),
      /** Poster image under public/. */
      poster: z.string().startsWith('/'),
      /** WebVTT captions under public/. */
      captions: z.string().startsWith('/').endsWith('.vtt'),
      /** Length in seconds. */
      duration: z.number().positive(),
      /** File size in bytes, shown before the member spends data. */
      bytes: z.number().int().positive(),
      /** Chapters: the steps of the session, by start time in seconds. */
      chapters: z
        .array(
          z
            .object({
              time: z.number().nonnegative(),
              title: z.string().min(2),
              /** Short lines shown on the slide of a video made by scripts/make-illustrative-video.mjs; unused for a real recording. */
              points: z.array(z.string().min(2)).optional(),
            })
            .strict(),
        )
        .min(1),
      /** Who made the video. */
      credit: z.string().min(2),
      /** True when the video is an illustration made for this site, not a recording of a real session. */
      illustrative: z.boolean(),
    })
    .strict(),
});

/** Report templates for /bao-cao/: questions as data, so editors change them without code. */
const templates = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/templates' }),
  schema: templateSchema,
});

/** The source registry itself, as a collection: one JSON file per source. */
const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/sources' }),
  schema: sourceEntrySchema,
});

export const collections = { guidance, faq, reference, session, videos, templates, sources };
