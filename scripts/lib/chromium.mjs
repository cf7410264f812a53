// The one Chromium every browser run uses: Debian's (Playwright's own download does not work on these
// machines; scripts/system-deps.sh installs it), with one set of flags. playwright.config.ts and every
// script that opens a browser (screenshots, Lighthouse, check:documents, the benchmarks, the video maker)
// take them from here.

/** The browser binary; CHROMIUM_PATH overrides it. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible browser in a container: no sandbox (no user namespaces here), no GPU,
 * nothing of its own on the network (updates, sync, QUIC to other origins), and /tmp instead of a small
 * /dev/shm.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Options for Playwright's `chromium.launch()` (and the config's `launchOptions`). */
export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };

/** Options for chrome-launcher's `launch()`, which Lighthouse drives (headless: no display here). */
export const chromeLauncherOptions = { chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] };

/** Playwright's Chromium, launched with the options above. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch(launchOptions);
}
