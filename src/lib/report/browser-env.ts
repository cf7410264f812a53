/**
 * What the browser can be trusted to do with the member's work, read from its user agent.
 *
 * Chi bộ share links in Zalo, Facebook and Messenger; those apps open them in a built-in browser that
 * usually drops a file made by the page without a word. The kept libraries (`inapp-spy`, `detect-inapp`)
 * do not know Zalo, so this is a small table of our own, tested against real user-agent strings
 * (tests/unit/report-browser-env.test.ts).
 */

export type InAppBrowser = 'zalo' | 'facebook' | 'messenger' | 'instagram' | 'tiktok' | 'line' | 'webview';

/** Checked in order: Messenger's agent also carries Facebook's FBAN/FB_IAB marks. */
export const IN_APP: readonly [InAppBrowser, RegExp][] = [
  ['zalo', /\bZalo/i],
  ['messenger', /FBAN\/Messenger|FB_IAB\/(?:Orca|MESSENGER)|\bMessengerForiOS\b|\bMessengerLiteForiOS\b/i],
  ['facebook', /FBAN\/|FB_IAB\/|\bFBAV\/|\bFBIOS\b/],
  ['instagram', /\bInstagram\b/],
  ['tiktok', /\bmusical_ly\b|\btrill_\d|\bBytedanceWebview\b|\bByteLocale\//i],
  ['line', /\bLine\/\d/],
  // A plain Android WebView (another app's built-in browser) says "; wv)".
  ['webview', /; wv\)/],
];

/** The app whose built-in browser shows the page, or null in an ordinary browser. */
export function detectInAppBrowser(userAgent: string): InAppBrowser | null {
  for (const [app, pattern] of IN_APP) if (pattern.test(userAgent)) return app;
  return null;
}

/** The app's name as members know it; a plain WebView is "ứng dụng này". */
export const inAppName: Record<InAppBrowser, string> = {
  zalo: 'Zalo',
  facebook: 'Facebook',
  messenger: 'Messenger',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  line: 'LINE',
  webview: 'ứng dụng này',
};

function isIPhone(userAgent: string): boolean {
  return /\b(iPhone|iPad|iPod)\b/.test(userAgent);
}

/**
 * Safari (iPhone, iPad, Mac) deletes what a site stored once the site has not been visited for 7 days.
 * Every browser on an iPhone is WebKit; on a Mac only Safari itself.
 */
export function deletesIdleSiteData(userAgent: string): boolean {
  if (isIPhone(userAgent)) return true;
  return (
    /\bMacintosh\b/.test(userAgent) &&
    /\bVersion\/[\d.]+ Safari\//.test(userAgent) &&
    !/Chrome|Chromium|Edg\/|Firefox/.test(userAgent)
  );
}

/** What the page can offer for getting the work out, where it is open now. */
export interface WhatWorks {
  /** The app whose built-in browser shows the page, or null. */
  inApp: InAppBrowser | null;
  /** `window.print()` opens a print dialog (an app's built-in browser ignores it). */
  print: boolean;
  /** The phone's share sheet (`navigator.share`); never offered in an app's built-in browser. */
  share: boolean;
  /** A file the page makes is saved (an app's built-in browser usually drops it without a word). */
  files: boolean;
}

/**
 * Inside an app's built-in browser (an Android WebView) print does nothing, Web Share is missing and files
 * the page makes are dropped: only copying works, so nothing else is offered there.
 */
export function whatWorks(userAgent: string, hasShare: boolean): WhatWorks {
  const inApp = detectInAppBrowser(userAgent);
  if (inApp) return { inApp, print: false, share: false, files: false };
  return { inApp, print: true, share: hasShare, files: true };
}

/** What works in the browser the code runs in. */
export function whatWorksHere(): WhatWorks {
  const nav = globalThis.navigator;
  return whatWorks(nav?.userAgent ?? '', typeof nav?.share === 'function');
}
