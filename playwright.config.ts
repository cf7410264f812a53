import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/chromium.mjs';
import { LOCALE } from './src/lib/format';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'tests/.output/e2e-artifacts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // No retries: a test that passes only on a second try is a failed test (waiting assertions, never sleeps).
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'tests/.output/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    locale: LOCALE,
    trace: 'retain-on-failure',
    // Debian's Chromium and the one set of flags (scripts/lib/chromium.mjs).
    launchOptions,
  },
});
