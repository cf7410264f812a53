/**
 * Rules as data: the validity schema, which pages cite a rule (src/lib/rules.ts), the campaign's phase on a given
 * day (src/lib/campaign.ts) and the period as pages write it (src/lib/format.ts).
 */
import { describe, expect, it } from 'vitest';
import { campaignPhase } from '~/lib/campaign';
import { formatPeriod } from '~/lib/format';
import { cites, names, needsLine, rulesCitedBy, type Rule } from '~/lib/rules';
import { ruleValiditySchema } from '~/schemas/rule-validity';
import { siteConfigSchema } from '~/schemas/site-config';
import { siteConfig } from '~/site.config';

const source = { id: 'dan-tri-qd-294', title: 'Bài', publisher: 'Dân trí', kind: 'bao-chi' as const, passages: [] };
const rule = (id: string, validity: Partial<Rule['validity']>, sources: string[] = []): Rule => ({
  id,
  sources: sources.map((s) => ({ id: s })),
  validity: {
    name: id,
    alsoNamed: [],
    inForceDuringCampaign: true,
    replacedBy: [],
    checkedOn: new Date('2026-12-04'),
    ...validity,
  },
});
const qd24 = rule(
  'quy-dinh-24-qd-tw-2021',
  {
    name: 'Quy định 24-QĐ/TW',
    alsoNamed: ['Quy định 24'],
    identifyingSources: ['qd-24-thu-vien-nha-dat'],
    replacedBy: [{ name: 'Quy định 294-QĐ/TW', issuedOn: new Date('2025-05-26'), source }],
  },
  ['qd-24-thu-vien-nha-dat', 'lao-cai-quy-trinh-sinh-hoat'],
);

describe('which pages cite a rule', () => {
  it('a link to its page, with or without an anchor', () => {
    expect(cites(qd24, '<a href="/tai-lieu/quy-dinh-24-qd-tw-2021/">đây</a>', [])).toBe(true);
    expect(cites(qd24, '<a href="/tai-lieu/quy-dinh-24-qd-tw-2021/#diem-7-1">đây</a>', [])).toBe(true);
    expect(cites(qd24, '<a href="/tai-lieu/quy-dinh-37-qd-tw/">đây</a>', [])).toBe(false);
  });

  it('its name or another name in the visible text, as a whole name', () => {
    expect(cites(qd24, '<p>Theo <strong>Quy định 24-QĐ/TW</strong>, điểm 7.1</p>', [])).toBe(true);
    expect(cites(qd24, '<p>dựa trên Quy định 24, đảng bộ</p>', [])).toBe(true);
    expect(names('theo Quy định 240 năm nào đó', 'Quy định 24')).toBe(false);
    expect(names('Hướng dẫn 06-HD/TW năm 2025', 'Hướng dẫn 06')).toBe(false);
    // A name inside an attribute is not text a reader sees.
    expect(cites(qd24, '<p title="Quy định 24-QĐ/TW">khác</p>', [])).toBe(false);
  });

  it('one of its identifying sources; a source it shares for something else does not count', () => {
    expect(cites(qd24, '<p>khác</p>', ['qd-24-thu-vien-nha-dat'])).toBe(true);
    expect(cites(qd24, '<p>khác</p>', ['lao-cai-quy-trinh-sinh-hoat'])).toBe(false);
    // Without identifyingSources, every source of the entry identifies it.
    const all = rule('r', { replacedBy: qd24.validity.replacedBy }, ['a-b']);
    expect(cites(all, '<p>khác</p>', ['a-b'])).toBe(true);
  });

  it('only rules replaced since, or of unknown status then, need a line on a citing page; never the page’s own', () => {
    expect(needsLine(qd24)).toBe(true);
    expect(needsLine(rule('x', { inForceDuringCampaign: 'chua-ro' }))).toBe(true);
    expect(needsLine(rule('x', { inForceDuringCampaign: true }))).toBe(false);
    expect(needsLine(rule('x', { inForceDuringCampaign: false }))).toBe(false);
    const html = '<p>Quy định 24-QĐ/TW và x</p>';
    expect(rulesCitedBy([qd24, rule('x', {})], html, []).map((r) => r.id)).toEqual(['quy-dinh-24-qd-tw-2021']);
    expect(rulesCitedBy([qd24], html, [], 'quy-dinh-24-qd-tw-2021')).toEqual([]);
  });
});

describe('the validity schema', () => {
  const valid = { name: 'Quy định 24-QĐ/TW', inForceDuringCampaign: true, checkedOn: '2026-12-04' };
  it('accepts a rule in force and not replaced, and a replaced one with its dates and source', () => {
    expect(ruleValiditySchema.safeParse(valid).success).toBe(true);
    const replaced = {
      ...valid,
      replacedBy: [
        { name: 'Quy định 294-QĐ/TW', issuedOn: '2025-05-26', inForceFrom: '2025-07-01', source: 'dan-tri-qd-294' },
      ],
    };
    expect(ruleValiditySchema.safeParse(replaced).success).toBe(true);
  });

  it('refuses a missing status, a source that is not an id, an effect before issue, and replacements out of order', () => {
    expect(ruleValiditySchema.safeParse({ name: 'x y z', checkedOn: '2026-12-04' }).success).toBe(false);
    const r = (o: object) => ({
      ...valid,
      replacedBy: [{ name: 'Quy định 294-QĐ/TW', issuedOn: '2025-05-26', source: 'dan-tri-qd-294', ...o }],
    });
    expect(ruleValiditySchema.safeParse(r({ source: 'Dân trí' })).success).toBe(false);
    expect(ruleValiditySchema.safeParse(r({ inForceFrom: '2025-01-01' })).success).toBe(false);
    const twice = {
      ...valid,
      replacedBy: [
        r({}).replacedBy[0],
        { name: 'Quy định 232-QĐ/TW', issuedOn: '2025-01-20', source: 'vietnam-vn-qd-232' },
      ],
    };
    expect(ruleValiditySchema.safeParse(twice).success).toBe(false);
  });
});

describe('the campaign window', () => {
  const window = { start: new Date('2023-02-01'), end: new Date('2023-05-31') };

  it('is upcoming before its first day, running through its last day, ended from the day after', () => {
    expect(campaignPhase(window, new Date('2023-01-31T23:59:59Z'))).toBe('upcoming');
    expect(campaignPhase(window, new Date('2023-02-01T00:00:00Z'))).toBe('running');
    expect(campaignPhase(window, new Date('2023-05-31T23:59:59Z'))).toBe('running');
    expect(campaignPhase(window, new Date('2023-06-01T00:00:00Z'))).toBe('ended');
    expect(campaignPhase(window, new Date('2026-12-04'))).toBe('ended');
  });

  it('is written no more precisely than its source gives it', () => {
    expect(formatPeriod(window.start, window.end, 'month')).toBe('từ tháng 2 đến tháng 5/2023');
    expect(formatPeriod(new Date('2026-09-01'), new Date('2027-03-31'), 'month')).toBe(
      'từ tháng 9/2026 đến tháng 3/2027',
    );
    expect(formatPeriod(new Date('2023-02-01'), new Date('2023-05-19'), 'day')).toBe('từ 1/2/2023 đến 19/5/2023');
  });

  it('the site config’s window agrees with its period in words, and has ended by the content date', () => {
    const w = siteConfig.campaignWindow;
    expect(siteConfig.campaignPeriod).toBe(formatPeriod(w.start, w.end, w.precision));
    expect(campaignPhase(w, siteConfig.contentDate)).toBe('ended');
  });

  it('the schema refuses a window that ends before it starts, and a source that is not an id', () => {
    const { campaignWindow, ...rest } = { ...siteConfig, campaignWindow: undefined };
    void campaignWindow;
    const config = (w: object) => ({ ...rest, guidance: { ...siteConfig.guidance }, campaignWindow: w });
    expect(
      siteConfigSchema.safeParse(
        config({ start: '2023-02-01', end: '2023-05-31', precision: 'month', source: 'hoi-nghi-dinh-huong-2023' }),
      ).success,
    ).toBe(true);
    expect(
      siteConfigSchema.safeParse(
        config({ start: '2023-06-01', end: '2023-05-31', precision: 'month', source: 'hoi-nghi-dinh-huong-2023' }),
      ).success,
    ).toBe(false);
    expect(
      siteConfigSchema.safeParse(
        config({ start: '2023-02-01', end: '2023-05-31', precision: 'month', source: 'TTXVN' }),
      ).success,
    ).toBe(false);
    expect(siteConfigSchema.safeParse(rest).success).toBe(false);
  });
});

describe('the dated lines are never written by hand', () => {
  it('no content body says a rule “đã được thay bằng” one of the documents a rule’s validity lists', async () => {
    const { readCollection, collectionNames } = await import('../support/content-files');
    const successors = readCollection('reference').flatMap((f) =>
      ((f.data.validity as { replacedBy?: { name: string }[] } | undefined)?.replacedBy ?? []).map((r) => r.name),
    );
    expect(successors.length).toBeGreaterThan(2);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const handWritten = new RegExp(`được thay (?:thế )?bằng[^.]{0,120}?(?:${successors.map(escape).join('|')})`, 'u');
    const offenders = collectionNames
      .flatMap((name) => readCollection(name))
      .filter((f) => handWritten.test(f.body))
      .map((f) => `${f.path}: write “Năm 2023 áp dụng …” and let the generated line name the successor`);
    expect(offenders).toEqual([]);
  });
});

describe('where the dated lines go', () => {
  it('after the block that follows the h1, counting nested blocks; first when there is no h1', async () => {
    const { splitAfterLead } = await import('~/lib/rules');
    expect(splitAfterLead('<h1>Q</h1>\n<p>Answer.</p><h2>More</h2>')).toEqual([
      '<h1>Q</h1>\n<p>Answer.</p>',
      '<h2>More</h2>',
    ]);
    const notice = '<div class="notice"><div><p>a</p></div><p>b</p></div>';
    expect(splitAfterLead(`<h1>Q</h1>${notice}<p>Answer.</p>`)).toEqual([`<h1>Q</h1>${notice}`, '<p>Answer.</p>']);
    expect(splitAfterLead('<p>Section.</p>')).toEqual(['', '<p>Section.</p>']);
  });
});

describe('every rule in the reference carries its validity', () => {
  it('the collection schema refuses a rule without `validity`, and accepts the glossary without it', async () => {
    const { collections } = await import('~/content.config');
    const schema = collections.reference.schema as unknown as {
      safeParse: (d: unknown) => { success: boolean; error?: { message: string } };
    };
    const entry = {
      title: 'Quy định thử',
      summary: 'Một quy định để thử schema của thư viện tài liệu, đủ dài.',
      updated: '2026-12-04',
      sources: [{ id: 'qd-24-thu-vien-nha-dat' }],
    };
    const rule = schema.safeParse({ ...entry, category: 'quy-dinh' });
    expect(rule.success).toBe(false);
    expect(rule.error?.message).toContain('validity');
    expect(schema.safeParse({ ...entry, category: 'thuat-ngu' }).success).toBe(true);
    const validity = {
      name: 'Quy định thử',
      inForceDuringCampaign: true,
      checkedOn: '2026-12-04',
      replacedBy: [{ name: 'Quy định mới', issuedOn: '2025-01-01', source: 'khong-co-nguon-nay' }],
    };
    // A successor's source must be in the registry.
    expect(schema.safeParse({ ...entry, category: 'quy-dinh', validity }).success).toBe(false);
    expect(
      schema.safeParse({
        ...entry,
        category: 'quy-dinh',
        validity: { ...validity, replacedBy: [{ ...validity.replacedBy[0], source: 'dan-tri-qd-294' }] },
      }).success,
    ).toBe(true);
  });
});
