/**
 * A field's answer inside a template's closing line: "Buổi sinh hoạt kết thúc lúc {ketThuc}.".
 * Kept out of report-template.ts so browser code can read it without bundling zod.
 */
export const CLOSING_PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;
