/** Helpers for the checks that read the built site in dist/. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = 'dist';

/** Every file below dist/ (or another build's `root`), as paths relative to it with forward slashes. */
function distFiles(root = distDir, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return distFiles(root, full);
    return [relative(root, full).split(sep).join('/')];
  });
}

/** The built HTML pages, with the URL path each one is served at. */
export function htmlPages(root = distDir): { file: string; path: string; html: string }[] {
  return distFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      file,
      path: '/' + file.replace(/index\.html$/, '').replace(/\.html$/, ''),
      html: readFileSync(join(root, file), 'utf8'),
    }));
}

/** The file a site path resolves to, the way the static server resolves it; undefined when none. */
export function resolveDistPath(pathname: string): string | undefined {
  const candidate = join(distDir, decodeURIComponent(pathname));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** Paths listed in the built sitemap. */
export function sitemapPathsFromDist(): string[] {
  return distFiles()
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) =>
      [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]!).pathname,
      ),
    );
}

/** All id attributes in an HTML document. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''));
}
