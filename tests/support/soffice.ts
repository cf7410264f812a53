/**
 * LibreOffice's .docx → PDF conversion, safe to run from two test workers at once.
 * Two `soffice` processes sharing one user profile (~/.config/libreoffice) collide: the second exits 1
 * without converting. Each call here gets a profile of its own, removed afterwards.
 * Only erasable TypeScript, so Node runs it as it is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Converts `file` to PDF in `outDir` (same base name, `.pdf`). */
export function convertToPdf(file: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'soffice-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        file,
      ],
      { timeout: 180_000, stdio: 'pipe' },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
