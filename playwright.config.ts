import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download does not work on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
});
