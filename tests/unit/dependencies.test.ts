/**
 * Every package the code imports is declared in package.json, so a fresh clone's `npm ci` installs it
 * on purpose (a package that only arrives as another's dependency can vanish with an upgrade).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['src', 'tests', 'scripts'];
const rootFiles = ['astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];
const sourceFile = /\.(m?[jt]sx?|astro)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'content' || entry.name === '.output' ? [] : filesUnder(path);
    return sourceFile.test(entry.name) ? [path] : [];
  });
}

/**
 * Static imports and re-exports at the start of a line (also over several lines), bare `import 'x'`,
 * and `import('x')`. Type-only imports count too: tsc needs the package.
 */
const specifier =
  /^\s*(?:(?:import|export)\b[^'"]*?\bfrom\s*|import\s*)['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The package a bare specifier names: "docx" → "docx", "@astrojs/mdx/x" → "@astrojs/mdx". */
function packageOf(spec: string): string | undefined {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('~/')) return undefined;
  if (spec.startsWith('node:') || builtinModules.includes(spec)) return undefined;
  if (spec.startsWith('astro:')) return undefined; // Astro's virtual modules
  if (spec.startsWith('virtual:')) return undefined; // ours, served by a build plugin (src/integrations/print-css.ts)
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe('package.json', () => {
  it('declares every package the code imports', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
    const declared = new Set([...Object.keys(pkg['dependencies'] ?? {}), ...Object.keys(pkg['devDependencies'] ?? {})]);
    const undeclared: string[] = [];
    const imported = new Set<string>();
    const files = [...roots.flatMap(filesUnder), ...rootFiles].filter(
      (file) => file !== 'tests/unit/dependencies.test.ts',
    );
    for (const file of files) {
      for (const [, staticSpec, dynamicSpec] of readFileSync(file, 'utf8').matchAll(specifier)) {
        const name = packageOf((staticSpec ?? dynamicSpec)!);
        if (!name) continue;
        imported.add(name);
        if (!declared.has(name)) undeclared.push(`${file}: ${name}`);
      }
    }
    expect(undeclared).toEqual([]);
    // The scan itself works: it sees the packages the site is built on.
    expect([...imported]).toEqual(expect.arrayContaining(['astro', 'react', 'docx', 'chrome-launcher', 'lighthouse']));
  });
});
