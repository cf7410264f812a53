/** The built site as the build steps see it: every file below dist/, and the URL each is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `root`, as paths relative to it with forward slashes. */
export function builtFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(root, full) : [relative(root, full).split(sep).join('/')];
  });
}

/** The URL a built file is fetched at: pages by their directory ("hoi-dap/x/index.html" → "/hoi-dap/x/"), other files by their path. */
export function urlForBuiltFile(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}
