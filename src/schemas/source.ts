import { z } from 'zod';

/**
 * The source registry (collection `sources`, one JSON file per source in src/content/sources/, the file name is
 * its id) and the way a page cites it. Every quotation on a content page must be found word for word in a
 * `passages` entry of a source that page cites (tests/unit/quotes.test.ts).
 */

/** A date as precise as the source gives it: "2023", "2023-03" or "2023-03-07". */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date: yyyy, yyyy-mm or yyyy-mm-dd');

/**
 * What kind of source it is, shown beside it in every list of sources, so a reader weighs it: the portal of a Party
 * or state body, the press, a legal-information site, a news aggregator, a third party's copy, or this site itself.
 */
export const sourceKinds = {
  'chinh-thuc': 'cổng thông tin của cơ quan đảng, nhà nước',
  'bao-chi': 'báo, tạp chí, hãng tin',
  'trang-luat': 'trang thông tin pháp luật',
  'tong-hop-tin': 'trang tổng hợp tin',
  'ben-thu-ba': 'bản sao, trang của bên thứ ba, không chính thức',
  'trang-nay': 'trang này',
} as const;
export type SourceKind = keyof typeof sourceKinds;

export const sourceEntrySchema = z
  .object({
    /** What the source is, in Vietnamese: the article's or document's own title where it has one. */
    title: z.string().min(3),
    /** Who published it: the newspaper, the portal, the body that issued the document. */
    publisher: z.string().min(2),
    /** What kind of source it is (see `sourceKinds`); prefer an official or press source for each fact. */
    kind: z.enum(Object.keys(sourceKinds) as [SourceKind, ...SourceKind[]]),
    /** The writer, when the source names one. */
    author: z.string().min(2).optional(),
    /** When it was published or issued, as far as the source says. */
    date: partialDate.optional(),
    /** Public address where it was read: https only (a plain http:// link is refused). */
    url: z.url().startsWith('https://', 'url: use the https:// address').optional(),
    /** Document number or where to find it when there is no address. */
    ref: z.string().min(3).optional(),
    /** A caution about the source itself (read only in part, a third-party copy…). */
    note: z.string().min(3).optional(),
    /** The exact passages the site quotes from it, copied as read; whitespace is not significant. */
    passages: z.array(z.string().min(2)).default([]),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.ref !== undefined, {
    message: 'each source needs a url or a ref (document number)',
  });

export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** How a page cites a source in its frontmatter: the registry id, and what this page takes from it. */
export const citationSchema = z
  .object({
    /** File name of the source in src/content/sources/, without .json. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'source id: kebab-case, as the file name in src/content/sources/'),
    /** What this page takes from the source. */
    note: z.string().min(3).optional(),
  })
  .strict();

/** A citation resolved against the registry: what a page shows in its list of sources. */
export type Source = SourceEntry & { id: string; note?: string | undefined; sourceNote?: string | undefined };

/** Resolves a page's citations; unknown ids are reported through `fail`, one message each. */
export function resolveCitations(
  citations: z.infer<typeof citationSchema>[],
  registry: ReadonlyMap<string, SourceEntry>,
  fail: (message: string) => void,
): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const citation of citations) {
    const entry = registry.get(citation.id);
    if (!entry) {
      fail(`unknown source id "${citation.id}": add src/content/sources/${citation.id}.json or fix the id`);
      continue;
    }
    if (seen.has(citation.id)) fail(`source "${citation.id}" is cited twice`);
    seen.add(citation.id);
    out.push({ ...entry, id: citation.id, note: citation.note, sourceNote: entry.note });
  }
  return out;
}
