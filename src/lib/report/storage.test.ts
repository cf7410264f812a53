import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_FORMAT, type Draft } from './draft';
import {
  LEGACY_DRAFT_ID,
  listDrafts,
  loadDraft,
  removeAllDrafts,
  removeDraft,
  renameDraft,
  saveDraft,
  storedDraftName,
} from './storage';

/** A Storage of our own, with `length` and `key(i)`, and a switch that makes it full. */
class MemoryStorage {
  map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const ids = ['dang-vien', 'huu-tri-noi-cu-tru'];
const draft = (templateId: string, hoTen: string, savedAt: string): Draft => ({
  format: DRAFT_FORMAT,
  version: 1,
  templateId,
  templateVersion: 1,
  savedAt,
  answers: { hoTen, camNghi: `Cảm nghĩ của ${hoTen}` },
  orphans: [],
});

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  vi.stubGlobal('localStorage', store);
});
afterEach(() => vi.unstubAllGlobals());

describe('several drafts on one device', () => {
  it('keeps two drafts of one template apart, lists them newest first, renames and deletes one by one', () => {
    expect(saveDraft(draft('dang-vien', 'Nguyễn Văn A', '2026-12-01T08:00:00.000Z'), 'aaa')).toBe('saved');
    expect(saveDraft(draft('dang-vien', 'Trần Thị B', '2026-12-02T08:00:00.000Z'), 'bbb')).toBe('saved');
    expect(listDrafts(ids).map((d) => [d.draftId, d.draft.answers['hoTen']])).toEqual([
      ['bbb', 'Trần Thị B'],
      ['aaa', 'Nguyễn Văn A'],
    ]);
    expect(renameDraft('dang-vien', 'aaa', '  Bác   Tư  ', ids)).toBe('saved');
    expect(storedDraftName('dang-vien', 'aaa')).toBe('Bác Tư');
    // A later save of the answers keeps the name the member gave.
    saveDraft(draft('dang-vien', 'Nguyễn Văn A', '2026-12-03T08:00:00.000Z'), 'aaa');
    expect(listDrafts(ids)[0]).toMatchObject({ draftId: 'aaa', name: 'Bác Tư' });
    expect(removeDraft('dang-vien', 'bbb')).toBe(true);
    expect(listDrafts(ids).map((d) => d.draftId)).toEqual(['aaa']);
    expect(loadDraft('dang-vien', 'aaa', ids)?.answers['hoTen']).toBe('Nguyễn Văn A');
  });

  it('"Xóa mọi bản nháp trên máy này" removes every draft of ours and nothing else', () => {
    saveDraft(draft('dang-vien', 'A', '2026-12-01T08:00:00.000Z'), 'aaa');
    saveDraft(draft('huu-tri-noi-cu-tru', 'B', '2026-12-01T08:00:00.000Z'), 'bbb');
    store.setItem('giu-tron-loi-the:co-chu', 'lon');
    store.setItem(
      'giu-tron-loi-the:ban-nhap:dang-vien',
      JSON.stringify(draft('dang-vien', 'C', '2020-01-01T00:00:00.000Z')),
    );
    expect(removeAllDrafts()).toBe(true);
    expect(listDrafts(ids)).toEqual([]);
    expect([...store.map.keys()]).toEqual(['giu-tron-loi-the:co-chu']);
  });
});

describe('the one draft per template stored before a device kept several', () => {
  const old = (templateId: string, hoTen: string) =>
    JSON.stringify(draft(templateId, hoTen, '2026-11-20T08:00:00.000Z'));

  it('is listed with every answer, kept apart from new drafts, renamed and deleted like any other', () => {
    store.setItem('giu-tron-loi-the:ban-nhap:dang-vien', old('dang-vien', 'Nguyễn Văn Cũ'));
    store.setItem('giu-tron-loi-the:ban-nhap:huu-tri-noi-cu-tru', old('huu-tri-noi-cu-tru', 'Lê Văn Hưu'));
    const listed = listDrafts(ids);
    expect(listed.map((d) => [d.templateId, d.draftId, d.draft.answers['hoTen']]).sort()).toEqual([
      ['dang-vien', LEGACY_DRAFT_ID, 'Nguyễn Văn Cũ'],
      ['huu-tri-noi-cu-tru', LEGACY_DRAFT_ID, 'Lê Văn Hưu'],
    ]);
    expect(loadDraft('dang-vien', LEGACY_DRAFT_ID, ids)).toEqual(
      draft('dang-vien', 'Nguyễn Văn Cũ', '2026-11-20T08:00:00.000Z'),
    );
    saveDraft(draft('dang-vien', 'Người mới', '2026-12-04T08:00:00.000Z'), 'moi123');
    expect(
      listDrafts(ids)
        .filter((d) => d.templateId === 'dang-vien')
        .map((d) => d.draft.answers['hoTen']),
    ).toEqual(['Người mới', 'Nguyễn Văn Cũ']);
    expect(renameDraft('dang-vien', LEGACY_DRAFT_ID, 'Bản cũ', ids)).toBe('saved');
    expect(storedDraftName('dang-vien', LEGACY_DRAFT_ID)).toBe('Bản cũ');
    expect(loadDraft('dang-vien', LEGACY_DRAFT_ID, ids)?.answers['camNghi']).toBe('Cảm nghĩ của Nguyễn Văn Cũ');
    expect(removeDraft('dang-vien', LEGACY_DRAFT_ID)).toBe(true);
    expect(store.getItem('giu-tron-loi-the:ban-nhap:dang-vien')).toBeNull();
    expect(
      listDrafts(ids)
        .map((d) => d.draft.answers['hoTen'])
        .sort(),
    ).toEqual(['Lê Văn Hưu', 'Người mới']);
  });

  it('leaves a value it cannot read alone', () => {
    store.setItem('giu-tron-loi-the:ban-nhap:dang-vien', '{"format": "giu-tron-loi-the/ban-nhap", "ver');
    expect(listDrafts(ids)).toEqual([]);
    expect(store.getItem('giu-tron-loi-the:ban-nhap:dang-vien')).not.toBeNull();
  });
});
