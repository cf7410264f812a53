import { describe, expect, it } from 'vitest';
import { siteConfig } from '~/site.config';
import { fillSiteNames } from './site-names';

describe('fillSiteNames', () => {
  it('fills {name} tokens in every string, however deep', () => {
    const filled = fillSiteNames(
      { title: ['BIÊN BẢN', 'Buổi sinh hoạt “{campaignName}”'], n: 1, nested: { by: '{issuingCommittee}' } },
      'x.json',
    );
    expect(filled).toEqual({
      title: ['BIÊN BẢN', `Buổi sinh hoạt “${siteConfig.campaignName}”`],
      n: 1,
      nested: { by: siteConfig.issuingCommittee },
    });
  });

  it('stops on an unknown name, naming the file and the token', () => {
    expect(() => fillSiteNames({ label: 'Tỉnh {tinh}' }, 'src/content/templates/x.json')).toThrow(
      /x\.json: unknown name \{tinh\}/,
    );
  });
});
