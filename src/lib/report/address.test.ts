import { describe, expect, it } from 'vitest';
import { chosenTemplate, readReportAddress, reportHref, reportSearch } from './address';

describe('the report address', () => {
  it('reads what it builds', () => {
    for (const address of [
      { templateId: 'dang-vien', draftId: null, step: null, fromCheck: false },
      { templateId: 'dang-vien', draftId: 'a1b2', step: 'trung-thanh', fromCheck: false },
      { templateId: 'dang-vien', draftId: null, step: 'trung-thanh', fromCheck: true },
      { templateId: 'bien-ban-sinh-hoat', draftId: 'moi', step: 'kiem-tra', fromCheck: false },
    ])
      expect(readReportAddress(reportSearch(address))).toEqual(address);
  });

  it('builds the addresses members share', () => {
    expect(reportHref({ templateId: 'dang-vien' })).toBe('/bao-cao/?mau=dang-vien');
    expect(reportHref({ templateId: 'dang-vien', draftId: 'a1b2', step: 'trung-thanh' })).toBe(
      '/bao-cao/?mau=dang-vien&nhap=a1b2&buoc=trung-thanh',
    );
    expect(reportSearch({ templateId: 'dang-vien', draftId: null, step: 'kiem-tra', fromCheck: true })).toBe(
      '?mau=dang-vien&buoc=kiem-tra',
    );
    expect(reportHref({})).toBe('/bao-cao/');
  });

  it('knows only the templates it is given', () => {
    expect(chosenTemplate('?mau=dang-vien', ['dang-vien'])).toBe('dang-vien');
    expect(chosenTemplate('?mau=khac', ['dang-vien'])).toBeNull();
    expect(chosenTemplate('?mau=', ['dang-vien'])).toBeNull();
  });

  it('reads and builds on its own, as the page writes their source into its inline scripts', () => {
    const read = new Function(`return (${readReportAddress.toString()})`)() as typeof readReportAddress;
    const build = new Function(`return (${reportSearch.toString()})`)() as typeof reportSearch;
    expect(read('?mau=dang-vien&buoc=x')).toEqual({
      templateId: 'dang-vien',
      draftId: null,
      step: 'x',
      fromCheck: false,
    });
    expect(build({ templateId: 'dang-vien', draftId: 'a1', step: 'x', fromCheck: true })).toBe(
      '?mau=dang-vien&nhap=a1&buoc=x&tu=kiem-tra',
    );
  });
});
