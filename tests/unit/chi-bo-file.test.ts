import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_ROSTER_FILE_CHARS, parseWorkspaceFile, serializeWorkspace, workspaceFileName } from '~/lib/chi-bo/file';
import { looseNameKey, markHandedInFromDraft } from '~/lib/chi-bo/hand-in';
import { rosterFileProblemMessage, type RosterFileProblem } from '~/lib/chi-bo/messages';
import {
  loadWorkspace,
  readStoredWorkspace,
  removeWorkspace,
  saveWorkspace,
  WORKSPACE_KEY,
} from '~/lib/chi-bo/storage';
import { MAX_REASON_LENGTH, WORKSPACE_FORMAT, WORKSPACE_VERSION } from '~/lib/chi-bo/types';
import { DRAFT_FORMAT, parseDraft } from '~/lib/report/draft';
import { draftProblemMessage } from '~/components/ReportForm/drafts/draft-messages';
import { memberName, sixtyMemberWorkspace } from './helpers/chi-bo-workspace';

const known = ['dang-vien', 'lanh-dao-quan-ly'];
const draftFile = (answers: Record<string, string>, templateId = 'dang-vien') =>
  JSON.stringify({
    format: DRAFT_FORMAT,
    version: 1,
    templateId,
    templateVersion: 1,
    savedAt: '2023-03-02T10:00:00.000Z',
    answers,
    orphans: [],
  });

describe('the roster file', () => {
  it('round-trips the whole workspace', () => {
    const ws = sixtyMemberWorkspace();
    ws.members[0] = { ...ws.members[0]!, sittingId: 's2', requestedSittingId: 's2' };
    const back = parseWorkspaceFile(serializeWorkspace(ws));
    expect(back).toEqual({ ok: true, workspace: ws });
    expect(workspaceFileName(ws)).toBe('danh-sach-chi-bo-2023-03-01.json');
  });

  it.each<[string, string, RosterFileProblem]>([
    ['corrupt', '{"format": "giu-tron-loi-the/chi-bo", "vers', 'corrupt'],
    ['foreign', JSON.stringify({ hello: 'world' }), 'foreign'],
    ['a list', '[1, 2]', 'foreign'],
    ['newer', JSON.stringify({ format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION + 1 }), 'newer'],
    ['a member’s draft', draftFile({ hoTen: 'Nguyễn Văn An' }), 'memberDraft'],
    [
      'with a broken member',
      JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, members: [{ id: 'a', name: 5 }] }),
      'corrupt',
    ],
    [
      'with two members of one id',
      JSON.stringify({
        format: WORKSPACE_FORMAT,
        version: 1,
        members: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      }),
      'corrupt',
    ],
    [
      'with a bad date',
      JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, sittings: [{ id: 's', date: '17/3/2023' }] }),
      'corrupt',
    ],
  ])('refuses a file that is %s, with a Vietnamese message', (_, text, problem) => {
    const parsed = parseWorkspaceFile(text);
    expect(parsed).toEqual({ ok: false, problem });
    expect(rosterFileProblemMessage(problem)).toMatch(/[ăâđêôơư]/);
  });

  it('refuses a file too big to be a roster without reading it', () => {
    expect(parseWorkspaceFile(' '.repeat(MAX_ROSTER_FILE_CHARS + 1))).toEqual({ ok: false, problem: 'tooBig' });
  });

  it('cleans every text of a file it opens: invisible characters, NFD, limits; drops records of sittings that are gone', () => {
    const file = {
      format: WORKSPACE_FORMAT,
      version: 1,
      chiBoName: 'Chi bộ\u202E 3'.normalize('NFD'),
      sittings: [{ id: 's1' }],
      members: [
        {
          id: 'a',
          name: 'Lê\u200B Văn An',
          attendance: { s1: { status: 'absentWithReason', reason: 'x'.repeat(3000) }, gone: { status: 'present' } },
          sittingId: 'gone',
        },
      ],
    };
    const parsed = parseWorkspaceFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problem);
    const [m] = parsed.workspace.members;
    expect(parsed.workspace.chiBoName).toBe('Chi bộ 3');
    expect(m?.name).toBe('Lê Văn An');
    expect(m?.sittingId).toBeNull();
    expect(Object.keys(m?.attendance ?? {})).toEqual(['s1']);
    const record = m?.attendance['s1'];
    expect(record?.status === 'absentWithReason' && record.reason.length).toBe(MAX_REASON_LENGTH);
  });

  it('keeps a 2,000-character absence reason whole', () => {
    const ws = sixtyMemberWorkspace();
    const reason = 'Đi làm xa. '.repeat(200).slice(0, 2000).trim();
    ws.members[5] = { ...ws.members[5]!, attendance: { s1: { status: 'absentWithReason', reason } } };
    const back = parseWorkspaceFile(serializeWorkspace(ws));
    expect(back.ok && back.workspace.members[5]?.attendance['s1']).toEqual({ status: 'absentWithReason', reason });
  });

  it('is refused by the report form with its own message, and the two formats agree', () => {
    const parsed = parseDraft(serializeWorkspace(sixtyMemberWorkspace()), known);
    expect(parsed).toEqual({ ok: false, problem: 'roster' });
    expect(draftProblemMessage('roster')).toMatch(/^Đây là tệp danh sách chi bộ/);
    expect(parseWorkspaceFile(draftFile({})).ok).toBe(false);
  });
});

describe('the workspace in localStorage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('saves and loads, and removes', () => {
    const map = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      setItem: (k: string, v: string) => map.set(k, v),
      getItem: (k: string) => map.get(k) ?? null,
      removeItem: (k: string) => map.delete(k),
    });
    const ws = sixtyMemberWorkspace();
    expect(saveWorkspace(ws)).toBe('saved');
    expect(map.has(WORKSPACE_KEY)).toBe(true);
    expect(loadWorkspace()).toEqual(ws);
    expect(removeWorkspace()).toBe(true);
    expect(loadWorkspace()).toBeNull();
  });

  it('reports a full or disabled store and never throws', () => {
    vi.stubGlobal('localStorage', {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(saveWorkspace(sixtyMemberWorkspace())).toBe('full');
    expect(loadWorkspace()).toBeNull();
    expect(removeWorkspace()).toBe(false);
    vi.stubGlobal('localStorage', undefined);
    expect(saveWorkspace(sixtyMemberWorkspace())).toBe('unavailable');
  });

  it('reads nothing from a stored value that is not a workspace, and says why so it is not saved over', () => {
    vi.stubGlobal('localStorage', { getItem: () => '{"format":"giu-tron-loi-the/chi-bo","version":99}' });
    expect(loadWorkspace()).toBeNull();
    expect(readStoredWorkspace()).toEqual({ state: 'unreadable', problem: 'newer' });
    vi.stubGlobal('localStorage', { getItem: () => null });
    expect(readStoredWorkspace()).toEqual({ state: 'none' });
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(readStoredWorkspace()).toEqual({ state: 'unavailable' });
  });
});

describe('a member’s draft file marks the member as handed in', () => {
  it('finds the member by name, marks "file", and keeps no text unless asked', () => {
    const ws = sixtyMemberWorkspace();
    const result = markHandedInFromDraft(
      ws,
      draftFile({ hoTen: `  ${memberName(4).toUpperCase()} `, ketNap: 'Năm 1990.' }),
      known,
      false,
    );
    if (!result.ok) throw new Error(result.message);
    const marked = result.workspace.members.find((m) => m.id === result.memberId)!;
    expect([marked.id, marked.handIn, marked.keptDraft]).toEqual(['m5', 'file', null]);
    expect(result.message).toMatch(/không được lưu lại/);
    expect(JSON.stringify(result.workspace)).not.toContain('Năm 1990');
    const kept = markHandedInFromDraft(ws, draftFile({ hoTen: memberName(4), ketNap: 'Năm 1990.' }), known, true);
    expect(kept.ok && kept.workspace.members[4]?.keptDraft?.answers['ketNap']).toBe('Năm 1990.');
  });

  it('matches a name typed without diacritics when only one member fits', () => {
    const ws = sixtyMemberWorkspace();
    const plain = looseNameKey(memberName(7));
    const result = markHandedInFromDraft(ws, draftFile({ hoTen: plain }), known, false);
    expect(result.ok && result.memberId).toBe('m8');
    expect(looseNameKey('Đặng Văn Đức')).toBe('dang van duc');
  });

  it('says why when it cannot mark anyone, and changes nothing', () => {
    const ws = sixtyMemberWorkspace();
    ws.members[1] = { ...ws.members[1]!, name: memberName(0) };
    const cases: [string, RegExp][] = [
      [draftFile({ hoTen: '' }), /chưa ghi họ và tên/],
      [draftFile({ hoTen: 'Người Lạ' }), /Không có đồng chí Người Lạ trong danh sách/],
      [draftFile({ hoTen: memberName(0) }), /nhiều đồng chí tên/],
      [serializeWorkspace(ws), /tệp danh sách chi bộ, không phải bản nháp/],
      ['not json', /Không đọc được tệp này/],
      ['', /Không đọc được tệp này/],
    ];
    for (const [text, message] of cases)
      expect(markHandedInFromDraft(ws, text, known, false)).toEqual({
        ok: false,
        message: expect.stringMatching(message),
      });
  });

  it('marks the member the secretary picked when the name matches nobody or several', () => {
    const ws = sixtyMemberWorkspace();
    const result = markHandedInFromDraft(ws, draftFile({ hoTen: 'Tên viết khác' }), known, false, 'm9');
    expect(result.ok && [result.memberId, result.workspace.members[8]?.handIn]).toEqual(['m9', 'file']);
    expect(markHandedInFromDraft(ws, draftFile({ hoTen: '' }), known, false, 'm9').ok).toBe(true);
    expect(markHandedInFromDraft(ws, draftFile({ hoTen: 'X' }), known, false, 'gone').ok).toBe(false);
  });

  it('still marks a member whose draft uses a template the site no longer has', () => {
    const result = markHandedInFromDraft(
      sixtyMemberWorkspace(),
      draftFile({ hoTen: memberName(2) }, 'mau-cu'),
      known,
      false,
    );
    expect(result.ok && result.memberId).toBe('m3');
  });
});
