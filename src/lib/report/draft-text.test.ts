import { describe, expect, it } from 'vitest';
import { DRAFT_FORMAT, DRAFT_VERSION, type Draft } from './draft';
import { draftFromText, draftToText, looksLikeDraftText } from './draft-text';
import { whatWorks } from './browser-env';

const ids = ['dang-vien', 'huu-tri-noi-cu-tru'];
const draft: Draft = {
  format: DRAFT_FORMAT,
  version: DRAFT_VERSION,
  templateId: 'dang-vien',
  templateVersion: 2,
  savedAt: '2026-12-04T03:00:00.000Z',
  answers: { hoTen: 'Nguyễn Văn Bảy', camNghi: 'Dòng một\nDòng hai 🙂 <b>không phải HTML</b>'.repeat(40) },
  orphans: [{ id: 'cu', text: 'chữ cũ' }],
};

describe('a draft carried as text', () => {
  it('comes back whole, and is shorter than its JSON', async () => {
    const text = await draftToText(draft, 'Báo cáo của đồng chí Nguyễn Văn Bảy');
    expect(text.split('\n')[0]).toContain('Báo cáo của đồng chí Nguyễn Văn Bảy');
    expect(text.length).toBeLessThan(JSON.stringify(draft).length / 3);
    expect(await draftFromText(text, ids)).toEqual({ ok: true, draft });
  });

  it('survives a messaging app that wraps the line and adds words around it', async () => {
    const text = await draftToText(draft, 'x');
    const payload = text.split('\n')[1]!;
    const wrapped = `Gửi chính mình:\n${payload.slice(0, 40)}\n  ${payload.slice(40, 90)}\r\n${payload.slice(90)}\nĐã gửi`;
    expect(looksLikeDraftText(wrapped)).toBe(true);
    expect(await draftFromText(wrapped, ids)).toEqual({ ok: true, draft });
  });

  it('refuses a cut block, a foreign text, and checks the draft like a file', async () => {
    const text = await draftToText(draft, 'x');
    expect(await draftFromText(text.slice(0, -12), ids)).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(await draftFromText('xin chào', ids)).toEqual({ ok: false, problem: 'foreign' });
    expect(await draftFromText(await draftToText(draft, 'x'), ['khac'])).toMatchObject({
      ok: false,
      problem: 'unknownTemplate',
    });
    expect(await draftFromText(await draftToText({ ...draft, version: 99 }, 'x'), ids)).toMatchObject({
      ok: false,
      problem: 'newer',
    });
    // A draft file's JSON pasted as text opens too.
    expect(await draftFromText(JSON.stringify(draft), ids)).toEqual({ ok: true, draft });
  });
});

describe('what works where the page is open', () => {
  const zalo =
    'Mozilla/5.0 (Linux; Android 11; RMX1973) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0 Safari/537.36 Zalo android/25112868';
  const chrome =
    'Mozilla/5.0 (Linux; Android 11; RMX1973) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Mobile Safari/537.36';
  it('inside an app’s browser: no file, print or share, even where the API is there', () => {
    expect(whatWorks(zalo, true)).toEqual({ inApp: 'zalo', print: false, share: false, files: false });
  });
  it('in the phone’s browser: file and print, share when the API is there', () => {
    expect(whatWorks(chrome, true)).toEqual({ inApp: null, print: true, share: true, files: true });
    expect(whatWorks(chrome, false).share).toBe(false);
  });
});
