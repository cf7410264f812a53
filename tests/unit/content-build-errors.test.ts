/**
 * A malformed content file must stop the build with a message naming the file and the field.
 * The check runs `astro sync` (which loads and validates every collection) in a scratch copy of the
 * project, so the real src/content is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'gtlt-content-'));
for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
  cpSync(join(root, item), join(scratch, item), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function syncWith(file: string, text: string) {
  mkdirSync(dirname(join(scratch, file)), { recursive: true });
  writeFileSync(join(scratch, file), text);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  rmSync(join(scratch, file));
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('content validation at build time', () => {
  it('fails on an FAQ entry without a summary, naming the file and the field', () => {
    const { status, output } = syncWith(
      'src/content/faq/cau-hoi-hong.mdx',
      [
        '---',
        'title: Câu hỏi thử thiếu phần tóm tắt?',
        'updated: 2026-11-28',
        'topic: viet-bao-cao',
        'keywords: [thử]',
        'sources:',
        '  - id: bai-bao-thu-ha-07-03-2023',
        '---',
        'Nội dung.',
        '',
      ].join('\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('cau-hoi-hong');
    expect(output).toContain('summary');
  });

  it('fails on a page citing a source id the registry does not hold, naming the file and the id', () => {
    const { status, output } = syncWith(
      'src/content/faq/nguon-hong.mdx',
      [
        '---',
        'title: Câu hỏi thử có nguồn hỏng?',
        'summary: Một câu tóm tắt đủ dài để qua được kiểm tra độ dài.',
        'updated: 2026-11-28',
        'topic: viet-bao-cao',
        'keywords: [thử]',
        'sources:',
        '  - id: nguon-khong-co',
        '---',
        'Nội dung.',
        '',
      ].join('\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('nguon-hong');
    expect(output).toContain('unknown source id "nguon-khong-co"');
  });

  it('fails on a registry entry with neither an address nor a document number, naming its file', () => {
    const { status, output } = syncWith(
      'src/content/sources/nguon-thieu-dia-chi.json',
      JSON.stringify({ title: 'Nguồn không có địa chỉ', publisher: 'Không rõ', kind: 'ben-thu-ba', passages: [] }),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('nguon-thieu-dia-chi');
    expect(output).toMatch(/url or a ref/);
  });

  it('accepts a well-formed entry (the check can pass)', () => {
    const { status, output } = syncWith(
      'src/content/faq/cau-hoi-dung.mdx',
      [
        '---',
        'title: Câu hỏi thử đúng mẫu?',
        'summary: Một câu tóm tắt đủ dài để qua được kiểm tra độ dài.',
        'updated: 2026-11-28',
        'topic: viet-bao-cao',
        'keywords: [thử]',
        'sources:',
        '  - id: bai-bao-thu-ha-07-03-2023',
        '---',
        'Nội dung.',
        '',
      ].join('\n'),
    );
    expect(output).not.toMatch(/InvalidContentEntryDataError/);
    expect(status).toBe(0);
  });
});
