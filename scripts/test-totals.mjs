// Adds up the JSON reports of Vitest and Playwright into one closing line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'tests/.output';
const read = (name) => {
  const path = join(dir, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
};

const rows = [];
for (const [label, file] of [
  ['unit', 'unit.json'],
  ['dist', 'dist.json'],
  ['province', 'province.json'],
]) {
  const report = read(file);
  if (report)
    rows.push({
      label,
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    });
  else rows.push({ label, missing: true });
}
const e2e = read('e2e.json');
// A test that passed only on a retry is a failed test (playwright.config.ts sets no retries anyway).
if (e2e)
  rows.push({
    label: 'e2e',
    passed: e2e.stats.expected,
    failed: e2e.stats.unexpected + e2e.stats.flaky,
    skipped: e2e.stats.skipped,
  });
else rows.push({ label: 'e2e', missing: true });

const lighthouse = read('lighthouse.json');
if (lighthouse)
  rows.push({
    label: 'lighthouse',
    passed: lighthouse.passed,
    failed: lighthouse.failed,
    skipped: lighthouse.skipped ?? 0,
  });
else rows.push({ label: 'lighthouse', missing: true });

let passed = 0,
  failed = 0,
  skipped = 0;
console.log('\nTest totals');
for (const row of rows) {
  if (row.missing) {
    console.log(`  ${row.label.padEnd(10)} did not run`);
    failed += 1;
    continue;
  }
  console.log(`  ${row.label.padEnd(10)} ${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped`);
  passed += row.passed;
  failed += row.failed;
  skipped += row.skipped;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
