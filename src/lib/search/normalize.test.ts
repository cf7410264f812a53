import { describe, expect, it } from 'vitest';
import {
  STROKE_MARK,
  WORD_END,
  closeWords,
  containsPhrase,
  foldWord,
  foldWords,
  markForIndex,
  markStroke,
  prepareQuery,
  restoreIndexed,
  restoreStroke,
  splitQuery,
} from './normalize';

const nfd = (s: string) => s.normalize('NFD');

describe('markStroke / restoreStroke', () => {
  it('replaces đ and Đ with a marked d and D, keeping every other mark', () => {
    expect(markStroke('Đảng viên đi làm ăn xa')).toBe(`D${STROKE_MARK}ảng viên d${STROKE_MARK}i làm ăn xa`);
  });

  it('keeps the number of characters per word and the word boundaries', () => {
    const text = 'Đảng viên được xin miễn sinh hoạt đảng.';
    const marked = markStroke(text);
    expect(marked.split(' ').length).toBe(text.split(' ').length);
    expect(marked).not.toMatch(/[đĐ]/);
  });

  it('round-trips', () => {
    const text = 'ĐẢNG VIÊN đi Đồng Nai, đóng đảng phí; dạy học; dang tay.';
    expect(restoreStroke(markStroke(text))).toBe(text);
  });

  it('leaves text without đ untouched', () => {
    expect(markStroke('làm ăn xa')).toBe('làm ăn xa');
    expect(restoreStroke('dang tay')).toBe('dang tay');
  });

  it('restores inside HTML excerpts', () => {
    expect(restoreStroke(`<mark>D${STROKE_MARK}ảng</mark> viên`)).toBe('<mark>Đảng</mark> viên');
  });
});

describe('prepareQuery', () => {
  it('folds đ to d and lower-cases', () => {
    expect(prepareQuery('Đảng Viên')).toBe('dảng viên');
    expect(prepareQuery('ĐẢNG VIÊN')).toBe('dảng viên');
  });

  it('composes NFD input before folding', () => {
    const decomposed = nfd('đảng viên cao tuổi');
    expect(decomposed).not.toBe('đảng viên cao tuổi');
    expect(prepareQuery(decomposed)).toBe('dảng viên cao tuổi');
  });

  it('keeps unaccented input as it is', () => {
    expect(prepareQuery('dang vien di lam an xa')).toBe('dang vien di lam an xa');
  });

  it('collapses white space and trims', () => {
    expect(prepareQuery('  chủ trì \n  kết   luận ')).toBe('chủ trì kết luận');
  });

  it('turns phone curly quotes into straight quotes', () => {
    expect(prepareQuery('“Chủ trì kết luận”')).toBe('"chủ trì kết luận"');
  });
});

describe('foldWord', () => {
  it('gives the same bare form for every way of writing a word', () => {
    for (const w of ['Đảng', 'đảng,', 'dang', 'DANG', nfd('đảng'), `D${STROKE_MARK}ảng`, '(Đảng)']) {
      expect(foldWord(w)).toBe('dang');
    }
  });

  it('removes tone and vowel marks', () => {
    expect(foldWords('Xin miễn sinh hoạt ở Thuận')).toEqual(['xin', 'mien', 'sinh', 'hoat', 'o', 'thuan']);
  });

  it('drops pieces that are only punctuation', () => {
    expect(foldWords('a – b')).toEqual(['a', 'b']);
  });
});

describe('splitQuery', () => {
  it('separates quoted phrases from loose words', () => {
    expect(splitQuery('“chủ trì kết luận” bí thư')).toEqual({
      phrases: [['chu', 'tri', 'ket', 'luan']],
      words: ['bi', 'thu'],
    });
  });

  it('has no phrase when nothing is quoted', () => {
    expect(splitQuery('đảng viên')).toEqual({ phrases: [], words: ['dang', 'vien'] });
  });
});

describe('containsPhrase', () => {
  const text = `Bí thư chi bộ chủ trì, kết luận. D${STROKE_MARK}ảng viên cao tuổi.`;

  it('finds consecutive words whatever their marks', () => {
    expect(containsPhrase(text, ['dang', 'vien', 'cao'])).toBe(true);
    expect(containsPhrase(text, ['chu', 'tri', 'ket', 'luan'])).toBe(true);
  });

  it('rejects words that are present but not consecutive', () => {
    expect(containsPhrase(text, ['bi', 'bo'])).toBe(false);
  });
});

describe('markForIndex / restoreIndexed', () => {
  it('ends every word with WORD_END and marks đ, keeping word boundaries', () => {
    const E = WORD_END;
    expect(markForIndex('Đảng viên, 37-QĐ/TW.')).toBe(
      `D${STROKE_MARK}ảng${E} viên${E}, 37${E}-QD${STROKE_MARK}${E}/TW${E}.`,
    );
  });

  it('round-trips text with numbers, punctuation and character references', () => {
    const text = 'Điều 2 Điều lệ Đảng: “đi làm ăn xa” &amp; 24-QĐ/TW (30/7/2021).';
    expect(restoreIndexed(markForIndex(text))).toBe(text);
  });

  it('folds to the same bare words', () => {
    expect(foldWords(markForIndex('Đảng viên'))).toEqual(['dang', 'vien']);
  });
});

describe('closeWords', () => {
  const E = WORD_END;
  it('closes every word but a last word that may still be typed', () => {
    expect(closeWords('dang vien di lam an xa', true)).toBe(`dang${E} vien${E} di${E} lam${E} an${E} xa`);
  });

  it('closes every word when the query is finished', () => {
    expect(closeWords('bao cao de dan', false)).toBe(`bao${E} cao${E} de${E} dan${E}`);
  });

  it('closes the last word when something was typed after it', () => {
    expect(closeWords('lam an xa?', true)).toBe(`lam${E} an${E} xa${E}?`);
  });

  it('closes each part of a document number like the index does', () => {
    expect(closeWords('37-qd/tw', true)).toBe(`37${E}-qd${E}/tw`);
  });
});
