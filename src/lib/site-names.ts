/**
 * Names from the site config that data files (the report templates) write as `{name}`, so a template says
 * “Buổi sinh hoạt chuyên đề “{campaignName}”” and each province's build prints its own campaign.
 */
import type { SiteConfig } from '~/schemas/site-config';
import { siteConfig } from '~/site.config';

export function siteNamesOf(config: SiteConfig) {
  return {
    siteName: config.siteName,
    campaignName: config.campaignName,
    province: config.province,
    issuingCommittee: config.issuingCommittee,
    propagandaBoard: config.propagandaBoard,
    guidanceCitation: config.guidance.citation,
    campaignPeriod: config.campaignPeriod,
  };
}

export type SiteNames = ReturnType<typeof siteNamesOf>;

/**
 * Every string inside `value` with its `{name}` tokens replaced. An unknown name stops the build, naming
 * `where` (the file) and the token.
 */
export function fillSiteNames<T>(value: T, where: string, names: SiteNames = siteNamesOf(siteConfig)): T {
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string') {
      return v.replace(/\{([A-Za-z]+)\}/g, (token, name: string) => {
        if (!Object.hasOwn(names, name))
          throw new Error(
            `${where}: unknown name ${token} (known: ${Object.keys(names)
              .map((n) => `{${n}}`)
              .join(', ')})`,
          );
        return names[name as keyof SiteNames];
      });
    }
    if (Array.isArray(v)) return v.map(fill);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(value) as T;
}
