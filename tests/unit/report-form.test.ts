import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitToTemplate, makeDraft, parseDraft, DRAFT_FORMAT, type OrphanAnswer } from '~/lib/report/draft';
import { draftProblemMessage } from '~/components/ReportForm/drafts/draft-messages';
import { buildFormSchema } from '~/lib/report/form-schema';
import { emptyAnswers } from '~/lib/report/fields';
import { loadDraft, saveDraft } from '~/lib/report/storage';
import { loadTemplate, loadTemplates } from './helpers/report-templates';

const member = loadTemplate('dang-vien');
const ids = loadTemplates().map((t) => t.id);
const valid = {
  ...emptyAnswers(member),
  dangBo: 'Đảng bộ xã A',
  chiBo: 'Chi bộ B',
  hoTen: 'Nguyễn Văn C',
  diaDanh: 'A',
  ketNap: 'a',
  hanhTrinh: 'b',
  trungThanh: 'c',
  hocTap: 'd',
  nhanDan: 'e',
  xayDungDang: 'f',
  tuHua: 'g',
};
const messagesOf = (values: Record<string, string>) => {
  const r = buildFormSchema(member).safeParse(values);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('form schema (shared by the resolver and these tests)', () => {
  it('accepts a complete answer set, with optional fields empty', () => {
    expect(messagesOf(valid)).toEqual({});
  });

  it('names what is missing, in Vietnamese, treating spaces as empty', () => {
    expect(messagesOf({ ...valid, hoTen: '   ', chiBo: '' })).toEqual({
      hoTen: 'Nhập họ và tên của đồng chí',
      chiBo: 'Nhập tên chi bộ',
    });
  });

  it('says how long a 20,000-character answer is and how much to cut, without cutting it', () => {
    const m = messagesOf({ ...valid, hanhTrinh: 'x'.repeat(20000) });
    expect(m['hanhTrinh']).toBe(
      'Câu trả lời “Từ ngày vào Đảng đến nay, đồng chí đã giữ lời thề qua những chặng đường, những việc nào?” dài 20.000 ký tự, quá giới hạn 6.000 ký tự. Hãy rút gọn bớt 14.000 ký tự; chữ đồng chí đã gõ vẫn còn nguyên.',
    );
  });

  it('counts length after normalising, so NFD text is not penalised for its combining marks', () => {
    const nfd = 'ệ'.normalize('NFD').repeat(300);
    expect(nfd.length).toBe(900);
    expect(messagesOf({ ...valid, hoTen: nfd })).toEqual({});
  });

  it('rejects a date that is not a calendar date', () => {
    expect(messagesOf({ ...valid, ngayLap: '5/3/2023' })['ngayLap']).toMatch(/Ngày chưa đúng/);
    expect(messagesOf({ ...valid, ngayLap: '2023-03-05' })).toEqual({});
  });
});

describe('draft files', () => {
  const good = JSON.stringify(makeDraft(member, { hoTen: 'A' }, []));

  it('reads a draft of ours', () => {
    const r = parseDraft(good, ids);
    expect(r.ok && r.draft.answers['hoTen']).toBe('A');
  });

  it('refuses a foreign file, a corrupt file, a newer version, an unknown template, each with its problem', () => {
    expect(parseDraft('{"a":1}', ids)).toEqual({ ok: false, problem: 'foreign' });
    expect(parseDraft('[1,2]', ids)).toEqual({ ok: false, problem: 'foreign' });
    expect(parseDraft(good.slice(0, 40), ids)).toEqual({ ok: false, problem: 'corrupt' });
    expect(parseDraft('\u0000\uFFFE garbage', ids)).toEqual({ ok: false, problem: 'corrupt' });
    expect(parseDraft(JSON.stringify({ ...JSON.parse(good), version: 2 }), ids)).toEqual({
      ok: false,
      problem: 'newer',
    });
    expect(parseDraft(JSON.stringify({ ...JSON.parse(good), answers: { hoTen: 5 } }), ids)).toEqual({
      ok: false,
      problem: 'corrupt',
    });
    expect(parseDraft(JSON.stringify({ ...JSON.parse(good), templateId: 'khong-co' }), ids)).toEqual({
      ok: false,
      problem: 'unknownTemplate',
      templateId: 'khong-co',
    });
    expect(parseDraft('x'.repeat(2_000_001), ids)).toEqual({ ok: false, problem: 'tooBig' });
  });

  it('words every problem in Vietnamese and says the current text is safe where it applies', () => {
    for (const problem of ['corrupt', 'foreign', 'tooBig', 'newer', 'unknownTemplate'] as const) {
      expect(draftProblemMessage(problem, 'x').length, problem).toBeGreaterThan(40);
    }
    expect(draftProblemMessage('corrupt')).toMatch(/vẫn giữ nguyên/);
    expect(draftProblemMessage('unknownTemplate', 'mau-cu')).toContain('“mau-cu”');
  });

  it('fits a draft from an older template: renamed fields move, removed ones are kept as orphans', () => {
    const renamed = structuredClone(member);
    renamed.parts[0]!.sections[1]!.fields[0]!.formerIds = ['diemManh'];
    const old = {
      format: DRAFT_FORMAT,
      version: 1,
      templateId: 'dang-vien',
      templateVersion: 0,
      savedAt: '',
      orphans: [],
      answers: { diemManh: 'Ưu điểm cũ', camNghi: 'Cảm nghĩ', hoTen: 'B', trong: '  ' },
    } as const;
    const { values, orphans } = fitToTemplate(renamed, { ...old, answers: { ...old.answers }, orphans: [] });
    expect(values['hanhTrinh']).toBe('Ưu điểm cũ');
    expect(values['hoTen']).toBe('B');
    expect(orphans).toEqual([{ id: 'camNghi', text: 'Cảm nghĩ' }]);
  });

  it('opens a draft saved before the templates were rewritten: "giaiPhap" moves to "tuHua", the old year-end answers are kept and shown', () => {
    const before = {
      format: DRAFT_FORMAT as typeof DRAFT_FORMAT,
      version: 1,
      templateId: 'dang-vien',
      templateVersion: 1,
      savedAt: '',
      orphans: [] as OrphanAnswer[],
      answers: {
        hoTen: 'B',
        trungThanh: 'Việc đã làm',
        uuDiem: 'Ưu điểm',
        hanChe: 'Hạn chế',
        nguyenNhan: 'Nguyên nhân',
        giaiPhap: 'Sẽ sửa',
        hoatDongKem: '',
      },
    };
    const { values, orphans } = fitToTemplate(member, before);
    expect(values['trungThanh']).toBe('Việc đã làm');
    expect(values['tuHua']).toBe('Sẽ sửa');
    expect(orphans).toEqual([
      { id: 'uuDiem', text: 'Ưu điểm' },
      { id: 'hanChe', text: 'Hạn chế' },
      { id: 'nguyenNhan', text: 'Nguyên nhân' },
    ]);
  });

  it('opens an old minutes draft: the secretary moves to the name-only field; the chair’s name-and-post answer is kept and shown', () => {
    const record = loadTemplate('bien-ban-sinh-hoat');
    const before = {
      format: DRAFT_FORMAT as typeof DRAFT_FORMAT,
      version: 1,
      templateId: 'bien-ban-sinh-hoat',
      templateVersion: 1,
      savedAt: '',
      orphans: [] as OrphanAnswer[],
      answers: { thuKy: 'Lê Thị Ký', chuTri: 'Đồng chí Trần Văn Hùng, Bí thư chi bộ' },
    };
    const { values, orphans } = fitToTemplate(record, before);
    expect(values['thuKyTen']).toBe('Lê Thị Ký');
    expect(values['chuTriTen']).toBe('');
    expect(orphans).toEqual([{ id: 'chuTri', text: 'Đồng chí Trần Văn Hùng, Bí thư chi bộ' }]);
  });
});

describe('storage that is full or disabled', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports "full" on a quota error', () => {
    vi.stubGlobal('localStorage', {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem: () => null,
    });
    expect(saveDraft(makeDraft(member, { hoTen: 'A' }, []), 'a1')).toBe('full');
  });

  it('reports "unavailable" when the store cannot be reached, and loads nothing', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(saveDraft(makeDraft(member, { hoTen: 'A' }, []), 'a1')).toBe('unavailable');
    expect(loadDraft('dang-vien', 'a1', ids)).toBeNull();
  });

  it('round-trips a draft through a working store', () => {
    const map = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      setItem: (k: string, v: string) => map.set(k, v),
      getItem: (k: string) => map.get(k) ?? null,
    });
    expect(saveDraft(makeDraft(member, { hoTen: 'Ê 😀' }, []), 'a1')).toBe('saved');
    expect(loadDraft('dang-vien', 'a1', ids)?.answers['hoTen']).toBe('Ê 😀');
  });
});
