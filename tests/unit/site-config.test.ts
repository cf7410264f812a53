import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '~/site.config';

/** Source files of components, layouts, pages and library code (content is prose and may name the province). */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'content' ? [] : codeFiles(full);
    return /\.(astro|ts|tsx|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('site config', () => {
  it('names the province, the committee and the guidance', () => {
    expect(siteConfig.province).toBe('Bình Thuận');
    expect(siteConfig.guidance.number).toBe('06');
    expect(siteConfig.guidance.issuedOn.toISOString().slice(0, 10)).toBe('2023-01-12');
  });

  it('is the only code that names the province or the guidance number', () => {
    const offenders = codeFiles('src')
      .filter((file) => !file.endsWith('site.config.ts'))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return (
          text.includes(siteConfig.province) ||
          /Hướng dẫn (số )?06\b/.test(text) ||
          text.includes(siteConfig.issuingCommittee)
        );
      });
    expect(offenders).toEqual([]);
  });
});
