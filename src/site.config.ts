import { siteConfigSchema, type SiteConfig } from '~/schemas/site-config';

/**
 * Everything that names a province, a committee or a guidance document lives here, so another province reuses
 * the site by editing this one file (and the content in src/content/). Each field is described in the schema,
 * src/schemas/site-config.ts.
 */
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
    sameNumberAs: [
      {
        name: 'Hướng dẫn số 06-HD/TW',
        issuedBy: 'Ban Bí thư Trung ương Đảng',
        issuedOn: '2025-06-09',
        about: 'về một số vấn đề cụ thể thi hành Điều lệ Đảng',
        source: 'dong-nai-hd-06-hd-tw',
      },
    ],
  },
  campaignPeriod: 'từ tháng 2 đến tháng 5/2023',
  // TTXVN gives the months; one excerpt of Báo Bình Thuận gives days (1/2 to 19/5/2023), read once only: months it is.
  campaignWindow: { start: '2023-02-01', end: '2023-05-31', precision: 'month', source: 'hoi-nghi-dinh-huong-2023' },
  isOfficialChannel: false,
  publisher: '',
  contentDate: '2026-11-28',
  context: {
    campaignYear: 2023,
    checkedOn: '2026-12-01',
    formerNames: [
      'Bình Thuận',
      'Ban Tuyên giáo Tỉnh ủy',
      'Ban Dân vận Tỉnh ủy',
      'Huyện ủy',
      'Thành ủy Phan Thiết',
      'huyện ủy',
      'cấp huyện',
    ],
    changes: [
      {
        when: 'đầu năm 2025',
        text: 'Ban Tuyên giáo và Ban Dân vận Tỉnh ủy hợp nhất thành Ban Tuyên giáo và Dân vận Tỉnh ủy',
      },
      { when: 'ngày 12/6/2025', text: 'tỉnh Bình Thuận hợp nhất với Lâm Đồng và Đắk Nông thành tỉnh Lâm Đồng' },
      { when: 'từ ngày 1/7/2025', text: 'không còn cấp huyện (chính quyền địa phương hai cấp)' },
    ],
    askNow: 'chi ủy hoặc đảng ủy cấp trên trực tiếp của chi bộ',
    href: '/huong-dan/#boi-canh-hien-nay',
  },
});
