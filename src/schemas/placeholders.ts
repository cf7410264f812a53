/**
 * A field's answer inside a template's closing line: "Buổi sinh hoạt kết thúc lúc {answer:ketThuc}.".
 * The "answer:" prefix keeps these apart from the site config's names ("{campaignName}", lib/site-names.ts).
 * Kept out of report-template.ts so browser code can read it without bundling zod.
 */
export const CLOSING_PLACEHOLDER = /\{answer:([a-z][a-zA-Z0-9]*)\}/g;
