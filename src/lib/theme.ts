/**
 * The brand colour, for the places that need it outside CSS: the browser's toolbar (`<meta name="theme-color">`
 * in BaseLayout.astro) and the installed app's (manifest.webmanifest.ts). Stylesheets read the same colour
 * as `--brand` (src/styles/tokens.css) and the icon (public/favicon.svg) draws in it; neither can import a
 * module, so theme.test.ts checks that all three agree.
 */
export const BRAND_COLOUR = '#a50e0e';

/** The page background, for the installed app's splash screen (`--paper` in tokens.css). */
export const PAPER_COLOUR = '#ffffff';
