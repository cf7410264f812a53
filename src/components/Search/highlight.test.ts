import { describe, expect, it } from 'vitest';
import { runMarker, wordMatcher } from './highlight';

describe('wordMatcher', () => {
  it('matches every accented form of a word typed without marks', () => {
    const m = wordMatcher('dang vien an')!;
    for (const w of ['Đảng', 'đang', 'viên', 'ăn', 'ân', 'an']) expect(m(w)).toBe(true);
    expect(m('anh')).toBe(false);
  });

  it('matches only the typed form of a word typed with marks', () => {
    const m = wordMatcher('làm ăn xa')!;
    expect(m('Làm')).toBe(true);
    expect(m('ăn')).toBe(true);
    expect(m('ấn')).toBe(false);
    expect(m('xa')).toBe(true);
    expect(m('xã')).toBe(false);
  });

  it('treats đ typed by the member like d in the page, with marks', () => {
    const m = wordMatcher('Đảng')!;
    expect(m('đảng')).toBe(true);
    expect(m('đang')).toBe(false);
  });

  it('accepts NFD queries and ignores quotes', () => {
    const m = wordMatcher('“miễn sinh hoạt”'.normalize('NFD'))!;
    expect(m('miễn')).toBe(true);
    expect(m('hoạt')).toBe(true);
  });

  it('has nothing to match for an empty or punctuation-only query', () => {
    expect(wordMatcher('  " ,')).toBeUndefined();
  });
});

describe('runMarker', () => {
  it('marks a run’s words only where they stand side by side, as asked', () => {
    const m = runMarker('tuoi cao, lam an xa')!;
    expect(m(['đảng', 'viên', 'tuổi', 'cao'])).toEqual([false, false, true, true]);
    expect(m(['làm', 'ăn', 'xa', 'quê'])).toEqual([true, true, true, false]);
    // "cao" alone, "ăn" alone: not what was asked.
    expect(m(['cao', 'ăn', 'ngon'])).toEqual([false, false, false]);
  });

  it('marks a run of one word wherever it is', () => {
    expect(runMarker('de dan, bien ban')!(['biên', 'bản', 'họp'])).toEqual([true, true, false]);
    expect(runMarker('phân kỳ')!(['phân', 'kỳ'])).toEqual([true, true]);
    expect(runMarker('miễn')!(['được', 'miễn'])).toEqual([false, true]);
  });
});
