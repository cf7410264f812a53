/**
 * Reads the content collections straight from src/content/ for the unit tests, without a build:
 * each MDX file split into its YAML frontmatter and its body.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const contentDir = 'src/content';

/** The collections whose entries are written by hand as MDX. */
export const collectionNames = ['guidance', 'faq', 'reference', 'session'] as const;
export type CollectionName = (typeof collectionNames)[number];

export interface ContentFile {
  collection: CollectionName;
  /** Entry id: the file name without extension, also its URL slug or #anchor. */
  id: string;
  /** Path from the project root, for failure messages. */
  path: string;
  /** The whole file as it is on disk. */
  raw: string;
  /** The frontmatter as parsed YAML, before any schema runs. */
  data: Record<string, unknown>;
  /** The MDX body after the closing `---`. */
  body: string;
}

const frontmatter = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

/** Splits a file into frontmatter and body; throws when there is no frontmatter block. */
export function splitFrontmatter(raw: string, path: string): { data: Record<string, unknown>; body: string } {
  const match = frontmatter.exec(raw.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${path}: no frontmatter block`);
  const data: unknown = parse(match[1]!);
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${path}: frontmatter is not a mapping`);
  return { data: data as Record<string, unknown>, body: match[2]! };
}

/** Every .md/.mdx file of one collection, sorted by id. */
export function readCollection(collection: CollectionName): ContentFile[] {
  const dir = join(contentDir, collection);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const raw = readFileSync(path, 'utf8');
      return { collection, id: name.replace(/\.mdx?$/, ''), path, raw, ...splitFrontmatter(raw, path) };
    });
}

/** Internal links in an MDX body: Markdown `](/…)` targets and `href="/…"` attributes. */
export function internalLinks(body: string): string[] {
  const markdown = [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
  const html = [...body.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!);
  return [...markdown, ...html];
}

/** The id attributes written in an MDX body (used for the glossary's per-term anchors). */
export function idsInBody(body: string): string[] {
  return [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}
