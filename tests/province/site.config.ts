/**
 * A second site identity for the "another province" test: a made-up province with made-up committees and a
 * made-up guidance, so nothing here can be mistaken for a real body or document. `npm run test:province`
 * builds the site with this file in place of src/site.config.ts; the test then looks for these names, and
 * for none of the default ones, everywhere the code (not the content) puts a name.
 */
import { siteConfigSchema, type SiteConfig } from '../../src/schemas/site-config';

/** The ISO date `days` days from the day this file is loaded (the build's day). */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export const siteConfig: SiteConfig = siteConfigSchema.parse({
  siteName: 'Lời thề Sông Mây',
  campaignName: 'Vững vàng lời thề đảng viên',
  province: 'Sông Mây',
  issuingCommittee: 'Ban Thường vụ Tỉnh ủy Sông Mây',
  propagandaBoard: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Sông Mây',
  guidance: {
    number: '99',
    issuedOn: '2024-09-03',
    citation: 'Hướng dẫn số 99 ngày 3/9/2024 của Ban Thường vụ Tỉnh ủy Sông Mây',
  },
  campaignPeriod: 'từ tháng 9 đến tháng 12/2024',
  // A window that runs whenever the test builds (from 30 days before the build to 180 days after it), so the pages
  // that speak of deadlines and handing in are checked speaking of a current campaign. Days, not months: made up.
  campaignWindow: {
    start: daysFromToday(-30),
    end: daysFromToday(180),
    precision: 'day',
    source: 'hoi-nghi-dinh-huong-2023',
  },
  isOfficialChannel: true,
  publisher: 'Văn phòng Tỉnh ủy Sông Mây',
  contentDate: '2026-10-20',
  context: {
    campaignYear: 2024,
    checkedOn: '2026-10-21',
    // A word the content (written for the default province) does use, so the notice appears on some pages.
    formerNames: ['Huyện ủy'],
    changes: [{ when: 'ngày 1/7/2025', text: 'Huyện ủy Mây Hạ nhập vào Đảng ủy xã Mây Thượng' }],
    askNow: 'chi ủy hoặc Đảng ủy xã Mây Thượng',
    href: '/huong-dan/',
  },
});
