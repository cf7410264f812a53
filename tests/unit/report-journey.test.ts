import { describe, expect, it } from 'vitest';
import { deletesIdleSiteData, detectInAppBrowser } from '~/lib/report/browser-env';
import { mergeAnswers } from '~/lib/report/draft';
import { formatMoment } from '~/lib/format';
import { buildDocument } from '~/lib/report/model';
import { documentPlainText } from '~/lib/report/plain-text';
import { buildSteps, CHECK_STEP, placeFromSearch, searchForPlace, stepLabel } from '~/lib/report/steps';
import { loadTemplate } from './helpers/report-templates';

/**
 * User agents as the apps send them: Zalo's as found in server logs and test data in public
 * repositories (Android with and without "; wv", iPhone); the others in the forms those apps use
 * (Facebook's and Messenger's bracketed FBAN/FB_IAB marks, Instagram's and TikTok's tokens, LINE's
 * "Line/…"). Ordinary browsers must not be taken for in-app ones.
 */
const agents: [string, ReturnType<typeof detectInAppBrowser>][] = [
  [
    'Mozilla/5.0 (Linux; Android 11; RMX1973 Build/RKQ1.201217.002;) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0.7444.171 Safari/537.36 Zalo android/25112868 ZaloTheme/dark ZaloLanguage/vi',
    'zalo',
  ],
  [
    'Mozilla/5.0 (Linux; Android 12L; CPH2119 Build/SP1A.210812.016;) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0.7444.102 Mobile Safari/537.36 Zalo android/251010850 ZaloTheme/light ZaloLanguage/en',
    'zalo',
  ],
  [
    'Mozilla/5.0 (Linux; Android 13; SM-A536E Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Zalo android/12100621 ZaloTheme/light ZaloLanguage/vi',
    'zalo',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/536 ZaloTheme/light ZaloLanguage/vn',
    'zalo',
  ],
  [
    'Mozilla/5.0 (Linux; Android 12; SM-A125F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/397.0.0.23.404;]',
    'facebook',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/16.1.1;FBSS/3;FBID/phone;FBLC/vi_VN;FBOP/5]',
    'facebook',
  ],
  [
    'Mozilla/5.0 (Linux; Android 11; Redmi Note 8 Build/RKQ1.201004.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/392.0.0.11.111;]',
    'messenger',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 15_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBAV/390.0.0.28.106;FBBV/435346591;FBDV/iPhone12,1;FBMD/iPhone;FBSN/iOS;FBSV/15.6;FBSS/2;FBCR/;FBID/phone;FBLC/vi;FBOP/5]',
    'messenger',
  ],
  [
    'Mozilla/5.0 (Linux; Android 11; SM-A515F Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.105 Mobile Safari/537.36 Instagram 263.2.0.19.104 Android (30/11; 420dpi; 1080x2186; samsung; SM-A515F; a51; exynos9611; vi_VN; 413035637)',
    'instagram',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 262.0.0.24.327 (iPhone12,1; iOS 16_1; vi_VN; vi; scale=2.00; 828x1792; 414474154)',
    'instagram',
  ],
  [
    'Mozilla/5.0 (Linux; Android 10; K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/105.0.5195.136 Mobile Safari/537.36 trill_2022803040 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/28.3.4 ByteLocale/vi ByteFullLocale/vi Region/VN',
    'tiktok',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_26.1.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/vi Region/VN',
    'tiktok',
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/12.19.1',
    'line',
  ],
  [
    'Mozilla/5.0 (Linux; Android 12; SM-A127F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36',
    'webview',
  ],
  [
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    null,
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
    null,
  ],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
    null,
  ],
  [
    'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
    null,
  ],
  ['Mozilla/5.0 (Android 13; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0', null],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', null],
];

describe('in-app browsers, from the user agent', () => {
  it.each(agents)('%s → %s', (ua, app) => {
    expect(detectInAppBrowser(ua)).toBe(app);
  });

  it('knows which browsers delete site data after 7 days without a visit', () => {
    expect(deletesIdleSiteData(agents[15]![0])).toBe(true); // Safari on iPhone
    expect(deletesIdleSiteData(agents[16]![0])).toBe(true); // Chrome on iPhone is WebKit too
    expect(
      deletesIdleSiteData(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
      ),
    ).toBe(true);
    expect(
      deletesIdleSiteData(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      ),
    ).toBe(false);
    expect(deletesIdleSiteData(agents[14]![0])).toBe(false);
  });
});

describe('two tabs on one draft', () => {
  it('merges changes to different questions and names the ones both changed', () => {
    const base = { a: 'một', b: 'hai', c: '' };
    expect(mergeAnswers(base, { ...base, a: 'một (ở đây)' }, { ...base, b: 'hai (thẻ kia)' })).toEqual({
      merged: { a: 'một (ở đây)', b: 'hai (thẻ kia)', c: '' },
      conflicts: [],
    });
    expect(mergeAnswers(base, { ...base, c: 'x' }, { ...base, c: 'y' })).toEqual({
      merged: { ...base, c: 'x' },
      conflicts: ['c'],
    });
    expect(mergeAnswers(base, { ...base, c: 'x' }, { ...base, c: 'x' }).conflicts).toEqual([]);
  });
});

describe('dates the member reads', () => {
  it('never says "Invalid Date"', () => {
    expect(formatMoment('')).toBe('chưa rõ lúc nào');
    expect(formatMoment('không phải ngày')).toBe('chưa rõ lúc nào');
    expect(formatMoment(undefined, 'chưa lưu')).toBe('chưa lưu');
    expect(formatMoment('2023-03-01T08:00:00.000Z')).toMatch(/\d{2}:\d{2}.*1\/3\/2023/);
  });
});

describe('steps with their own address', () => {
  const member = loadTemplate('dang-vien');
  const steps = buildSteps(member);

  it('reads and writes the step, the check page and the way back from "Sửa"', () => {
    expect(placeFromSearch('?mau=dang-vien', steps)).toEqual({ index: 0, fromCheck: false });
    const third = { index: 2, fromCheck: false };
    expect(placeFromSearch(searchForPlace('dang-vien', third, steps), steps)).toEqual(third);
    const check = { index: steps.length, fromCheck: false };
    expect(searchForPlace('dang-vien', check, steps)).toBe(`?mau=dang-vien&buoc=${CHECK_STEP}`);
    expect(placeFromSearch(searchForPlace('dang-vien', check, steps), steps)).toEqual(check);
    const edit = { index: 1, fromCheck: true };
    expect(placeFromSearch(searchForPlace('dang-vien', edit, steps), steps)).toEqual(edit);
    expect(placeFromSearch('?mau=dang-vien&buoc=khong-co', steps)).toEqual({ index: 0, fromCheck: false });
  });

  it('says "Bước n/N: …"', () => {
    expect(stepLabel({ index: 0, fromCheck: false }, steps)).toBe(
      `Bước 1/${steps.length + 1}: Thông tin ở đầu giấy tờ`,
    );
    expect(stepLabel({ index: steps.length, fromCheck: false }, steps)).toBe(
      `Bước ${steps.length + 1}/${steps.length + 1}: Kiểm tra lại trước khi tải về`,
    );
  });
});

describe('the whole report as plain text', () => {
  it('keeps the document order and numbering, and every answer', () => {
    const member = loadTemplate('dang-vien');
    const answers: Record<string, string> = {
      dangBo: 'Đảng bộ xã A',
      chiBo: 'Chi bộ B',
      hoTen: 'Nguyễn Văn C',
      diaDanh: 'Hàm Tân',
      ngayLap: '2023-03-05',
    };
    const body = buildSteps(member)
      .slice(1)
      .flatMap((s) => s.fields);
    for (const f of body) answers[f.id] = `Trả lời ${f.id}\ndòng hai`;
    const text = documentPlainText(buildDocument(member, answers));
    expect(
      text.startsWith('ĐẢNG BỘ XÃ A\nCHI BỘ B\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHàm Tân, ngày 05 tháng 3 năm 2023\n\n'),
    ).toBe(true);
    for (const f of body) expect(text).toContain(`Trả lời ${f.id}\ndòng hai`);
    expect(text).toMatch(/\nI\. [A-ZÀ-Ỹ]/u);
    expect(text.indexOf('Nguyễn Văn C')).toBeGreaterThan(text.indexOf('BÁO CÁO'));
  });
});
