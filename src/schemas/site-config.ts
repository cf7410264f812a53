import { z } from 'zod';

/**
 * Schema of the site config (src/site.config.ts): every name of a province, a committee or a guidance document
 * the code shows. A missing or malformed field stops the build.
 */
/** A source's id: its file name in src/content/sources/, without .json. */
const sourceId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'source id: kebab-case, as the file name in src/content/sources/');

export const siteConfigSchema = z.object({
  /** Short site name, shown in the header and the web app manifest. */
  siteName: z.string().min(1),
  /** Name of the political-activity campaign, without quotation marks. */
  campaignName: z.string().min(1),
  /** Province (or other party committee area) running the campaign. */
  province: z.string().min(1),
  /** The committee that issued the guidance, in full. */
  issuingCommittee: z.string().min(1),
  /** The provincial propaganda board, which supplied templates and material. */
  propagandaBoard: z.string().min(1),
  /** The guidance document behind the campaign. */
  guidance: z.object({
    /** Number as it is cited in public sources, e.g. "06". */
    number: z.string().min(1),
    /** Date of issue, ISO format. */
    issuedOn: z.coerce.date(),
    /** How the site cites it in running text. */
    citation: z.string().min(1),
    /**
     * Other documents a member finds under the same number today (a later Central guidance numbered alike), so
     * the guidance page says once which is which. Leave out when there is none.
     */
    sameNumberAs: z
      .array(
        z
          .object({
            /** Its number and code as it is cited, e.g. "Hướng dẫn số 99-HD/TW". */
            name: z.string().min(3),
            /** Who issued it. */
            issuedBy: z.string().min(3),
            /** Date of issue, ISO format. */
            issuedOn: z.coerce.date(),
            /** What it is about, as a phrase: "về một số vấn đề cụ thể thi hành Điều lệ Đảng". */
            about: z.string().min(5),
            /** Id of the source in src/content/sources/ that gives these facts. */
            source: sourceId,
          })
          .strict(),
      )
      .default([]),
  }),
  /** Period the campaign ran, in words, as sourced; the same months or days as `campaignWindow`. */
  campaignPeriod: z.string().min(1),
  /**
   * When the campaign ran (or runs). Pages about deadlines and handing in compare it with the date the site is
   * built (src/lib/campaign.ts): after `end` they say first that the campaign has ended and what still helps a
   * chi bộ holding a session on the same theme; between `start` and `end` they speak of it as current. Rebuild
   * the site on the day after `end`, so the pages stop saying it runs.
   */
  campaignWindow: z
    .object({
      /** First day, ISO format; with `precision: 'month'`, the first day of the first month. */
      start: z.coerce.date(),
      /** Last day, ISO format, included; with `precision: 'month'`, the last day of the last month. */
      end: z.coerce.date(),
      /**
       * How precisely the source gives it: "month" when it gives months only ("từ tháng 2 đến tháng 5/2023"),
       * "day" when it gives the days. Pages write it no more precisely than this.
       */
      precision: z.enum(['month', 'day']),
      /** Id of the source in src/content/sources/ that gives the window (an unknown id stops the build). */
      source: sourceId,
    })
    .strict()
    .refine((w) => w.end.getTime() >= w.start.getTime(), { message: 'campaignWindow: end is before start' }),
  /**
   * True only when the issuing committee has adopted this site as its own channel.
   * While false, the footer says plainly that the site is not an official channel.
   */
  isOfficialChannel: z.boolean(),
  /** Who runs the site, for the footer. Empty when nobody has been named. */
  publisher: z.string(),
  /** Date the content was last reviewed as a whole, ISO format. */
  contentDate: z.coerce.date(),
  /**
   * What has changed since the campaign, for the dated notice shown on every page that names a body
   * as it was then. Leave out when nothing has changed: no notice is shown.
   */
  context: z
    .object({
      /** Year the campaign ran, as the notice says it. */
      campaignYear: z.number().int(),
      /** Date these changes were last checked against their sources, ISO format. */
      checkedOn: z.coerce.date(),
      /**
       * Names used in the campaign's sources that no longer exist as they were (the old province, district
       * committees, merged boards). A page whose text names one of them shows the notice.
       */
      formerNames: z.array(z.string().min(2)).min(1),
      /**
       * What changed, in the order it happened: `when` as the sources give it ("đầu năm 2025", "ngày 12/6/2025"),
       * `text` one short clause.
       */
      changes: z.array(z.object({ when: z.string().min(4), text: z.string().min(10) })).min(1),
      /** Who a member asks now, as a phrase: "chi ủy hoặc …". */
      askNow: z.string().min(5),
      /** The guidance section that explains the changes, with its sources. */
      href: z.string().startsWith('/'),
    })
    .optional(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
