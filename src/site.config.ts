import { z } from 'zod';

/**
 * Everything that names a province, a committee or a guidance document lives here,
 * so another province can reuse the site by editing this one file.
 */
const siteConfigSchema = z.object({
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
  }),
  /** Period the campaign ran, in words, as sourced. */
  campaignPeriod: z.string().min(1),
  /**
   * True only when the issuing committee has adopted this site as its own channel.
   * While false, the footer says plainly that the site is not an official channel.
   */
  isOfficialChannel: z.boolean(),
  /** Who runs the site, for the footer. Empty when nobody has been named. */
  publisher: z.string(),
  /** Date the content was last reviewed as a whole, ISO format. */
  contentDate: z.coerce.date(),
  /** Locale for dates and sorting. */
  locale: z.literal('vi-VN'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const siteConfig: SiteConfig = siteConfigSchema.parse({
  siteName: 'Giữ trọn lời thề',
  campaignName: 'Giữ trọn lời thề đảng viên',
  province: 'Bình Thuận',
  issuingCommittee: 'Ban Thường vụ Tỉnh ủy Bình Thuận',
  propagandaBoard: 'Ban Tuyên giáo Tỉnh ủy Bình Thuận',
  guidance: {
    number: '06',
    issuedOn: '2023-01-12',
    citation: 'Hướng dẫn số 06 ngày 12/1/2023 của Ban Thường vụ Tỉnh ủy Bình Thuận',
  },
  campaignPeriod: 'từ tháng 2 đến tháng 5/2023',
  isOfficialChannel: false,
  publisher: '',
  contentDate: '2026-11-28',
  locale: 'vi-VN',
});
