/**
 * The JavaScript a built page can run, read from dist/ as the browser would find it: the page's entry
 * scripts (`<script src>`, module preloads, island attributes, and what inline module scripts import), then
 * every module those import. Two kinds of edge, kept apart:
 * - static (`import … from "./x.js"`, `import "./x.js"`): downloaded before the page can run;
 * - dynamic (`import(`./x.js`)`, the dependency lists Vite preloads with it, `__vite__mapDeps`, and a worker's
 *   `new URL("./x.js", import.meta.url)`): downloaded
 *   only when the code that asks for them runs. This is how the report page loads React: a plain module
 *   script calls `import('./mount')` once a template is chosen.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { distDir } from './dist-files';

const read = (url: string) => readFileSync(join(distDir, decodeURIComponent(url)), 'utf8');
const resolve = (from: string, spec: string) => posix.resolve(posix.dirname(from), spec);

/** Static imports of a built module, as absolute URLs. */
function staticImports(url: string, code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.m?js)["'`]/g)) {
    found.add(resolve(url, m[1]!));
  }
  return [...found];
}

/** Modules a built module imports only when it runs `import()`, as absolute URLs. */
function dynamicImports(url: string, code: string): string[] {
  const found = new Set<string>();
  // A specifier computed at run time (`${base}pagefind.js`, Pagefind's own files) is not a built module.
  for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*\)/g)) found.add(resolve(url, m[1]!));
  // A worker's script: `new Worker(new URL("./search-worker-X.js", import.meta.url))`.
  for (const m of code.matchAll(
    /\bnew URL\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*,\s*(?:["'`]{2}\s*\+\s*)?import\.meta\.url\s*\)/g,
  )) {
    found.add(resolve(url, m[1]!));
  }
  // Vite's preload list names files from the site's root ("_astro/mount.X.js").
  for (const list of code.matchAll(/__vite__mapDeps=[\s\S]*?\[((?:\s*["'`][^"'`]+\.m?js["'`]\s*,?)+)\]/g)) {
    for (const m of list[1]!.matchAll(/["'`]([^"'`]+\.m?js)["'`]/g)) found.add(posix.resolve('/', m[1]!));
  }
  return [...found];
}

/** The page's inline scripts that run (JSON data blocks left out). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
}

/** The modules a page starts from; with `dynamic`, also those its inline scripts `import()`. */
function entryModules(html: string, { dynamic }: { dynamic: boolean }): string[] {
  const entries = new Set<string>([
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ]);
  for (const code of inlineScripts(html)) {
    for (const url of [...staticImports('/', code), ...(dynamic ? dynamicImports('/', code) : [])]) entries.add(url);
  }
  return [...entries].filter((url) => url.startsWith('/'));
}

/** Every module a page can reach, by static imports only or also through `import()`. */
export function pageModules(html: string, options: { dynamic: boolean }): string[] {
  return reachableModules(entryModules(html, options), options);
}

/**
 * Every module reachable from `entries`: by static imports only (what loads before any interaction), or
 * also through `import()` (everything the page could ever load).
 */
function reachableModules(entries: string[], { dynamic }: { dynamic: boolean }): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = read(url);
    queue.push(...staticImports(url, code), ...(dynamic ? dynamicImports(url, code) : []));
  }
  return [...seen].sort();
}

/**
 * Whether a built module holds React: its element type, `Symbol.for("react.element")` (React 19:
 * "react.transitional.element"), is in every build of React and of its JSX runtime, however it is bundled.
 */
export function holdsReact(url: string): boolean {
  return /Symbol\.for\(\s*["'`]react\.(?:transitional\.)?element["'`]\s*\)/.test(read(url));
}
